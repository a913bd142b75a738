"""SQLite's one write lock: a waiting writer gets it once it is free, and gives up in time."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from models.db import BUSY_TIMEOUT_S, begin_immediate


def _connect(path) -> sqlite3.Connection:  # noqa: ANN001
    conn = sqlite3.connect(
        path, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False
    )
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


@pytest.fixture
def database(tmp_path):  # noqa: ANN001, ANN201
    path = tmp_path / "lock.db"
    with _connect(path) as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
    return path


def test_a_waiting_writer_gets_the_lock_when_the_holder_commits(database) -> None:  # noqa: ANN001
    holder, waiter = _connect(database), _connect(database)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (1)")

    def release() -> None:
        time.sleep(0.05)
        holder.execute("COMMIT")

    thread = threading.Thread(target=release)
    thread.start()
    begin_immediate(waiter)  # waits, then takes the lock
    waiter.execute("INSERT INTO t VALUES (2)")
    waiter.execute("COMMIT")
    thread.join()
    assert [r[0] for r in waiter.execute("SELECT x FROM t ORDER BY x")] == [1, 2]


def test_a_writer_gives_up_after_its_timeout_and_keeps_the_busy_timeout(database) -> None:  # noqa: ANN001
    holder, waiter = _connect(database), _connect(database)
    holder.execute("BEGIN IMMEDIATE")
    start = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        begin_immediate(waiter, timeout=0.2)
    assert time.monotonic() - start >= 0.2
    # every other wait (reads during a checkpoint, migrations) keeps SQLite's own timeout
    assert waiter.execute("PRAGMA busy_timeout").fetchone()[0] == int(BUSY_TIMEOUT_S * 1000)
    holder.execute("ROLLBACK")
    begin_immediate(waiter)  # free again: taken at once
    waiter.execute("ROLLBACK")


def test_other_errors_are_not_retried(database) -> None:  # noqa: ANN001
    waiter = _connect(database)
    waiter.execute("BEGIN")
    with pytest.raises(sqlite3.OperationalError, match="within a transaction"):
        begin_immediate(waiter)


def test_a_locked_database_reaches_callers_as_sqlalchemys_operational_error(database) -> None:  # noqa: ANN001
    """The webhook answers 503 on OperationalError: a lock held too long must be one."""
    from sqlalchemy import exc, text

    from models.db import make_engine

    engine = make_engine(f"sqlite:///{database}", busy_timeout=0.2)
    holder = _connect(database)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(exc.OperationalError, match="locked"), engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (3)"))
    holder.execute("ROLLBACK")
    with engine.begin() as conn:  # the pool's connection is usable again
        conn.execute(text("INSERT INTO t VALUES (4)"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT x FROM t")).scalars().all() == [4]
    engine.dispose()


def test_a_write_on_the_webhooks_connection_waits_commits_and_gives_up_in_time(database) -> None:  # noqa: ANN001
    """`Database.transaction_on`: the webhook's writes, on the connection it read its plan on."""
    from sqlalchemy import exc, text

    from models.db import Database

    db = Database(f"sqlite:///{database}")
    db.busy_timeout = 0.2
    holder = _connect(database)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(exc.OperationalError, match="locked"):  # → 503, Twilio retries
        with db.autocommit() as conn, db.transaction_on(conn):
            conn.execute(text("INSERT INTO t VALUES (5)"))
    holder.execute("ROLLBACK")
    with pytest.raises(RuntimeError), db.autocommit() as conn, db.transaction_on(conn):
        conn.execute(text("INSERT INTO t VALUES (6)"))
        raise RuntimeError("undone with the transaction")
    with db.autocommit() as conn:
        with db.transaction_on(conn):
            conn.execute(text("INSERT INTO t VALUES (7)"))
        assert conn.execute(text("SELECT x FROM t")).scalars().all() == [7]
    assert [r[0] for r in holder.execute("SELECT x FROM t")] == [7]  # committed, for all
    db.dispose()
