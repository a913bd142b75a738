"""Webhook views: check the signature, parse, call the service, answer TwiML."""

from __future__ import annotations

import logging
from xml.sax.saxutils import escape

from flask import Response, current_app, request
from sqlalchemy.exc import IntegrityError, OperationalError

from alerts.status import record_status
from services import services
from webhook import bp
from webhook.form import FormError, parse_inbound
from webhook.intake import accept, draft, one_statement, plan
from webhook.signature import is_valid, signed_url

log = logging.getLogger(__name__)
TWIML = "application/xml"


def _signed() -> bool:
    cfg = current_app.config
    url = signed_url(request, cfg["PUBLIC_BASE_URL"], cfg["TRUST_PROXY"])
    return is_valid(
        cfg["TWILIO_AUTH_TOKEN"], url, request.form, request.headers.get("X-Twilio-Signature")
    )


def _twiml(text: str | None) -> Response:
    """TwiML with one message, or none: a template, not the SDK's XML tree (built for
    every report, the tree cost as much as the reply's database work)."""
    body = _TWIML_MESSAGE % escape(text) if text else _TWIML_EMPTY
    return Response(body, status=200, mimetype=TWIML)


_TWIML_MESSAGE = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>%s</Message></Response>'
_TWIML_EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response />'


@bp.post("/twilio")
def inbound() -> Response:
    """Twilio's 'A message comes in' webhook, for SMS and WhatsApp alike."""
    if not _signed():
        log.warning("inbound webhook refused: bad or missing signature")
        return Response("invalid signature\n", status=403, mimetype="text/plain")
    try:
        form = parse_inbound(request.form)
    except FormError as exc:
        log.warning("inbound webhook refused: %s", exc)
        return Response(f"bad request: {exc}\n", status=400, mimetype="text/plain")

    svc = services()
    text = draft(form, svc.intake)  # the text's part, before the write lock
    dropped = False
    for attempt in range(3):
        try:
            result = _store(svc, form, text)
            break
        except IntegrityError:
            # Twilio delivered the same MessageSid twice at once, or a new
            # reporter wrote twice at once: the other transaction won; retry
            # and find its row.
            if attempt == 2:
                raise
        except OperationalError as exc:
            if exc.connection_invalidated and not dropped:
                dropped = True  # a connection the database dropped: once more, on a new one
                continue
            # Database down: a 5xx makes Twilio use its fallback URL and tells
            # the operator; nothing was acknowledged, so nothing is lost.
            log.exception("inbound webhook: database unavailable")
            return Response("database unavailable\n", status=503, mimetype="text/plain")
    else:  # two concurrent duplicates, then a dropped connection: no attempt left
        return Response("database unavailable\n", status=503, mimetype="text/plain")
    svc.wake_dispatcher()  # its intake worker triages and routes what was queued
    log.info("inbound %s %s kind=%s ref=%s", form.medium, form.message_sid, result.kind, result.ref)
    return _twiml(result.reply)


def _store(svc, form, text):  # noqa: ANN001, ANN202
    """Decide, then write: committed before the reply, in as few round trips as the
    database allows.

    The decision is read in autocommit (no BEGIN, no COMMIT). SQLite: the one
    write lock every writer waits for is then taken for the writes alone, on
    the same connection.
    PostgreSQL: the decision is one statement and the usual report one insert,
    each its own transaction in autocommit — two round trips instead of a
    BEGIN, the look, the insert and a COMMIT. Anything written in more than one
    statement (a new reporter, a command) gets a transaction on the same
    connection.
    """
    with svc.db.autocommit() as conn:
        planned = plan(conn, form, svc.intake, text)
        if planned.existing is not None:
            return planned.existing
        if not svc.db.is_sqlite and one_statement(planned):
            return accept(conn, form, svc.intake, text, planned)
        with svc.db.transaction_on(conn):  # SQLite: the write lock, for the writes alone
            return accept(conn, form, svc.intake, text, planned)


@bp.post("/twilio/status")
def status_callback() -> Response:
    """Delivery status of the messages we sent (queued → sent → delivered / failed)."""
    if not _signed():
        log.warning("status callback refused: bad or missing signature")
        return Response("invalid signature\n", status=403, mimetype="text/plain")
    sid = request.form.get("MessageSid") or request.form.get("SmsSid") or ""
    status = request.form.get("MessageStatus") or request.form.get("SmsStatus") or ""
    if not sid or not status:
        return Response(
            "bad request: MessageSid and MessageStatus required\n",
            status=400,
            mimetype="text/plain",
        )
    error = request.form.get("ErrorCode")
    try:
        with services().db.session() as session:
            known = record_status(
                session,
                provider_sid=sid,
                status=status,
                error_code=int(error) if error and error.isdigit() else None,
                key=request.args.get("k"),
            )
    except OperationalError:
        log.exception("status callback: database unavailable")
        return Response("database unavailable\n", status=503, mimetype="text/plain")
    return Response("", status=204 if known else 200)
