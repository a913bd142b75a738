"""Contacts: the people who receive alerts, digests and check-ins."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow

if TYPE_CHECKING:
    from models.area import Area
    from models.unit import Unit


class Contact(Base):
    """A commander, duty officer, focal point or mediator.

    Contacts are staff of the network, not reporters: their numbers are stored
    in clear (E.164) because routing, the panel and the SMS commands need them.
    `phone_hash` links a contact to the pseudonymous reporter they are when
    they send a report themselves.
    """

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(32), unique=True)
    phone_hash: Mapped[str] = mapped_column(String(64), index=True)
    # WhatsApp business-scoped user id, when the contact only reaches us that way.
    whatsapp_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    role: Mapped[str] = mapped_column(String(40), default="duty_officer")
    is_focal_point: Mapped[bool] = mapped_column(default=False)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"), index=True)
    channel: Mapped[str] = mapped_column(String(10), default="sms")
    language: Mapped[str] = mapped_column(String(5), default="fr")
    timezone: Mapped[str] = mapped_column(String(40), default="Africa/Bamako")
    quiet_start: Mapped[time | None] = mapped_column(Time)
    quiet_end: Mapped[time | None] = mapped_column(Time)
    digest_schedule_id: Mapped[int | None] = mapped_column(ForeignKey("schedules.id"))
    active: Mapped[bool] = mapped_column(default=True)
    opted_out: Mapped[bool] = mapped_column(default=False)
    # Last message from this contact: opens WhatsApp's 24-hour session window
    # and tells who has gone silent.
    last_inbound_at: Mapped[datetime | None]
    # Last check-in sent ("reply CALME if all is calm"), so silence is asked about once.
    last_checkin_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    unit: Mapped[Unit | None] = relationship(back_populates="contacts")
    area: Mapped[Area | None] = relationship()

    @property
    def reachable(self) -> bool:
        return self.active and not self.opted_out

    def __repr__(self) -> str:
        return f"<Contact {self.id} {self.name}>"
