"""The places Tabalé knows: administrative units and settlements of Mali, Burkina Faso, Niger.

Loaded once per process from the CSV and GeoJSON files in `data/` (see
PROVENANCE.md). Administrative units become rows of the `areas` table (routing
and the panel use them); settlements stay here, each pointing at the admin
unit it belongs to, so triage can turn a village name into a commune.
"""

from __future__ import annotations

from gazetteer.geo import nearest_admin, outlines
from gazetteer.places import (
    COMMON_NAMES,
    COUNTRIES,
    Place,
    admin_units,
    by_pcode,
    children,
    geojson_path,
    geojson_paths,
    seat_pcodes,
    settlements,
)

__all__ = [
    "COMMON_NAMES",
    "COUNTRIES",
    "Place",
    "admin_units",
    "by_pcode",
    "children",
    "geojson_path",
    "geojson_paths",
    "nearest_admin",
    "outlines",
    "seat_pcodes",
    "settlements",
]
