"""Delivery status callbacks: the provider telling us what became of a message."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import DeliveryEvent, OutboundMessage, OutboundStatus, utcnow

log = logging.getLogger(__name__)

# Callbacks can arrive out of order (delivered before sent): never go backwards.
_RANK = {
    "queued": 0,
    "accepted": 0,
    "scheduled": 0,
    "sending": 1,
    "sent": 2,
    "delivered": 3,
    "read": 4,
    "undelivered": 3,
    "failed": 3,
    "canceled": 3,
}
#: Carrier errors worth another try later (unreachable handset, carrier hiccup).
RETRYABLE_CODES = frozenset(range(30003, 30009))
#: WhatsApp could not deliver (no session, not a WhatsApp user): SMS will.
SMS_FALLBACK_CODES = frozenset({63016, 63003, 63024, 63032})
OPTED_OUT_CODES = frozenset({21610})
REDELIVERY_ATTEMPTS = 3


def record_status(
    session: Session,
    *,
    provider_sid: str,
    status: str,
    error_code: int | None = None,
    key: str | None = None,
) -> bool:
    """Apply one status callback; return False when the message is not ours."""
    row = session.scalar(
        select(OutboundMessage).where(OutboundMessage.provider_sid == provider_sid)
    )
    if row is None and key:
        # The send's response was lost (timeout, crash) but the provider has it:
        # the key in the callback URL tells us which row it was.
        row = session.scalar(select(OutboundMessage).where(OutboundMessage.idempotency_key == key))
        if (
            row is not None
            and row.provider_sid is None
            and row.status in (OutboundStatus.SENDING, OutboundStatus.UNKNOWN)
        ):
            row.provider_sid = provider_sid
            row.status = OutboundStatus.SENT
            row.sent_at = utcnow()
            row.lease_until = None
        else:
            row = None
    if row is None:
        return False
    status = status.lower()
    now = utcnow()
    row.events.append(DeliveryEvent(status=status, error_code=error_code, created_at=now))
    current = _RANK.get(row.status, 0)
    if status in ("undelivered", "failed"):
        _on_failure(row, status, error_code, now)
    elif _RANK.get(status, 0) > current:
        row.status = OutboundStatus.DELIVERED if status in ("delivered", "read") else status
        if status in ("delivered", "read"):
            row.delivered_at = row.delivered_at or now
    return True


def _on_failure(row: OutboundMessage, status: str, code: int | None, now) -> None:  # noqa: ANN001
    """A message the provider could not deliver: retry, fall back to SMS, or give up visibly."""
    row.error_code = code
    if code in SMS_FALLBACK_CODES and row.medium == "whatsapp":
        _requeue(row, now, medium="sms", detail=f"WhatsApp undelivered ({code}): SMS instead")
    elif code in RETRYABLE_CODES and row.attempts < REDELIVERY_ATTEMPTS:
        _requeue(
            row,
            now,
            delay=timedelta(minutes=2 * row.attempts),
            detail=f"undelivered ({code}): trying again",
        )
    elif code in RETRYABLE_CODES and row.medium == "whatsapp":
        _requeue(row, now, medium="sms", detail=f"WhatsApp undelivered ({code}): SMS instead")
    else:
        row.status = OutboundStatus.UNDELIVERED if status == "undelivered" else status
        if code in OPTED_OUT_CODES and row.contact is not None:
            row.contact.opted_out = True


def _requeue(
    row: OutboundMessage,
    now,
    *,
    detail: str,
    medium: str | None = None,  # noqa: ANN001
    delay: timedelta = timedelta(0),
) -> None:
    from alerts.outbox import prepare_body

    if medium is not None and medium != row.medium:
        row.medium = medium
        row.body = prepare_body(row.body, medium)
        row.attempts = 0
    row.status = OutboundStatus.QUEUED
    row.provider_sid = None  # the next attempt gets its own; history stays in the events
    row.next_attempt_at = now + delay
    row.events.append(DeliveryEvent(status="requeued", detail=detail[:300], created_at=now))
    log.info("outbox %s requeued: %s", row.id, detail)
