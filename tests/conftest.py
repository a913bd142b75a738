"""Shared fixtures: a real database per test, a fake Twilio API over HTTP, signed webhooks.

Every test that takes `app` runs on SQLite and, when TEST_DATABASE_URL is set
(CI sets it), again on PostgreSQL. Databases are migrated with Alembic once
per run, with the gazetteer's administrative areas loaded, then each test
starts from that state: SQLite copies a template file, PostgreSQL truncates
what the previous test wrote.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, func, select, text
from twilio.request_validator import RequestValidator

from config import normalise_database_url
from fake_twilio import FakeTwilio

AUTH_TOKEN = "test-auth-token-0123456789abcdef"
ACCOUNT_SID = "AC" + "1" * 32
PUBLIC_BASE_URL = "https://tabale.example.org"
ENCRYPTION_KEY = Fernet.generate_key().decode()
HASH_KEY = "test-number-hash-key"
PG_URL = os.environ.get("TEST_DATABASE_URL")

# -- no network beyond this machine ---------------------------------------------
_real_connect = socket.socket.connect


def _guarded_connect(self, address):  # noqa: ANN001, ANN202
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        if host not in ("127.0.0.1", "::1", "localhost") and not host.startswith("127."):
            raise RuntimeError(f"test tried to reach the network: {host}")
    return _real_connect(self, address)


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]


# -- databases ------------------------------------------------------------------
def _migrate_and_seed(url: str) -> None:
    from models import Database
    from models.migrate import upgrade
    from seed.areas import load_admin_units

    upgrade(url)
    db = Database(url)
    with db.session() as session:
        load_admin_units(session)
    db.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:  # noqa: ANN001
    path = tmp_path_factory.mktemp("template") / "template.db"
    _migrate_and_seed(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = normalise_database_url(PG_URL or "")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    _migrate_and_seed(url)
    return url


_KEEP = {"areas", "alembic_version"}


def _reset_postgres(url: str, baseline_area: int) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            )
            if r[0] not in _KEEP
        ]
        if tables:
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        conn.execute(text("DELETE FROM area_aliases"))
        conn.execute(text("DELETE FROM areas WHERE id > :m"), {"m": baseline_area})
    engine.dispose()


BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path) -> str:  # noqa: ANN001
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "tabale.db"
        shutil.copy(template, path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("postgres_url")
    baseline = request.getfixturevalue("pg_area_baseline")
    _reset_postgres(url, baseline)
    return url


@pytest.fixture(scope="session")
def pg_area_baseline(postgres_url) -> int:  # noqa: ANN001
    engine = create_engine(postgres_url)
    with engine.connect() as conn:
        value = conn.execute(text("SELECT max(id) FROM areas")).scalar() or 0
    engine.dispose()
    return int(value)


# -- the fake provider ----------------------------------------------------------
@pytest.fixture(scope="session")
def _fake_twilio_server() -> Iterator[FakeTwilio]:
    server = FakeTwilio(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def fake_twilio(_fake_twilio_server) -> FakeTwilio:  # noqa: ANN001
    _fake_twilio_server.reset()
    return _fake_twilio_server


# -- the application ------------------------------------------------------------
@pytest.fixture
def config_overrides(database_url, tmp_path, fake_twilio) -> dict:  # noqa: ANN001
    return {
        "TABALE_ENV": "test",
        "DATABASE_URL": database_url,
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "SECRET_KEY": "test-secret",
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_API_BASE_URL": fake_twilio.base_url,
        "TWILIO_TIMEOUT": 2,
        "TWILIO_SMS_FROM": "+15005550006",
        "CHANNEL": "twilio",
        "ENCRYPTION_KEYS": ENCRYPTION_KEY,
        "NUMBER_HASH_KEY": HASH_KEY,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "WTF_CSRF_ENABLED": True,
    }


@pytest.fixture
def app(config_overrides):  # noqa: ANN001, ANN201
    from app import create_app

    application = create_app(config_overrides)
    application.testing = True
    with application.app_context():
        yield application
    application.extensions["tabale"].db.dispose()


@pytest.fixture
def db(app):  # noqa: ANN001, ANN201
    return app.extensions["tabale"].db


@pytest.fixture
def session(db):  # noqa: ANN001, ANN201
    """A session for arranging and inspecting data; commits on exit."""
    with db.session() as s:
        yield s


@pytest.fixture
def client(app):  # noqa: ANN001, ANN201
    return app.test_client()


# -- Twilio-signed requests -----------------------------------------------------
_sids = itertools.count(1)


def new_sid(prefix: str = "SM") -> str:
    return prefix + uuid.uuid4().hex


def sign(url: str, params: dict[str, str], token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


class Twilio:
    """Sends webhooks the way Twilio does: form-encoded and signed."""

    def __init__(self, client, *, work: bool = True) -> None:  # noqa: ANN001
        self.client = client
        # As a deployment's worker would, soon after each webhook: tests of the
        # queue itself turn it off and call `run_intake_worker` when they choose.
        self.work = work

    def post(
        self, path: str, params: dict[str, str], *, signature: str | None = "auto", query: str = ""
    ):  # noqa: ANN201
        url = PUBLIC_BASE_URL + path + (f"?{query}" if query else "")
        headers = {}
        if signature == "auto":
            headers["X-Twilio-Signature"] = sign(url, params)
        elif signature is not None:
            headers["X-Twilio-Signature"] = signature
        response = self.client.post(
            path + (f"?{query}" if query else ""),
            data=urlencode(params),
            content_type="application/x-www-form-urlencoded",
            headers=headers,
        )
        if self.work and path == "/webhook/twilio" and response.status_code == 200:
            self.run_intake_worker()
        return response

    def run_intake_worker(self) -> int:
        """What a dispatcher's intake worker does next: triage and route the queue."""
        from webhook.worker import drain_queue

        app = self.client.application
        with app.app_context():
            svc = app.extensions["tabale"]
            return drain_queue(svc.db, svc.intake)

    def sms(self, body: str, sender: str = "+22376123456", *, sid: str | None = None, **extra: str):  # noqa: ANN201
        params = {
            "MessageSid": sid or new_sid(),
            "SmsSid": sid or "",
            "AccountSid": ACCOUNT_SID,
            "From": sender,
            "To": "+22370009999",
            "Body": body,
            "NumMedia": "0",
            "NumSegments": "1",
            "FromCountry": "ML",
            "ApiVersion": "2010-04-01",
        }
        params["SmsSid"] = params["MessageSid"]
        params.update(extra)
        return self.post("/webhook/twilio", params)

    def whatsapp(self, body: str, sender: str = "whatsapp:+22376123456", **extra: str):  # noqa: ANN201
        params = {
            "ProfileName": "Awa",
            "WaId": sender.split(":")[-1].lstrip("+"),
            "To": "whatsapp:+14155238886",
        }
        params.update(extra)
        return self.sms(body, sender, **params)


@pytest.fixture
def twilio(client) -> Twilio:  # noqa: ANN001
    return Twilio(client)


# -- data builders --------------------------------------------------------------
@pytest.fixture
def builders(db):  # noqa: ANN001, ANN201
    from tests.builders import Builders

    return Builders(db, HASH_KEY)


def run_together(*targets, timeout: float = 60) -> None:  # noqa: ANN002
    """Run each target in its own thread at once; re-raise the first exception one raised."""
    errors: list[BaseException] = []

    def guarded(target) -> None:  # noqa: ANN001
        try:
            target()
        except BaseException as exc:  # noqa: BLE001 — re-raised in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(t,)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    if errors:
        raise errors[0]


def count(db, model) -> int:  # noqa: ANN001
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(model))
