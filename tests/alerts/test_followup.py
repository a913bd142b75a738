"""Escalation and acknowledgement by SMS: OK stops the chain, FIN closes, INFO adds."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from alerts.escalation import escalate_due
from models import Alert, EscalationStep, Incident, OutboundMessage, ReportNote, utcnow


def messages_to(db, contact):  # noqa: ANN001, ANN201
    with db.read_session() as s:
        return list(
            s.scalars(
                select(OutboundMessage)
                .where(OutboundMessage.contact_id == contact.id)
                .order_by(OutboundMessage.id)
            )
        )


def chain(builders):  # noqa: ANN001, ANN201
    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    duty = builders.contact("Adjudant Traoré", unit=unit, phone="+22370005001")
    captain = builders.contact("Capitaine", unit=unit, phone="+22370005002", role="commander")
    mediation = builders.unit("Médiation", kind="mediation", pcodes=("ML05",))
    mediator = builders.contact("Médiatrice", unit=mediation, phone="+22370005003")
    builders.rule(
        category="attack",
        urgency="urgent",
        contact=duty,
        mode="immediate",
        escalation_minutes=15,
        steps=[
            EscalationStep(level=1, contact_id=captain.id, delay_minutes=10),
            EscalationStep(level=2, unit_id=mediation.id, delay_minutes=10),
        ],
    )
    return duty, captain, mediator


def test_unacknowledged_alert_escalates_after_its_delay(db, builders):
    duty, captain, mediator = chain(builders)
    report = builders.report(area="ML050201")
    with db.session() as s:
        assert escalate_due(s, utcnow() + timedelta(minutes=14)) == 0
    with db.session() as s:
        assert escalate_due(s, utcnow() + timedelta(minutes=16)) == 1
    [escalation] = messages_to(db, captain)
    assert escalation.purpose == "escalation" and "ESCALADE 1" in escalation.body
    assert report.ref in escalation.body
    with db.session() as s:
        assert escalate_due(s, utcnow() + timedelta(minutes=27)) == 1
    assert len(messages_to(db, mediator)) == 1
    with db.read_session() as s:
        levels = [a.level for a in s.scalars(select(Alert).order_by(Alert.id))]
        statuses = [a.status for a in s.scalars(select(Alert).order_by(Alert.id))]
    assert levels == [0, 1, 2] and statuses == ["escalated", "escalated", "sent"]
    with db.session() as s:  # end of the chain: nothing more, the alert stays visible
        assert escalate_due(s, utcnow() + timedelta(hours=2)) == 0


def test_ok_ref_stops_escalation_and_tells_the_others(db, builders, twilio):
    duty, captain, mediator = chain(builders)
    other = builders.contact("Second", unit=None, phone="+22370005009")
    builders.rule(category="attack", contact=other, mode="immediate")
    report = builders.report(area="ML050201")
    response = twilio.sms(f"ok {report.ref}", sender="+22370005001")
    assert "pris en compte" in response.get_data(as_text=True)
    with db.session() as s:
        assert escalate_due(s, utcnow() + timedelta(hours=1)) == 0
        incident = s.scalar(select(Incident))
        assert incident.status == "acknowledged" and incident.acknowledged_by_id == duty.id
    assert messages_to(db, captain) == []
    told = messages_to(db, other)[-1]
    assert "prise en charge par Adjudant Traoré" in told.body


def test_acknowledgement_tells_the_reporter_once(db, builders, twilio):
    duty, *_ = chain(builders)
    twilio.sms("Attaque en cours au marche de Bandiagara", sender="+22376100001")
    with db.read_session() as s:
        from models import Report

        report = s.scalar(select(Report))
    assert report.category == "attack" and report.incident_id is not None
    twilio.sms(f"OK {report.ref}", sender="+22370005001")
    twilio.sms(f"OK {report.ref}", sender="+22370005001")
    with db.read_session() as s:
        notices = s.scalars(
            select(OutboundMessage).where(OutboundMessage.reporter_id.is_not(None))
        ).all()
    assert len(notices) == 1 and "transmis" in notices[0].body


def test_fin_closes_the_incident(db, builders, twilio):
    chain(builders)
    report = builders.report(area="ML050201")
    text = twilio.sms(f"FIN {report.ref}", sender="+22370005001").get_data(as_text=True)
    assert "clôturé" in text
    with db.read_session() as s:
        assert s.scalar(select(Incident.status)) == "closed"


def test_info_appends_to_the_report(db, builders, twilio):
    chain(builders)
    report = builders.report(area="ML050201")
    twilio.sms(f"INFO {report.ref} ils sont partis vers Dourou", sender="+22370005001")
    with db.read_session() as s:
        assert s.scalar(select(ReportNote.text)) == "ils sont partis vers Dourou"


def test_registration_by_sms_waits_for_an_admin(db, twilio):
    from models import RegistrationRequest

    text = twilio.sms("INSCRIPTION Amadou Diallo Dinangourou").get_data(as_text=True)
    assert "administrateur" in text
    with db.read_session() as s:
        request = s.scalar(select(RegistrationRequest))
        assert request.status == "pending" and request.text == "Amadou Diallo Dinangourou"


def test_focal_point_verification_holds_then_releases(db, builders, twilio):
    from alerts.verification import release_due

    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    duty = builders.contact(unit=unit)
    focal = builders.contact("Point focal", focal_area="ML050201", phone="+22370005100")
    builders.rule(
        category="attack", unit=unit, mode="immediate", verify="before", verify_minutes=20
    )
    report = builders.report(area="ML050201", trusted=False)
    asked = messages_to(db, focal)
    assert len(asked) == 1 and f"OUI {report.ref}" in asked[0].body
    assert messages_to(db, duty) == []  # held
    reply = twilio.sms(f"OUI {report.ref}", sender="+22370005100").get_data(as_text=True)
    assert "confirmé" in reply
    [alert] = messages_to(db, duty)
    assert "Confirmé par le point focal" in alert.body
    with db.session() as s:
        assert release_due(s, utcnow() + timedelta(hours=1)) == 0


def test_unanswered_verification_releases_the_alert_marked_unverified(db, builders):
    from alerts.verification import release_due

    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    duty = builders.contact(unit=unit)
    builders.contact("Point focal", focal_area="ML050201")
    builders.rule(
        category="attack", unit=unit, mode="immediate", verify="before", verify_minutes=20
    )
    builders.report(area="ML050201", trusted=False)
    with db.session() as s:
        assert release_due(s, utcnow() + timedelta(minutes=21)) == 1
    [alert] = messages_to(db, duty)
    assert "Pas encore vérifié" in alert.body
