"""Routing: the right alert to the right people, once, in their language, never to the accused."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select

from alerts.channels import gsm
from models import Alert, Incident, OutboundMessage


def outbox(db, contact=None):  # noqa: ANN001, ANN201
    with db.read_session() as s:
        query = select(OutboundMessage).order_by(OutboundMessage.id)
        if contact is not None:
            query = query.where(OutboundMessage.contact_id == contact.id)
        return list(s.scalars(query))


def test_urgent_report_alerts_the_area_unit_at_once(db, builders):
    unit = builders.unit("Gendarmerie de Bandiagara", pcodes=("ML0502",))
    officer = builders.contact("Adjudant", unit=unit)
    builders.default_rules()
    report = builders.report("Attaque au marché de Bandiagara, 2 morts", area="ML050201", dead=2)
    [message] = outbox(db, officer)
    assert message.purpose == "alert" and message.status == "queued"
    assert message.body.startswith("TABALE URGENT ATTAQUE Bandiagara Commune, Bandiagara")
    assert "2 morts" in message.body and f"Répondez OK {report.ref}" in message.body


def test_units_elsewhere_hear_nothing(db, builders):
    koro = builders.unit("Garde de Koro", pcodes=("ML0507",))
    builders.contact(unit=koro)
    builders.default_rules()
    builders.report(area="ML050201")
    assert outbox(db) == []


def test_rule_on_a_region_covers_every_commune_below(db, builders):
    mediator = builders.contact("Médiatrice")
    builders.rule(category="intercommunal", area="ML05", contact=mediator, mode="immediate")
    builders.report(
        "tension entre peuls et dogons", category="intercommunal", urgent=False, area="ML050705"
    )
    assert len(outbox(db, mediator)) == 1


def test_abuse_complaint_never_reaches_the_units_of_its_area(db, builders):
    gendarmes = builders.unit(
        "Gendarmerie de Bandiagara", pcodes=("ML0502",), keywords="gendarmerie de bandiagara"
    )
    officer = builders.contact("Adjudant", unit=gendarmes)
    oversight = builders.unit("Observatoire", kind="oversight", pcodes=("ML",))
    watcher = builders.contact("Observateur", unit=oversight)
    builders.default_rules()
    # Even a catch-all rule naming the unit cannot route a complaint to it.
    builders.rule(unit=gendarmes, mode="immediate")
    builders.report(
        "les gendarmes de Bandiagara ont frappe mon frere au poste",
        category="security_forces_abuse",
        urgent=True,
        area="ML050201",
    )
    assert outbox(db, officer) == []
    assert len(outbox(db, watcher)) == 1


def test_abuse_complaint_skips_a_mediation_unit_it_names(db, builders):
    named = builders.unit(
        "Comité de Koro", kind="mediation", pcodes=("ML0507",), keywords="comite de koro"
    )
    member = builders.contact(unit=named)
    other = builders.unit("Observatoire", kind="oversight", pcodes=("ML",))
    watcher = builders.contact(unit=other)
    builders.default_rules()
    builders.report(
        "le comite de koro a pris de l'argent aux bergers",
        category="security_forces_abuse",
        urgent=False,
        area="ML050705",
    )
    with db.read_session() as s:
        recipients = set(s.scalars(select(Alert.contact_id)))
    assert member.id not in recipients and watcher.id in recipients


def test_five_reports_of_one_attack_make_one_incident_and_one_alert_each(db, builders):
    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    a, b = builders.contact(unit=unit), builders.contact(unit=unit)
    builders.default_rules()
    for i in range(5):
        builders.report(f"attaque en cours a Bandiagara {i}", area="ML050201", reporter_key=f"r{i}")
    with db.read_session() as s:
        assert len(s.scalars(select(Incident)).all()) == 1
        assert s.scalar(select(Incident.report_count)) == 5
    assert len(outbox(db, a)) == 1 and len(outbox(db, b)) == 1


def test_different_categories_are_different_incidents(db, builders):
    builders.report(category="attack", area="ML050201")
    builders.report(category="cattle_theft", urgent=False, area="ML050201")
    with db.read_session() as s:
        assert len(s.scalars(select(Incident)).all()) == 2


def test_alert_text_never_carries_a_number_from_the_report(db, builders):
    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    officer = builders.contact(unit=unit)
    builders.default_rules()
    builders.report(
        "attaque a Bandiagara appelez moi au 76 12 34 56 ou +22376123456", area="ML050201"
    )
    [message] = outbox(db, officer)
    assert "76 12 34 56" not in message.body and "22376123456" not in message.body


def test_sms_alert_fits_two_segments_and_keeps_the_reference(db, builders):
    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    officer = builders.contact(unit=unit)
    builders.default_rules()
    report = builders.report(
        "attaque " + "tres longue description des faits " * 30, area="ML050201"
    )
    [message] = outbox(db, officer)
    assert gsm.segments(message.body) <= 2 and gsm.is_gsm7(message.body)
    assert message.body.endswith(f"OK {report.ref}")


def test_whatsapp_alert_keeps_the_full_text(db, builders):
    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    officer = builders.contact(unit=unit, channel="whatsapp")
    builders.default_rules()
    builders.report(
        "attaque à Bandiagara — les assaillants sont partis vers l'est", area="ML050201"
    )
    [message] = outbox(db, officer)
    assert message.medium == "whatsapp" and "vers l'est" in message.body and "—" in message.body


def test_alert_speaks_the_recipients_language(db, builders):
    unit = builders.unit("Garde", pcodes=("ML0502",))
    bm = builders.contact(unit=unit, language="bm")
    en = builders.contact(unit=unit, language="en")
    builders.default_rules()
    builders.report(area="ML050201", dead=3)
    assert "BINKANNI" in outbox(db, bm)[0].body and "mogo 3 sara" in outbox(db, bm)[0].body
    assert "ATTACK" in outbox(db, en)[0].body and "3 dead" in outbox(db, en)[0].body


def test_quiet_hours_defer_routine_alerts_but_never_urgent_ones(db, builders):
    unit = builders.unit("Préfecture", kind="authority", pcodes=("ML0502",))
    sleeper = builders.contact(unit=unit, quiet=(time(22, 0), time(6, 0)))
    builders.rule(category="service_disruption", unit=unit, mode="immediate")
    builders.rule(category="attack", unit=unit, mode="immediate")
    # 23:30 in Bamako (UTC+0), tomorrow: the outbox never schedules in the past.
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    night = datetime.combine(tomorrow, time(23, 30), tzinfo=UTC)
    builders.report(
        "ecole fermee",
        category="service_disruption",
        urgent=False,
        area="ML050201",
        created_at=night,
    )
    builders.report("attaque", category="attack", urgent=True, area="ML050202", created_at=night)
    routine, urgent = outbox(db, sleeper)
    assert routine.next_attempt_at == datetime.combine(
        tomorrow + timedelta(days=1), time(6, 0), tzinfo=UTC
    )
    assert urgent.next_attempt_at <= datetime.now(UTC)


def test_an_urgent_report_joining_an_incident_waiting_for_a_digest_goes_out_now(db, builders):
    unit = builders.unit("Gendarmerie de Bandiagara", pcodes=("ML0502",))
    officer = builders.contact("Adjudant", unit=unit)
    builders.default_rules()
    builders.report(
        "on a vole nos boeufs a Bandiagara",
        category="cattle_theft",
        urgent=False,
        area="ML050201",
        reporter_key="r1",
    )
    assert outbox(db, officer) == []  # a theft told done: for the digest
    urgent = builders.report(
        "ils sont en train de prendre les boeufs a Bandiagara maintenant",
        category="cattle_theft",
        urgent=True,
        area="ML050201",
        reporter_key="r2",
    )
    [message] = outbox(db, officer)  # the same alert, sent now, once
    assert message.purpose == "alert" and f"OK {urgent.ref}" in message.body
    with db.read_session() as s:
        [alert] = s.scalars(select(Alert).where(Alert.contact_id == officer.id))
        assert (alert.mode, alert.status, alert.report_id) == ("immediate", "sent", urgent.id)
        assert s.scalar(select(Incident.report_count)) == 2
    # a third report of it adds nothing more
    builders.report(
        "toujours en train de prendre les boeufs a Bandiagara",
        category="cattle_theft",
        urgent=True,
        area="ML050201",
        reporter_key="r3",
    )
    assert len(outbox(db, officer)) == 1


def _reviewed(db, report):  # noqa: ANN001, ANN202
    from models import Report

    with db.read_session() as s:
        row = s.get(Report, report.id)
        return row.needs_review, list(row.review_reasons or [])


def _watch_room(builders):  # noqa: ANN001, ANN202
    room = builders.contact("Salle de veille")
    builders.rule(urgency="urgent", contact=room, mode="immediate", fallback=True)
    builders.rule(urgency="routine", contact=room, mode="digest", fallback=True)
    return room


def test_a_report_without_a_place_reaches_the_watch_room_at_once(db, builders):
    unit = builders.unit("Gendarmerie de Bandiagara", pcodes=("ML0502",))
    officer = builders.contact("Adjudant", unit=unit)
    builders.default_rules()
    room = _watch_room(builders)
    report = builders.report("ils ont tué 3 personnes au marché", area=None, dead=3)
    [message] = outbox(db, room)
    assert message.purpose == "alert" and f"OK {report.ref}" in message.body
    assert outbox(db, officer) == []
    assert _reviewed(db, report) == (True, ["unrouted"])


def test_an_incident_no_unit_of_its_kind_serves_goes_to_the_watch_room_digest(db, builders):
    # trafficking routes to border units; none covers Mondoro, inland
    builders.unit("Poste frontalier d'Ansongo", kind="border", pcodes=("ML0702",))
    builders.default_rules()
    room = _watch_room(builders)
    report = builders.report(
        "passage de motos chargées de carburant de contrebande",
        category="trafficking",
        urgent=False,
        area="ML050613",
    )
    with db.read_session() as s:
        [alert] = s.scalars(select(Alert).where(Alert.report_id == report.id)).all()
        assert (alert.contact_id, alert.mode) == (room.id, "digest")
    assert outbox(db, room) == []  # waits for the room's digest, as any routine report
    assert _reviewed(db, report)[1] == ["unrouted"]


def test_the_fallback_stays_silent_when_another_rule_reaches_someone(db, builders):
    unit = builders.unit("Gendarmerie de Bandiagara", pcodes=("ML0502",))
    officer = builders.contact("Adjudant", unit=unit)
    builders.default_rules()
    room = _watch_room(builders)
    report = builders.report("attaque au marché de Bandiagara", area="ML050201")
    assert len(outbox(db, officer)) == 1
    assert outbox(db, room) == []
    assert _reviewed(db, report) == (False, [])


def test_a_report_that_reaches_nobody_is_shown_for_review(db, builders):
    builders.default_rules()  # no unit, no contact, no fallback: nobody to tell
    report = builders.report("attaque", area=None)
    assert outbox(db) == []
    assert _reviewed(db, report) == (True, ["unrouted"])


def test_a_fallback_never_sends_a_complaint_to_a_force_unit(db, builders):
    gendarmes = builders.unit("Gendarmerie de Bandiagara", pcodes=("ML0502",))
    officer = builders.contact("Adjudant", unit=gendarmes)
    builders.rule(urgency="urgent", unit=gendarmes, mode="immediate", fallback=True)
    room = _watch_room(builders)
    builders.report(
        "les gendarmes ont frappe mon frere", category="security_forces_abuse", area=None
    )
    assert outbox(db, officer) == []
    assert len(outbox(db, room)) == 1


def test_the_situation_page_counts_the_reports_no_rule_brought_to_anyone(db, builders):
    from admin.dashboard import situation

    builders.default_rules()
    _watch_room(builders)
    builders.report("attaque", area=None)
    builders.report("attaque au marché de Bandiagara", category="banditry", area=None)
    with db.read_session() as s:
        assert situation(s)["unrouted"] == 2


def test_an_urgent_flight_reaches_the_security_unit_too_a_routine_one_does_not(db, builders):
    gendarmes = builders.unit("Gendarmerie", pcodes=("ML0502", "ML0507"))
    officer = builders.contact("Adjudant", unit=gendarmes)
    aid = builders.unit("Cluster humanitaire", kind="humanitarian", pcodes=("ML05",))
    worker = builders.contact("Humanitaire", unit=aid)
    builders.default_rules()
    urgent = builders.report(
        "les gens fuient vers Bandiagara mtn, ils disent que les jihadistes arrivent",
        category="displacement",
        urgent=True,
        area="ML050201",
    )
    routine = builders.report(
        "60 familles arrivées à Koro la semaine passée",
        category="displacement",
        urgent=False,
        area="ML0507",
        reporter_key="r2",
    )
    with db.read_session() as s:
        to = {
            (a.report_id, a.contact_id, a.mode)
            for a in s.scalars(select(Alert).where(Alert.report_id.in_([urgent.id, routine.id])))
        }
    assert (urgent.id, officer.id, "immediate") in to and (urgent.id, worker.id, "immediate") in to
    assert not any(r == routine.id and c == officer.id for r, c, _ in to)
    assert (routine.id, worker.id, "digest") in to  # the routine flight waits for aid's digest


def _village(db, commune_pcode: str, name: str) -> int:  # noqa: ANN001
    """A village an admin added under a commune (villages have no P-code)."""
    from models import Area

    with db.session() as s:
        commune = s.scalar(select(Area).where(Area.pcode == commune_pcode))
        village = Area(name=name, level="village", country=commune.country, parent=commune)
        s.add(village)
        s.flush()
        village.path = f"{commune.path}{village.id}/"
        return village.id


def _move(db, contact, area_id: int) -> None:  # noqa: ANN001
    from models import Contact

    with db.session() as s:
        s.get(Contact, contact.id).area_id = area_id


def test_focal_points_of_the_place_above_and_inside_hear_of_it_not_a_neighbours(db, builders):
    builders.rule(category="attack", unit_kind="focal_point", mode="immediate")
    here = builders.contact("Relais de la commune", focal_area="ML050201")
    cercle = builders.contact("Relais du cercle", focal_area="ML0502")
    village = builders.contact("Relais d'un village de la commune", focal_area="ML050201")
    _move(db, village, _village(db, "ML050201", "Village-test"))
    neighbour = builders.contact("Relais de Koro", focal_area="ML050705")
    not_focal = builders.contact("Adjoint au maire")
    builders.report(area="ML050201")
    assert [len(outbox(db, c)) for c in (here, cercle, village)] == [1, 1, 1]
    assert outbox(db, neighbour) == [] and outbox(db, not_focal) == []


def test_a_report_of_the_cercle_does_not_reach_the_focal_points_of_its_communes(db, builders):
    builders.rule(category="attack", unit_kind="focal_point", mode="immediate")
    commune = builders.contact("Relais de la commune", focal_area="ML050201")
    cercle = builders.contact("Relais du cercle", focal_area="ML0502")
    builders.report(area="ML0502")  # a cercle: too wide to name one commune's relay
    assert len(outbox(db, cercle)) == 1 and outbox(db, commune) == []


def test_an_inactive_unit_hears_nothing_whether_named_or_by_kind(db, builders):
    from models import Unit

    named = builders.unit("Garde nommée", pcodes=("ML0502",))
    by_kind = builders.unit("Gendarmerie du cercle", pcodes=("ML0502",))
    named_officer = builders.contact("Garde", unit=named)
    kind_officer = builders.contact("Gendarme", unit=by_kind)
    builders.rule(category="attack", unit=named, mode="immediate")
    builders.rule(category="attack", unit_kind="security", mode="immediate")
    with db.session() as s:
        for unit in s.scalars(select(Unit)):
            unit.active = False
    builders.report(area="ML050201")
    assert outbox(db, named_officer) == [] and outbox(db, kind_officer) == []


def test_a_contact_two_rules_name_gets_one_alert_in_the_more_urgent_mode(db, builders):
    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    officer = builders.contact("Adjudant", unit=unit)
    builders.rule(category="attack", unit_kind="security", mode="digest")
    builders.rule(category="attack", contact=officer, mode="immediate")
    report = builders.report(area="ML050201")
    with db.read_session() as s:
        alerts = list(s.scalars(select(Alert).where(Alert.report_id == report.id)))
    assert [(a.contact_id, a.mode, a.status) for a in alerts] == [(officer.id, "immediate", "sent")]
    assert len(outbox(db, officer)) == 1
