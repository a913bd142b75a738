"""The intake worker alone: how fast queued reports become triaged, routed reports.

    python -m bench.intake [--reports 400] [--rounds 3]

Runs on SQLite, or on PostgreSQL when TEST_DATABASE_URL is set (the database is
reset). Migrates and seeds the demo network, queues `--reports` messages through
the signed webhook (corpus texts and one urgent attack in ten, each from a new
sender, as `bench.latency` sends them), then drains the queue in this process,
one worker, no competing load — and counts the SQL statements each report
costs. Under a surge the workers' capacity decides how long an urgent report
waits behind the others (`bench.latency`); this isolates it. Last line:

    backend=… reports=N reports_per_s=… ms_per_report=… statements_per_report=…
"""

from __future__ import annotations

import argparse
import time

from bench.common import corpus_texts, in_process_app, signed_form, surge_text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app, pg = in_process_app("tabale-intake-", CHANNEL="console", INCIDENT_WINDOW_HOURS="0")

    from sqlalchemy import event

    from services import services
    from webhook.worker import drain_queue, queue_length

    client = app.test_client()
    url = app.config["PUBLIC_BASE_URL"] + "/webhook/twilio"
    texts = corpus_texts()
    statements = 0

    def count(*_args: object) -> None:
        nonlocal statements
        statements += 1

    best = None
    with app.app_context():
        svc = services()
        event.listen(svc.db.engine, "before_cursor_execute", count)
        sent = 0
        for round_ in range(args.rounds + 1):  # the first round warms triage and the caches
            for _ in range(args.reports):
                body, _urgent = surge_text(sent, texts)
                data, headers = signed_form(url, body, f"+2237{sent:07d}")
                response = client.post("/webhook/twilio", data=data, headers=headers)
                if response.status_code != 200:
                    raise SystemExit(f"webhook answered {response.status_code}")
                sent += 1
            statements = 0
            start = time.perf_counter()
            done = drain_queue(svc.db, svc.intake, limit=args.reports)
            elapsed = time.perf_counter() - start
            if round_ and done and (best is None or elapsed / done < best[0]):
                best = (elapsed / done, statements / done, done)  # s/report, statements/report
        left = queue_length(svc.db)
    if best is None:
        raise SystemExit("nothing was processed")
    per_report, statements_each, done = best
    print(f"left in the queue: {left} (each round drains what it queued)")
    print(
        f"backend={'postgresql' if pg else 'sqlite'} reports={done} "
        f"reports_per_s={1 / per_report:.0f} ms_per_report={per_report * 1000:.2f} "
        f"statements_per_report={statements_each:.2f}"
    )


if __name__ == "__main__":
    main()
