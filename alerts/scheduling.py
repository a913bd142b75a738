"""APScheduler, run by the one elected process, with its jobs in the database.

Jobs are module-level functions (`alerts.jobs:…`) so the SQLAlchemy job store
can persist them; they reach the application through `jobs.bind(app)`. With
`coalesce` and a generous misfire grace time, a scheduler that takes over
after a crash runs each missed job once — never twice, never skipped — and
every job is idempotent on its own (outbox keys) in case it overlaps.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from flask import Flask

from alerts import jobs
from alerts.election import Leadership
from models import JobRun
from models.base import utcnow

log = logging.getLogger(__name__)

JOBSTORE_TABLE = "apscheduler_jobs"
ELECTION_INTERVAL = 5.0
RESYNC_SECONDS = 60.0  # how often the leader re-reads the schedules admins edit


def build_scheduler(app: Flask) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(
        jobstores={
            "default": SQLAlchemyJobStore(url=app.config["DATABASE_URL"], tablename=JOBSTORE_TABLE)
        },
        executors={"default": ThreadPoolExecutor(4)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 6 * 3600},
        timezone="UTC",
    )
    scheduler.add_listener(_recorder(app), EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    return scheduler


def _recorder(app: Flask):  # noqa: ANN202
    """Record each run, so admins see the scheduler is alive and tests can prove exactly-once."""
    runner = f"{socket.gethostname()}:{os.getpid()}"

    def record(event: JobExecutionEvent) -> None:
        error = repr(event.exception)[:500] if event.exception else None
        try:
            with app.extensions["tabale"].db.session() as session:
                session.add(
                    JobRun(
                        job_id=event.job_id,
                        scheduled_for=event.scheduled_run_time,
                        finished_at=utcnow(),
                        runner=runner,
                        error=error,
                    )
                )
        except Exception:  # a bookkeeping failure must not stop the scheduler
            log.exception("could not record the run of job %s", event.job_id)

    return record


def run_elected(
    app: Flask,
    stop: threading.Event,
    *,
    interval: float | None = None,
    on_start=None,  # noqa: ANN001
    resync: float | None = None,
) -> None:
    """Wait to be elected, run the scheduler while leader, step down when the lock is lost."""
    if interval is None:
        interval = float(app.config.get("SCHEDULER_ELECTION_SECONDS", ELECTION_INTERVAL))
    if resync is None:
        resync = RESYNC_SECONDS
    synced_at = 0.0
    leadership = Leadership(app.extensions["tabale"].db.engine, app.instance_path)
    scheduler: BackgroundScheduler | None = None
    jobs.bind(app)
    try:
        while not stop.is_set():
            if scheduler is None and leadership.try_acquire():
                scheduler = build_scheduler(app)
                scheduler.start(paused=True)
                jobs.sync(scheduler, app)
                scheduler.resume()
                log.info("scheduler elected and running")
                if on_start:
                    on_start(scheduler)
                synced_at = time.monotonic()
            elif scheduler is not None and not leadership.held():
                scheduler.shutdown(wait=False)
                scheduler = None
                log.warning("scheduler stepped down")
            elif scheduler is not None and time.monotonic() - synced_at >= resync:
                # Schedules edited in the panel take effect within a minute.
                synced_at = time.monotonic()
                try:
                    jobs.sync(scheduler, app)
                except Exception:  # a database hiccup must not stop the leader
                    log.exception("scheduler: could not re-read the schedules; will retry")
            stop.wait(interval)
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        leadership.release()


def start_if_elected(app: Flask, stop: threading.Event) -> threading.Thread:
    """Run the election loop in a daemon thread (used by `flask serve`)."""
    thread = threading.Thread(target=run_elected, args=(app, stop), name="scheduler", daemon=True)
    thread.start()
    return thread
