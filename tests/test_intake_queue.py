"""The intake queue: acknowledged at once and committed, triaged and routed once by a worker."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text

from models import Alert, InboundKind, InboundMessage, OutboundMessage, Report
from tests.conftest import Twilio, count, run_together
from tests.test_webhook import ref_of
from webhook.intake import IntakeSettings, process
from webhook.worker import MAX_ATTEMPTS, drain_queue, queue_length

URGENT = "ALERTE attaque a Bandiagara ce matin, 3 morts, hommes armes a moto"


@pytest.fixture
def queued(client) -> Twilio:  # noqa: ANN001
    """Webhooks with no worker behind them until the test runs it."""
    return Twilio(client, work=False)


@pytest.fixture
def settings(app) -> IntakeSettings:  # noqa: ANN001
    return app.extensions["tabale"].intake


def _alerts(db) -> int:  # noqa: ANN001
    return count(db, Alert)


def _network(builders) -> None:  # noqa: ANN001
    """A unit covering Bandiagara with a duty officer, and the default rules."""
    unit = builders.unit("Poste de garde de Bandiagara", pcodes=("ML0502",))
    builders.contact("Adjudant", unit=unit)
    builders.default_rules()


def test_acknowledgement_is_committed_before_triage(queued, db, builders, settings):
    _network(builders)
    response = queued.sms(URGENT)
    ref = ref_of(response)
    with db.read_session() as s:
        message = s.scalar(select(InboundMessage))
        assert (message.kind, message.ref) == (InboundKind.QUEUED, ref)
        assert s.scalar(select(func.count()).select_from(Report)) == 0
    assert queue_length(db) == 1

    assert drain_queue(db, settings) == 1
    assert queue_length(db) == 0
    with db.read_session() as s:
        report = s.scalar(select(Report))
        assert (report.ref, report.category, report.urgent) == (ref, "attack", True)
        assert s.scalar(select(InboundMessage.report_id)) == report.id
    assert _alerts(db) > 0


def test_a_worker_that_dies_before_committing_leaves_the_message_queued(
    queued, db, builders, settings
):
    _network(builders)
    queued.sms(URGENT)

    class Killed(Exception):
        pass

    with pytest.raises(Killed), db.session() as s:
        message = s.scalar(select(InboundMessage))
        process(s, message, settings)  # report, incident, outbox rows: all in this transaction
        s.flush()
        raise Killed  # the process dies before the commit

    assert count(db, Report) == 0 and count(db, OutboundMessage) == 0
    assert queue_length(db) == 1
    assert drain_queue(db, settings) == 1
    assert drain_queue(db, settings) == 0
    assert count(db, Report) == 1
    with db.read_session() as s:
        keys = s.scalars(select(OutboundMessage.idempotency_key)).all()
    assert keys and len(keys) == len(set(keys))


def test_resend_while_queued_gets_the_same_reference_and_makes_one_report(queued, db, settings):
    first = queued.sms("Attaque a Mondoro   ce matin")
    again = queued.sms("attaque a mondoro ce matin")
    assert ref_of(first) == ref_of(again)
    drain_queue(db, settings)
    assert count(db, Report) == 1
    with db.read_session() as s:
        kinds = sorted(s.scalars(select(InboundMessage.kind)).all())
    assert kinds == [InboundKind.DUPLICATE, InboundKind.REPORT]


def test_location_sent_while_the_text_is_queued_completes_its_report(queued, db, settings):
    text_reply = queued.whatsapp("des hommes armes passent pres de chez nous")
    location_reply = queued.whatsapp("", Latitude="14.2", Longitude="-3.4")
    assert ref_of(text_reply) == ref_of(location_reply)
    drain_queue(db, settings)
    assert count(db, Report) == 1
    with db.read_session() as s:
        report = s.scalar(select(Report))
        assert (report.latitude, report.longitude) == (14.2, -3.4)


def test_a_second_location_does_not_move_a_located_report(queued, db, settings):
    queued.whatsapp("des hommes armes passent pres de chez nous")
    first = queued.whatsapp("", Latitude="14.2", Longitude="-3.4")
    second = queued.whatsapp("", Latitude="15.0", Longitude="-1.0")
    assert ref_of(first) != ref_of(second)  # the second place is a report of its own
    drain_queue(db, settings)
    assert count(db, Report) == 2


def test_a_message_that_keeps_failing_becomes_a_report_for_review(queued, db, settings):
    queued.sms("attaque a Boni")
    with db.session() as s:  # a corrupt row: the worker cannot read its media list
        s.execute(text("UPDATE inbound_messages SET media = '5'"))
    for _ in range(MAX_ATTEMPTS - 1):
        assert drain_queue(db, settings) == 0
        assert queue_length(db) == 1
    drain_queue(db, settings)
    assert queue_length(db) == 0
    with db.read_session() as s:
        report = s.scalar(select(Report))
        assert report.needs_review and "processing_failed" in report.review_reasons
        assert report.text == "attaque a Boni"


def test_a_failing_message_holds_back_none_of_those_taken_with_it(queued, db, builders, settings):
    """PostgreSQL takes several messages in one transaction: one failing rolls it
    back, then each is tried alone and only the bad one's failure is counted."""
    _network(builders)
    bodies = [f"Attaque a Bandiagara ce matin, {i + 1} blesses" for i in range(4)]
    for i, body in enumerate(bodies):
        queued.sms(body, sender=f"+2237613{i:04d}")
    with db.session() as s:  # the second one is corrupt: its media list cannot be read
        s.execute(text("UPDATE inbound_messages SET media = '5' WHERE body = :b"), {"b": bodies[1]})
    assert drain_queue(db, settings) == 3
    assert queue_length(db) == 1
    with db.read_session() as s:
        attempts = dict(s.execute(select(InboundMessage.body, InboundMessage.attempts)).all())
        reported = set(s.scalars(select(Report.text)))
    assert attempts == {bodies[0]: 0, bodies[1]: 1, bodies[2]: 0, bodies[3]: 0}
    assert reported == {bodies[0], bodies[2], bodies[3]}
    # one attack, one incident: one alert and one message, none left by the rolled-back try
    assert _alerts(db) == 1 and count(db, OutboundMessage) == 1


def test_workers_running_at_once_process_each_message_once(queued, db, builders, settings):
    _network(builders)
    for i in range(30):
        queued.sms(f"Attaque a Bandiagara ce matin, {i + 1} blesses", sender=f"+2237612{i:04d}")

    def work() -> None:
        while drain_queue(db, settings, limit=5):
            pass

    run_together(work, work, work)
    assert queue_length(db) == 0
    assert count(db, Report) == 30
    with db.read_session() as s:
        refs = s.scalars(select(InboundMessage.ref)).all()
        reports = s.scalars(select(Report.ref)).all()
        keys = s.scalars(select(OutboundMessage.idempotency_key)).all()
    assert sorted(refs) == sorted(reports)
    assert len(keys) == len(set(keys))


def test_a_queued_report_wakes_dispatchers_of_other_processes(queued, db):
    """PostgreSQL: the webhook's commit NOTIFYs; a dispatcher's LISTEN connection wakes it."""
    from alerts.wakeup import listen

    wake, stop = threading.Event(), threading.Event()
    thread = listen(db.url, wake, stop)
    if db.is_sqlite:
        assert thread is None  # one machine: the in-process dispatcher is woken directly
        return
    try:
        assert wake.wait(10)  # set once listening: what was queued before is looked at
        wake.clear()
        queued.sms("coups de feu a Bandiagara")
        assert wake.wait(5)
    finally:
        stop.set()
        thread.join(5)


def test_an_alarming_report_is_taken_before_an_older_backlog(queued, db, settings):
    for i in range(5):
        queued.sms(f"bonjour, la pluie est arrivee ici {i}", sender=f"+2237650{i:04d}")
    urgent = ref_of(queued.sms("Attaque a Bandiagara ce matin, 2 morts", sender="+22376509999"))
    assert drain_queue(db, settings, limit=1) == 1
    with db.read_session() as s:
        assert s.scalars(select(Report.ref)).all() == [urgent]
    drain_queue(db, settings)
    assert count(db, Report) == 6


def test_an_attack_under_way_is_taken_before_older_reports_of_violence(queued, db, settings):
    """In a surge most reports name violence: casualties, a cry for help or an attack under
    way go first among them (yesterday's attack with no one hurt waits)."""
    for i in range(4):
        queued.sms(
            f"le marché de Sio a été attaqué hier, pas de blessé {i}", sender=f"+2237651{i:04d}"
        )
    urgent = ref_of(queued.sms("Attaque en cours a Bandiagara, ils tirent", sender="+22376519999"))
    assert drain_queue(db, settings, limit=1) == 1
    with db.read_session() as s:
        assert s.scalars(select(Report.ref)).all() == [urgent]
        assert s.scalars(select(InboundMessage.priority).order_by(InboundMessage.id)).all() == [
            1, 1, 1, 1, 2,
        ]  # fmt: skip
    drain_queue(db, settings)
    assert count(db, Report) == 5


def test_the_situation_page_counts_reports_waiting_for_triage(queued, db, settings):
    from admin.dashboard import situation

    queued.sms("attaque a Boni")
    with db.read_session() as s:
        assert situation(s)["queued"] == 1
    drain_queue(db, settings)
    with db.read_session() as s:
        assert situation(s)["queued"] == 0


def test_a_reference_already_in_use_is_never_given_again(queued, db, settings, monkeypatch):
    """The webhook draws a code and checks it in the same look-up as the sender; a
    code already held by a report or by a queued message is replaced, not reused."""
    import webhook.intake

    first = ref_of(queued.sms(URGENT, sender="+22370000001"))  # queued, no report yet
    assert drain_queue(db, settings) == 1  # now a report holds it
    second = ref_of(queued.sms("hommes armes vers Boni", sender="+22370000002"))  # queued
    draws = iter([first, second, "ZZZZZ"])  # the random source, made to clash twice
    monkeypatch.setattr(webhook.intake, "new_ref", lambda: next(draws))
    third = ref_of(queued.sms("encore des tirs a Mondoro", sender="+22370000003"))
    assert third == "ZZZZZ"
    assert drain_queue(db, settings) == 2
    with db.read_session() as s:
        refs = s.scalars(select(Report.ref)).all()
    assert sorted(refs) == sorted([first, second, "ZZZZZ"])
