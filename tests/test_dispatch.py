"""The outbox and its dispatcher, against the fake Twilio API over real HTTP."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlparse

from sqlalchemy import select

from alerts.dispatcher import Dispatcher, DispatchSettings
from alerts.outbox import enqueue
from models import OutboundMessage, Purpose, Reporter, utcnow
from tests.conftest import PUBLIC_BASE_URL


def make_dispatcher(app, **settings) -> Dispatcher:  # noqa: ANN001
    svc = app.extensions["tabale"]
    base = DispatchSettings.from_config(app.config)
    values = {**base.__dict__, "backoff_base": 1.0, **settings}
    return Dispatcher(svc.db, svc.channel, svc.cipher, DispatchSettings(**values))


def queue(db, contact, body="TABALE URGENT test", key="k1", **kw):  # noqa: ANN001, ANN003
    with db.session() as s:
        return enqueue(s, key=key, purpose=Purpose.ALERT, body=body, contact=contact, **kw)


def row(db, id_):  # noqa: ANN001
    with db.read_session() as s:
        r = s.get(OutboundMessage, id_)
        _ = r.events
        return r


def test_queued_message_is_sent_once_with_its_status_callback(app, db, builders, fake_twilio):
    contact = builders.contact(phone="+22370001001")
    message = queue(db, contact)
    assert make_dispatcher(app).drain() == 1
    assert make_dispatcher(app).drain() == 0
    sent = fake_twilio.messages
    assert len(sent) == 1
    assert sent[0]["params"]["To"] == "+22370001001"
    assert sent[0]["params"]["Body"] == "TABALE URGENT test"
    callback = urlparse(sent[0]["params"]["StatusCallback"])
    assert PUBLIC_BASE_URL.endswith(callback.netloc)
    assert parse_qs(callback.query)["k"] == ["k1"]
    done = row(db, message.id)
    assert done.status == "sent" and done.provider_sid == sent[0]["sid"]


def test_enqueue_is_idempotent_on_its_key(db, builders):
    contact = builders.contact()
    first = queue(db, contact, key="alert:1")
    second = queue(db, contact, key="alert:1", body="different")
    assert first.id == second.id


def test_provider_failure_is_retried_with_backoff(app, db, builders, fake_twilio):
    contact = builders.contact()
    message = queue(db, contact)
    fake_twilio.fail_next(1, status=500)
    dispatcher = make_dispatcher(app)
    assert dispatcher.run_once() == 1
    waiting = row(db, message.id)
    assert waiting.status == "queued" and waiting.attempts == 1
    assert waiting.next_attempt_at > utcnow()
    assert dispatcher.run_once() == 0  # not due yet
    assert dispatcher.run_once(now=utcnow() + timedelta(minutes=5)) == 1
    assert row(db, message.id).status == "sent"
    assert len(fake_twilio.messages) == 1


def test_rate_limited_provider_is_retried(app, db, builders, fake_twilio):
    message = queue(db, builders.contact())
    fake_twilio.fail_next(2, status=429)
    dispatcher = make_dispatcher(app)
    later = utcnow()
    for _ in range(3):
        later += timedelta(minutes=10)
        dispatcher.run_once(now=later)
    assert row(db, message.id).status == "sent"
    assert len(fake_twilio.messages) == 1


def test_permanent_error_fails_visibly(app, db, builders, fake_twilio):
    contact = builders.contact(phone="+22370001002")
    fake_twilio.opt_out("+22370001002")
    message = queue(db, contact)
    make_dispatcher(app).drain()
    failed = row(db, message.id)
    assert failed.status == "failed" and failed.error_code == 21610
    from models import Contact

    with db.read_session() as s:
        assert s.get(Contact, contact.id).opted_out


def test_stale_alert_is_not_delivered(app, db, builders, fake_twilio):
    message = queue(db, builders.contact(), valid_for=timedelta(seconds=-1))
    make_dispatcher(app).drain()
    assert row(db, message.id).status == "expired"
    assert fake_twilio.messages == []


def test_status_callbacks_record_delivery(app, db, builders, fake_twilio, twilio):
    message = queue(db, builders.contact())
    make_dispatcher(app).drain()
    sid = fake_twilio.messages[0]["sid"]
    for status in ("sent", "delivered"):
        response = twilio.post(
            "/webhook/twilio/status", {"MessageSid": sid, "MessageStatus": status}, query="k=k1"
        )
        assert response.status_code == 204
    done = row(db, message.id)
    assert done.status == "delivered" and done.delivered_at is not None
    assert [e.status for e in done.events][-2:] == ["sent", "delivered"]


def test_out_of_order_callbacks_never_go_backwards(app, db, builders, twilio, fake_twilio):
    message = queue(db, builders.contact())
    make_dispatcher(app).drain()
    sid = fake_twilio.messages[0]["sid"]
    twilio.post("/webhook/twilio/status", {"MessageSid": sid, "MessageStatus": "delivered"})
    twilio.post("/webhook/twilio/status", {"MessageSid": sid, "MessageStatus": "sent"})
    assert row(db, message.id).status == "delivered"


def test_reply_to_a_reporter_decrypts_the_number_only_to_send(app, db, twilio, fake_twilio):
    twilio.sms("Attaque a Mondoro", sender="+22376123456")
    with db.session() as s:
        reporter = s.scalar(select(Reporter))
        message = enqueue(
            s, key="notice:1", purpose=Purpose.NOTICE, body="merci", reporter=reporter
        )
    make_dispatcher(app).drain()
    assert [m["params"]["To"] for m in fake_twilio.messages] == ["+22376123456"]
    assert row(db, message.id).status == "sent"
