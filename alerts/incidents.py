"""Grouping reports of one event into an incident.

After an attack, ten villagers text within the hour. Security units need one
alert that says "10 reports", not ten alerts: a report joins the open incident
of the same category in the same commune (or any area above or below it) seen
within the window.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import String, bindparam, select
from sqlalchemy.orm import Session

from models import Area, Incident, IncidentStatus, Report

DEFAULT_WINDOW = timedelta(hours=6)


def attach(
    session: Session, report: Report, window: timedelta = DEFAULT_WINDOW
) -> tuple[Incident, bool]:
    """The incident this report belongs to, and whether it was just created.

    Nothing is flushed: the report, if new, is inserted with its incident set
    and its review reasons final (routing adds "unrouted") — one insert, not an
    insert and two updates.
    """
    with session.no_autoflush:  # the search needs no pending row
        incident = _matching(session, report, window)
    if incident is None:
        incident = Incident(
            category=report.category,
            area_id=report.area_id,
            urgent=report.urgent,
            status=IncidentStatus.OPEN,
            report_count=0,
            first_report_at=report.created_at,
            last_report_at=report.created_at,
        )
        session.add(incident)
        is_new = True
    else:
        is_new = False
    incident.report_count += 1
    incident.last_report_at = max(incident.last_report_at, report.created_at)
    incident.urgent = incident.urgent or report.urgent
    # Casualty figures differ between witnesses: keep the highest stated.
    for field in ("dead", "injured"):
        value = getattr(report, field)
        if value is not None and (getattr(incident, field) or 0) < value:
            setattr(incident, field, value)
    report.incident = incident
    return incident, is_new


def _matching(session: Session, report: Report, window: timedelta) -> Incident | None:
    """The open incident of the same category at the same place, in one query."""
    if report.area_id is None:
        return None  # no place, no way to tell two events apart
    here = session.get(Area, report.area_id)
    if here is None:
        return None
    return session.scalar(
        _MATCHING,
        {
            "category": report.category,
            "since": report.created_at - window,
            "here": here.id,
            # a village report joins its commune's incident …
            "above": [int(p) for p in here.path.strip("/").split("/") if p and int(p) != here.id],
            # … and a commune report its villages'
            "inside": here.path + "%" if here.level in _LOCAL else None,
        },
    )


_LOCAL = ("commune", "village")
# Built once, bound per report: building it cost as much as running it.
_MATCHING = (
    select(Incident)
    .join(Area, Area.id == Incident.area_id)
    .where(
        Incident.category == bindparam("category"),
        Incident.status != IncidentStatus.CLOSED,
        Incident.last_report_at >= bindparam("since"),
        (Incident.area_id == bindparam("here"))
        | (Area.id.in_(bindparam("above", expanding=True)) & Area.level.in_(_LOCAL))
        | Area.path.like(bindparam("inside", type_=String)),
    )
    .order_by(Incident.last_report_at.desc())
    .limit(1)
)


def same_place(a: Area, b: Area) -> bool:
    """Same area, or one inside the other within a single commune.

    A village report joins its commune's incident; a report naming only the
    region does not swallow every incident in the region.
    """
    if a.id == b.id:
        return True
    outer, inner = (a, b) if len(a.path) <= len(b.path) else (b, a)
    return outer.level in ("commune", "village") and inner.path.startswith(outer.path)
