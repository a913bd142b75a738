"""Names admins add in the panel (villages, other spellings), fed to the place matcher."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gazetteer import Place
from models import Area, AreaAlias
from triage.places import register_names


def as_place(area: Area, parent: Area | None) -> Place:
    return Place(
        pcode=area.pcode or f"AREA{area.id}",
        name=area.name,
        level=area.level,
        parent_pcode=parent.pcode if parent is not None else None,
        country=area.country,
        lat=area.lat,
        lon=area.lon,
    )


def load(session: Session) -> int:
    """Register every admin-made village and spelling; returns how many names."""
    entries: list[tuple[str, Place]] = []
    villages = session.scalars(select(Area).where(Area.pcode.is_(None)))
    for village in villages:
        entries.append((village.name, as_place(village, village.parent)))
    for alias in session.scalars(select(AreaAlias)):
        entries.append((alias.alias, as_place(alias.area, alias.area.parent)))
    register_names(entries)
    return len(entries)
