"""Coordinates to administrative units: point in polygon on the shipped boundaries.

A WhatsApp location message carries coordinates, not a name. Mali's communes
have polygons; Burkina Faso and Niger only have localities, so a point there
takes the province/department of the nearest known locality.
"""

from __future__ import annotations

import json
from functools import cache

from gazetteer.places import Place, admin_units, by_pcode, distance_km, geojson_path, settlements

Ring = list[tuple[float, float]]


@cache
def outlines(level: str) -> tuple[tuple[dict, tuple[Ring, ...]], ...]:
    """(properties, outer rings as (lon, lat) lists) of each shipped boundary of a level."""
    data = json.loads(geojson_path(level).read_text(encoding="utf-8"))
    out = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        rings = tuple([(x, y) for x, y in polygon[0]] for polygon in polygons)
        out.append((feature["properties"], rings))
    return tuple(out)


@cache
def _communes() -> tuple[tuple[str, tuple[float, float, float, float], tuple[Ring, ...]], ...]:
    out = []
    for properties, rings in outlines("commune"):
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        out.append((properties["admin3Pcod"], (min(xs), min(ys), max(xs), max(ys)), rings))
    return tuple(out)


def _inside(x: float, y: float, ring: Ring) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def commune_at(lat: float, lon: float) -> Place | None:
    """The Mali commune whose boundary contains the point."""
    for pcode, (x0, y0, x1, y1), rings in _communes():
        if x0 <= lon <= x1 and y0 <= lat <= y1 and any(_inside(lon, lat, r) for r in rings):
            return by_pcode(pcode)
    return None


@cache
def _located() -> tuple[Place, ...]:
    units = [p for p in admin_units() if p.lat is not None and p.level in ("commune", "cercle")]
    towns = [p for p in settlements() if p.country != "ML" and p.lat is not None]
    return tuple(units + towns)


def nearest_admin(lat: float, lon: float, max_km: float = 60.0) -> Place | None:
    """The admin unit containing the point, else that of the nearest known place."""
    commune = commune_at(lat, lon)
    if commune is not None:
        return commune
    best, best_km = None, max_km
    for place in _located():
        if abs(place.lat - lat) > 1 or abs(place.lon - lon) > 1:  # type: ignore[operator]
            continue
        km = distance_km(lat, lon, place.lat, place.lon)  # type: ignore[arg-type]
        if km < best_km:
            best, best_km = place, km
    if best is None:
        return None
    if best.level == "village":
        return by_pcode(best.parent_pcode) if best.parent_pcode else None
    return best
