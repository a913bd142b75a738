"""What every messaging channel accepts and returns, independent of the provider."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class OutgoingMessage:
    to: str  # E.164 number, or a WhatsApp id (number or business-scoped id) for WhatsApp
    body: str
    medium: str = "sms"  # "sms" | "whatsapp"
    status_callback: str | None = None
    validity_period: int | None = None  # seconds; the provider drops the message after it
    idempotency_key: str | None = None
    content_sid: str | None = None  # an approved WhatsApp template, outside the 24-hour window
    content_variables: dict[str, str] | None = field(default=None)


@dataclass(frozen=True)
class SendResult:
    provider_sid: str
    status: str = "queued"
    segments: int | None = None


class ChannelError(Exception):
    """A send that did not succeed, with what the dispatcher needs to decide what next.

    `ambiguous` means the provider may have accepted the message (a timeout after
    the request was written): the dispatcher must ask before sending again.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        http_status: int | None = None,
        retryable: bool = False,
        fallback_sms: bool = False,
        opted_out: bool = False,
        ambiguous: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.http_status = http_status
        self.retryable = retryable
        self.fallback_sms = fallback_sms
        self.opted_out = opted_out
        self.ambiguous = ambiguous
        self.retry_after = retry_after


class Channel(Protocol):
    name: str

    def send(self, message: OutgoingMessage) -> SendResult: ...

    def find_sent(self, to: str, medium: str, body: str, since: datetime) -> SendResult | None: ...
