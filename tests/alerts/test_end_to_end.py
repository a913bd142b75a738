"""The whole chain in one process, as `make run` runs it: webhook → triage → alert →
dispatcher → fake Twilio, then escalation by the elected APScheduler on a clock the
test moves, and `OK <ref>` stopping it."""

from __future__ import annotations

import re
import threading
import time
from datetime import timedelta

import pytest

import triage
from alerts import jobs, scheduling
from alerts.dispatcher import Dispatcher, DispatchSettings
from models import utcnow
from tests.alerts.test_followup import chain

REF = re.compile(r"\b([ACDEFHJKMNPQRTUVWXY34679]{5})\b")


class Clock:
    def __init__(self) -> None:
        self.offset = timedelta(0)

    def __call__(self):  # noqa: ANN204
        return utcnow() + self.offset


@pytest.fixture
def running(app):  # noqa: ANN001, ANN201
    """A dispatcher thread and an elected scheduler, with a clock the test controls.

    Triage is warmed first, as `flask serve` and gunicorn workers do before
    their first request, so "within seconds" measures routing, not model loading.
    """
    triage.warm_up()
    svc = app.extensions["tabale"]
    clock = Clock()
    jobs.set_clock(clock)
    stop = threading.Event()
    holder: dict = {}
    started = threading.Event()

    def on_start(scheduler):  # noqa: ANN001, ANN202
        holder["scheduler"] = scheduler
        started.set()

    dispatcher = Dispatcher(
        svc.db, svc.channel, svc.cipher, DispatchSettings.from_config(app.config)
    )

    def dispatch() -> None:
        with app.app_context():
            dispatcher.run_forever(stop, svc.dispatch_event, 0.05)

    threads = [
        threading.Thread(target=dispatch, daemon=True),
        threading.Thread(
            target=scheduling.run_elected,
            args=(app, stop),
            kwargs={"interval": 0.1, "on_start": on_start},
            daemon=True,
        ),
    ]
    for thread in threads:
        thread.start()
    assert started.wait(10)
    yield clock, holder["scheduler"]
    stop.set()
    svc.dispatch_event.set()
    for thread in threads:
        thread.join(10)
    jobs.set_clock(utcnow)


def wait_for(predicate, timeout: float = 10.0):  # noqa: ANN001, ANN201
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    return predicate()


def tick(scheduler) -> None:  # noqa: ANN001
    """Fire the escalation sweep now, as its interval trigger would."""
    before = len(scheduler.get_jobs())
    scheduler.get_job("escalation").modify(next_run_time=utcnow())
    assert len(scheduler.get_jobs()) == before


def test_urgent_report_alerts_escalates_and_ok_stops_it(
    app, db, builders, twilio, fake_twilio, running
):
    clock, scheduler = running
    duty, captain, mediator = chain(builders)

    accepted = time.monotonic()
    response = twilio.sms("Attaque en cours a Bandiagara, tirs partout, 2 morts")
    assert response.status_code == 200
    ref = REF.search(response.get_data(as_text=True).split("<Message>")[-1]).group(1)

    first = wait_for(lambda: fake_twilio.sent_to(duty.phone))
    assert first, "the duty officer got no alert"
    assert first[0]["received_monotonic"] - accepted < 5  # "within seconds"
    assert ref in first[0]["params"]["Body"]
    assert "+22376123456" not in first[0]["params"]["Body"]

    clock.offset = timedelta(minutes=16)  # nobody answered for 16 minutes
    tick(scheduler)
    escalated = wait_for(lambda: fake_twilio.sent_to(captain.phone))
    assert escalated and ref in escalated[0]["params"]["Body"]

    response = twilio.sms(f"ok {ref.lower()}", sender=captain.phone)
    assert response.status_code == 200

    clock.offset = timedelta(hours=2)
    tick(scheduler)
    time.sleep(1.0)
    assert fake_twilio.sent_to(mediator.phone) == [], "escalated after OK"
    taken = wait_for(
        lambda: [m for m in fake_twilio.sent_to(duty.phone) if "Capitaine" in m["params"]["Body"]]
    )
    assert taken, "the duty officer was not told who took the alert"
