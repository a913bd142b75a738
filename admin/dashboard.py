"""The situation: counts and trends, open urgent incidents, silence, and the map."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from functools import cache

from flask import Response, render_template
from sqlalchemy import String, cast, func, select

import gazetteer
from admin import bp
from admin.permissions import READ, requires
from alerts.checkins import silent_focal_points
from alerts.compose import CATEGORY_LABELS
from models import (
    Alert,
    AlertStatus,
    Area,
    Incident,
    IncidentStatus,
    JobRun,
    Report,
    ReportStatus,
    utcnow,
)
from services import services
from webhook.worker import QUEUED_COUNT

DAYS = 30
# The map's frame: Mali, Burkina Faso and Niger (lon, lat).
WEST, EAST, SOUTH, NORTH = -12.5, 16.2, 9.3, 25.2
WIDTH = 860
SCALE = WIDTH / (EAST - WEST)
HEIGHT = round((NORTH - SOUTH) * SCALE)


def project(lon: float, lat: float) -> tuple[float, float]:
    return round((lon - WEST) * SCALE, 1), round((NORTH - lat) * SCALE, 1)


def situation(session, days: int = DAYS) -> dict:  # noqa: ANN001
    """Everything the dashboard shows, as plain data (tests call this directly)."""
    since = utcnow() - timedelta(days=days)
    live = Report.status != ReportStatus.DISMISSED
    by_category = dict(
        session.execute(
            select(Report.category, func.count())
            .where(Report.created_at >= since, live)
            .group_by(Report.category)
        ).all()
    )
    per_day: Counter[str] = Counter()
    urgent_day: Counter[str] = Counter()
    for created, urgent in session.execute(
        select(Report.created_at, Report.urgent).where(Report.created_at >= since, live)
    ):
        per_day[created.date().isoformat()] += 1
        if urgent:
            urgent_day[created.date().isoformat()] += 1
    by_area: Counter[str] = Counter()
    paths = session.execute(
        select(Report.area_path).where(
            Report.created_at >= since, live, Report.area_path.is_not(None)
        )
    ).scalars()
    cercle_ids: Counter[int] = Counter()
    for path in paths:
        parts = [int(p) for p in path.strip("/").split("/") if p]
        if len(parts) >= 3:
            cercle_ids[parts[2]] += 1
    names = (
        dict(session.execute(select(Area.id, Area.name).where(Area.id.in_(list(cercle_ids)))).all())
        if cercle_ids
        else {}
    )
    for area_id, count in cercle_ids.items():
        by_area[names.get(area_id, "?")] += count
    open_urgent = list(
        session.execute(
            select(Incident, Area.name)
            .outerjoin(Area, Area.id == Incident.area_id)
            .where(Incident.urgent.is_(True), Incident.status != IncidentStatus.CLOSED)
            .order_by(Incident.last_report_at.desc())
            .limit(20)
        )
    )
    unacknowledged = session.scalar(
        select(func.count()).where(Alert.status.in_([AlertStatus.SENT, AlertStatus.ESCALATED]))
    )
    # Reports no routing rule brought to anyone but a fallback (or to no one at all),
    # still to review: a gap in the rules or in the units' areas to mend.
    unrouted = session.scalar(
        select(func.count()).where(
            Report.needs_review.is_(True),
            live,
            cast(Report.review_reasons, String).like('%"unrouted"%'),
        )
    )
    last_runs = list(session.scalars(select(JobRun).order_by(JobRun.id.desc()).limit(5)))
    # Acknowledged but not yet triaged or routed: more than a handful means the
    # dispatchers (which run the intake worker) are stopped or overwhelmed.
    queued = session.scalar(QUEUED_COUNT)
    return {
        "queued": queued or 0,
        "by_category": sorted(by_category.items(), key=lambda kv: -kv[1]),
        "per_day": [
            ((utcnow() - timedelta(days=d)).date().isoformat()) for d in range(days - 1, -1, -1)
        ],
        "counts_day": per_day,
        "urgent_day": urgent_day,
        "by_area": by_area.most_common(10),
        "open_urgent": open_urgent,
        "unacknowledged": unacknowledged or 0,
        "unrouted": unrouted or 0,
        "silent": silent_focal_points(session, utcnow()),
        "last_runs": last_runs,
        "total": sum(by_category.values()),
        "top": max([1, *per_day.values()]),
    }


@bp.get("/")
@requires(READ)
def dashboard():  # noqa: ANN201
    with services().db.read_session() as s:
        data = situation(s)
        return render_template("admin/dashboard.html", labels=CATEGORY_LABELS, days=DAYS, **data)


@cache
def base_map_svg() -> str:
    """Mali's cercles and the outlines of Burkina Faso and Niger, drawn once per process."""
    paths = []
    for level in ("country", "cercle"):
        for _properties, rings in gazetteer.outlines(level):
            d = []
            for ring in rings:
                points = [project(x, y) for x, y in ring[:: max(1, len(ring) // 120)]]
                d.append("M" + "L".join(f"{x},{y}" for x, y in points) + "Z")
            paths.append(f'<path class="{level}" d="{"".join(d)}"/>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}">'
        "<style>.country{fill:#f4f1e8;stroke:#8a7f6a;stroke-width:1}"
        ".cercle{fill:#fbf8ef;stroke:#b9ae95;stroke-width:.5}</style>" + "".join(paths) + "</svg>"
    )


@bp.get("/map/base.svg")
@requires(READ)
def base_map():  # noqa: ANN201
    return Response(
        base_map_svg(),
        mimetype="image/svg+xml",
        headers={"Cache-Control": "private, max-age=86400"},
    )


@bp.get("/map")
@requires(READ)
def incident_map():  # noqa: ANN201
    since = utcnow() - timedelta(days=DAYS)
    points = []
    with services().db.read_session() as s:
        rows = s.execute(
            select(Incident, Area.name, Area.lat, Area.lon)
            .join(Area, Area.id == Incident.area_id)
            .where(Incident.last_report_at >= since, Area.lat.is_not(None))
            .order_by(Incident.last_report_at.desc())
            .limit(1000)
        ).all()
        refs = (
            dict(
                s.execute(
                    select(Report.incident_id, func.min(Report.ref))
                    .where(Report.incident_id.in_([r[0].id for r in rows]))
                    .group_by(Report.incident_id)
                ).all()
            )
            if rows
            else {}
        )
        for incident, name, lat, lon in rows:
            x, y = project(lon, lat)
            label = CATEGORY_LABELS.get(incident.category, incident.category)
            points.append(
                {
                    "x": x,
                    "y": y,
                    "urgent": incident.urgent,
                    "closed": incident.status == IncidentStatus.CLOSED,
                    "label": f"{label} — {name} ({incident.report_count})",
                    "ref": refs.get(incident.id),
                }
            )
    return render_template("admin/map.html", points=points, width=WIDTH, height=HEIGHT, days=DAYS)
