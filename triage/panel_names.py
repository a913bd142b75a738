"""Names admins add in the panel (villages, other spellings), fed to the place matcher."""

from __future__ import annotations

import time

from sqlalchemy import func, select
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


_checked_at = float("-inf")
_signature: tuple | None = None


def refresh(session: Session, every: float = 30.0) -> bool:
    """Reload the names when an admin changed them, looking at most every `every` seconds.

    Each web process keeps its own matcher; this is how a village added in the
    panel reaches the process that receives the next report, without a restart.
    """
    global _checked_at, _signature
    now = time.monotonic()
    if now - _checked_at < every:
        return False
    _checked_at = now
    signature = (
        *session.execute(select(func.count(AreaAlias.id), func.max(AreaAlias.id))).one(),
        *session.execute(
            select(func.count(Area.id), func.max(Area.id)).where(Area.pcode.is_(None))
        ).one(),
    )
    if signature == _signature:
        return False
    _signature = signature
    load(session)
    return True


def load(session: Session) -> int:
    """Register every admin-made village and spelling (replacing the previous set)."""
    entries: list[tuple[str, Place]] = []
    villages = session.scalars(select(Area).where(Area.pcode.is_(None)))
    for village in villages:
        entries.append((village.name, as_place(village, village.parent)))
    for alias in session.scalars(select(AreaAlias)):
        entries.append((alias.alias, as_place(alias.area, alias.area.parent)))
    register_names(entries, replace=True)
    return len(entries)
