"""The scheduled jobs: thin wrappers that give plain functions an application and a time.

The work itself lives in `escalation`, `digests`, `checkins`, `verification`
and `privacy.retention`, as functions of (session, now) that tests call
directly. The wrappers here are what APScheduler persists and runs; they read
the time from `clock`, which tests may replace with a controllable one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from flask import Flask
from sqlalchemy import select

from alerts import checkins, digests, escalation, verification
from models import Schedule, ScheduleKind
from models.base import utcnow
from privacy import retention

log = logging.getLogger(__name__)

_app: Flask | None = None
#: The time jobs act at. Tests swap in a controllable clock with `set_clock`.
clock: Callable[[], datetime] = utcnow


def bind(app: Flask) -> None:
    """Give job functions their application (one per scheduler process)."""
    global _app
    _app = app


def set_clock(fn: Callable[[], datetime]) -> None:
    global clock
    clock = fn


def _run(work: Callable, *args) -> int:  # noqa: ANN002
    if _app is None:
        raise RuntimeError("scheduler jobs run without an application: call jobs.bind(app)")
    svc = _app.extensions["tabale"]
    with _app.app_context(), svc.db.session() as session:
        count = work(session, *args)
    if count:
        svc.wake_dispatcher()
    return count


def escalation_job() -> None:
    now = clock()
    released = _run(verification.release_due, now)
    escalated = _run(escalation.escalate_due, now)
    if released or escalated:
        log.info("escalation: %d escalated, %d released after verification", escalated, released)


def digest_job(schedule_id: int) -> None:
    count = _run(digests.send_digests, schedule_id, clock())
    log.info("digest schedule %s: %d digest(s) queued", schedule_id, count)


def checkin_job() -> None:
    days = _app.config.get("CHECKIN_SILENT_DAYS", checkins.DEFAULT_SILENT_DAYS)  # type: ignore[union-attr]
    count = _run(checkins.send_checkins, clock(), days)
    log.info("check-ins: %d queued", count)


def retention_job() -> None:
    days = _app.config.get("RETENTION_DAYS", retention.DEFAULT_DAYS)  # type: ignore[union-attr]
    count = _run(retention.erase_numbers, clock(), days)
    log.info("retention: %d reporter number(s) erased", count)


def _same_trigger(old, new) -> bool:  # noqa: ANN001
    if isinstance(old, IntervalTrigger) and isinstance(new, IntervalTrigger):
        return old.interval == new.interval
    return repr(old) == repr(new)  # cron: fields and time zone


def _ensure(scheduler: BaseScheduler, func: str, trigger, job_id: str, args=()) -> None:  # noqa: ANN001
    """Add the job, or replace it if its trigger or arguments changed.

    An unchanged job is left alone: replacing it would compute its next run
    from now, and a digest missed while no scheduler was elected (a failover)
    would be skipped instead of run once.
    """
    job = scheduler.get_job(job_id)
    if (
        job is not None
        and job.func_ref == func
        and list(job.args) == list(args)
        and _same_trigger(job.trigger, trigger)
    ):
        return
    scheduler.add_job(func, trigger, args=list(args), id=job_id, replace_existing=True)


def sync(scheduler: BaseScheduler, app: Flask) -> None:
    """Make the job store match the configuration: fixed jobs plus one job per schedule row.

    Run at election and then every minute by the leader, so schedules edited in
    the panel take effect without a restart.
    """
    _ensure(
        scheduler,
        "alerts.jobs:escalation_job",
        IntervalTrigger(seconds=app.config.get("ESCALATION_CHECK_SECONDS", 30)),
        "escalation",
    )
    _ensure(
        scheduler,
        "alerts.jobs:retention_job",
        CronTrigger(hour=2, minute=30, timezone="UTC"),
        "retention",
    )
    wanted = {"escalation", "retention"}
    with app.extensions["tabale"].db.read_session() as session:
        schedules = session.scalars(select(Schedule).where(Schedule.active.is_(True))).all()
    for schedule in schedules:
        trigger = CronTrigger.from_crontab(schedule.cron, timezone=schedule.timezone)
        if schedule.kind == ScheduleKind.DIGEST:
            job_id = f"digest:{schedule.id}"
            _ensure(scheduler, "alerts.jobs:digest_job", trigger, job_id, [schedule.id])
        else:
            job_id = f"checkin:{schedule.id}"
            _ensure(scheduler, "alerts.jobs:checkin_job", trigger, job_id)
        wanted.add(job_id)
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            job.remove()
