"""Reporters: the pseudonymous people who text reports in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class Reporter(Base):
    """A sender, known by an HMAC of their address, never by the address itself.

    The HMAC (`address_hash`) lets Tabalé recognise a returning reporter without
    storing anything a database leak could turn back into a number. The address
    is kept only encrypted (`address_encrypted`), because replies must reach it;
    the retention job erases it after a configurable time, leaving the hash.
    """

    __tablename__ = "reporters"

    id: Mapped[int] = mapped_column(primary_key=True)
    address_hash: Mapped[str] = mapped_column(String(64), unique=True)
    address_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    # "tel" for a phone number, "wa" for a WhatsApp business-scoped user id.
    address_kind: Mapped[str] = mapped_column(String(4), default="tel")
    # Country calling code only (e.g. "223"), useful for statistics, not identifying.
    country_code: Mapped[str | None] = mapped_column(String(4))
    last_medium: Mapped[str] = mapped_column(String(10), default="sms")
    language: Mapped[str | None] = mapped_column(String(5))
    opted_out: Mapped[bool] = mapped_column(default=False)
    blocked: Mapped[bool] = mapped_column(default=False)
    trusted: Mapped[bool] = mapped_column(default=False)
    report_count: Mapped[int] = mapped_column(default=0)
    last_area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    address_erased_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<Reporter {self.id}>"
