"""The least a durable webhook can do on this machine: check, look up, store, commit, answer.

Served by bench/webhook.py beside Tabalé and the bare app, under the same
gunicorn settings and load. Where the bare app shows what Flask costs, this
one shows what durability costs on the same database: it checks the Twilio
signature (one HMAC), reads the sender's last hour and the MessageSid in one
indexed query, inserts the message and commits before answering (on
PostgreSQL the insert is its own transaction, in autocommit) — nothing
else (no triage, no encryption, no reference check, no ORM, no SQLAlchemy).
Tabalé cannot be faster than this; the gap between the two is what Tabalé's
own work costs.

    FLOOR_DATABASE_URL=sqlite:////tmp/x.db | postgresql://...  (its own table)
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading
import time
from urllib.parse import parse_qsl

from flask import Flask, Response, request

app = Flask(__name__)
_URL = os.environ.get("FLOOR_DATABASE_URL", "sqlite:///floor.db")
_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "").encode()
_PUBLIC = os.environ.get("FLOOR_PUBLIC_URL", "")
_local = threading.local()
_TABLE = (
    "CREATE TABLE IF NOT EXISTS floor_messages (id {id} PRIMARY KEY, sid VARCHAR(64) UNIQUE, "
    "sender VARCHAR(64), body TEXT, ref VARCHAR(12), reply TEXT, at DOUBLE PRECISION)"
)
_INDEX = "CREATE INDEX IF NOT EXISTS floor_sender ON floor_messages (sender, at)"
_LOOK = (
    "SELECT (SELECT id FROM floor_messages WHERE sid = {p}), "
    "(SELECT count(*) FROM floor_messages WHERE sender = {p} AND at > {p})"
)
_STORE = (
    "INSERT INTO floor_messages (sid, sender, body, ref, reply, at) "
    "VALUES ({p}, {p}, {p}, {p}, {p}, {p})"
)


def _connection():  # noqa: ANN202
    conn = getattr(_local, "conn", None)
    if conn is not None:
        return conn
    if _URL.startswith("sqlite"):
        import sqlite3

        conn = sqlite3.connect(_URL.split("///", 1)[1], isolation_level=None, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        ddl, p, begin = _TABLE.format(id="INTEGER"), "?", "BEGIN IMMEDIATE"
    else:
        import psycopg

        # autocommit: the look and the insert are each their own transaction, as in
        # Tabalé's webhook — two round trips, no BEGIN and COMMIT of their own
        conn = psycopg.connect(
            _URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
        )
        ddl, p, begin = _TABLE.format(id="SERIAL"), "%s", None
    try:  # both connections commit each statement (autocommit)
        conn.execute(ddl)
        conn.execute(_INDEX)
    except Exception:  # the other worker created it at the same moment
        pass
    _local.conn, _local.sql = conn, (_LOOK.format(p=p), _STORE.format(p=p), begin)
    return conn


@app.post("/webhook/twilio")
def webhook() -> Response:
    params = dict(parse_qsl(request.get_data(as_text=True)))
    signed = _PUBLIC + request.path + "".join(k + params[k] for k in sorted(params))
    digest = hmac.new(_TOKEN, signed.encode(), hashlib.sha1).digest()
    if not hmac.compare_digest(
        base64.b64encode(digest).decode(), request.headers.get("X-Twilio-Signature", "")
    ):
        return Response("invalid signature\n", status=403)
    conn = _connection()
    look, store, begin = _local.sql
    now = time.time()
    reply = "Tabale: report received, ref K7Q3M. Thank you. Your number stays secret."
    sid, sender = params["MessageSid"], params["From"]
    if begin is None:  # PostgreSQL, autocommit: the insert commits as it returns
        conn.execute(look, (sid, sender, now - 3600)).fetchone()
        conn.execute(store, (sid, sender, params.get("Body"), "K7Q3M", reply, now))
    else:
        conn.execute(begin)
        try:
            conn.execute(look, (sid, sender, now - 3600)).fetchone()
            conn.execute(store, (sid, sender, params.get("Body"), "K7Q3M", reply, now))
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    return Response(
        f'<?xml version="1.0" encoding="UTF-8"?><Response><Message>{reply}</Message></Response>',
        mimetype="application/xml",
    )
