"""Administrative areas: country → region → cercle/province → commune → village."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base


class AreaLevel(StrEnum):
    COUNTRY = "country"
    REGION = "region"
    CERCLE = "cercle"  # Mali cercle, Burkina Faso province, Niger department
    COMMUNE = "commune"
    VILLAGE = "village"


LEVEL_RANK = {level: rank for rank, level in enumerate(AreaLevel)}


class Area(Base):
    """A node of the administrative hierarchy.

    `path` is the materialised chain of ancestor ids (`/1/12/140/`), so "this
    area and everything under it" is one indexed prefix match, for routing rules
    and for the inbox filter on a million reports alike.
    """

    __tablename__ = "areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    pcode: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(2))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"), index=True)
    path: Mapped[str] = mapped_column(String(200), default="", index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)

    parent: Mapped[Area | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Area]] = relationship(back_populates="parent")
    aliases: Mapped[list[AreaAlias]] = relationship(
        back_populates="area", cascade="all, delete-orphan"
    )

    def ancestor_ids(self) -> list[int]:
        """Ids from the country down to this area itself."""
        return [int(p) for p in self.path.strip("/").split("/") if p]

    def __repr__(self) -> str:
        return f"<Area {self.pcode or self.id} {self.name} ({self.level})>"


class AreaAlias(Base):
    """Another spelling of an area's name, added by admins (Ouatagouna for Ouattagouna)."""

    __tablename__ = "area_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))

    area: Mapped[Area] = relationship(back_populates="aliases")
