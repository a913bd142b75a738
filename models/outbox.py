"""The transactional outbox: every message Tabalé sends, as a row first."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow

if TYPE_CHECKING:
    from models.contact import Contact


class OutboundStatus(StrEnum):
    """The life of an outbound message.

    queued → sending (claimed by a dispatcher, under a lease)
           → sent (the provider accepted it; provider_sid recorded)
           → delivered | undelivered | failed (from status callbacks)
    sending → queued (retryable failure: next_attempt_at set with backoff)
    sending → unknown (the provider may have it: reconcile before resending)
    queued → expired (valid_until passed: a stale alert is worse than none)
    sending → failed (permanent error, or attempts exhausted)
    """

    QUEUED = "queued"
    SENDING = "sending"
    UNKNOWN = "unknown"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    EXPIRED = "expired"


FINAL_STATUSES = frozenset(
    {OutboundStatus.DELIVERED, OutboundStatus.FAILED, OutboundStatus.EXPIRED}
)


class Purpose(StrEnum):
    REPLY = "reply"
    ALERT = "alert"
    ESCALATION = "escalation"
    DIGEST = "digest"
    NOTICE = "notice"  # "your report was passed on", "X took the alert"
    VERIFICATION = "verification"
    CHECKIN = "checkin"


class OutboundMessage(Base):
    """A message to a contact or a reporter.

    The recipient is a contact or a reporter row, never a number: a reporter's
    number is decrypted only at the moment of sending. `idempotency_key` is
    unique, so the code that enqueues can be retried without duplicates.
    """

    __tablename__ = "outbound_messages"
    __table_args__ = (Index("ix_outbound_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    purpose: Mapped[str] = mapped_column(String(14))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("reporters.id"), index=True)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"), index=True)
    medium: Mapped[str] = mapped_column(String(10), default="sms")
    body: Mapped[str] = mapped_column(Text)
    segments: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(12), default=OutboundStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    last_attempt_at: Mapped[datetime | None]
    lease_until: Mapped[datetime | None]
    provider_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    error_code: Mapped[int | None]
    error_message: Mapped[str | None] = mapped_column(Text)
    valid_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]

    contact: Mapped[Contact | None] = relationship()
    events: Mapped[list[DeliveryEvent]] = relationship(
        back_populates="message", order_by="DeliveryEvent.id", cascade="all, delete-orphan"
    )


class DeliveryEvent(Base):
    """One step of a message's delivery timeline, shown in the panel."""

    __tablename__ = "delivery_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("outbound_messages.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16))
    error_code: Mapped[int | None]
    detail: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    message: Mapped[OutboundMessage] = relationship(back_populates="events")
