"""Dispatcher scale-out: N worker processes drain a large outbox into the fake provider.

    python -m bench.dispatch [--messages 20000] [--workers 4] [--kill] [--rate 0]

Runs on PostgreSQL when TEST_DATABASE_URL is set (the scale-out target; the
database is reset), else on SQLite. Queues `--messages` alerts, starts
`--workers` `flask dispatcher` processes against the fake Twilio API, and
measures wall time until every row is sent. With `--kill`, one worker is
SIGKILLed when a third of the messages are out; its claimed rows are reclaimed
after their lease. `--rate` sets SENDER_RATE_PER_SECOND (0: unlimited) and the
bench then reports the highest rate seen in any one-second window. Last line:

    backend=… workers=N messages=M killed=0|1 msgs_per_s=… duplicates=0 lost=0 max_1s_rate=…
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections import Counter

from bench.common import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    ROOT,
    prepare_database,
    reset_postgres,
    scratch_env,
    tmpdir,
)
from fake_twilio import FakeTwilio


def queue_messages(env: dict[str, str], count: int) -> None:
    """Fill the outbox the way alerts do (one row per recipient, unique key)."""
    from sqlalchemy import insert, select

    from models import Contact, Database, OutboundMessage, utcnow

    db = Database(env["DATABASE_URL"])
    with db.session() as session:
        contacts = list(session.scalars(select(Contact.id)))
    now = utcnow()
    rows = [
        {
            "idempotency_key": f"bench:{i}",
            "purpose": "alert",
            "contact_id": contacts[i % len(contacts)],
            "medium": "sms",
            "body": f"TABALE URGENT bench message {i}",
            "segments": 1,
            "status": "queued",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for i in range(count)
    ]
    with db.session() as session:
        for start in range(0, count, 2000):
            session.execute(insert(OutboundMessage), rows[start : start + 2000])
    db.dispose()


def pending(env: dict[str, str]) -> int:
    from sqlalchemy import func, select

    from models import Database, OutboundMessage

    db = Database(env["DATABASE_URL"])
    with db.read_session() as session:
        count = session.scalar(
            select(func.count()).where(OutboundMessage.status.in_(["queued", "sending", "unknown"]))
        )
    db.dispose()
    return int(count or 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--kill", action="store_true")
    parser.add_argument("--rate", type=float, default=0.0)
    args = parser.parse_args()

    fake = FakeTwilio(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN).start()
    pg = os.environ.get("TEST_DATABASE_URL")
    if pg:
        reset_postgres(pg)
    instance = tmpdir("tabale-dispatch-")
    env = scratch_env(pg, instance, CHANNEL="console")
    prepare_database(env)
    env.update(
        {
            "CHANNEL": "twilio",
            "TWILIO_API_BASE_URL": fake.base_url,
            "PUBLIC_BASE_URL": "https://tabale.example.org",
            "DISPATCH_BATCH": "100",
            "DISPATCH_LEASE_SECONDS": "5",
            "DISPATCH_POLL_SECONDS": "0.2",
            "SENDER_RATE_PER_SECOND": str(args.rate),
        }
    )
    queue_messages(env, args.messages)
    print(f"queued {args.messages} messages", flush=True)

    flask = [sys.executable, "-m", "flask", "--app", "wsgi", "dispatcher"]
    start = time.monotonic()
    workers = [
        subprocess.Popen(flask, cwd=ROOT, env=env, start_new_session=True)
        for _ in range(args.workers)
    ]
    killed = 0
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if args.kill and not killed and len(fake.messages) >= args.messages // 3:
                os.killpg(workers[0].pid, signal.SIGKILL)
                killed = 1
                print(f"killed worker {workers[0].pid} at {len(fake.messages)} sent", flush=True)
            if len(fake.messages) >= args.messages and pending(env) == 0:
                break
            time.sleep(0.1)
        elapsed = time.monotonic() - start
        left = pending(env)
    finally:
        for proc in workers:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in workers:
            proc.wait(10)
        fake.stop()

    counts = Counter(fake.bodies())
    expected = {f"TABALE URGENT bench message {i}" for i in range(args.messages)}
    duplicates = sum(n - 1 for n in counts.values() if n > 1)
    lost = len(expected - set(counts)) + 0 * left
    times = sorted(m["received_monotonic"] for m in fake.messages)
    j, best = 0, 0
    for i, t in enumerate(times):
        while times[j] < t - 1.0:
            j += 1
        best = max(best, i - j + 1)
    print(
        f"backend={'postgresql' if pg else 'sqlite'} workers={args.workers} "
        f"messages={args.messages} killed={killed} msgs_per_s={args.messages / elapsed:.0f} "
        f"duplicates={duplicates} lost={lost} max_1s_rate={best}"
    )


if __name__ == "__main__":
    main()
