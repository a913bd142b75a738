"""The Twilio webhook: signed, idempotent, answering in the reporter's language."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from models import InboundMessage, Report, Reporter
from tests.conftest import AUTH_TOKEN, PUBLIC_BASE_URL, count, new_sid, sign

REF = re.compile(r"r[ée]f\.? ([A-Z0-9]{5})")


def ref_of(response) -> str:  # noqa: ANN001
    match = REF.search(response.get_data(as_text=True))
    assert match, response.get_data(as_text=True)
    return match.group(1)


def test_signed_report_gets_twiml_with_reference(twilio, db):
    response = twilio.sms("Attaque a Mondoro ce matin, 3 morts")
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    body = response.get_data(as_text=True)
    assert body.startswith("<?xml") and "<Response><Message>" in body
    ref = ref_of(response)
    with db.read_session() as s:
        report = s.scalar(select(Report).where(Report.ref == ref))
        assert report is not None and report.text.startswith("Attaque")


def test_same_message_sid_twice_gets_same_reply_and_no_new_row(twilio, db):
    sid = new_sid()
    first = twilio.sms("hommes armes a moto vers Boni", sid=sid)
    second = twilio.sms("hommes armes a moto vers Boni", sid=sid)
    assert first.status_code == second.status_code == 200
    assert first.get_data() == second.get_data()
    assert count(db, InboundMessage) == 1
    assert count(db, Report) == 1


def test_forged_signature_is_refused_and_stores_nothing(twilio, db):
    response = twilio.post(
        "/webhook/twilio",
        {"MessageSid": new_sid(), "From": "+22376123456", "Body": "test"},
        signature="Zm9yZ2Vk",
    )
    assert response.status_code == 403
    assert count(db, InboundMessage) == 0


def test_missing_signature_is_refused(twilio, db):
    response = twilio.post(
        "/webhook/twilio",
        {"MessageSid": new_sid(), "From": "+22376123456", "Body": "test"},
        signature=None,
    )
    assert response.status_code == 403
    assert count(db, InboundMessage) == 0


def test_signature_made_with_another_token_is_refused(client, db):
    params = {"MessageSid": new_sid(), "From": "+22376123456", "Body": "attaque"}
    url = PUBLIC_BASE_URL + "/webhook/twilio"
    response = client.post(
        "/webhook/twilio",
        data=params,
        headers={"X-Twilio-Signature": sign(url, params, "other-token")},
    )
    assert response.status_code == 403


def test_tampered_body_is_refused(client, db):
    params = {"MessageSid": new_sid(), "From": "+22376123456", "Body": "RAS"}
    signature = sign(PUBLIC_BASE_URL + "/webhook/twilio", params)
    params["Body"] = "attaque"
    response = client.post(
        "/webhook/twilio", data=params, headers={"X-Twilio-Signature": signature}
    )
    assert response.status_code == 403


def test_behind_a_proxy_the_forwarded_url_is_the_signed_one(config_overrides):
    from app import create_app

    app = create_app(
        {**config_overrides, "TRUST_PROXY": 1, "PUBLIC_BASE_URL": "http://unused.invalid"}
    )
    params = {"MessageSid": new_sid(), "From": "+22376123456", "Body": "RAS a Boni"}
    signature = sign("https://alerts.example.net/webhook/twilio", params)
    response = app.test_client().post(
        "/webhook/twilio",
        data=params,
        headers={
            "X-Twilio-Signature": signature,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-Host": "alerts.example.net",
            "X-Forwarded-For": "54.1.2.3",
        },
        base_url="http://10.0.0.5:8000",
    )
    assert response.status_code == 200
    app.extensions["tabale"].db.dispose()


def test_whatsapp_phone_number_and_business_scoped_id_both_work(twilio, db):
    a = twilio.whatsapp("Des gens armes a Dinangourou", sender="whatsapp:+22376123456")
    b = twilio.whatsapp("Des gens armes a Dinangourou", sender="whatsapp:ML.1aB2c3D4e5F6", WaId="")
    assert a.status_code == b.status_code == 200
    with db.read_session() as s:
        reporters = s.scalars(select(Reporter)).all()
        assert {r.address_kind for r in reporters} == {"tel", "wa"}
        assert all(r.last_medium == "whatsapp" for r in reporters)


def test_sms_and_whatsapp_from_one_number_are_one_reporter(twilio, db):
    twilio.sms("vol de boeufs a Boni", sender="+22376123456")
    twilio.whatsapp("vol de boeufs a Boni hier", sender="whatsapp:+22376123456")
    assert count(db, Reporter) == 1


def test_phone_resending_the_same_text_makes_one_report(twilio, db):
    first = twilio.sms("Attaque a Mondoro   ce matin")
    again = twilio.sms("attaque a mondoro ce matin")  # new MessageSid, same words
    assert ref_of(first) == ref_of(again)
    assert count(db, Report) == 1
    assert count(db, InboundMessage) == 2


def test_same_text_from_two_people_makes_two_reports(twilio, db):
    twilio.sms("Attaque a Mondoro ce matin", sender="+22376123456")
    twilio.sms("Attaque a Mondoro ce matin", sender="+22376654321")
    assert count(db, Report) == 2


def test_reporter_number_is_never_stored_in_clear(twilio, db):
    twilio.whatsapp("enlevement a Boni", sender="whatsapp:+22376123456", WaId="22376123456")
    with db.engine.connect() as conn:
        dump = []
        for table in ("reporters", "inbound_messages", "reports", "outbound_messages"):
            dump += [repr(tuple(row)) for row in conn.exec_driver_sql(f"SELECT * FROM {table}")]
    text = "\n".join(dump)
    assert "22376123456" not in text
    assert "76123456" not in text
    assert "Awa" not in text  # WhatsApp profile name identifies too


def test_malformed_message_sid_gets_400(twilio, db):
    response = twilio.post(
        "/webhook/twilio", {"MessageSid": "nope", "From": "+22376123456", "Body": "x"}
    )
    assert response.status_code == 400
    assert count(db, InboundMessage) == 0


def test_invalid_sender_number_gets_400(twilio, db):
    response = twilio.sms("attaque", sender="+1")
    assert response.status_code == 400
    assert b"From" in response.data


def test_oversized_body_gets_413(twilio, db):
    response = twilio.sms("A" * 70_000)
    assert response.status_code == 413
    assert count(db, InboundMessage) == 0


def test_long_whatsapp_text_with_emoji_and_rtl_is_kept_whole(twilio, db):
    text = ("Hommes armés à Boni 🚨 " + "السلام عليكم " + "x" * 1500)[:1600]
    response = twilio.whatsapp(text)
    assert response.status_code == 200
    with db.read_session() as s:
        assert s.scalar(select(Report.text)) == text


def test_control_characters_are_removed(twilio, db):
    twilio.sms("attaque\x00 a\x07 Boni\x1b[31m")
    with db.read_session() as s:
        assert s.scalar(select(Report.text)) == "attaque a Boni[31m"


def test_empty_text_gets_guidance_and_no_report(twilio, db):
    response = twilio.sms("   ")
    assert response.status_code == 200
    assert "vide" in response.get_data(as_text=True)
    assert count(db, Report) == 0
    assert count(db, InboundMessage) == 1


def test_voice_note_is_a_report_for_review(twilio, db):
    response = twilio.whatsapp(
        "",
        NumMedia="1",
        MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
        MediaContentType0="audio/ogg",
    )
    assert response.status_code == 200
    with db.read_session() as s:
        report = s.scalar(select(Report))
        assert report.needs_review and "media_only" in report.review_reasons
        assert report.media[0]["content_type"] == "audio/ogg"


def test_location_message_completes_the_previous_report(twilio, db):
    twilio.whatsapp("des hommes armes passent pres de chez nous")
    twilio.whatsapp("", Latitude="14.2", Longitude="-3.4")
    assert count(db, Report) == 1
    with db.read_session() as s:
        report = s.scalar(select(Report))
        assert (report.latitude, report.longitude) == (14.2, -3.4)


def test_status_callback_requires_a_signature(twilio):
    response = twilio.post(
        "/webhook/twilio/status",
        {"MessageSid": new_sid(), "MessageStatus": "delivered"},
        signature=None,
    )
    assert response.status_code == 403


def test_auth_token_is_required_to_validate(client):
    from webhook.signature import is_valid

    assert not is_valid("", "https://x/webhook/twilio", {}, "sig")
    assert not is_valid(AUTH_TOKEN, "https://x/webhook/twilio", {}, None)


def test_flood_from_one_number_is_kept_but_not_alerted_nor_answered(twilio, db, builders):
    unit = builders.unit("Gendarmerie", pcodes=("ML0502",))
    builders.contact(unit=unit)
    builders.default_rules()
    replies = [
        twilio.sms(f"attaque a Bandiagara numero {i}", sender="+22376300001") for i in range(12)
    ]
    assert all(r.status_code == 200 for r in replies)
    silent = [r for r in replies if "<Message>" not in r.get_data(as_text=True)]
    assert len(silent) >= 5
    from models import InboundMessage as IM

    with db.read_session() as s:
        kinds = [m.kind for m in s.scalars(select(IM).order_by(IM.id))]
    assert kinds.count("flood") == len(silent) and len(kinds) == 12
    # Someone else is not affected.
    other = twilio.sms("attaque a Bandiagara", sender="+22376300002")
    assert "réf" in other.get_data(as_text=True)


def test_invalid_utf8_is_kept_not_lost(client, db, twilio):
    """Bytes that are not UTF-8 stay as their escapes: the text is kept, nothing crashes."""
    from urllib.parse import quote

    from tests.conftest import ACCOUNT_SID, PUBLIC_BASE_URL, new_sid, sign

    sid = new_sid()
    params = {
        "MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": "+22376123456",
        "To": "+22370009999", "Body": "attaque%FF%FE a Boni",
    }  # fmt: skip
    raw = "&".join(f"{k}={quote(v)}" for k, v in params.items() if k != "Body")
    raw += "&Body=attaque%FF%FE%20a%20Boni"
    response = client.post(
        "/webhook/twilio",
        data=raw,
        content_type="application/x-www-form-urlencoded",
        headers={"X-Twilio-Signature": sign(PUBLIC_BASE_URL + "/webhook/twilio", params)},
    )
    assert response.status_code == 200
    twilio.run_intake_worker()
    with db.read_session() as s:
        text = s.scalar(select(Report.text))
    assert text == "attaque%FF%FE a Boni"


def test_binary_body_is_refused_and_stores_nothing(client, db):
    response = client.post(
        "/webhook/twilio",
        data=bytes(range(256)) * 4,
        content_type="application/octet-stream",
        headers={"X-Twilio-Signature": "x"},
    )
    assert response.status_code in (400, 403)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 0


def test_a_new_senders_first_report_stores_the_sender_and_the_message(app, twilio, db):
    # On PostgreSQL both rows go in one statement; on SQLite in one transaction: the
    # same rows either way.
    response = twilio.whatsapp("hommes armes a moto vers Boni", sender="whatsapp:+22376555001")
    assert response.status_code == 200
    svc = app.extensions["tabale"]
    with db.read_session() as s:
        reporter = s.scalars(select(Reporter)).one()
        message = s.scalars(select(InboundMessage)).one()
        assert svc.cipher.decrypt(reporter.address_encrypted).value == "+22376555001"
        assert (reporter.address_kind, reporter.country_code) == ("tel", "223")
        assert (reporter.opted_out, reporter.blocked, reporter.trusted) == (False, False, False)
        assert reporter.first_seen_at == message.received_at
        assert message.reporter_id == reporter.id
        assert (message.medium, message.attempts, message.ref) == ("whatsapp", 0, ref_of(response))


def test_a_new_senders_first_messages_at_once_make_one_reporter(app, db):
    from tests.conftest import Twilio, run_together

    def send(text: str):  # noqa: ANN202
        def go() -> None:
            response = Twilio(app.test_client(), work=False).sms(text, sender="+22376555002")
            assert response.status_code == 200

        return go

    run_together(*(send(f"hommes armes vers Boni, message {i}") for i in range(4)))
    assert count(db, Reporter) == 1
    assert count(db, InboundMessage) == 4
