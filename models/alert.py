"""Alerts: one incident told to one contact, and what became of it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow

if TYPE_CHECKING:
    from models.contact import Contact
    from models.incident import Incident
    from models.report import Report


class AlertStatus(StrEnum):
    """pending (waiting for a digest or quiet hours) → sent → acknowledged;
    sent → escalated (nobody answered in time; the next level was alerted);
    any → cancelled (the incident was closed before it went out)."""

    PENDING = "pending"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ESCALATED = "escalated"
    CANCELLED = "cancelled"


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("routing_rules.id"))
    level: Mapped[int] = mapped_column(default=0)
    mode: Mapped[str] = mapped_column(String(10), default="immediate")
    status: Mapped[str] = mapped_column(String(14), default=AlertStatus.PENDING)
    # immediate: when to escalate if unacknowledged; digest: earliest digest to carry it
    due_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]

    incident: Mapped[Incident] = relationship()
    report: Mapped[Report] = relationship()
    contact: Mapped[Contact] = relationship()
