"""Urgent report → first alert handed to the provider, under load.

    python -m bench.latency [--rate 100] [--seconds 20] [--workers 2] [--dispatchers 2]

Starts Tabalé as in production (gunicorn, separate dispatcher processes) on
SQLite — or PostgreSQL when TEST_DATABASE_URL is set — with the Twilio
channel pointed at a local fake Twilio API, then sends signed webhooks at
`--rate` requests/s drawn from the corpus. Every tenth request is an urgent
attack report in the cercle of Bandiagara; for each, the time from posting the
webhook to the fake provider receiving the first alert carrying its reference
is measured (so time spent waiting for a busy server counts). Last line:

    latency_p50_ms=… latency_p95_ms=… latency_p99_ms=… alerts=N/M
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from bench.common import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    ROOT,
    corpus_texts,
    free_port,
    percentile,
    prepare_database,
    reset_postgres,
    scratch_env,
    signed_form,
    surge_text,
    tmpdir,
    wait_http,
)
from fake_twilio import FakeTwilio

REF = re.compile(r"([ACDEFHJKMNPQRTUVWXY34679]{5})")


def _wait_for_dispatchers(base: str, port: int, fake) -> None:  # noqa: ANN001
    """Until a first urgent report is alerted: the dispatchers have loaded triage."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    data, headers = signed_form(
        base + "/webhook/twilio", "Attaque en cours a Bandiagara, tirs, 2 morts", "+22379999999"
    )
    conn.request("POST", "/webhook/twilio", body=data, headers=headers)
    ref = REF.search(conn.getresponse().read().decode().split("<Message>")[-1])
    deadline = time.monotonic() + 180
    while ref and time.monotonic() < deadline:
        if any(ref.group(1) in m["params"].get("Body", "") for m in fake.messages):
            return
        time.sleep(0.2)
    raise RuntimeError("the dispatchers did not alert a first report")


def _queued(base: str) -> int | str:
    import requests

    try:
        return requests.get(base + "/healthz", timeout=5).json().get("queued", "?")
    except (requests.RequestException, ValueError):
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dispatchers", type=int, default=2)
    args = parser.parse_args()

    fake = FakeTwilio(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN).start()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    pg = os.environ.get("TEST_DATABASE_URL")
    if pg:
        reset_postgres(pg)
    instance = tmpdir("tabale-latency-")
    env = scratch_env(pg, instance, CHANNEL="console")
    prepare_database(env)
    env.update(
        {
            "CHANNEL": "twilio",
            "TWILIO_API_BASE_URL": fake.base_url,
            "PUBLIC_BASE_URL": base,
            "DISPATCH_POLL_SECONDS": "0.05",
            "INCIDENT_WINDOW_HOURS": "0",
        }
    )
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-w",
                str(args.workers),
                "-b",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
                "wsgi:app",
            ],
            cwd=ROOT,
            env=env,
        )
    ]
    procs += [
        subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "wsgi", "dispatcher"], cwd=ROOT, env=env
        )
        for _ in range(args.dispatchers)
    ]
    try:
        wait_http(base + "/healthz", timeout=180)
        _wait_for_dispatchers(base, port, fake)
        accepted: dict[str, float] = {}
        answered: list[float] = []  # urgent webhooks: scheduled send → TwiML received, ms
        texts = corpus_texts()
        total = int(args.rate * args.seconds)
        local = threading.local()

        def send(i: int, scheduled: float) -> None:
            conn = getattr(local, "conn", None)
            if conn is None:
                conn = local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            body, urgent = surge_text(i, texts)
            data, headers = signed_form(base + "/webhook/twilio", body, f"+2237{i:07d}")
            # The reporter's clock starts when the message was due to be sent: time
            # waiting for a free connection or a busy server counts.
            conn.request("POST", "/webhook/twilio", body=data, headers=headers)
            response = conn.getresponse()
            text = response.read().decode()
            if urgent and response.status == 200:
                answered.append((time.monotonic() - scheduled) * 1000)
                match = REF.search(text.split("<Message>")[-1])
                if match:
                    accepted[match.group(1)] = scheduled

        start = time.monotonic()
        with ThreadPoolExecutor(max_workers=16) as pool:
            for i in range(total):
                scheduled = start + i / args.rate
                delay = scheduled - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(send, i, scheduled)
        backlog = _queued(base)
        deadline = time.monotonic() + 30
        latencies: dict[str, float] = {}
        while time.monotonic() < deadline and len(latencies) < len(accepted):
            for message in fake.messages:
                for ref, t0 in accepted.items():
                    if ref not in latencies and ref in message["params"].get("Body", ""):
                        latencies[ref] = (message["received_monotonic"] - t0) * 1000
            time.sleep(0.2)
        values = list(latencies.values())
        backend = "postgresql" if pg else "sqlite"
        print(
            f"backend={backend} rate={args.rate}/s seconds={args.seconds} "
            f"urgent={len(accepted)} alerted={len(values)}"
        )
        print(f"reports waiting for triage when the load stopped: {backlog}")
        print(
            f"webhook answered (urgent reports): p50_ms={percentile(answered, 50):.0f} "
            f"p95_ms={percentile(answered, 95):.0f} p99_ms={percentile(answered, 99):.0f}"
        )
        print(
            f"latency_p50_ms={percentile(values, 50):.0f} "
            f"latency_p95_ms={percentile(values, 95):.0f} "
            f"latency_p99_ms={percentile(values, 99):.0f} alerts={len(values)}/{len(accepted)}"
        )
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(10)
        fake.stop()


if __name__ == "__main__":
    main()
