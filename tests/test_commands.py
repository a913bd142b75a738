"""SMS commands: help, opt-out and back, language — and reports that only look like commands."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import InboundMessage, Report, Reporter
from tests.conftest import count
from webhook.commands import Command, parse_command


@pytest.mark.parametrize("body", ["AIDE", "aide", "Aide!", "HELP", "?", " ? "])
def test_help_words_are_commands(body):
    assert parse_command(body) == Command("help")


@pytest.mark.parametrize(
    "body",
    [
        "Arrêt de trois jeunes par les militaires a Boni",
        "stop aux tueries a Ogossagou",
        "aide nous ils arrivent",
        "ok les hommes armes sont partis",
        "OK",
    ],
)
def test_reports_that_begin_with_a_command_word_stay_reports(body):
    assert parse_command(body) is None


def test_reference_commands_need_a_wellformed_reference():
    assert parse_command("OK k7q3m") == Command("ack", ref="K7Q3M")
    assert parse_command("FIN K7Q3M") == Command("close", ref="K7Q3M")
    assert parse_command("INFO K7Q3M ils sont partis vers le nord") == Command(
        "info", ref="K7Q3M", arg="ils sont partis vers le nord"
    )
    assert parse_command("OK 12") is None


def test_language_command_accepts_codes_and_names():
    assert parse_command("LANGUE bm") == Command("language", arg="bm")
    assert parse_command("langue bambara") == Command("language", arg="bm")
    assert parse_command("LANGUE peul") == Command("language", arg="ff")


def test_help_reply_in_french_by_default(twilio, db):
    response = twilio.sms("AIDE")
    text = response.get_data(as_text=True)
    assert "pour signaler" in text and "STOP" in text
    assert count(db, Report) == 0


def test_stop_then_start_and_reports_still_accepted(twilio, db):
    assert "ne recevrez plus" in twilio.sms("STOP").get_data(as_text=True)
    with db.read_session() as s:
        assert s.scalar(select(Reporter.opted_out)) is True
    report = twilio.sms("Attaque a Mondoro")
    assert "réf" in report.get_data(as_text=True)
    assert count(db, Report) == 1
    assert "de nouveau" in twilio.sms("START").get_data(as_text=True)
    with db.read_session() as s:
        assert s.scalar(select(Reporter.opted_out)) is False


def test_language_change_answers_in_the_new_language_and_sticks(twilio, db):
    assert "bamanankan" in twilio.sms("LANGUE bm").get_data(as_text=True)
    ack = twilio.sms("Attaque a Mondoro").get_data(as_text=True)
    assert "kibaru sera" in ack and "kode" in ack
    assert "fulfulde" in twilio.sms("LANGUE ff").get_data(as_text=True)
    assert "messages will now be in English" in twilio.sms("LANGUE en").get_data(as_text=True)


def test_unknown_language_gets_the_list(twilio):
    text = twilio.sms("LANGUE klingon").get_data(as_text=True)
    assert "LANGUE fr" in text and "LANGUE bm" in text


def test_songhay_is_accepted_but_replies_stay_french(twilio, db):
    text = twilio.sms("LANGUE ses").get_data(as_text=True)
    assert "pas encore disponible" in text
    with db.read_session() as s:
        assert s.scalar(select(Reporter.language)) == "ses"


def test_command_messages_are_stored_too(twilio, db):
    twilio.sms("AIDE")
    with db.read_session() as s:
        message = s.scalar(select(InboundMessage))
        assert message.kind == "command" and message.command == "help"


def test_ack_from_a_stranger_is_refused_politely(twilio, db):
    ref = twilio.sms("Attaque a Mondoro").get_data(as_text=True).split("réf. ")[1][:5]
    text = twilio.sms(f"OK {ref}", sender="+22376000999").get_data(as_text=True)
    assert "réservée aux destinataires" in text


def test_unknown_reference(twilio):
    text = twilio.sms("OK AAAAA").get_data(as_text=True)
    assert "inconnue" in text
