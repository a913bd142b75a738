"""Waking dispatchers in other processes the moment a report is queued.

In production the webhook (gunicorn) and the dispatchers are separate
processes, possibly on separate machines; polling alone would add up to a
poll interval to every urgent alert. On PostgreSQL inserting a queued message
sends a NOTIFY (a trigger, migration 0003: no round trip of the webhook's),
delivered at its commit, and each dispatcher keeps a LISTEN connection that
sets its wake event. SQLite deployments are one machine, and
the in-process dispatcher of `make run` is woken directly; others poll.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)
CHANNEL = "tabale_work"  # also named in migration 0003's trigger


def listen(url: str, wake: threading.Event, stop: threading.Event) -> threading.Thread | None:
    """Set `wake` on every NOTIFY until `stop`; reconnects after a database restart."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        return None
    conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)

    def run() -> None:
        import psycopg

        while not stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    wake.set()  # whatever was queued while we were not listening
                    while not stop.is_set():
                        for _ in conn.notifies(timeout=1.0, stop_after=1):
                            wake.set()
            except psycopg.Error:
                log.warning("dispatcher wake-up: lost the database; listening again shortly")
                stop.wait(2.0)

    thread = threading.Thread(target=run, name="wakeup", daemon=True)
    thread.start()
    return thread
