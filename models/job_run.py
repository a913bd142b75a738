"""A record of every scheduled job run: the proof that exactly one scheduler is at work."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class JobRun(Base):
    """One execution of a scheduled job (escalation sweep, digest, check-in, retention).

    The admin dashboard shows the last runs (is the scheduler alive, and where?);
    the fail-over tests check that no scheduled tick ran twice.
    """

    __tablename__ = "job_runs"
    __table_args__ = (Index("ix_job_runs_job_scheduled", "job_id", "scheduled_for"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[str] = mapped_column(String(60))
    scheduled_for: Mapped[datetime] = mapped_column()
    finished_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    runner: Mapped[str] = mapped_column(String(120))  # host:pid of the elected scheduler
    error: Mapped[str | None] = mapped_column(Text)
