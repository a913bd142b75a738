"""Twilio Programmable Messaging (SMS and WhatsApp) through the official SDK.

The SDK's HTTP client is subclassed only to point it at another base URL
(`TWILIO_API_BASE_URL`: the fake Twilio API in tests and benches, a regional
edge in production) and to keep the last response's headers for Retry-After.
Its request logger is silenced: it would write recipients' numbers to the logs.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from alerts.channels import gsm
from alerts.channels.base import ChannelError, OutgoingMessage, SendResult

TWILIO_API = "https://api.twilio.com"
#: How many of a recipient's recent messages to scan when reconciling an ambiguous send.
RECONCILE_SCAN = 5000

_quiet = logging.getLogger("tabale.twilio.http")
_quiet.setLevel(logging.WARNING)
logging.getLogger("twilio.http_client").setLevel(logging.WARNING)

# Twilio error codes and what they mean for us.
OPTED_OUT = {21610}  # the recipient replied STOP
WHATSAPP_FALLBACK = {63016, 63024, 63032}  # outside the 24-hour window / not a WhatsApp user
RETRYABLE_CODES = {20429, 30001, 30003, 30005, 30006, 30008}
PERMANENT_CODES = {21211, 21408, 21612, 21614, 21617, 21660, 30007, 63003}


class RebasedHttpClient(TwilioHttpClient):
    def __init__(self, base_url: str | None, timeout: float) -> None:
        super().__init__(pool_connections=True, timeout=timeout, logger=_quiet)
        self.base_url = (base_url or TWILIO_API).rstrip("/")
        self.local = threading.local()

    def request(self, method: str, url: str, *args: Any, **kwargs: Any):  # noqa: ANN201
        if self.base_url != TWILIO_API and url.startswith(TWILIO_API):
            url = self.base_url + url[len(TWILIO_API) :]
        self.local.headers = {}
        response = super().request(method, url, *args, **kwargs)
        self.local.headers = dict(response.headers or {})
        return response

    def last_headers(self) -> dict[str, str]:
        return getattr(self.local, "headers", {}) or {}


class TwilioChannel:
    name = "twilio"

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        sms_from: str | None = None,
        whatsapp_from: str | None = None,
        messaging_service_sid: str | None = None,
        api_base_url: str | None = None,
        timeout: float = 10.0,
    ) -> None:
        self.http = RebasedHttpClient(api_base_url, timeout)
        self.client = Client(account_sid, auth_token, http_client=self.http)
        self.sms_from = sms_from
        self.whatsapp_from = whatsapp_from
        self.messaging_service_sid = messaging_service_sid

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> TwilioChannel:
        return cls(
            config["TWILIO_ACCOUNT_SID"],
            config["TWILIO_AUTH_TOKEN"],
            sms_from=config.get("TWILIO_SMS_FROM") or None,
            whatsapp_from=config.get("TWILIO_WHATSAPP_FROM") or None,
            messaging_service_sid=config.get("TWILIO_MESSAGING_SERVICE_SID") or None,
            api_base_url=config.get("TWILIO_API_BASE_URL") or None,
            timeout=float(config.get("TWILIO_TIMEOUT") or 10),
        )

    # -- addresses ---------------------------------------------------------------
    @staticmethod
    def _to(message_to: str, medium: str) -> str:
        if medium == "whatsapp" and not message_to.startswith("whatsapp:"):
            return f"whatsapp:{message_to}"
        return message_to

    def _sender(self, medium: str) -> dict[str, str]:
        if self.messaging_service_sid:
            return {"messaging_service_sid": self.messaging_service_sid}
        if medium == "whatsapp":
            if not self.whatsapp_from:
                raise ChannelError("TWILIO_WHATSAPP_FROM is not configured", fallback_sms=True)
            sender = self.whatsapp_from
            return {"from_": sender if sender.startswith("whatsapp:") else f"whatsapp:{sender}"}
        if not self.sms_from:
            raise ChannelError("TWILIO_SMS_FROM is not configured")
        return {"from_": self.sms_from}

    # -- sending -----------------------------------------------------------------
    def send(self, message: OutgoingMessage) -> SendResult:
        kwargs: dict[str, Any] = {"to": self._to(message.to, message.medium)}
        kwargs.update(self._sender(message.medium))
        if message.content_sid:
            kwargs["content_sid"] = message.content_sid
            kwargs["content_variables"] = json.dumps(message.content_variables or {})
        else:
            kwargs["body"] = message.body
        if message.status_callback:
            kwargs["status_callback"] = message.status_callback
        if message.validity_period:
            kwargs["validity_period"] = int(message.validity_period)
        try:
            created = self.client.messages.create(**kwargs)
        except TwilioRestException as exc:
            raise self._rest_error(exc) from exc
        except (requests.ConnectTimeout, requests.exceptions.SSLError) as exc:
            raise ChannelError(
                f"provider unreachable: {type(exc).__name__}", retryable=True
            ) from exc
        except requests.ConnectionError as exc:
            refused = "refused" in str(exc).lower() or "Failed to establish" in str(exc)
            raise ChannelError(
                f"connection failed: {type(exc).__name__}",
                retryable=True,
                ambiguous=not refused,
            ) from exc
        except requests.RequestException as exc:  # read timeout, truncated response
            raise ChannelError(
                f"no answer from provider: {type(exc).__name__}", retryable=True, ambiguous=True
            ) from exc
        segments = _int(getattr(created, "num_segments", None))
        if segments is None and message.medium == "sms":
            segments = gsm.segments(message.body)
        return SendResult(
            provider_sid=created.sid, status=created.status or "queued", segments=segments
        )

    def find_sent(self, to: str, medium: str, body: str, since: datetime) -> SendResult | None:
        """A message to `to` with this body created since `since`, if the provider has one.

        Used before re-sending a message whose first attempt timed out: the
        provider may well have accepted it.
        """
        try:
            found = self.client.messages.stream(
                to=self._to(to, medium),
                date_sent_after=since - timedelta(minutes=1),
                page_size=200,
                limit=RECONCILE_SCAN,
            )
            for item in found:
                if (item.body or "") == body and (item.status or "") not in {"failed", "canceled"}:
                    return SendResult(provider_sid=item.sid, status=item.status or "sent")
        except TwilioRestException as exc:
            raise self._rest_error(exc) from exc
        except requests.RequestException as exc:
            raise ChannelError(f"reconcile failed: {type(exc).__name__}", retryable=True) from exc
        return None

    def _rest_error(self, exc: TwilioRestException) -> ChannelError:
        code, status = exc.code, exc.status
        retry_after = _float(self.http.last_headers().get("Retry-After"))
        text = f"Twilio {status} error {code}: {exc.msg}"[:300]
        if code in OPTED_OUT:
            return ChannelError(text, code=code, http_status=status, opted_out=True)
        if code in WHATSAPP_FALLBACK:
            return ChannelError(text, code=code, http_status=status, fallback_sms=True)
        if code in PERMANENT_CODES:
            return ChannelError(text, code=code, http_status=status)
        retryable = status == 429 or status >= 500 or code in RETRYABLE_CODES
        return ChannelError(
            text, code=code, http_status=status, retryable=retryable, retry_after=retry_after
        )


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
