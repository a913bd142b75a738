"""Digests, check-ins and retention, run by a real APScheduler with a controllable clock."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import select

from alerts import jobs, scheduling
from alerts.checkins import send_checkins, silent_focal_points
from alerts.defaults import seed_default_schedules
from alerts.digests import send_digests
from models import Alert, Contact, OutboundMessage, Reporter, Schedule, utcnow
from privacy.retention import erase_numbers

BAMAKO = ZoneInfo("Africa/Bamako")


class Clock:
    """A clock the test moves by hand; the jobs read it instead of the wall clock."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():  # noqa: ANN201
    fixed = Clock(datetime(2026, 11, 24, 6, 59, tzinfo=UTC))
    jobs.set_clock(fixed)
    yield fixed
    jobs.set_clock(utcnow)


def digests_for(db, contact):  # noqa: ANN001, ANN201
    with db.read_session() as s:
        return list(
            s.scalars(
                select(OutboundMessage).where(
                    OutboundMessage.contact_id == contact.id, OutboundMessage.purpose == "digest"
                )
            )
        )


def routine_network(builders):  # noqa: ANN001, ANN201
    authority = builders.unit("Préfecture", kind="authority", pcodes=("ML0502",))
    prefect = builders.contact("Préfet", unit=authority)
    elsewhere = builders.unit("Préfecture Koro", kind="authority", pcodes=("ML0507",))
    other = builders.contact("Préfet Koro", unit=elsewhere)
    builders.default_rules()
    return prefect, other


def test_digest_carries_exactly_that_contacts_routine_reports(db, builders, app):
    prefect, other = routine_network(builders)
    with db.session() as s:
        seed_default_schedules(s)
        schedule_id = s.scalar(select(Schedule.id).where(Schedule.kind == "digest"))
    mine = [
        builders.report(
            "ecole fermee", category="service_disruption", urgent=False, area="ML050201"
        ),
        builders.report(
            "pas de medecin",
            category="service_disruption",
            urgent=False,
            area="ML050202",
            reporter_key="r2",
        ),
    ]
    builders.report(
        "marche ferme",
        category="service_disruption",
        urgent=False,
        area="ML050705",
        reporter_key="r3",
    )
    builders.report("attaque", category="attack", urgent=True, area="ML050201", reporter_key="r4")
    fire = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    with db.session() as s:
        assert send_digests(s, schedule_id, fire) == 2
    [digest] = digests_for(db, prefect)
    assert all(r.ref in digest.body for r in mine)
    assert digest.body.startswith("TABALE") and "2 signalement" in digest.body
    assert digest.segments <= 3
    # The same fire again (a scheduler that took over) sends nothing twice.
    with db.session() as s:
        assert send_digests(s, schedule_id, fire) == 0
    assert len(digests_for(db, prefect)) == 1
    with db.read_session() as s:
        assert {
            a.status
            for a in s.scalars(
                select(Alert).where(Alert.contact_id == prefect.id, Alert.mode == "digest")
            )
        } == {"sent"}


def test_long_digest_says_how_many_more_are_in_the_panel(db, builders):
    prefect, _ = routine_network(builders)
    with db.session() as s:
        seed_default_schedules(s)
        schedule_id = s.scalar(select(Schedule.id).where(Schedule.kind == "digest"))
    for i, code in enumerate(
        [
            "ML050201",
            "ML050202",
            "ML050203",
            "ML050204",
            "ML050205",
            "ML050206",
            "ML050207",
            "ML050208",
            "ML050209",
            "ML050210",
            "ML050211",
            "ML050212",
        ]
    ):
        builders.report(
            f"ecole fermee {i}",
            category="service_disruption",
            urgent=False,
            area=code,
            reporter_key=f"r{i}",
        )
    with db.session() as s:
        send_digests(s, schedule_id, datetime(2026, 11, 24, 7, 0, tzinfo=UTC))
    [digest] = digests_for(db, prefect)
    assert digest.segments <= 3 and "de plus dans le panneau" in digest.body


def test_default_digest_fires_at_seven_in_bamako():
    trigger = CronTrigger.from_crontab("0 7 * * *", timezone="Africa/Bamako")
    after = datetime(2026, 11, 24, 10, 0, tzinfo=BAMAKO)
    fire = trigger.get_next_fire_time(None, after)
    assert (fire.hour, fire.minute, str(fire.tzinfo)) == (7, 0, "Africa/Bamako")
    niamey = CronTrigger.from_crontab("0 7 * * *", timezone="Africa/Niamey")
    assert niamey.get_next_fire_time(None, after).astimezone(UTC).hour == 6


@contextmanager
def elected_scheduler(app, **options):  # noqa: ANN001, ANN003, ANN201
    """The election loop in a thread, as `flask scheduler` runs it; yields the leader."""
    stop = threading.Event()
    started = threading.Event()
    holder = {}

    def on_start(scheduler):  # noqa: ANN001, ANN202
        holder["scheduler"] = scheduler
        started.set()

    thread = threading.Thread(
        target=scheduling.run_elected,
        args=(app, stop),
        kwargs={"on_start": on_start, **options},
        daemon=True,
    )
    thread.start()
    try:
        assert started.wait(10)
        yield holder["scheduler"]
    finally:
        stop.set()
        thread.join(10)


def test_elected_scheduler_runs_the_digest_job_from_its_job_store(app, db, builders, clock):
    prefect, _ = routine_network(builders)
    with db.session() as s:
        seed_default_schedules(s)
    report = builders.report(
        "ecole fermee", category="service_disruption", urgent=False, area="ML050201"
    )
    with elected_scheduler(app, interval=0.1) as scheduler:
        ids = {job.id for job in scheduler.get_jobs()}
        assert {"escalation", "retention"} <= ids
        digest_job = next(j for j in scheduler.get_jobs() if j.id.startswith("digest:"))
        assert digest_job.next_run_time.astimezone(BAMAKO).hour == 7
        clock.now = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
        digest_job.modify(next_run_time=datetime.now(UTC))  # fire now, as at 07:00
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not digests_for(db, prefect):
            time.sleep(0.05)
        [digest] = digests_for(db, prefect)
        assert report.ref in digest.body


def test_silent_focal_points_get_one_checkin(db, builders, app):
    focal = builders.contact("Point focal", focal_area="ML050201")
    now = utcnow() + timedelta(days=8)
    with db.session() as s:
        assert [c.id for c in silent_focal_points(s, now)] == [focal.id]
        assert send_checkins(s, now) == 1
    with db.session() as s:
        assert send_checkins(s, now + timedelta(days=1)) == 0  # asked once per silence
    with db.read_session() as s:
        body = s.scalar(select(OutboundMessage.body))
    assert "CALME" in body


def test_calme_counts_as_news(db, builders, twilio):
    focal = builders.contact("Point focal", focal_area="ML050201", phone="+22370007001")
    assert "calme" in twilio.sms("CALME", sender="+22370007001").get_data(as_text=True)
    with db.read_session() as s:
        assert s.get(Contact, focal.id).last_inbound_at is not None
        assert silent_focal_points(s, utcnow() + timedelta(days=6)) == []


def test_retention_erases_numbers_but_keeps_reports(db, twilio):
    twilio.sms("vol de betail a Boni", sender="+22376200001")
    with db.session() as s:
        assert erase_numbers(s, utcnow() + timedelta(days=91), days=90) == 1
    with db.read_session() as s:
        reporter = s.scalar(select(Reporter))
        assert reporter.address_encrypted is None and reporter.address_erased_at is not None
        from models import Report

        assert s.scalar(select(Report.text)) == "vol de betail a Boni"


def test_resync_keeps_a_missed_run_and_follows_schedule_edits(app, db):
    """The leader re-reads the schedules every minute: an unchanged job keeps its
    next run (a digest missed during a failover still runs once), an edited one
    moves, a deactivated one goes."""
    from apscheduler.schedulers.background import BackgroundScheduler

    with db.session() as s:
        seed_default_schedules(s)
        schedule = s.scalar(select(Schedule).where(Schedule.kind == "digest"))
        schedule_id = schedule.id
    scheduler = BackgroundScheduler(timezone="UTC")
    scheduler.start(paused=True)
    try:
        jobs.sync(scheduler, app)
        job = scheduler.get_job(f"digest:{schedule_id}")
        missed = datetime.now(UTC) - timedelta(minutes=3)
        job.modify(next_run_time=missed)  # due while no scheduler was elected

        jobs.sync(scheduler, app)
        assert scheduler.get_job(f"digest:{schedule_id}").next_run_time == missed

        with db.session() as s:
            s.get(Schedule, schedule_id).cron = "30 8 * * *"
        jobs.sync(scheduler, app)
        moved = scheduler.get_job(f"digest:{schedule_id}").next_run_time
        assert (moved.astimezone(ZoneInfo(schedule.timezone)).hour, moved.minute) == (8, 30)

        with db.session() as s:
            s.get(Schedule, schedule_id).active = False
        jobs.sync(scheduler, app)
        assert scheduler.get_job(f"digest:{schedule_id}") is None
        assert scheduler.get_job("escalation") is not None
    finally:
        scheduler.shutdown(wait=False)


def test_the_leader_picks_up_a_schedule_edited_in_the_panel(app, db):
    with db.session() as s:
        seed_default_schedules(s)
        schedule_id = s.scalar(select(Schedule.id).where(Schedule.kind == "digest"))
    with elected_scheduler(app, interval=0.05, resync=0.2) as scheduler:
        with db.session() as s:
            s.get(Schedule, schedule_id).cron = "45 9 * * *"
        deadline = time.monotonic() + 10
        minute = None
        while time.monotonic() < deadline and minute != 45:
            job = scheduler.get_job(f"digest:{schedule_id}")
            minute = job.next_run_time.minute if job else None
            time.sleep(0.05)
        assert minute == 45
