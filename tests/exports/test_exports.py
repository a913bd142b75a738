"""CSV and CAP exports: complete, valid, inert, and without a reporter's number."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from sqlalchemy import select

from exports.cap import NS, alert_cap_xml, cap_atom_feed, cap_polygon
from exports.csv import reports_csv
from exports.filters import ReportFilters
from exports.validate import validate
from models import Alert, Area, Incident, IncidentStatus, Report
from tests.admin.conftest import users  # noqa: F401  (fixture)

NUMBER_FORMS = ["+22376123456", "22376123456", "76123456", "76 12 34 56"]


@pytest.fixture
def network(builders):  # noqa: ANN001, ANN201
    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    mediation = builders.unit("Médiation", kind="mediation", pcodes=("ML05",))
    builders.contact("Adjudant", unit=unit)
    builders.contact("Médiatrice", unit=mediation, phone="+22370009001")
    builders.default_rules()


def rows(session, filters=None):  # noqa: ANN001, ANN201
    return list(csv.DictReader(io.StringIO("".join(reports_csv(session, filters)))))


def alert_of(db, ref: str) -> int:  # noqa: ANN001
    with db.read_session() as s:
        report = s.scalar(select(Report).where(Report.ref == ref))
        return s.scalar(select(Alert.id).where(Alert.report_id == report.id).limit(1))


def test_csv_has_the_report_fields_and_area_names(db, network, builders):
    report = builders.report(
        "Attaque au marché, 2 morts", category="attack", area="ML050201", dead=2
    )
    with db.read_session() as s:
        [row] = rows(s)
    assert row["ref"] == report.ref and row["category"] == "attack" and row["dead"] == "2"
    assert row["cercle"] == "Bandiagara" and row["region"] == "Mopti" and row["country"] == "Mali"


def test_no_reporter_number_anywhere_in_the_exports(db, network, twilio):
    twilio.sms(
        "Attaque a Bandiagara, appelez moi 76 12 34 56 ou +22376123456", sender="+22376123456"
    )
    twilio.sms("hommes armes a Bandiagara, mon numero 0022376123456", sender="+22376123456")
    with db.read_session() as s:
        text = "".join(reports_csv(s))
        alert_ids = list(s.scalars(select(Alert.id)))
        documents = [alert_cap_xml(s, i).decode() for i in alert_ids]
        feed = cap_atom_feed(s, "https://tabale.example.org").decode()
    assert alert_ids
    for blob in [text, feed, *documents]:
        assert not [form for form in NUMBER_FORMS if form in blob]
    assert "reporter" not in text.splitlines()[0]


def test_csv_neutralises_formulas(db, network, builders):
    builders.report('=HYPERLINK("http://evil","clic") attaque', category="attack", area="ML050201")
    with db.read_session() as s:
        [row] = rows(s)
    assert row["text"].startswith("'=")


def test_csv_filters(db, network, builders):
    builders.report("attaque", category="attack", area="ML050201")
    builders.report("ecole fermee", category="service_disruption", urgent=False, area="ML050705")
    with db.read_session() as s:
        cercle = s.scalar(select(Area.id).where(Area.pcode == "ML0502"))
        assert [r["category"] for r in rows(s, ReportFilters(area_id=cercle))] == ["attack"]
        assert [r["category"] for r in rows(s, ReportFilters(category="service_disruption"))] == [
            "service_disruption"
        ]
        assert rows(s, ReportFilters(date_to=date(2020, 1, 1))) == []


def test_cap_for_an_urgent_attack_is_valid_and_complete(db, network, builders):
    report = builders.report("Attaque au marché de Bandiagara, 2 morts", area="ML050201", dead=2)
    with db.read_session() as s:
        document = alert_cap_xml(s, alert_of(db, report.ref))
    assert validate(document) == []
    root = ET.fromstring(document)
    ns = {"cap": NS}
    assert root.findtext("cap:scope", namespaces=ns) == "Restricted"
    info = root.find("cap:info", ns)
    assert info.findtext("cap:urgency", namespaces=ns) == "Immediate"
    assert info.findtext("cap:severity", namespaces=ns) == "Extreme"
    assert info.findtext("cap:category", namespaces=ns) == "Security"
    area = info.find("cap:area", ns)
    assert "Bandiagara" in area.findtext("cap:areaDesc", namespaces=ns)
    assert area.find("cap:polygon", ns) is not None
    assert area.find("cap:geocode/cap:value", ns).text == "ML050201"


def test_cap_for_a_routine_report_and_a_closed_incident(db, network, builders):
    routine = builders.report(
        "ecole fermee", category="service_disruption", urgent=False, area="ML050201"
    )
    urgent = builders.report("attaque", category="attack", area="ML050201")
    with db.session() as s:
        report = s.scalar(select(Report).where(Report.ref == urgent.ref))
        s.get(Incident, report.incident_id).status = IncidentStatus.CLOSED
    with db.read_session() as s:
        for ref in (routine.ref, urgent.ref):
            alert_id = alert_of(db, ref)
            if alert_id is None:
                continue
            document = alert_cap_xml(s, alert_id)
            assert validate(document) == [], ref
        closed = ET.fromstring(alert_cap_xml(s, alert_of(db, urgent.ref)))
    assert closed.findtext(f"{{{NS}}}msgType") == "Cancel"
    assert closed.find(f"{{{NS}}}info").findtext(f"{{{NS}}}urgency") == "Past"


def test_cap_with_hostile_text_is_still_valid_xml(db, network, builders):
    text = "attaque <script>alert(1)</script> ]]> \x07\x1b fin, appelez 76123456"
    report = builders.report(text, category="attack", area="ML050201")
    with db.read_session() as s:
        document = alert_cap_xml(s, alert_of(db, report.ref))
    assert validate(document) == []
    description = ET.fromstring(document).find(f"{{{NS}}}info").findtext(f"{{{NS}}}description")
    assert "<script>" in description and "76123456" not in description and "\x07" not in description
    assert b"<script>" not in document


def test_atom_feed_parses_and_embeds_valid_cap(db, network, builders):
    builders.report("attaque a Bandiagara", category="attack", area="ML050201")
    builders.report("hommes armes", category="armed_presence", area="ML050201", reporter_key="r2")
    with db.read_session() as s:
        feed = ET.fromstring(cap_atom_feed(s, "https://tabale.example.org"))
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    assert entries
    for entry in entries:
        link = entry.find(f"{atom}link").get("href")
        assert link.startswith("https://tabale.example.org/admin/alerts/") and link.endswith(
            "/cap.xml"
        )
        embedded = entry.find(f"{atom}content/{{{NS}}}alert")
        assert validate(embedded) == []


def test_validator_catches_broken_documents():
    broken = (
        f'<alert xmlns="{NS}"><identifier>a b</identifier><sender>s</sender>'
        "<sent>2026-01-01T00:00:00Z</sent><status>Real</status><msgType>Alert</msgType>"
        "<scope>Restricted</scope></alert>"
    ).encode()
    problems = validate(broken)
    assert any("sent" in p for p in problems)
    assert any("status" in p for p in problems)
    assert any("restriction" in p for p in problems)
    assert any("identifier" in p for p in problems)


def test_polygons_are_closed_and_small():
    polygon = cap_polygon("ML050201")
    points = polygon.split(" ")
    assert points[0] == points[-1] and 4 <= len(points) <= 100
    lat, lon = map(float, points[0].split(","))
    assert 13 < lat < 16 and -5 < lon < -2


def test_cap_route_serves_the_document(app, db, network, builders, users):  # noqa: F811
    from tests.admin.conftest import log_in

    report = builders.report("attaque", category="attack", area="ML050201")
    client = app.test_client()
    log_in(client, "viewer")
    response = client.get(f"/admin/alerts/{alert_of(db, report.ref)}/cap.xml")
    assert response.status_code == 200 and response.mimetype == "application/cap+xml"
    assert validate(response.data) == []
    assert client.get("/admin/feeds/cap.atom").status_code == 200
    export = client.get("/admin/exports/reports.csv")
    assert export.status_code == 200 and report.ref in export.get_data(as_text=True)
