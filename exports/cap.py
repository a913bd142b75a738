"""Common Alerting Protocol 1.2 documents for our alerts, and an Atom feed of them.

CAP lets an alert leave Tabalé for another system (a national early-warning
platform, a humanitarian dashboard) without losing its meaning. Alerts go to
security units and focal points, not the public: scope is Restricted.

Mapping (see docs/exports.md): category → CAP category; urgent → Immediate,
else Expected, Past once the incident is closed; severity from casualties and
category; certainty from focal point verification and corroboration.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from exports.text import redact_numbers, xml_safe
from models import Alert, Area, Incident, IncidentStatus, Report, Verification, utcnow

NS = "urn:oasis:names:tc:emergency:cap:1.2"
ATOM = "http://www.w3.org/2005/Atom"
CAP_CATEGORY = {
    "attack": "Security", "kidnapping": "Security", "armed_presence": "Security",
    "banditry": "Security", "trafficking": "Security", "intercommunal": "Security",
    "security_forces_abuse": "Security", "cattle_theft": "Security", "land_dispute": "Security",
    "explosive": "Safety", "displacement": "Safety", "service_disruption": "Infra",
    "natural_hazard": "Env", "other": "Other",
}  # fmt: skip
HAZARD_CATEGORY = [
    (("cholera", "rougeole", "meningite", "epidemi", "maladie", "outbreak"), "Health"),
    (("feu", "incendie", "fire"), "Fire"),
    (("inond", "crue", "pluie", "flood", "tempete"), "Met"),
]
EVENT = {
    "attack": "Armed attack", "kidnapping": "Kidnapping", "cattle_theft": "Cattle theft",
    "banditry": "Banditry", "land_dispute": "Land or resource dispute",
    "intercommunal": "Intercommunal tension", "armed_presence": "Armed men sighted",
    "explosive": "Explosive device", "trafficking": "Trafficking", "displacement": "Displacement",
    "security_forces_abuse": "Complaint about security forces",
    "service_disruption": "Service disruption", "natural_hazard": "Natural hazard",
    "other": "Other",
}  # fmt: skip
MAX_POLYGON_POINTS = 100


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: object) -> ET.Element:
    element = ET.SubElement(parent, _q(tag))
    element.text = xml_safe(str(text))
    return element


def cap_time(moment: datetime) -> str:
    """CAP's dateTime: offset always written, never 'Z', no fractions."""
    return moment.replace(microsecond=0).isoformat()


def _category(report: Report) -> str:
    if report.category == "natural_hazard":
        text = report.text.lower()
        for stems, category in HAZARD_CATEGORY:
            if any(stem in text for stem in stems):
                return category
    return CAP_CATEGORY.get(report.category, "Other")


def _severity(report: Report, incident: Incident | None) -> str:
    dead = max(report.dead or 0, (incident.dead or 0) if incident else 0)
    injured = max(report.injured or 0, (incident.injured or 0) if incident else 0)
    if dead or report.category in ("kidnapping", "explosive"):
        return "Extreme"
    if injured or report.category == "attack":
        return "Severe"
    if report.category == "other":
        return "Minor"
    return "Moderate" if report.confidence >= 0.4 else "Unknown"


def _certainty(report: Report, incident: Incident | None) -> str:
    if report.verification == Verification.DENIED:
        return "Unlikely"
    if report.verification == Verification.CONFIRMED or (incident and incident.report_count >= 2):
        return "Observed"
    return "Likely" if report.confidence >= 0.5 else "Possible"


@cache
def _boundaries() -> dict[str, list[tuple[float, float]]]:
    """Outer rings of the shipped Mali boundaries, by P-code."""
    import gazetteer

    rings: dict[str, list[tuple[float, float]]] = {}
    for level, key in (
        ("region", "admin1Pcod"),
        ("cercle", "admin2Pcod"),
        ("commune", "admin3Pcod"),
    ):
        for properties, outer_rings in gazetteer.outlines(level):
            rings[properties[key]] = max(outer_rings, key=len)
    return rings


def cap_polygon(pcode: str | None) -> str | None:
    """'lat,lon lat,lon …' (closed, at most MAX_POLYGON_POINTS) for a shipped boundary."""
    ring = _boundaries().get(pcode or "")
    if not ring:
        return None
    step = max(1, len(ring) // (MAX_POLYGON_POINTS - 1))
    points = ring[:-1][::step][: MAX_POLYGON_POINTS - 1]
    points.append(points[0])
    if len(points) < 4:
        return None
    return " ".join(f"{lat:.4f},{lon:.4f}" for lon, lat in points)


def _area(info: ET.Element, session: Session, report: Report) -> None:
    chain: list[Area] = []
    area = session.get(Area, report.area_id) if report.area_id else None
    node = area
    while node is not None:
        chain.append(node)
        node = session.get(Area, node.parent_id) if node.parent_id else None
    element = ET.SubElement(info, _q("area"))
    names = [a.name for a in chain if a.level != "country"] or ["unknown area"]
    _sub(element, "areaDesc", ", ".join(names))
    polygon = None
    for candidate in chain:
        polygon = cap_polygon(candidate.pcode)
        if polygon:
            break
    if polygon:
        _sub(element, "polygon", polygon)
    lat = report.latitude if report.latitude is not None else (area.lat if area else None)
    lon = report.longitude if report.longitude is not None else (area.lon if area else None)
    if lat is not None and lon is not None:
        radius = 2 if report.latitude is not None else 10
        _sub(element, "circle", f"{lat:.4f},{lon:.4f} {radius}")
    for candidate in chain[:1]:
        if candidate.pcode:
            geocode = ET.SubElement(element, _q("geocode"))
            _sub(geocode, "valueName", "PCODE")
            _sub(geocode, "value", candidate.pcode)


def alert_element(session: Session, alert: Alert, *, sender: str, lang: str) -> ET.Element:
    report = session.get(Report, alert.report_id)
    incident = session.get(Incident, alert.incident_id) if alert.incident_id else None
    closed = incident is not None and incident.status == IncidentStatus.CLOSED
    root = ET.Element(_q("alert"))
    _sub(root, "identifier", f"tabale-{report.ref}-{alert.id}")
    _sub(root, "sender", sender)
    _sub(root, "sent", cap_time(alert.sent_at or alert.created_at))
    _sub(root, "status", "Actual")
    _sub(root, "msgType", "Cancel" if closed else ("Update" if alert.level > 0 else "Alert"))
    _sub(root, "source", "Tabalé community reports")
    _sub(root, "scope", "Restricted")
    _sub(root, "restriction", "Security units, mediators and focal points of the Tabalé network")
    if closed or alert.level > 0:
        first = session.scalar(
            select(Alert).where(Alert.incident_id == alert.incident_id).order_by(Alert.id).limit(1)
        )
        if first is not None and first.id != alert.id:
            first_sent = cap_time(first.sent_at or first.created_at)
            _sub(root, "references", f"{sender},tabale-{report.ref}-{first.id},{first_sent}")
    if incident is not None:
        _sub(root, "incidents", f"tabale-incident-{incident.id}")
    info = ET.SubElement(root, _q("info"))
    _sub(info, "language", "fr-FR" if lang == "fr" else "en-US")
    _sub(info, "category", _category(report))
    _sub(info, "event", EVENT.get(report.category, report.category))
    _sub(info, "urgency", "Past" if closed else ("Immediate" if report.urgent else "Expected"))
    _sub(info, "severity", _severity(report, incident))
    _sub(info, "certainty", _certainty(report, incident))
    _sub(info, "senderName", "Tabalé")
    place = session.get(Area, report.area_id).name if report.area_id else ""
    _sub(info, "headline", f"{EVENT.get(report.category, report.category)} {place}".strip()[:160])
    _sub(info, "description", redact_numbers(report.text)[:2000] or "-")
    for name, value in (
        ("tabale:ref", report.ref),
        ("tabale:reports", incident.report_count if incident else 1),
        ("tabale:dead", report.dead),
        ("tabale:injured", report.injured),
        ("tabale:verification", report.verification),
    ):
        if value is not None:
            parameter = ET.SubElement(info, _q("parameter"))
            _sub(parameter, "valueName", name)
            _sub(parameter, "value", value)
    _area(info, session, report)
    return root


def alert_cap_xml(
    session: Session, alert_id: int, *, sender: str = "tabale@localhost", lang: str = "fr"
) -> bytes:
    alert = session.get(Alert, alert_id)
    if alert is None:
        raise LookupError(alert_id)
    root = alert_element(session, alert, sender=sender, lang=lang)
    ET.register_namespace("", NS)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def cap_atom_feed(
    session: Session, base_url: str, limit: int = 50, sender: str = "tabale@localhost"
) -> bytes:
    """An Atom feed of recent first-level alerts (one per incident and recipient level)."""
    ET.register_namespace("", ATOM)
    ET.register_namespace("cap", NS)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"{base_url}/admin/feeds/cap.atom"
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "Tabalé alerts (CAP 1.2)"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = cap_time(utcnow())
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base_url}/admin/feeds/cap.atom")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "Tabalé"
    alerts = session.scalars(select(Alert).order_by(Alert.id.desc()).limit(limit))
    for alert in alerts:
        document = alert_element(session, alert, sender=sender, lang="fr")
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = f"{base_url}/admin/alerts/{alert.id}/cap.xml"
        ET.SubElement(entry, f"{{{ATOM}}}id").text = document.findtext(_q("identifier"))
        ET.SubElement(entry, f"{{{ATOM}}}title").text = document.find(_q("info")).findtext(
            _q("headline")
        )
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = document.findtext(_q("sent"))
        ET.SubElement(
            entry, f"{{{ATOM}}}link", rel="alternate", type="application/cap+xml", href=url
        )
        content = ET.SubElement(entry, f"{{{ATOM}}}content", type="text/xml")
        content.append(document)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
