"""Reports as CSV: what analysts and partners take to a spreadsheet.

Never a reporter's number, hash, ciphertext or id: a row says what happened
and where, not who said it. Streamed in batches, so a million rows do not sit
in memory.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from exports.filters import ReportFilters
from exports.text import csv_cell, redact_numbers
from models import Area, Report

COLUMNS = [
    "ref", "created_at", "medium", "lang", "category", "urgent", "confidence", "dead",
    "injured", "places", "area_pcode", "area_name", "area_level", "commune", "cercle",
    "region", "country", "status", "verification", "needs_review", "incident_id", "text",
]  # fmt: skip
BATCH = 2000


def _line(values: list[object]) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(values)
    return out.getvalue()


def reports_csv(session: Session, filters: ReportFilters | None = None) -> Iterator[str]:
    """CSV lines, header first."""
    yield _line(COLUMNS)
    names = {a.id: a for a in session.scalars(select(Area).where(Area.level != "village"))}
    query = select(Report).order_by(Report.created_at, Report.id)
    if filters is not None:
        query = filters.apply(session, query)
    for report in session.scalars(query.execution_options(yield_per=BATCH)):
        levels = {"commune": "", "cercle": "", "region": "", "country": ""}
        area = None
        if report.area_path:
            for area_id in (int(p) for p in report.area_path.strip("/").split("/") if p):
                ancestor = names.get(area_id)
                if ancestor is not None and ancestor.level in levels:
                    levels[ancestor.level] = ancestor.name
            area = (
                (names.get(report.area_id) or session.get(Area, report.area_id))
                if report.area_id
                else None
            )
        yield _line(
            [
                report.ref,
                report.created_at.isoformat(timespec="seconds"),
                report.medium,
                report.lang,
                report.category,
                int(report.urgent),
                f"{report.confidence:.2f}",
                "" if report.dead is None else report.dead,
                "" if report.injured is None else report.injured,
                csv_cell("; ".join(report.places or [])),
                area.pcode if area else "",
                csv_cell(area.name) if area else "",
                area.level if area else "",
                csv_cell(levels["commune"]),
                csv_cell(levels["cercle"]),
                csv_cell(levels["region"]),
                csv_cell(levels["country"]),
                report.status,
                report.verification,
                int(report.needs_review),
                report.incident_id or "",
                csv_cell(redact_numbers(report.text)),
            ]
        )
