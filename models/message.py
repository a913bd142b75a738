"""Inbound messages: every webhook Twilio delivers, stored before anything else."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, SmallInteger, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class InboundKind:
    """What an inbound message turned out to be."""

    REPORT = "report"
    DUPLICATE = "duplicate"  # same text from the same sender seconds later
    COMMAND = "command"
    IGNORED = "ignored"  # empty texts, blocked senders
    FLOOD = "flood"  # over the per-number rate: kept and shown, never alerted
    QUEUED = "queued"  # acknowledged and committed; triage and routing not done yet


class InboundMessage(Base):
    """One message as Twilio delivered it.

    `provider_sid` (Twilio's MessageSid) is unique: a webhook Twilio retries
    finds the row and gets the stored `reply` again, so nothing is created
    twice. `params` keeps Twilio's parameters minus those that identify the
    sender (From, WaId, ProfileName), which never leave the reporter row.
    """

    __tablename__ = "inbound_messages"
    __table_args__ = (
        Index("ix_inbound_dedup", "reporter_id", "body_digest", "received_at"),
        Index("ix_inbound_reporter_time", "reporter_id", "received_at"),
        # The intake worker's queue: small whatever the history, so polling it is cheap.
        Index(
            "ix_inbound_queued",
            "priority",
            "id",
            postgresql_where=text("kind = 'queued'"),
            sqlite_where=text("kind = 'queued'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_sid: Mapped[str] = mapped_column(String(64), unique=True)
    medium: Mapped[str] = mapped_column(String(10))
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("reporters.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    to_number: Mapped[str | None] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text, default="")
    body_digest: Mapped[str] = mapped_column(String(64))
    num_media: Mapped[int] = mapped_column(default=0)
    media: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(12), default=InboundKind.REPORT)
    command: Mapped[str | None] = mapped_column(String(20))
    reply: Mapped[str | None] = mapped_column(Text)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The reference given in the acknowledgement, before the report exists.
    ref: Mapped[str | None] = mapped_column(String(12), index=True)
    # Failed attempts of the intake worker: a message that keeps failing becomes
    # an untriaged report for review instead of blocking the queue.
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    # A first look's priority (triage.alarm_level): 2 for someone dead or hurt, a cry
    # for help or violence under way, 1 for violence named, 0 for the rest. The intake
    # worker takes the highest first, so a backlog delays greetings, not attacks.
    priority: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
