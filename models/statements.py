"""Core statements compiled once per dialect and run on the driver's own cursor.

The webhook runs the same two statements for every report: its first look
(was this MessageSid stored, who sent it, how much lately) and the insert of
the message. Through `Connection.execute` each run builds an execution
context, processes its parameters, fires events and wraps a result: on SQLite
that cost ≈ 430 µs of the ≈ 610 µs the two statements took in-process, more
than the database's own work (docs/performance.md). Here the SQL is still
SQLAlchemy's — compiled from the same Core constructs for the connection's
dialect, its values converted by the dialect's own bind and result processors
(aware datetimes, JSON, booleans) — only the execution is the driver's.

Errors go through SQLAlchemy's own handler: they come out as its
`IntegrityError` or `OperationalError` (with `connection_invalidated` when the
database dropped the connection, which is invalidated with the pool's older
ones, as for `Connection.execute`), so callers keep one way of handling them.
Transactions stay the connection's: a statement run here joins the one the
SQLAlchemy `Connection` has begun (or begins it, as `execute` would), or
commits alone in autocommit.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement


class DriverStatement:
    """One statement, compiled on first use for each dialect it meets.

    An insert is compiled for the columns its values name, as `Connection.execute`
    does (one compiled form per set of names): the table's other columns with a
    constant default get it, and one whose default is computed (a function) must be
    among the values — checked when compiled, so a new such column fails the tests
    at once instead of storing NULL.
    """

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        # an insert's table: the defaults of the columns the caller leaves out
        self.table: Table | None = (
            statement.table if getattr(statement, "is_insert", False) else None  # type: ignore[attr-defined]
        )
        self._compiled: dict[tuple[str, str, str, frozenset[str] | None], _Compiled] = {}

    def _for(self, dialect: Dialect, values: Mapping[str, Any]) -> _Compiled:
        keys = frozenset(values) if self.table is not None else None
        key = (dialect.name, dialect.driver, dialect.paramstyle, keys)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = _Compiled(self, dialect, keys)
        return compiled

    def run(self, conn: Connection, values: Mapping[str, Any]) -> None:
        """Execute on `conn`'s driver connection (a write: nothing to read back)."""
        self._for(conn.dialect, values).execute(conn, values).close()

    def first(self, conn: Connection, values: Mapping[str, Any]) -> Any:
        """The first row as a named tuple (the statement's column labels), or None;
        for an INSERT ... RETURNING, the row it stored."""
        compiled = self._for(conn.dialect, values)
        cursor = compiled.execute(conn, values)
        try:
            row = cursor.fetchone()
        finally:
            cursor.close()
        return None if row is None else compiled.row(row)


class _Compiled:
    def __init__(
        self, prepared: DriverStatement, dialect: Dialect, keys: frozenset[str] | None
    ) -> None:
        compiled = prepared.statement.compile(
            dialect=dialect, column_keys=sorted(keys) if keys is not None else None
        )
        self.dialect = dialect
        self.sql = compiled.string
        self.names: list[str] | None = list(compiled.positiontup) if compiled.positional else None
        self.processors: dict[str, Callable[[Any], Any]] = {}
        for name, bind in compiled.binds.items():
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self.processors[name] = processor
        # Values fixed when the statement was built (a LIMIT 1) and constant column
        # defaults, merged under the caller's: what `construct_params` would work
        # out on every run. Names SQLAlchemy had to escape would need its mapping.
        if getattr(compiled, "escaped_bind_names", None):
            raise ValueError("bind names that need escaping are not supported here")
        self.constants = {
            name: bind.effective_value
            for name, bind in compiled.binds.items()
            if not bind.required and bind.callable is None
        } | _constant_defaults(prepared.table, keys, compiled.binds)
        # What it reads: a SELECT's columns, or what an INSERT ... RETURNING gives back.
        columns = list(prepared.statement.exported_columns)  # type: ignore[attr-defined]
        self._row: Callable[..., Any] | None = None
        self._results: list[Callable[[Any], Any] | None] = []
        if columns:
            self._row = namedtuple("Row", [column.key for column in columns])  # type: ignore[misc]  # noqa: PYI024
            self._results = [
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in columns
            ]

    def params(self, values: Mapping[str, Any]) -> Any:
        merged = {**self.constants, **values}
        for name, processor in self.processors.items():
            merged[name] = processor(merged[name])  # KeyError: a value the caller forgot
        if self.names is not None:
            return [merged[name] for name in self.names]
        return merged

    def execute(self, conn: Connection, values: Mapping[str, Any]) -> Any:
        params = self.params(values)
        if not conn.in_transaction():
            conn.begin()  # as `execute` would: the transaction the caller's block ends
        cursor = conn.connection.cursor()
        try:
            cursor.execute(self.sql, params)
        except Exception as exc:  # noqa: BLE001 — SQLAlchemy's own handler sorts it out
            # Translated, and on a dropped connection the connection and the pool's
            # older connections invalidated, exactly as for `Connection.execute`.
            conn._handle_dbapi_exception(exc, self.sql, params, cursor, None)  # noqa: SLF001
            raise  # not reached: the handler raises
        return cursor

    def row(self, raw: Sequence[Any]) -> Any:
        if self._row is None:
            raise TypeError("not a SELECT: nothing to read")
        values = [
            value if process is None else process(value)
            for value, process in zip(raw, self._results, strict=True)
        ]
        return self._row(*values)


def _constant_defaults(
    table: Table | None, keys: frozenset[str] | None, binds: Mapping[str, Any]
) -> dict[str, Any]:
    """For an insert: the constant defaults of the columns the caller leaves out."""
    if table is None or keys is None:
        return {}
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.key in keys or column.key not in binds:
            continue
        default = column.default
        if default is None or not default.is_scalar:
            raise ValueError(f"{table.name}.{column.key} has a computed default: give its value")
        defaults[column.key] = default.arg
    return defaults
