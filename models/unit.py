"""Units: the bodies that receive alerts, and the areas each one covers."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base

if TYPE_CHECKING:
    from models.area import Area
    from models.contact import Contact


class UnitKind(StrEnum):
    """What a unit does decides what it may receive.

    Security and border units are the ones complaints are *about*: a
    `security_forces_abuse` report is never routed to them, only to oversight
    and mediation.
    """

    SECURITY = "security"
    BORDER = "border"
    OVERSIGHT = "oversight"
    MEDIATION = "mediation"
    AUTHORITY = "authority"
    HUMANITARIAN = "humanitarian"
    DEMINING = "demining"
    PASTORAL = "pastoral"


FORCE_KINDS = frozenset({UnitKind.SECURITY, UnitKind.BORDER})

unit_areas = Table(
    "unit_areas",
    Base.metadata,
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("area_id", ForeignKey("areas.id", ondelete="CASCADE"), primary_key=True),
)


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    # Words a complaint may use to name this unit ("gendarmerie de Djibo", "FAMa").
    keywords: Mapped[str] = mapped_column(Text, default="")
    digest_schedule_id: Mapped[int | None] = mapped_column(ForeignKey("schedules.id"))
    active: Mapped[bool] = mapped_column(default=True)

    areas: Mapped[list[Area]] = relationship(secondary=unit_areas)
    contacts: Mapped[list[Contact]] = relationship(back_populates="unit")

    @property
    def is_force(self) -> bool:
        return self.kind in FORCE_KINDS

    def __repr__(self) -> str:
        return f"<Unit {self.name} ({self.kind})>"
