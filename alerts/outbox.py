"""Putting messages in the outbox, in the caller's transaction.

Enqueueing is idempotent on a key that names the message's meaning
(`alert:42:contact:7`), so code that runs twice — a retried webhook, a
scheduler job that fires again after a crash — cannot queue a message twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.channels import gsm
from models import Contact, DeliveryEvent, OutboundMessage, OutboundStatus, Reporter, utcnow

#: SMS alerts must fit here; longer text is cut with an ellipsis (WhatsApp keeps it whole).
MAX_SMS_SEGMENTS = 2


def prepare_body(body: str, medium: str, max_segments: int | None = MAX_SMS_SEGMENTS) -> str:
    """GSM-7 text within `max_segments` for SMS; WhatsApp text unchanged."""
    if medium != "sms":
        return body
    body = gsm.transliterate(body)
    return gsm.fit(body, max_segments) if max_segments else body


def enqueue(
    session: Session,
    *,
    key: str,
    purpose: str,
    body: str,
    medium: str = "sms",
    contact: Contact | None = None,
    reporter: Reporter | None = None,
    alert_id: int | None = None,
    valid_for: timedelta | None = None,
    not_before: datetime | None = None,
    max_segments: int | None = MAX_SMS_SEGMENTS,
    new_key: bool = False,
    flush: bool = True,
) -> OutboundMessage:
    """Queue a message for a contact or a reporter, once per `key`.

    `new_key`: the caller knows no message can hold the key yet (it names a row
    inserted in this transaction), so the lookup is skipped; the key's unique
    index still refuses a second message. `flush=False` leaves the insert to
    the caller's next flush, with the other messages it queues.
    """
    if (contact is None) == (reporter is None):
        raise ValueError("a message goes to exactly one contact or reporter")
    if not new_key:
        existing = session.scalar(
            select(OutboundMessage).where(OutboundMessage.idempotency_key == key)
        )
        if existing is not None:
            return existing
    now = utcnow()
    text = prepare_body(body, medium, max_segments)
    message = OutboundMessage(
        idempotency_key=key,
        purpose=purpose,
        contact_id=contact.id if contact else None,
        reporter_id=reporter.id if reporter else None,
        alert_id=alert_id,
        medium=medium,
        body=text,
        segments=gsm.segments(text) if medium == "sms" else 1,
        status=OutboundStatus.QUEUED,
        next_attempt_at=max(now, not_before) if not_before else now,
        valid_until=now + valid_for if valid_for else None,
        created_at=now,
    )
    message.events.append(DeliveryEvent(status=OutboundStatus.QUEUED, created_at=now))
    session.add(message)
    if flush:
        session.flush()
    return message
