"""Schedules are data: a cron expression and a time zone, run by the elected scheduler."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

TIMEZONES = ("Africa/Bamako", "Africa/Ouagadougou", "Africa/Niamey")


class ScheduleKind(StrEnum):
    DIGEST = "digest"  # non-urgent reports, summarised, to each contact on it
    CHECKIN = "checkin"  # "reply CALME if all is calm" to silent focal points


class Schedule(Base):
    """When a job runs, in whose local time.

    A contact uses its own digest schedule, else its unit's, else the default
    one (`is_default`): daily at 07:00 Africa/Bamako unless an admin changes it.
    """

    __tablename__ = "schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10), default=ScheduleKind.DIGEST)
    cron: Mapped[str] = mapped_column(String(100), default="0 7 * * *")
    timezone: Mapped[str] = mapped_column(String(40), default="Africa/Bamako")
    is_default: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
