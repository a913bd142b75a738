"""Faults between us and the provider, and in our own processes: nothing lost, nothing twice.

The fake Twilio API fails on demand (HTTP errors, hangs, connections dropped
before or after it accepted the message); a dispatcher process is SIGKILLed in
the middle of a batch; the database disappears behind a webhook and comes back.
"""

from __future__ import annotations

import functools
import os
import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from alerts.dispatcher import Dispatcher, DispatchSettings
from alerts.outbox import enqueue
from alerts.pacing import SenderPacer
from models import InboundMessage, OutboundMessage, Purpose, Report, utcnow
from tests.conftest import PG_URL, Twilio, run_together
from tests.processes import flask_process

ROOT = Path(__file__).resolve().parents[1]


def dispatcher(app, **settings) -> Dispatcher:  # noqa: ANN001
    svc = app.extensions["tabale"]
    base = DispatchSettings.from_config(app.config)
    values = {**base.__dict__, "backoff_base": 1.0, **settings}
    return Dispatcher(svc.db, svc.channel, svc.cipher, DispatchSettings(**values))


def queue(db, contact, body: str, key: str, medium: str = "sms"):  # noqa: ANN001, ANN201
    with db.session() as s:
        return enqueue(s, key=key, purpose=Purpose.ALERT, body=body, contact=contact, medium=medium)


def status(db, id_: int) -> str:  # noqa: ANN001
    with db.read_session() as s:
        return s.get(OutboundMessage, id_).status


def run_until_settled(worker: Dispatcher, rounds: int = 12) -> None:
    later = utcnow()
    for _ in range(rounds):
        later += timedelta(minutes=10)
        worker.run_once(now=later)


@pytest.mark.parametrize(
    "fault",
    ["timeout_before_accept", "timeout_after_accept", "drop_before_accept", "drop_after_accept"],
)
def test_ambiguous_failures_are_reconciled_never_sent_twice(app, db, builders, fake_twilio, fault):
    contact = builders.contact(phone="+22370002001")
    message = queue(db, contact, "TABALE URGENT unique body", "k-ambiguous")
    {
        "timeout_before_accept": lambda: fake_twilio.hang_next(1, seconds=3),
        "timeout_after_accept": lambda: fake_twilio.hang_next(1, seconds=3, accept=True),
        "drop_before_accept": lambda: fake_twilio.drop_next(1),
        "drop_after_accept": lambda: fake_twilio.drop_after_accept_next(1),
    }[fault]()
    worker = dispatcher(app)
    worker.run_once()
    assert status(db, message.id) == "unknown"  # may or may not have been accepted
    run_until_settled(worker)
    assert status(db, message.id) == "sent"
    assert fake_twilio.bodies().count("TABALE URGENT unique body") == 1


def test_provider_down_for_good_ends_in_a_visible_failed_state(app, db, builders, fake_twilio):
    message = queue(db, builders.contact(), "TABALE URGENT x", "k-down")
    fake_twilio.fail_next(100, status=503)
    run_until_settled(dispatcher(app, max_attempts=4), rounds=8)
    with db.read_session() as s:
        row = s.get(OutboundMessage, message.id)
        assert row.status == "failed" and row.attempts == 4
        assert [e.status for e in row.events] == ["queued"] * 4 + ["failed"]  # enqueued + 3 retries
    assert fake_twilio.messages == []


def test_whatsapp_failing_falls_back_to_sms(app, db, builders, fake_twilio):
    contact = builders.contact(phone="+22370002002", channel="whatsapp")
    with db.session() as s:
        from models import Contact

        s.get(Contact, contact.id).last_inbound_at = utcnow()  # inside the 24-hour window
    message = queue(db, contact, "TABALE URGENT ɛ wa", "k-wa", medium="whatsapp")
    fake_twilio.fail_next(3, status=500)
    run_until_settled(dispatcher(app, max_attempts=3))
    [sent] = fake_twilio.messages
    assert sent["params"]["To"] == "+22370002002"  # SMS, not whatsapp:
    assert sent["params"]["Body"] == "TABALE URGENT e wa"  # transliterated for SMS
    assert status(db, message.id) == "sent"


def test_retry_after_is_honoured(app, db, builders, fake_twilio):
    message = queue(db, builders.contact(), "TABALE x", "k-429")
    fake_twilio.fail_next(1, status=429, retry_after=600)
    dispatcher(app).run_once()
    with db.read_session() as s:
        row = s.get(OutboundMessage, message.id)
        assert row.next_attempt_at >= utcnow() + timedelta(seconds=590)


def _dispatcher_process(config_overrides: dict, log: Path, **env_extra: str) -> subprocess.Popen:
    return flask_process("dispatcher", config_overrides, log, **env_extra)


def test_dispatcher_killed_mid_batch_loses_nothing_and_sends_nothing_twice(
    app, db, builders, fake_twilio, config_overrides, tmp_path
):
    contacts = [builders.contact(f"C{i}", phone=f"+2237000{3000 + i}") for i in range(5)]
    total = 120
    with db.session() as s:
        for i in range(total):
            enqueue(
                s,
                key=f"kill:{i}",
                purpose=Purpose.ALERT,
                body=f"TABALE URGENT message {i}",
                contact=contacts[i % 5],
            )
    fake_twilio.latency = 0.02
    env = {"DISPATCH_BATCH": "40", "DISPATCH_LEASE_SECONDS": "2", "DISPATCH_POLL_SECONDS": "0.1"}
    victim = _dispatcher_process(config_overrides, tmp_path / "victim.log", **env)
    deadline = time.monotonic() + 30
    while len(fake_twilio.messages) < 15 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait(10)
    sent_before_restart = len(fake_twilio.messages)
    assert 0 < sent_before_restart < total, (tmp_path / "victim.log").read_text()

    fake_twilio.latency = 0.0
    time.sleep(2.2)  # the dead worker's lease runs out
    survivor = _dispatcher_process(config_overrides, tmp_path / "survivor.log", **env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with db.read_session() as s:
                pending = s.scalar(select(func.count()).where(OutboundMessage.status != "sent"))
            if not pending:
                break
            time.sleep(0.2)
    finally:
        os.killpg(survivor.pid, signal.SIGTERM)
        survivor.wait(10)
    assert pending == 0, (tmp_path / "survivor.log").read_text()
    counts = Counter(fake_twilio.bodies())
    assert len(counts) == total
    assert max(counts.values()) == 1, [b for b, n in counts.items() if n > 1]


# -- the database going away behind the webhook ----------------------------------
class TcpProxy:
    """A TCP forwarder we can cut and restore: a network partition to the database."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            self.pairs.append((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        self.up = False
        for a, b in self.pairs:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        self.pairs.clear()

    def restore(self) -> None:
        self.up = True


@pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL (TEST_DATABASE_URL)")
def test_webhook_fails_loudly_while_the_database_is_away_and_recovers_alone(
    app, config_overrides, database_url
):
    if not database_url.startswith("postgresql"):
        pytest.skip("the partition is simulated on the PostgreSQL connection")
    from sqlalchemy.engine import make_url

    from app import create_app

    url = make_url(database_url)
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    partitioned = create_app({**config_overrides, "DATABASE_URL": proxied})
    twilio = Twilio(partitioned.test_client())
    with partitioned.app_context():
        assert twilio.sms("Attaque a Boni avant la coupure", sid="SM" + "a" * 32).status_code == 200
        proxy.cut()
        response = twilio.sms("Attaque a Boni pendant la coupure", sid="SM" + "b" * 32)
        assert response.status_code == 503  # Twilio retries / uses the fallback URL
        assert partitioned.test_client().get("/healthz").status_code == 503
        proxy.restore()
        retried = twilio.sms("Attaque a Boni pendant la coupure", sid="SM" + "b" * 32)
        assert retried.status_code == 200  # no restart needed
    db = partitioned.extensions["tabale"].db
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 2
        assert s.scalar(select(func.count()).select_from(Report)) == 2
    db.dispose()


def test_sender_slots_are_exact_when_workers_meet_a_new_sender_at_once(db):
    """The reservation itself has no jitter: slots from many threads, 50 ms apart.

    Workers meeting a sender that has no row yet used to race on its primary
    key, and the loser's batch failed (seen in CI on PostgreSQL): each round
    here starts four threads on a new sender at once.
    """
    for round_ in range(15):
        sender = f"+1500{time.monotonic_ns() % 10_000_000:07d}{round_:02d}"
        barrier = threading.Barrier(4)
        slots: list = []

        def reserve(
            sender: str = sender, barrier: threading.Barrier = barrier, slots: list = slots
        ) -> None:
            pacer = SenderPacer(db, sender, rate=20.0)
            barrier.wait(5)
            for _ in range(3):
                slots.extend(pacer.reserve(1))

        run_together(*[reserve] * 4, timeout=30)
        ordered = sorted(slots)
        assert len(set(ordered)) == 12
        gaps = [(b - a).total_seconds() for a, b in zip(ordered, ordered[1:], strict=False)]
        assert min(gaps) >= 0.05 - 1e-6


def test_sender_rate_limit_is_shared_by_workers(app, db, builders, fake_twilio):
    contact = builders.contact(phone="+22370004001")
    with db.session() as s:
        for i in range(30):
            enqueue(s, key=f"pace:{i}", purpose=Purpose.ALERT, body=f"m{i}", contact=contact)
    workers = [dispatcher(app, sender_rate=20.0, batch=5) for _ in range(3)]

    def work(w: Dispatcher) -> None:
        while w.run_once():
            pass

    run_together(*(functools.partial(work, w) for w in workers), timeout=30)
    times = sorted(m["received_monotonic"] for m in fake_twilio.messages)
    assert len(times) == 30
    # 30 messages at 20/s are reserved over 1.45 s whatever the number of workers
    # (the first send also opens the HTTP connection, so allow it to land late),
    # and no one-second window holds more than the rate plus 10% (the edges and
    # the network jitter between a reserved slot and its arrival at the provider).
    assert times[-1] - times[0] >= 1.25
    assert max(sum(1 for t in times if t0 <= t < t0 + 1) for t0 in times) <= 22


def _terminate_backends_of(db) -> None:  # noqa: ANN001
    """Kill, from another connection, the server processes behind `db`'s pooled connections."""
    from sqlalchemy import text

    from models.db import Database

    with db.autocommit() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
    killer = Database(db.url)
    with killer.autocommit() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    killer.dispose()


@pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL (TEST_DATABASE_URL)")
def test_a_connection_dropped_while_idle_is_replaced_before_use(database_url, monkeypatch):
    if not database_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL server process is what is dropped")
    from sqlalchemy import text

    import models.db
    from models.db import Database

    monkeypatch.setattr(models.db, "IDLE_PING_S", 0.0)  # every checkout counts as idle
    db = Database(database_url)
    _terminate_backends_of(db)
    with db.autocommit() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1  # pinged, found dead, replaced
    db.dispose()


@pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL (TEST_DATABASE_URL)")
def test_a_connection_dropped_while_busy_is_retried_once_by_the_webhook(app, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL server process is what is dropped")
    twilio = Twilio(app.test_client())
    with app.app_context():
        assert twilio.sms("Attaque a Boni ce matin", sid="SM" + "c" * 32).status_code == 200
        _terminate_backends_of(app.extensions["tabale"].db)  # not idle: no ping will see it
        assert twilio.sms("Attaque a Boni encore", sid="SM" + "d" * 32).status_code == 200
    with app.extensions["tabale"].db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 2
