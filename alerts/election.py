"""Electing the one scheduler among many processes.

Two schedulers would send every digest twice. On PostgreSQL the leader holds
a session-level advisory lock on a dedicated connection: if its process dies,
PostgreSQL drops the connection and the lock with it, and a waiting process
takes over. On SQLite (one machine by nature) an exclusive file lock in the
instance folder plays the same role, released by the kernel when the process
dies.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

#: Arbitrary constant identifying Tabalé's scheduler lock ("TABALE" in hex, roughly).
ADVISORY_KEY = 0x7A8A1E


class Leadership:
    """Try to become the leader; keep checking that we still are."""

    def __init__(self, engine: Engine, lock_dir: str) -> None:
        self.engine = engine
        self.lock_path = Path(lock_dir) / "scheduler.lock"
        self._conn: Connection | None = None
        self._file: IO[str] | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def try_acquire(self) -> bool:
        """True if this process now holds (or already held) the leadership."""
        if self.held():
            return True
        if self.is_sqlite:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.lock_path, "a+")  # noqa: SIM115 (held for the process's life)
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                return False
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            self._file = handle
            return True
        conn = self.engine.connect()
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
        conn.commit()
        if got:
            self._conn = conn
            return True
        conn.close()
        return False

    def held(self) -> bool:
        """Still the leader? On PostgreSQL, a dead connection means we lost the lock."""
        if self.is_sqlite:
            return self._file is not None
        if self._conn is None:
            return False
        try:
            self._conn.execute(text("SELECT 1"))
            self._conn.commit()
            return True
        except Exception:  # any failure of the lock connection means the lock is gone
            log.warning("scheduler lost its database connection: leadership lost")
            self._drop_conn()
            return False

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
                self._conn.commit()
            finally:
                self._drop_conn()

    def _drop_conn(self) -> None:
        if self._conn is not None:
            try:
                self._conn.invalidate()
                self._conn.close()
            except Exception:  # noqa: S110 (already broken; nothing more to do)
                pass
            self._conn = None
