"""Admin corrections as training rows: what the analysts taught triage."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Report, ReportCorrection, ReportStatus


def rows_from_corrections(session: Session) -> list[dict]:
    """Corpus-format rows for every corrected report, with its final (corrected) labels."""
    corrected = select(ReportCorrection.report_id).where(
        ReportCorrection.field.in_(["category", "urgent"])
    )
    rows = []
    for report in session.scalars(
        select(Report).where(Report.id.in_(corrected), Report.status != ReportStatus.DISMISSED)
    ):
        if report.text.strip():
            rows.append(
                {
                    "text": report.text,
                    "category": report.category,
                    "urgent": report.urgent,
                    "lang": report.lang,
                }
            )
    return rows
