"""Reading the shipped gazetteer files into `Place` values (once per process)."""

from __future__ import annotations

import csv
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
COUNTRIES = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger"}
LEVELS = ("country", "region", "cercle", "commune", "village")
# Seats of the Liptako-Gourma departments of Niger whose names do not match a
# locality in the sources (approximate town coordinates, lat/lon).
SEATS = {
    "NE006002": (14.731, 0.919),  # Ayerou (Ayorou)
    "NE006011": (14.008, 0.753),  # Tera
    "NE006009": (14.318, 2.086),  # Ouallam
    "NE006013": (13.117, 1.800),  # Torodi
    "NE006004": (15.044, 2.704),  # Banibangou
    "NE006005": (14.583, 0.727),  # Bankilare
    "NE006006": (14.352, 3.318),  # Filingue
    "NE006007": (13.862, 1.571),  # Gotheye
}

# Names reporters and partners use that the sources spell otherwise: each is read as
# the source's name it stands for (written for Tabalé, not taken from the sources).
COMMON_NAMES = {
    "Timbuktu": "Tombouctou",  # partners' English
    "Nioro du Sahel": "Nioro",  # the cercle's usual name (OCHA: Nioro)
    "Anefis": "Anefif",  # the usual spelling of Kidal's Anefif
    "In-Tillit": "N'tillit",  # Gao's N'Tillit, as the press writes it
    "Intillit": "N'tillit",
}


@dataclass(frozen=True)
class Place:
    pcode: str
    name: str
    level: str  # country | region | cercle | commune | village
    parent_pcode: str | None
    country: str  # ML | BF | NE
    lat: float | None = None
    lon: float | None = None
    alt_names: tuple[str, ...] = ()


def fold(text: str) -> str:
    """Lower-case ASCII form used to compare names ("Ségou" == "segou")."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "", "NA") else None  # type: ignore[arg-type]
    except ValueError:
        return None


@cache
def admin_units() -> tuple[Place, ...]:
    """Countries, regions, cercles/provinces/departments, Mali's communes — parents first."""
    countries = [Place(code, name, "country", None, code) for code, name in COUNTRIES.items()]
    regions: dict[str, Place] = {}
    cercles: dict[str, Place] = {}
    communes: list[Place] = []
    cercle_points: dict[str, list[tuple[float, float]]] = {}
    for r in _rows("mali_communes_ocha_cod_2015.csv"):
        regions.setdefault(
            r["admin1Pcode"], Place(r["admin1Pcode"], r["admin1Name"], "region", "ML", "ML")
        )
        lat, lon = _float(r["centroid_lat"]), _float(r["centroid_lon"])
        cercle_points.setdefault(r["admin2Pcode"], []).append((lat or 0.0, lon or 0.0))
        cercles.setdefault(
            r["admin2Pcode"],
            Place(r["admin2Pcode"], r["admin2Name"], "cercle", r["admin1Pcode"], "ML"),
        )
        communes.append(
            Place(r["admin3Pcode"], r["admin3Name"], "commune", r["admin2Pcode"], "ML", lat, lon)
        )
    for country in ("bf", "ne"):
        code = country.upper()
        for r in _rows(f"{country}_admin1_ocha.csv"):
            regions[r["adm1_pcode"]] = Place(r["adm1_pcode"], r["adm1_name"], "region", code, code)
        for r in _rows(f"{country}_admin2_ocha.csv"):
            cercles[r["adm2_pcode"]] = Place(
                r["adm2_pcode"], r["adm2_name"], "cercle", r["adm1_pcode"], code
            )
    located = _seats(cercles, cercle_points)
    return tuple(countries + list(regions.values()) + located + communes)


def _seats(cercles: dict[str, Place], points: dict[str, list[tuple[float, float]]]) -> list[Place]:
    """Give each cercle/province/department a point: the mean of its communes (Mali) or of
    its GeoNames localities (Burkina Faso), else its seat town, matched by name."""
    from rapidfuzz import fuzz, process

    for place in _foreign_localities():
        if place.parent_pcode and len(place.parent_pcode) > 4 and place.lat is not None:
            points.setdefault(place.parent_pcode, []).append((place.lat, place.lon or 0.0))
    towns = {}
    for town in _foreign_localities():
        if town.lat is not None:
            towns.setdefault((town.country, fold(town.name)), town)
    names_in: dict[str, list[str]] = {}
    for country, name in towns:
        names_in.setdefault(country, []).append(name)
    out = []
    for place in cercles.values():
        lat = lon = None
        if place.pcode in SEATS:
            lat, lon = SEATS[place.pcode]
        elif place.pcode in points:
            pts = points[place.pcode]
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
        else:
            match = process.extractOne(
                fold(place.name),
                names_in.get(place.country, []),
                scorer=fuzz.ratio,
                score_cutoff=80,
            )
            if match is not None:
                town = towns[(place.country, match[0])]
                lat, lon = town.lat, town.lon
        out.append(
            Place(place.pcode, place.name, place.level, place.parent_pcode, place.country, lat, lon)
        )
    return out


def _foreign_localities() -> tuple[Place, ...]:
    """Burkina Faso and Niger localities (GeoNames, OSM), before their admin parent is known."""
    return _foreign()[0]


@cache
def _foreign() -> tuple[tuple[Place, ...], frozenset[str]]:
    """The localities, and which of them are seats or towns (read in the same pass)."""
    out: list[Place] = []
    seats: set[str] = set()
    for r in _rows("bf_geonames_places.csv"):
        alts = tuple(a for a in r["alt_names"].split("|") if a)
        parent = r["adm2_pcode"] or r["adm1_pcode"] or "BF"
        out.append(
            Place(f"GN{r['geonameid']}", r["name"], "village", parent, "BF",
                  _float(r["lat"]), _float(r["lon"]), alts)
        )  # fmt: skip
        if r["feature_code"] in ("PPLA", "PPLA2", "PPLA3", "PPLC"):
            seats.add(out[-1].pcode)
    for country in ("bf", "ne"):
        for r in _rows(f"{country}_osm_places_2019.csv"):
            out.append(
                Place(f"OSM{r['osm_node_id']}", r["name"], "village", None, country.upper(),
                      _float(r["lat"]), _float(r["lon"]))
            )  # fmt: skip
            if r["place"] in ("city", "town"):
                seats.add(out[-1].pcode)
    return tuple(out), frozenset(seats)


@cache
def settlements() -> tuple[Place, ...]:
    """Villages and towns, each with the P-code of the admin unit it belongs to."""
    import numpy as np

    out: list[Place] = []
    for r in _rows("mali_settlements_ocha_cod_2015.csv"):
        alts = tuple(a for a in r["alt_names"].split("|") if a)
        out.append(
            Place(r["pcode"], r["name"], "village", r["commune_pcode"] or None, "ML",
                  _float(r["lat"]), _float(r["lon"]), alts)
        )  # fmt: skip
    # Localities without a province take the province of the nearest locality that
    # has one (GeoNames, Burkina Faso) or the nearest department seat (Niger).
    anchors = [
        (p.lat, p.lon, p.parent_pcode, p.country)
        for p in _foreign_localities()
        if p.parent_pcode and len(p.parent_pcode) > 4 and p.lat is not None
    ]
    anchors += [
        (p.lat, p.lon, p.pcode, p.country)
        for p in admin_units()
        if p.level == "cercle" and p.country != "ML" and p.lat is not None
    ]
    foreign = _foreign_localities()
    orphans = [
        i
        for i, p in enumerate(foreign)
        if (p.parent_pcode is None or len(p.parent_pcode) <= 4) and p.lat is not None
    ]
    adopted: dict[int, str] = {}
    if anchors and orphans:
        from scipy.spatial import cKDTree

        # Five nearest anchors of every orphan in one query (a sort per locality
        # took seconds at start-up); the first of its own country within 1° wins.
        k = min(5, len(anchors))
        points = [(foreign[i].lat, foreign[i].lon or 0.0) for i in orphans]
        distances, nearest = cKDTree(np.array([(a[0], a[1]) for a in anchors])).query(points, k=k)
        distances, nearest = distances.reshape(len(orphans), k), nearest.reshape(len(orphans), k)
        for row, i in enumerate(orphans):
            for d, j in zip(distances[row], nearest[row], strict=True):
                if anchors[j][3] == foreign[i].country and d < 1.0:
                    adopted[i] = anchors[j][2]
                    break
    for i, place in enumerate(foreign):
        parent = adopted.get(i, place.parent_pcode)
        out.append(
            Place(place.pcode, place.name, "village", parent or place.country, place.country,
                  place.lat, place.lon, place.alt_names)
        )  # fmt: skip
    return tuple(out)


@cache
def seat_pcodes() -> frozenset[str]:
    """Settlements that are an administrative seat or a town: Mali's commune seats
    (OCHA settlement P-codes ending in 000, one per commune), GeoNames' seats of
    regions, provinces and departments (PPLA…), OpenStreetMap's cities and towns.
    Between homonyms, a report most likely means the seat ("Dori", "Kaya", "Boni")."""
    mali = {p.pcode for p in settlements() if p.country == "ML" and p.pcode.endswith("000")}
    return frozenset(mali) | _foreign()[1]


def _nearest(seats: list[Place], place: Place, max_km: float = 120.0) -> str | None:
    if place.lat is None or place.lon is None:
        return None
    best, best_km = None, max_km
    for seat in seats:
        if seat.country != place.country:
            continue
        km = distance_km(place.lat, place.lon, seat.lat, seat.lon)  # type: ignore[arg-type]
        if km < best_km:
            best, best_km = seat.pcode, km
    return best


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


@cache
def _index() -> dict[str, Place]:
    return {p.pcode: p for p in (*admin_units(), *settlements())}


def by_pcode(pcode: str | None) -> Place | None:
    return _index().get(pcode or "")


@cache
def _children() -> dict[str, tuple[Place, ...]]:
    out: dict[str, list[Place]] = {}
    for place in admin_units():
        if place.parent_pcode:
            out.setdefault(place.parent_pcode, []).append(place)
    return {k: tuple(v) for k, v in out.items()}


def children(pcode: str) -> tuple[Place, ...]:
    """Admin units directly under `pcode`."""
    return _children().get(pcode, ())


GEOJSON = {
    "region": "geo/mali_adm1_ocha_cod_2015_simplified.geojson",
    "cercle": "geo/mali_adm2_ocha_cod_2015_simplified.geojson",
    "commune": "geo/mali_adm3_ocha_cod_2015_simplified.geojson",
    "country": "geo/bf_ne_admin0_naturalearth.geojson",
}


def geojson_path(level: str) -> Path:
    """Boundaries shipped for a level (Mali's regions, cercles, communes; BF/NE outlines)."""
    return DATA / GEOJSON[level]


def geojson_paths() -> list[Path]:
    return [DATA / name for name in GEOJSON.values()]
