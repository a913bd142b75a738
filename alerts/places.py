"""Turning coordinates (a WhatsApp location message) into an area of ours."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Area, Report
from triage import ReporterContext, triage


def area_for_pcode(session: Session, pcode: str | None) -> Area | None:
    if not pcode:
        return None
    return session.scalar(select(Area).where(Area.pcode == pcode))


def locate_from_coordinates(session: Session, report: Report) -> None:
    """Fill the report's area from its coordinates when its text named no known place."""
    if report.area_id is not None or report.latitude is None or report.longitude is None:
        return
    result = triage(
        "", reporter_context=ReporterContext(latitude=report.latitude, longitude=report.longitude)
    )
    area = area_for_pcode(session, result.admin_pcode)
    if area is not None:
        report.area_id, report.area_path = area.id, area.path
        report.place_pcode = result.area_pcode
