"""Report filters shared by the CSV export (the inbox has its own keyset pager)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from models import Area, Report


@dataclass(frozen=True)
class ReportFilters:
    category: str | None = None
    urgent: bool | None = None
    area_id: int | None = None  # with everything below it
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    text: str | None = None

    def apply(self, session: Session, query: Select) -> Select:
        if self.category:
            query = query.where(Report.category == self.category)
        if self.urgent is not None:
            query = query.where(Report.urgent.is_(self.urgent))
        if self.status:
            query = query.where(Report.status == self.status)
        if self.area_id:
            path = session.scalar(select(Area.path).where(Area.id == self.area_id))
            query = query.where(Report.area_path.like(f"{path}%")) if path else query.where(False)
        if self.date_from:
            query = query.where(Report.created_at >= datetime.combine(self.date_from, time(), UTC))
        if self.date_to:
            end = datetime.combine(self.date_to, time(), UTC) + timedelta(days=1)
            query = query.where(Report.created_at < end)
        if self.text:
            escaped = self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(
                or_(Report.text.ilike(f"%{escaped}%", escape="\\"), Report.ref == self.text.upper())
            )
        return query
