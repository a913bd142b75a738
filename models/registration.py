"""Focal point registration requests sent by SMS, waiting for an admin's decision."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class RequestStatus(StrEnum):
    """pending → approved (a contact is created) | refused."""

    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


class RegistrationRequest(Base):
    """`INSCRIPTION <name> <village>`: the sender stays a pseudonymous reporter until approved."""

    __tablename__ = "registration_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("reporters.id"), index=True)
    text: Mapped[str] = mapped_column(String(200))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"))
    medium: Mapped[str] = mapped_column(String(10), default="sms")
    language: Mapped[str] = mapped_column(String(5), default="fr")
    status: Mapped[str] = mapped_column(String(10), default=RequestStatus.PENDING, index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None]
