"""Where a webhook's time goes: N signed reports through the real app, profiled.

    python -m bench.profile_webhook [--requests 1000] [--top 25] [--worker]

Runs the production code path (signature check, store, TwiML) in-process on a
scratch SQLite database — PostgreSQL when TEST_DATABASE_URL is set — seeded
with the demo network, first without a profiler (ms per request), then under cProfile,
and prints the entries of this project that cost the most (cumulative).
With --worker the webhooks are posted unprofiled and the intake worker's
drain of the queue they filled (triage, incident, routing, alerts) is profiled.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time

from bench.common import corpus_texts, in_process_app, signed_form


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--worker", action="store_true", help="profile the intake worker")
    parser.add_argument(
        "--sort", default="cumulative", help="or tottime: time in the function itself"
    )
    args = parser.parse_args()

    app, _pg = in_process_app("tabale-profile-", PUBLIC_BASE_URL="http://localhost")

    from services import services
    from triage import warm_up
    from webhook.worker import drain_queue

    warm_up()
    client = app.test_client()
    texts = corpus_texts()
    url = "http://localhost/webhook/twilio"

    def post(count: int, offset: int) -> float:
        requests = []
        for i in range(count):
            sender = f"+2237{(offset + i) % 500:07d}"  # 500 reporters, as after an attack
            requests.append(signed_form(url, texts[(offset + i) % len(texts)], sender))
        start = time.perf_counter()
        for data, headers in requests:
            response = client.post("/webhook/twilio", data=data, headers=headers)
            assert response.status_code == 200, response.data
        return (time.perf_counter() - start) / count * 1000

    def drain(count: int) -> float:
        with app.app_context():
            svc = services()
            start = time.perf_counter()
            done = drain_queue(svc.db, svc.intake, limit=count)
        assert done == count, (done, count)
        return (time.perf_counter() - start) / count * 1000

    def run(count: int, offset: int, profiler: cProfile.Profile | None = None) -> float:
        """ms per webhook, or with --worker ms per message the worker processed."""
        if args.worker:
            post(count, offset)
        if profiler is not None:
            profiler.enable()
        try:
            return drain(count) if args.worker else post(count, offset)
        finally:
            if profiler is not None:
                profiler.disable()

    run(50, 0)  # warm the caches and the connection pool
    plain = run(args.requests, 50)
    profiler = cProfile.Profile()
    profiled = run(args.requests, 50 + args.requests, profiler)
    what = "per queued message" if args.worker else "per request"
    print(f"{what}: {plain:.2f} ms (no profiler), {profiled:.2f} ms (profiled)")
    stats = pstats.Stats(profiler)
    stats.sort_stats(args.sort)
    if args.sort == "cumulative":
        stats.print_stats(str(os.getcwd()), args.top)  # this project's entries
    else:
        stats.print_stats(args.top)


if __name__ == "__main__":
    main()
