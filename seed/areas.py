"""The gazetteer's administrative units, loaded into the `areas` table.

Only administrative units (country → commune) become rows: routing and the
inbox filter on them. Villages stay in the gazetteer that triage reads, each
resolving to its commune; admins add the villages they want as rows.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

import gazetteer
from models import Area


def load_admin_units(session: Session) -> int:
    """Insert the admin units that are missing; return how many were added."""
    known = dict(session.execute(select(Area.pcode, Area.id)).all())
    paths = dict(session.execute(select(Area.id, Area.path)).all())
    added = 0
    for place in gazetteer.admin_units():  # parents come before children
        if place.pcode in known:
            continue
        parent_id = known.get(place.parent_pcode) if place.parent_pcode else None
        area = Area(
            pcode=place.pcode,
            name=place.name,
            level=place.level,
            country=place.country,
            parent_id=parent_id,
            lat=place.lat,
            lon=place.lon,
        )
        session.add(area)
        session.flush()
        area.path = (paths.get(parent_id, "/") if parent_id else "/") + f"{area.id}/"
        known[place.pcode] = area.id
        paths[area.id] = area.path
        added += 1
    return added


def set_path(session: Session, area: Area) -> None:
    """Compute the materialised path of a new area (admin-added village)."""
    session.flush()
    parent_path = area.parent.path if area.parent is not None else "/"
    area.path = f"{parent_path}{area.id}/"
