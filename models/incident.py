"""Incidents: reports of one event, grouped so contacts get one alert, not a storm."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow

if TYPE_CHECKING:
    from models.area import Area
    from models.report import Report


class IncidentStatus(StrEnum):
    """open → acknowledged (a contact replied OK) → closed (FIN, or an admin)."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"


class Incident(Base):
    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_match", "category", "area_id", "last_report_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(24))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"))
    urgent: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(14), default=IncidentStatus.OPEN, index=True)
    report_count: Mapped[int] = mapped_column(default=0)
    dead: Mapped[int | None]
    injured: Mapped[int | None]
    first_report_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_report_at: Mapped[datetime] = mapped_column(default=utcnow)
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    closed_at: Mapped[datetime | None]

    area: Mapped[Area | None] = relationship()
    reports: Mapped[list[Report]] = relationship(back_populates="incident")
