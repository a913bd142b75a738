"""Report review as plain functions: the inbox query, corrections, dismissal, numbers.

Views call these; tests and the 1,000,000-row bench call them directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from admin import audit
from exports.filters import ReportFilters
from models import (
    CATEGORIES,
    Area,
    Report,
    ReportCorrection,
    Reporter,
    ReportStatus,
    utcnow,
)
from models.db import plan_with_values
from privacy import AddressCipher

PAGE = 50


@dataclass(frozen=True)
class InboxFilters:
    category: str | None = None
    urgent: bool | None = None
    area_id: int | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    review: bool = False

    def as_report_filters(self) -> ReportFilters:
        return ReportFilters(
            category=self.category,
            urgent=self.urgent,
            area_id=self.area_id,
            status=self.status,
            date_from=self.date_from,
            date_to=self.date_to,
            text=self.text,
        )

    @classmethod
    def from_args(cls, args) -> InboxFilters:  # noqa: ANN001
        def day(value: str | None) -> date | None:
            try:
                return date.fromisoformat(value) if value else None
            except ValueError:
                return None

        def number(value: str | None) -> int | None:
            return int(value) if value and value.isdigit() else None

        urgent = {"1": True, "0": False}.get(args.get("urgent", ""))
        category = args.get("category") or None
        status = args.get("status") or None
        return cls(
            category=category if category in CATEGORIES else None,
            urgent=urgent,
            area_id=number(args.get("area")),
            status=status if status in {s.value for s in ReportStatus} else None,
            date_from=day(args.get("from")),
            date_to=day(args.get("to")),
            text=(args.get("q") or "").strip()[:100] or None,
            review=args.get("review") == "1",
        )


@dataclass(frozen=True)
class InboxRow:
    id: int
    ref: str
    created_at: datetime
    category: str
    urgent: bool
    text: str
    area: str | None
    status: str
    needs_review: bool
    confidence: float


def encode_cursor(row: InboxRow) -> str:
    return f"{row.created_at.astimezone(UTC).isoformat()}|{row.id}"


def decode_cursor(value: str | None) -> tuple[datetime, int] | None:
    if not value or "|" not in value:
        return None
    stamp, _, ident = value.partition("|")
    try:
        return datetime.fromisoformat(stamp), int(ident)
    except ValueError:
        return None


def inbox(
    session: Session,
    filters: InboxFilters,
    before: tuple[datetime, int] | None = None,
    limit: int = PAGE,
) -> tuple[list[InboxRow], str | None]:
    """One page of reports, newest first, and the cursor of the next page.

    Keyset pagination on (created_at, id): page 20,000 costs what page 1 does.
    """
    plan_with_values(session)
    query = select(
        Report.id, Report.ref, Report.created_at, Report.category, Report.urgent,
        Report.text, Area.name, Report.status, Report.needs_review, Report.confidence,
    ).outerjoin(Area, Area.id == Report.area_id)  # fmt: skip
    query = apply_filters(session, query, filters)
    if before is not None:
        stamp, ident = before
        # The redundant `created_at <= stamp` is what both databases can seek to
        # in the (…, created_at, id) indexes; the OR alone is only a filter, and a
        # deep page would scan every row above it.
        query = query.where(
            Report.created_at <= stamp,
            or_(Report.created_at < stamp, and_(Report.created_at == stamp, Report.id < ident)),
        )
    query = query.order_by(Report.created_at.desc(), Report.id.desc()).limit(limit + 1)
    rows = [InboxRow(*r[:5], (r[5] or "")[:160], *r[6:]) for r in session.execute(query)]
    cursor = encode_cursor(rows[limit - 1]) if len(rows) > limit else None
    return rows[:limit], cursor


def apply_filters(session: Session, query, filters: InboxFilters):  # noqa: ANN001, ANN201
    """The inbox's filters: the export's, plus "to review"."""
    query = filters.as_report_filters().apply(session, query)
    if filters.review:
        query = query.where(Report.needs_review.is_(True))
    return query


def correct(
    session: Session,
    report: Report,
    user_id: int,
    *,
    category: str,
    urgent: bool,
    area_pcode: str | None,
) -> list[str]:
    """Apply an analyst's correction; each changed field is stored (triage retrains on it)."""
    changed: list[str] = []
    before = audit.snapshot(report, ("category", "urgent", "area_id"))

    def note(field: str, old: object, new: object) -> None:
        session.add(
            ReportCorrection(
                report_id=report.id, user_id=user_id, field=field,
                old_value=None if old is None else str(old), new_value=str(new),
            )
        )  # fmt: skip
        changed.append(field)

    if category in CATEGORIES and category != report.category:
        note("category", report.category, category)
        report.category = category
    if urgent != report.urgent:
        note("urgent", report.urgent, urgent)
        report.urgent = urgent
    if area_pcode:
        area = session.scalar(select(Area).where(Area.pcode == area_pcode.strip()))
        if area is None:
            raise ValueError(area_pcode)
        if area.id != report.area_id:
            note("area", report.area.pcode if report.area else None, area.pcode)
            report.area_id, report.area_path = area.id, area.path
    report.needs_review = False
    report.status = ReportStatus.REVIEWED
    if changed:
        audit.record(
            session, user_id, "correct", "report", report.ref, before,
            audit.snapshot(report, ("category", "urgent", "area_id")),
        )  # fmt: skip
    return changed


def dismiss(session: Session, report: Report, user_id: int) -> None:
    before = {"status": report.status}
    report.status = ReportStatus.DISMISSED
    report.needs_review = False
    audit.record(session, user_id, "dismiss", "report", report.ref, before, {"status": "dismissed"})


def reveal_number(session: Session, report: Report, user_id: int, cipher: AddressCipher) -> str:
    """The reporter's number, for an admin who needs it; the request itself is audited."""
    reporter = session.get(Reporter, report.reporter_id) if report.reporter_id else None
    audit.record(session, user_id, "reveal_number", "report", report.ref)
    if reporter is None or reporter.address_encrypted is None:
        return ""
    return cipher.decrypt(reporter.address_encrypted).value


def recent_since(days: int) -> datetime:
    return utcnow() - timedelta(days=days)
