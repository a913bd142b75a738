"""Structural validation of CAP 1.2 documents, element by element.

The official XSD could not be shipped (no licence-clean copy reachable from
this project's build), so the rules of the OASIS CAP 1.2 specification
(sections 3.2–3.3) are checked here explicitly: required elements, their
order, cardinality, enumerations, the dateTime form, polygons and circles.
Returns the list of problems; an empty list means valid.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

NS = "urn:oasis:names:tc:emergency:cap:1.2"
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
POINT = r"-?\d{1,2}(?:\.\d+)?,-?\d{1,3}(?:\.\d+)?"
POLYGON = re.compile(rf"^{POINT}(?: {POINT}){{3,}}$")
CIRCLE = re.compile(rf"^{POINT} \d+(?:\.\d+)?$")

# (name, min, max, enumeration or None), in the order the schema requires.
ALERT = [
    ("identifier", 1, 1, None), ("sender", 1, 1, None), ("sent", 1, 1, None),
    ("status", 1, 1, {"Actual", "Exercise", "System", "Test", "Draft"}),
    ("msgType", 1, 1, {"Alert", "Update", "Cancel", "Ack", "Error"}),
    ("source", 0, 1, None), ("scope", 1, 1, {"Public", "Restricted", "Private"}),
    ("restriction", 0, 1, None), ("addresses", 0, 1, None), ("code", 0, None, None),
    ("note", 0, 1, None), ("references", 0, 1, None), ("incidents", 0, 1, None),
    ("info", 0, None, None),
]  # fmt: skip
INFO = [
    ("language", 0, 1, None),
    ("category", 1, None, {"Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health",
                           "Env", "Transport", "Infra", "CBRNE", "Other"}),
    ("event", 1, 1, None),
    ("responseType", 0, None, {"Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor",
                               "Assess", "AllClear", "None"}),
    ("urgency", 1, 1, {"Immediate", "Expected", "Future", "Past", "Unknown"}),
    ("severity", 1, 1, {"Extreme", "Severe", "Moderate", "Minor", "Unknown"}),
    ("certainty", 1, 1, {"Observed", "Likely", "Possible", "Unlikely", "Unknown"}),
    ("audience", 0, 1, None), ("eventCode", 0, None, None), ("effective", 0, 1, None),
    ("onset", 0, 1, None), ("expires", 0, 1, None), ("senderName", 0, 1, None),
    ("headline", 0, 1, None), ("description", 0, 1, None), ("instruction", 0, 1, None),
    ("web", 0, 1, None), ("contact", 0, 1, None), ("parameter", 0, None, None),
    ("resource", 0, None, None), ("area", 0, None, None),
]  # fmt: skip
AREA = [
    ("areaDesc", 1, 1, None), ("polygon", 0, None, None), ("circle", 0, None, None),
    ("geocode", 0, None, None), ("altitude", 0, 1, None), ("ceiling", 0, 1, None),
]  # fmt: skip
PAIR = [("valueName", 1, 1, None), ("value", 1, 1, None)]


def _local(element: ET.Element) -> str | None:
    if not element.tag.startswith(f"{{{NS}}}"):
        return None
    return element.tag.split("}", 1)[1]


def _sequence(parent: ET.Element, rules: list, where: str) -> list[str]:
    problems: list[str] = []
    children = list(parent)
    names = [_local(c) for c in children]
    if None in names:
        problems.append(f"{where}: element outside the CAP 1.2 namespace")
        return problems
    position = 0
    for name, low, high, allowed in rules:
        count = 0
        while position < len(names) and names[position] == name:
            value = (children[position].text or "").strip()
            if allowed is not None and value not in allowed:
                problems.append(f"{where}/{name}: {value!r} is not one of {sorted(allowed)}")
            if allowed is None and not list(children[position]) and not value:
                problems.append(f"{where}/{name}: empty")
            count += 1
            position += 1
        if count < low:
            problems.append(f"{where}: missing {name}")
        if high is not None and count > high:
            problems.append(f"{where}: {name} more than {high} time(s)")
    if position < len(names):
        problems.append(f"{where}: unexpected or misplaced {names[position]}")
    return problems


def validate(document: bytes | ET.Element) -> list[str]:
    root = ET.fromstring(document) if isinstance(document, bytes) else document  # noqa: S314 (our own output)
    if _local(root) != "alert":
        return ["root element is not cap:alert"]
    problems = _sequence(root, ALERT, "alert")
    ns = {"cap": NS}
    for tag in ("sent",):
        value = root.findtext(f"cap:{tag}", namespaces=ns) or ""
        if not DATETIME.match(value):
            problems.append(f"alert/{tag}: {value!r} is not a CAP dateTime")
    identifier = root.findtext("cap:identifier", namespaces=ns) or ""
    if re.search(r"[\s,<&]", identifier):
        problems.append("alert/identifier: spaces, commas, < and & are not allowed")
    if (
        root.findtext("cap:scope", namespaces=ns) == "Restricted"
        and root.find("cap:restriction", ns) is None
    ):
        problems.append("alert: a Restricted alert needs a restriction")
    for i, info in enumerate(root.findall("cap:info", ns)):
        where = f"info[{i}]"
        problems += _sequence(info, INFO, where)
        for parameter in info.findall("cap:parameter", ns):
            problems += _sequence(parameter, PAIR, f"{where}/parameter")
        for j, area in enumerate(info.findall("cap:area", ns)):
            problems += _sequence(area, AREA, f"{where}/area[{j}]")
            for polygon in area.findall("cap:polygon", ns):
                text = (polygon.text or "").strip()
                points = text.split(" ")
                if not POLYGON.match(text) or points[0] != points[-1]:
                    problems.append(f"{where}/area[{j}]/polygon: not a closed list of 4+ points")
            for circle in area.findall("cap:circle", ns):
                if not CIRCLE.match((circle.text or "").strip()):
                    problems.append(f"{where}/area[{j}]/circle: not 'lat,lon radius'")
            for geocode in area.findall("cap:geocode", ns):
                problems += _sequence(geocode, PAIR, f"{where}/area[{j}]/geocode")
    return problems
