"""Authorisation of every panel route for every role, CSRF, throttling, sessions, escaping."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import AuditLog, Report
from tests.admin.conftest import PASSWORD, csrf_token

READ_PAGES = [
    "/admin/", "/admin/reports", "/admin/map", "/admin/map/base.svg", "/admin/contacts",
    "/admin/units", "/admin/areas", "/admin/rules", "/admin/registrations", "/admin/contacts.csv",
]  # fmt: skip


@pytest.fixture
def report(builders):  # noqa: ANN001, ANN201
    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    builders.contact("Adjudant", unit=unit)
    builders.default_rules()
    return builders.report("Attaque a Bandiagara, 2 morts", area="ML050201", dead=2)


def expect(response, allowed: bool) -> None:  # noqa: ANN001
    if allowed:
        assert response.status_code in (200, 302, 422), response.status_code
        if response.status_code == 302:
            assert "/admin/login" not in response.headers["Location"]
    else:
        assert response.status_code == 403, response.status_code


@pytest.mark.parametrize("path", READ_PAGES)
def test_anonymous_is_sent_to_login(client, path):
    response = client.get(path)
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["viewer", "analyst", "admin"])
def test_every_role_reads_every_page(as_role, role, report):
    client = as_role(role)
    for path in [*READ_PAGES, f"/admin/reports/{report.ref}"]:
        assert client.get(path).status_code == 200, path


def _posts(report, db):  # noqa: ANN001, ANN202
    """(path, form data, roles allowed) for every state-changing route."""
    from models import Area, RegistrationRequest, Reporter, RoutingRule

    with db.session() as s:
        commune = s.scalar(select(Area).where(Area.pcode == "ML050201"))
        reporter = s.scalar(select(Reporter))
        req = RegistrationRequest(reporter_id=reporter.id, text="Awa Boni", area_id=commune.id)
        s.add(req)
        s.flush()
        rule_id = s.scalar(select(RoutingRule.id))
        ids = commune.id, req.id, rule_id
    commune_id, request_id, rule_id = ids
    ref = report.ref
    contact = {"name": "X", "phone": "+22376000001", "channel": "sms", "language": "fr"}
    contact.update(timezone="Africa/Bamako", unit="")
    rule = {"category": "attack", "urgency": "any", "unit_kind": "security", "mode": "immediate"}
    rule.update(escalation_minutes="15", verify="none", area="")
    schedule = {"name": "Soir", "kind": "digest", "cron": "0 19 * * *", "timezone": "Africa/Bamako"}
    correction = {"category": "banditry", "urgent": "0", "area": ""}
    return [
        (f"/admin/reports/{ref}/correct", correction, ("analyst", "admin")),
        (f"/admin/reports/{ref}/note", {"text": "vu"}, ("analyst", "admin")),
        (f"/admin/reports/{ref}/dismiss", {}, ("analyst", "admin")),
        (f"/admin/reports/{ref}/number", {}, ("admin",)),
        ("/admin/contacts/new", contact, ("admin",)),
        ("/admin/units/new", {"name": "U", "kind": "security", "areas": "ML0502"}, ("admin",)),
        (f"/admin/areas/{commune_id}/villages", {"name": "Kani"}, ("admin",)),
        (f"/admin/areas/{commune_id}/aliases", {"alias": "Bandiagara-ville"}, ("admin",)),
        ("/admin/rules/new", rule, ("admin",)),
        (f"/admin/rules/{rule_id}/toggle", {}, ("admin",)),
        ("/admin/schedules/new", schedule, ("admin",)),
        (f"/admin/registrations/{request_id}/refuse", {}, ("admin",)),
    ]  # fmt: skip


@pytest.mark.parametrize("role", ["viewer", "analyst", "admin"])
def test_each_role_may_change_only_what_it_should(as_role, role, report, db, twilio):
    twilio.sms("INSCRIPTION Awa Boni")  # a reporter for the registration request
    client = as_role(role)
    for path, data, allowed in _posts(report, db):
        token = csrf_token(client, "/admin/contacts")
        expect(client.post(path, data={**data, "csrf_token": token}), role in allowed)


def test_viewer_sees_no_number_and_no_button(as_role, report):
    page = as_role("viewer").get(f"/admin/reports/{report.ref}").get_data(as_text=True)
    assert "/number" not in page and "+223" not in page


def test_revealing_a_number_is_audited(as_role, twilio, db):
    twilio.sms("Attaque a Mondoro ce matin", sender="+22376123456")
    with db.read_session() as s:
        ref = s.scalar(select(Report.ref))
    client = as_role("admin")
    token = csrf_token(client, f"/admin/reports/{ref}")
    page = client.post(f"/admin/reports/{ref}/number", data={"csrf_token": token})
    assert "+22376123456" in page.get_data(as_text=True)
    assert page.headers["Cache-Control"] == "no-store"
    with db.read_session() as s:
        entry = s.scalar(select(AuditLog).where(AuditLog.action == "reveal_number"))
        assert entry is not None and entry.entity_id == ref


def test_post_without_csrf_token_is_refused(as_role, report):
    response = as_role("admin").post(f"/admin/reports/{report.ref}/dismiss", data={})
    assert response.status_code == 400


def test_login_is_throttled_after_five_failures(as_role):
    client = as_role(None)
    for _ in range(5):
        token = csrf_token(client)
        bad = {"email": "admin@tabale.test", "password": "wrong", "csrf_token": token}
        assert client.post("/admin/login", data=bad).status_code == 401
    token = csrf_token(client)
    good = {"email": "admin@tabale.test", "password": PASSWORD, "csrf_token": token}
    assert client.post("/admin/login", data=good).status_code == 429


def test_login_starts_a_fresh_session(as_role):
    client = as_role(None)
    client.get("/admin/login")
    with client.session_transaction() as sess:
        sess["planted"] = "by an attacker"
    token = csrf_token(client)
    client.post(
        "/admin/login",
        data={"email": "viewer@tabale.test", "password": PASSWORD, "csrf_token": token},
    )
    with client.session_transaction() as sess:
        assert "planted" not in sess and sess.get("_user_id")


def test_open_redirect_after_login_is_refused(as_role):
    client = as_role(None)
    token = csrf_token(client)
    response = client.post(
        "/admin/login?next=https://evil.example/",
        data={"email": "viewer@tabale.test", "password": PASSWORD, "csrf_token": token},
    )
    assert response.headers["Location"].endswith("/admin/")


def test_script_in_a_report_is_escaped_everywhere(as_role, builders, twilio, db):
    builders.unit("Gendarmerie", pcodes=("ML0502",))
    builders.default_rules()
    twilio.sms('<script>alert("x")</script> attaque a Bandiagara <img src=x onerror=alert(1)>')
    with db.read_session() as s:
        ref = s.scalar(select(Report.ref))
    client = as_role("admin")
    for path in ("/admin/reports", f"/admin/reports/{ref}", "/admin/map", "/admin/"):
        page = client.get(path)
        body = page.get_data(as_text=True)
        assert "<script>alert" not in body and "<img src=x" not in body, path
        assert "script-src 'self'" in page.headers["Content-Security-Policy"]


@pytest.mark.parametrize("q", ["' OR 1=1 --", "%", "_", "\\", "x' UNION SELECT * FROM users --"])
def test_hostile_filters_are_just_text(as_role, report, q):
    response = as_role("viewer").get(
        "/admin/reports", query_string={"q": q, "area": "1 OR 1=1", "from": "nope"}
    )
    assert response.status_code == 200
    assert report.ref not in response.get_data(as_text=True)
