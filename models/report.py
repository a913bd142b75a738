"""Reports: what a reporter told us, triaged into TAXONOMY.md's fields."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow

if TYPE_CHECKING:
    from models.area import Area
    from models.incident import Incident

CATEGORIES = (
    "attack",
    "kidnapping",
    "cattle_theft",
    "banditry",
    "land_dispute",
    "intercommunal",
    "armed_presence",
    "explosive",
    "trafficking",
    "displacement",
    "security_forces_abuse",
    "service_disruption",
    "natural_hazard",
    "other",
)


class ReportStatus(StrEnum):
    """new → reviewed (an analyst looked or corrected) | dismissed (spam, test)."""

    NEW = "new"
    REVIEWED = "reviewed"
    DISMISSED = "dismissed"


class Verification(StrEnum):
    UNVERIFIED = "unverified"
    PENDING = "pending"  # a focal point was asked OUI/NON
    CONFIRMED = "confirmed"
    DENIED = "denied"


class Report(Base):
    """A report and its triage.

    `ref` is the short code the reporter and the contacts see (`K7Q2M`): drawn
    from an alphabet without look-alike characters so it survives being read
    aloud or typed on a basic phone.
    """

    __tablename__ = "reports"
    __table_args__ = (
        Index("ix_reports_created", "created_at", "id"),
        Index("ix_reports_category_created", "category", "created_at", "id"),
        Index("ix_reports_status_created", "status", "created_at", "id"),
        Index("ix_reports_urgent_created", "urgent", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(12), unique=True)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("reporters.id"), index=True)
    medium: Mapped[str] = mapped_column(String(10), default="sms")
    text: Mapped[str] = mapped_column(Text, default="")
    lang: Mapped[str] = mapped_column(String(8), default="fr")
    category: Mapped[str] = mapped_column(String(24), default="other")
    urgent: Mapped[bool] = mapped_column(default=False)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    dead: Mapped[int | None]
    injured: Mapped[int | None]
    places: Mapped[list[str]] = mapped_column(JSON, default=list)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"), index=True)
    # Materialised area path copied from the area, so "area and descendants"
    # filters on a million reports need no join.
    area_path: Mapped[str | None] = mapped_column(String(200), index=True)
    place_pcode: Mapped[str | None] = mapped_column(String(40))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    media: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    needs_review: Mapped[bool] = mapped_column(default=False, index=True)
    review_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(12), default=ReportStatus.NEW)
    verification: Mapped[str] = mapped_column(String(12), default=Verification.UNVERIFIED)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    triage_data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    area: Mapped[Area | None] = relationship()
    incident: Mapped[Incident | None] = relationship(back_populates="reports")
    corrections: Mapped[list[ReportCorrection]] = relationship(
        back_populates="report", order_by="ReportCorrection.id"
    )
    notes: Mapped[list[ReportNote]] = relationship(
        back_populates="report", order_by="ReportNote.id"
    )

    def __repr__(self) -> str:
        return f"<Report {self.ref} {self.category}{' URGENT' if self.urgent else ''}>"


class ReportCorrection(Base):
    """An analyst's correction of one triage field: audited, and training data for triage."""

    __tablename__ = "report_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    field: Mapped[str] = mapped_column(String(20))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    report: Mapped[Report] = relationship(back_populates="corrections")


class ReportNote(Base):
    """Information added later (`INFO <ref> <text>`) by a contact or the reporter."""

    __tablename__ = "report_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("reporters.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    report: Mapped[Report] = relationship(back_populates="notes")
