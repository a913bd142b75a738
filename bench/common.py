"""Helpers shared by the benchmarks: a scratch database, signed requests, percentiles."""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev_reports.jsonl"
AUTH_TOKEN = "bench-auth-token-000000000000000"
ACCOUNT_SID = "AC" + "2" * 32


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 30.0) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=1).status_code < 500:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary(values: list[float]) -> str:
    return (
        f"n={len(values)} mean={statistics.fmean(values):.1f} "
        f"p50={percentile(values, 50):.1f} p95={percentile(values, 95):.1f} "
        f"p99={percentile(values, 99):.1f}"
    )


def corpus_texts() -> list[str]:
    """Report texts to send: the shipped corpus copy if present, else the shared one."""
    for path in (ROOT / "triage" / "data" / "dev_reports.jsonl", CORPUS):
        if path.exists():
            return [json.loads(line)["text"] for line in path.open() if line.strip()]
    return ["Attaque a Mondoro ce matin, 2 morts", "hommes armes a moto vers Boni"]


# Communes of the cercle of Bandiagara, where the surge's urgent attacks happen.
SURGE_COMMUNES = ["Bandiagara", "Dourou", "Pignari", "Sangha", "Wadouba", "Doucombo"]


def surge_text(i: int, texts: list[str]) -> tuple[str, bool]:
    """The i-th message of a surge and whether it is one of its urgent attacks: every
    tenth is an attack under way in a commune of Bandiagara, the rest corpus reports
    (bench.latency and bench.intake send the same surge)."""
    if i % 10 == 0:
        commune = SURGE_COMMUNES[i // 10 % len(SURGE_COMMUNES)]
        return f"Attaque en cours a {commune}, tirs, 2 morts #{i}", True
    return f"{texts[i % len(texts)]} #{i}", False


def signed_form(url: str, body: str, sender: str) -> tuple[bytes, dict[str, str]]:
    params = {
        "MessageSid": "SM" + uuid.uuid4().hex,
        "AccountSid": ACCOUNT_SID,
        "From": sender,
        "To": "+22370009999",
        "Body": body,
        "NumMedia": "0",
    }
    signature = RequestValidator(AUTH_TOKEN).compute_signature(url, params)
    return urlencode(params).encode(), {
        "X-Twilio-Signature": signature,
        "Content-Type": "application/x-www-form-urlencoded",
    }


def scratch_env(database_url: str | None, instance: Path, **extra: str) -> dict[str, str]:
    """Environment for a Tabalé process under test: fixed secrets, its own instance folder."""
    from cryptography.fernet import Fernet

    env = dict(os.environ)
    env.update(
        {
            "TABALE_ENV": "development",
            "TABALE_INSTANCE_PATH": str(instance),
            "DATABASE_URL": database_url or f"sqlite:///{instance / 'bench.db'}",
            "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "TWILIO_SMS_FROM": "+15005550006",
            "SECRET_KEY": "bench",
            "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "NUMBER_HASH_KEY": "bench",
            "LOG_LEVEL": "WARNING",
            "FLOOD_PER_MINUTE": "1000000",
            "FLOOD_PER_HOUR": "1000000",
        }
    )
    env.update(extra)
    return env


def prepare_database(env: dict[str, str], demo: bool = True) -> None:
    """Migrate and seed (areas, demo network) a fresh database for a benchmark."""
    flask = [sys.executable, "-m", "flask", "--app", "wsgi"]
    subprocess.run(
        [*flask, "db", "upgrade"], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL
    )
    args = ["seed", "--demo" if demo else "--no-demo"]
    subprocess.run([*flask, *args], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    from config import normalise_database_url

    engine = create_engine(normalise_database_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def tmpdir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))


def in_process_app(prefix: str, **extra: str):  # noqa: ANN201
    """Tabalé in this process, on a fresh database seeded with the demo network:
    SQLite in a scratch folder, or PostgreSQL when TEST_DATABASE_URL is set (reset).
    Returns the app and whether it runs on PostgreSQL."""
    pg = os.environ.get("TEST_DATABASE_URL")
    if pg:
        reset_postgres(pg)
    env = scratch_env(pg, tmpdir(prefix), **extra)
    prepare_database(env)
    os.environ.update(env)

    from app import create_app

    return create_app({}), bool(pg)
