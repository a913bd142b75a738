"""Engine and session handling, shared by web requests, workers and the scheduler.

One `Database` per process (built by the application factory). SQLite gets the
pragmas that make it a sound embedded server (WAL, busy timeout, foreign keys);
PostgreSQL gets a connection pool that checks a connection which rested, so a
restarted database is recovered from without a restart of Tabalé.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker


def _sqlite_pragmas(dbapi_connection) -> None:  # noqa: ANN001
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


BUSY_TIMEOUT_S = 10.0
_FIRST_PAUSE_S, _LONGEST_PAUSE_S = 0.0001, 0.001


def begin_immediate(driver: sqlite3.Connection, timeout: float = BUSY_TIMEOUT_S) -> None:
    """Take SQLite's write lock, retrying every millisecond or less until it is free.

    SQLite's own busy handler retries after sleeping 1, 2, 5, 10, 15, 20, 25 … 100
    ms: under load a waiter keeps missing the moments the lock is free, while
    the writers that hold it (the intake worker, the other web worker) take it
    again. At 100 webhooks/s with two dispatchers writing, the webhook then
    answered in 2.8 s p50 (bench.latency). Retried here in short steps, the
    lock passes within a fraction of a millisecond of its release. The busy
    timeout is off for this statement only, and restored for every other wait.
    """
    restore = driver.execute("PRAGMA busy_timeout").fetchone()[0]
    driver.execute("PRAGMA busy_timeout=0")
    try:
        pause, deadline = _FIRST_PAUSE_S, None
        while True:
            try:
                driver.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                now = time.monotonic()
                deadline = deadline or now + timeout
                if now >= deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, _LONGEST_PAUSE_S)
    finally:
        driver.execute(f"PRAGMA busy_timeout={int(restore)}")


@contextmanager
def _as_sqlalchemy_error(statement: str) -> Iterator[None]:
    """Driver errors raised outside SQLAlchemy's own handling, as the exception callers
    catch everywhere else (a locked database → OperationalError → 503)."""
    try:
        yield
    except sqlite3.Error as exc:
        raise DBAPIError.instance(statement, None, exc, sqlite3.Error) from exc


def make_engine(
    url: str, *, echo: bool = False, busy_timeout: float = BUSY_TIMEOUT_S, **options: object
) -> Engine:
    """Create the engine with per-backend settings that keep accepted data safe.

    `options` go to PostgreSQL's engine only (the webhook's autocommit engine)."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": busy_timeout, "check_same_thread": False},
            # no pre-ping: a file does not drop connections the way a server does,
            # and the ping was a statement on every request
        )

        # pysqlite's implicit BEGIN is deferred; take the write lock at BEGIN so
        # two writers never deadlock upgrading from read to write.
        @event.listens_for(engine, "connect")
        def _connected(dbapi_connection, _record) -> None:  # noqa: ANN001
            _sqlite_pragmas(dbapi_connection)  # the busy timeout is `timeout` above
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:  # noqa: ANN001
            # Straight to the driver: one statement, not the whole execution path, per transaction.
            driver = conn.connection.driver_connection
            options = conn.get_execution_options()
            if options.get("tabale_autocommit"):
                return  # each statement its own transaction (pysqlite's isolation_level=None)
            with _as_sqlalchemy_error("BEGIN"):
                if options.get("tabale_readonly"):
                    driver.execute("BEGIN")
                else:
                    begin_immediate(driver, busy_timeout)

        return engine
    engine = create_engine(
        url,
        echo=echo,
        pool_size=10,
        max_overflow=20,
        pool_timeout=5,
        connect_args={"connect_timeout": 5},
        **options,
    )
    _ping_when_idle(engine)
    return engine


IDLE_PING_S = 2.0


def _ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection before use only when it has been idle a while.

    SQLAlchemy's pre-ping sends a statement on every checkout: one more round
    trip on each webhook, when a busy connection has just proved itself. A
    connection that rested may have been dropped by a restart or a firewall:
    that one is pinged, and replaced if dead. One that dies while in use fails
    its statement; SQLAlchemy then discards the whole pool and the caller
    retries once on a fresh connection (`webhook.views`).
    """

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection, record) -> None:  # noqa: ANN001
        record.info["used_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection, record, _proxy) -> None:  # noqa: ANN001
        if time.monotonic() - record.info.get("used_at", 0.0) <= IDLE_PING_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            raise DisconnectionError("connection dropped while idle") from exc
        if not alive:
            raise DisconnectionError("connection dropped while idle")


def plan_with_values(session: Session) -> None:
    """Plan this transaction's queries with their actual values (PostgreSQL).

    psycopg prepares a statement after a few runs, and PostgreSQL then tries a
    generic plan that ignores the values. For filtered lists over skewed data
    (the inbox's keyset pages) that plan scans from the top: ≈ 200 ms instead
    of ≈ 5 ms. The webhook's simple look-ups keep their cheap cached plans.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))


class Database:
    """Holds the engine and the session factory of one application."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.busy_timeout = BUSY_TIMEOUT_S  # SQLite: how long a writer waits for the lock
        self.engine = make_engine(url)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        # Read-only work (admin pages, exports) must not queue behind writers on SQLite.
        self.readonly_engine = self.engine.execution_options(tabale_readonly=True)
        self.readonly_sessionmaker = sessionmaker(self.readonly_engine, expire_on_commit=False)
        # PostgreSQL: statements that are each a whole transaction (the webhook's look
        # and its one insert) need no BEGIN and no COMMIT round trip of their own.
        # On SQLite a read in autocommit needs no BEGIN and no COMMIT either.
        self.autocommit_engine = (
            self.engine.execution_options(tabale_autocommit=True)
            if self.is_sqlite
            else make_engine(url, isolation_level="AUTOCOMMIT")
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        with self.sessionmaker() as session, session.begin():
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One Core transaction, committed on success: the webhook's path, where an
        ORM session cost as much as the few statements it runs."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reads only: never takes SQLite's write lock."""
        with self.readonly_sessionmaker() as session, session.begin():
            yield session

    @contextmanager
    def autocommit(self) -> Iterator[Connection]:
        """Each statement commits on its own: no BEGIN, no COMMIT.

        For a read, or (PostgreSQL) a write that is one statement: either it is all
        done or none of it is, as in a transaction. On SQLite, reads only: a write
        there takes the write lock with BEGIN IMMEDIATE (`transaction`)."""
        with self.autocommit_engine.connect() as conn:
            yield conn

    @contextmanager
    def transaction_on(self, conn: Connection) -> Iterator[None]:
        """A transaction on an autocommit connection (`autocommit`): BEGIN now, COMMIT
        on success, ROLLBACK on error — on the driver, so a plan read in autocommit
        and the writes it needs share one connection, with no second checkout and
        none of SQLAlchemy's transaction bookkeeping around a few statements.

        SQLite: BEGIN IMMEDIATE, the write lock taken for the writes alone (the
        plan was read before it). Its errors are SQLAlchemy's, as everywhere."""
        driver = conn.connection.driver_connection
        if not self.is_sqlite:
            with driver.transaction():
                yield
            return
        with _as_sqlalchemy_error("BEGIN"):
            begin_immediate(driver, self.busy_timeout)
        try:
            yield
        except BaseException:
            driver.execute("ROLLBACK")
            raise
        with _as_sqlalchemy_error("COMMIT"):
            try:
                driver.execute("COMMIT")
            finally:
                if driver.in_transaction:  # the commit failed: undo, free the lock
                    driver.execute("ROLLBACK")

    def dispose(self) -> None:
        self.engine.dispose()
        if not self.is_sqlite:
            self.autocommit_engine.dispose()
