"""The webhook against its physical limit: Tabalé beside a bare Flask app, same server, same load.

    python -m bench.webhook [--seconds 15] [--connections 16] [--workers 2]

Starts Tabalé under gunicorn (production configuration: TABALE_ENV=production,
2 sync workers) on SQLite in WAL mode — or PostgreSQL when TEST_DATABASE_URL
is set — and, under the same gunicorn settings, `bench/bare_app.py`, a Flask
app whose one route validates nothing and returns the same TwiML, and
`bench/floor_app.py`, the least a durable webhook can do (check the signature,
one indexed read, one insert, a commit, on the same database, driver only),
and `bench/checks_app.py`, Tabalé's own app answering after the work its
webhook does before the database (signature, form, number, the text's draft),
storing nothing.
All are driven by `wrk` (Debian package) with the same pre-signed Twilio webhooks drawn
from the corpus, each with its own MessageSid and one of 5,000 senders. Then
Tabalé alone is driven at a steady 100 requests/s by a paced client to read
its latency at the target load. Last line:

    tabale_rps=NNN bare_rps=NNN ratio=0.XX p99_ms=NN
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

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
    tmpdir,
    wait_http,
)

LUA = r"""
local requests = {}
local counter = 0
local stride, offset = 1, 0
function setup(thread)
  thread:set("tid", tonumber(thread_count or 0))
end
function init(args)
  for line in io.lines(args[1]) do
    local sig, body = line:match("([^\t]+)\t(.*)")
    requests[#requests + 1] = {sig = sig, body = body}
  end
  stride = tonumber(args[2]); offset = tonumber(args[3])
  counter = offset
end
function request()
  counter = counter + stride
  local r = requests[(counter % #requests) + 1]
  return wrk.format("POST", "/webhook/twilio", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Twilio-Signature"] = r.sig,
  }, r.body)
end
"""
WARM = 8000  # requests for a 2-s warm-up, more than any of the three serves in it


def signed_requests(base: str, count: int, path: Path) -> list[tuple[str, bytes]]:
    texts = corpus_texts()
    url = base + "/webhook/twilio"
    validator = RequestValidator(AUTH_TOKEN)
    out = []
    with path.open("w") as f:
        for i in range(count):
            params = {
                "MessageSid": "SM" + uuid.uuid4().hex,
                "AccountSid": ACCOUNT_SID,
                "From": f"+2237{6000000 + i % 5000:07d}",
                "To": "+22370009999",
                "Body": texts[i % len(texts)],
                "NumMedia": "0",
                "SmsStatus": "received",
                "ApiVersion": "2010-04-01",
            }
            signature = validator.compute_signature(url, params)
            body = urlencode(params)
            f.write(f"{signature}\t{body}\n")
            out.append((signature, body.encode()))
    return out


def gunicorn(app: str, port: int, env: dict[str, str], workers: int) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "-w", str(workers), "-k", "sync",
            "-b", f"127.0.0.1:{port}", "--log-level", "warning", "--backlog", "512", app,
        ],
        cwd=ROOT,
        env=env,
    )  # fmt: skip


def run_wrk(port: int, requests_file: Path, seconds: float, connections: int) -> dict[str, float]:
    script = requests_file.with_suffix(".lua")
    script.write_text(LUA)
    # One wrk thread: the machine has two cores and the servers need them.
    result = subprocess.run(
        [
            "wrk", "-t1", f"-c{connections}", f"-d{int(seconds)}s", "--latency",
            "-s", str(script), f"http://127.0.0.1:{port}", "--", str(requests_file), "1", "0",
        ],
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    out = result.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    figures = {"rps": rps}
    for label in ("50", "90", "99"):
        m = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", out)
        if m:
            value = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
            figures[f"p{label}_ms"] = value
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    figures["errors"] = float(non2xx.group(1)) if non2xx else 0.0
    return figures


def paced(port: int, reqs: list[tuple[str, bytes]], rate: float, seconds: float) -> list[float]:
    """Latencies (ms) at a steady request rate, each request on a kept-alive connection."""
    local = threading.local()
    latencies: list[float] = []
    lock = threading.Lock()

    def send(i: int) -> None:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        signature, body = reqs[i % len(reqs)]
        t0 = time.perf_counter()
        conn.request(
            "POST",
            "/webhook/twilio",
            body=body,
            headers={
                "X-Twilio-Signature": signature,
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        response = conn.getresponse()
        response.read()
        elapsed = (time.perf_counter() - t0) * 1000
        if response.status == 200:
            with lock:
                latencies.append(elapsed)

    total = int(rate * seconds)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=8) as pool:
        for i in range(total):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            pool.submit(send, i)
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rate", type=float, default=100)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")

    pg = os.environ.get("TEST_DATABASE_URL")
    if pg:
        reset_postgres(pg)
    instance = tmpdir("tabale-webhook-")
    tabale_port, bare_port, floor_port, checks_port = (free_port() for _ in range(4))
    base = f"http://127.0.0.1:{tabale_port}"
    env = scratch_env(pg, instance, CHANNEL="console")
    prepare_database(env)
    env.update(
        {
            "TABALE_ENV": "production",
            "PUBLIC_BASE_URL": base,
            "CHANNEL": "twilio",
            "TWILIO_API_BASE_URL": "http://127.0.0.1:9",  # nothing is dispatched here
        }
    )
    count = int(max(args.seconds * 3000, args.rate * args.seconds) * 2)
    tabale_file = instance / "tabale_requests.txt"
    reqs = signed_requests(base, count, tabale_file)
    # The bare app gets byte-identical requests (it ignores the signature).
    bare_file = instance / "bare_requests.txt"
    shutil.copy(tabale_file, bare_file)

    floor_env = dict(
        env,
        FLOOR_DATABASE_URL=pg or f"sqlite:///{instance / 'floor.db'}",
        FLOOR_PUBLIC_URL=base,  # it checks the same signatures
    )
    procs = [
        gunicorn("wsgi:app", tabale_port, env, args.workers),
        gunicorn("bench.bare_app:app", bare_port, env, args.workers),
        gunicorn("bench.floor_app:app", floor_port, floor_env, args.workers),
        gunicorn("bench.checks_app:app", checks_port, env, args.workers),
    ]
    try:
        wait_http(base + "/healthz", timeout=180)  # first start trains the triage model
        wait_http(f"http://127.0.0.1:{bare_port}/healthz")
        run_wrk(bare_port, bare_file, 2, 4)  # warm-up
        bare = run_wrk(bare_port, bare_file, args.seconds, args.connections)
        # Tabalé and the floor (each its own table) get a fresh slice of
        # never-used MessageSids for each phase.
        warm = instance / "warm.txt"
        lines = tabale_file.read_text().splitlines()
        third = len(lines) // 3
        # Enough for two seconds at 4 connections without wrapping round: a MessageSid
        # seen twice is a replay, cheaper for Tabalé and refused by the floor's table.
        warm.write_text("\n".join(lines[:WARM]) + "\n")
        load = instance / "load.txt"
        load.write_text("\n".join(lines[WARM : third * 2]) + "\n")
        wait_http(f"http://127.0.0.1:{checks_port}/healthz")
        run_wrk(checks_port, warm, 2, 4)
        checks = run_wrk(checks_port, load, args.seconds, args.connections)  # stores nothing
        run_wrk(floor_port, warm, 2, 4)
        floor = run_wrk(floor_port, load, args.seconds, args.connections)
        run_wrk(tabale_port, warm, 2, 4)
        tabale = run_wrk(tabale_port, load, args.seconds, args.connections)
        steady = paced(tabale_port, reqs[third * 2 :], args.rate, args.seconds)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(10)

    backend = "postgresql" if pg else "sqlite"
    print(f"backend={backend} workers={args.workers} connections={args.connections}")
    for name, fig in (("bare", bare), ("checks", checks), ("floor", floor), ("tabale", tabale)):
        print(
            f"{name:7s} rps={fig['rps']:.0f} p50_ms={fig.get('p50_ms', 0):.1f} "
            f"p90_ms={fig.get('p90_ms', 0):.1f} p99_ms={fig.get('p99_ms', 0):.1f} "
            f"non_2xx={fig['errors']:.0f}"
        )
    print(
        f"floor/bare={floor['rps'] / bare['rps']:.2f} (the most a durable webhook can reach here) "
        f"tabale/floor={tabale['rps'] / floor['rps']:.2f}"
    )
    print(
        f"checks/bare={checks['rps'] / bare['rps']:.2f} (Tabalé's checks before the database, "
        "storing nothing)"
    )
    print(
        f"tabale at {args.rate:.0f} req/s: n={len(steady)} p50_ms={percentile(steady, 50):.1f} "
        f"p95_ms={percentile(steady, 95):.1f} p99_ms={percentile(steady, 99):.1f}"
    )
    print(
        f"tabale_rps={tabale['rps']:.0f} bare_rps={bare['rps']:.0f} "
        f"ratio={tabale['rps'] / bare['rps']:.2f} p99_ms={percentile(steady, 99):.0f}"
    )


if __name__ == "__main__":
    main()
