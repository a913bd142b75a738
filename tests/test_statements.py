"""Statements run on the driver (models.statements) against SQLAlchemy's own execution.

The webhook's first look and its insert skip SQLAlchemy's execution layer;
these tests hold them to what `Connection.execute` does with the same
constructs, on SQLite and on PostgreSQL: the same values stored and read
back, the same defaults, the same exceptions, the same transactions.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError

from models import InboundKind, InboundMessage, Reporter, utcnow
from models.statements import DriverStatement
from webhook.intake import _FIRST_LOOK, _NEW_MESSAGE


def _reporter(db) -> int:  # noqa: ANN001
    with db.transaction() as conn:
        return conn.execute(
            insert(Reporter).returning(Reporter.id),
            {
                "address_hash": "k" * 64,
                "address_kind": "tel",
                "country_code": "ML",
                "address_encrypted": b"x",
                "first_seen_at": utcnow(),
                "last_medium": "sms",
                "last_seen_at": utcnow(),
                "language": "ff",
            },
        ).scalar_one()


NOW = utcnow()


def _message(reporter_id: int, sid: str, **extra) -> dict:  # noqa: ANN003
    values = {
        "provider_sid": sid,
        "medium": "sms",
        "reporter_id": reporter_id,
        "contact_id": None,
        "to_number": "+22370009999",
        "body": "Attaque à Boni, 2 morts — «vite»",
        "body_digest": "d" * 64,
        "num_media": 1,
        "media": [{"url": "https://x.example/m.jpg", "content_type": "image/jpeg"}],
        "latitude": 15.1,
        "longitude": -1.2,
        "params": {"Body": "Attaque à Boni", "NumMedia": "1"},
        "received_at": NOW,
        "kind": InboundKind.QUEUED,
        "priority": 1,
        "ref": "K7Q3M",
        "reply": "Tabalé: reçu, réf K7Q3M",
        "report_id": None,
    }
    return values | extra


def test_an_insert_stores_what_sqlalchemy_would(db):  # noqa: ANN001
    reporter_id = _reporter(db)
    ours, theirs = _message(reporter_id, "SM" + "a" * 32), _message(reporter_id, "SM" + "b" * 32)
    with db.transaction() as conn:
        _NEW_MESSAGE.run(conn, ours)
        conn.execute(insert(InboundMessage), theirs)
    with db.read_session() as s:
        rows = {m.provider_sid: m for m in s.scalars(select(InboundMessage))}
    a, b = rows["SM" + "a" * 32], rows["SM" + "b" * 32]
    for column in InboundMessage.__table__.columns:
        if column.key not in ("id", "provider_sid"):
            assert getattr(a, column.key) == getattr(b, column.key), column.key
    assert a.attempts == 0  # a constant default the caller left out
    assert a.received_at.tzinfo is not None and a.media == ours["media"]


def test_a_select_reads_what_sqlalchemy_would(db):  # noqa: ANN001
    reporter_id = _reporter(db)
    with db.transaction() as conn:
        _NEW_MESSAGE.run(conn, _message(reporter_id, "SM" + "c" * 32))
    now = NOW
    values = {
        "sid": "SM" + "c" * 32,
        "key": "k" * 64,
        "ref": "K7Q3M",
        "digest": "d" * 64,
        "minute": now - timedelta(minutes=1),
        "hour": now - timedelta(hours=1),
        "hour_limit": 41,
        "resend_since": now - timedelta(minutes=2),
    }
    with db.autocommit() as conn:
        ours = _FIRST_LOOK.first(conn, values)
        theirs = conn.execute(_FIRST_LOOK.statement, values).one()
    assert ours._asdict() == theirs._asdict()
    assert ours.reporter_id == reporter_id and ours.language == "ff"
    assert ours.last_minute == 1 and ours.resent_ref == "K7Q3M" and ours.ref_taken


def test_no_row_is_none(db):  # noqa: ANN001
    look = DriverStatement(select(InboundMessage.id).where(InboundMessage.ref == bindparam("r")))
    with db.autocommit() as conn:
        assert look.first(conn, {"r": "NONE0"}) is None


def test_a_duplicate_is_sqlalchemys_integrity_error_and_the_transaction_rolls_back(db):  # noqa: ANN001
    reporter_id = _reporter(db)
    with db.transaction() as conn:
        _NEW_MESSAGE.run(conn, _message(reporter_id, "SM" + "e" * 32))
    with pytest.raises(IntegrityError), db.transaction() as conn:
        _NEW_MESSAGE.run(conn, _message(reporter_id, "SM" + "f" * 32))  # stored, then undone
        _NEW_MESSAGE.run(conn, _message(reporter_id, "SM" + "e" * 32))
    with db.read_session() as s:
        sids = set(s.scalars(select(InboundMessage.provider_sid)))
    assert sids == {"SM" + "e" * 32}


def test_a_statement_joins_the_callers_transaction(db):  # noqa: ANN001
    reporter_id = _reporter(db)
    with db.session() as s:
        _NEW_MESSAGE.run(s.connection(), _message(reporter_id, "SM" + "1" * 32))
        s.rollback()
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 0


def test_an_insert_missing_a_computed_default_fails_when_compiled(db):  # noqa: ANN001
    values = _message(1, "SM" + "2" * 32)
    del values["received_at"]  # a function fills it
    with pytest.raises(ValueError, match="received_at"), db.transaction() as conn:
        DriverStatement(insert(InboundMessage)).run(conn, values)


def test_an_insert_returning_gives_back_the_row_it_stored(db):  # noqa: ANN001
    from webhook.intake import _NEW_REPORTER

    now = utcnow()
    with db.transaction() as conn:
        row = _NEW_REPORTER.first(
            conn,
            {
                "address_hash": "r" * 64,
                "address_kind": "tel",
                "country_code": "ML",
                "address_encrypted": b"secret",
                "first_seen_at": now,
                "last_medium": "sms",
                "last_seen_at": now,
            },
        )
    with db.read_session() as s:
        stored = s.get(Reporter, row.id)
    assert stored.address_hash == "r" * 64 and stored.first_seen_at == now
    assert stored.report_count == 0 and not stored.opted_out  # constant defaults
