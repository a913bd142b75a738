"""Property tests: whatever arrives over the wire, the parsers answer or refuse cleanly.

Report text is written by anyone with a phone (or a script): these feed the
webhook form parser, the command parser, the GSM arithmetic and the log
redaction with arbitrary Unicode and check the invariants that keep Tabalé
safe, instead of a handful of hand-picked examples.
"""

from __future__ import annotations

import string
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alerts.channels import gsm
from privacy.logs import redact
from webhook.commands import Command, parse_command
from webhook.form import FormError, clean_text, parse_inbound
from webhook.refs import ALPHABET

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEYS = [
    "MessageSid", "SmsMessageSid", "From", "To", "Body", "NumMedia", "MediaUrl0",
    "MediaContentType0", "Latitude", "Longitude", "ProfileName", "WaId", "AccountSid",
]  # fmt: skip
sids = st.from_regex(r"\ASM[0-9a-f]{32}\Z")
numbers = st.from_regex(r"\A\+2237[0-9]{7}\Z")


@FAST
@given(st.dictionaries(st.sampled_from(KEYS), st.text(max_size=300)))
def test_form_parser_accepts_or_refuses_never_crashes(form):
    try:
        parsed = parse_inbound(form)
    except FormError:
        return
    assert parsed.medium in ("sms", "whatsapp")
    assert clean_text(parsed.body) == parsed.body


@FAST
@given(sids, numbers, st.text(max_size=2000))
def test_any_body_from_a_valid_sender_is_kept_without_control_characters(sid, sender, body):
    parsed = parse_inbound({"MessageSid": sid, "From": sender, "Body": body})
    assert all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs") for ch in parsed.body)
    letters = {ch for ch in unicodedata.normalize("NFC", body) if ch.isalpha()}
    assert letters <= set(parsed.body)  # nothing a person wrote is lost


@FAST
@given(st.text(max_size=400))
def test_command_parser_never_crashes_and_refs_are_well_formed(body):
    command = parse_command(body)
    assert command is None or isinstance(command, Command)
    if command is not None and command.ref is not None:
        assert len(command.ref) == 5 and set(command.ref) <= set(ALPHABET)


@FAST
@given(
    st.lists(
        st.text(alphabet=string.ascii_letters + ",.'", min_size=1, max_size=9), min_size=4
    ).map(" ".join)
)
def test_long_texts_are_reports_not_commands(body):
    command = parse_command(body)
    assert command is None or command.name in ("register", "info", "language")


@FAST
@given(st.text(max_size=1000))
def test_transliteration_always_yields_gsm7(text):
    assert gsm.is_gsm7(gsm.transliterate(text))


@FAST
@given(st.text(max_size=1500), st.integers(min_value=1, max_value=4))
def test_fit_never_exceeds_the_segment_budget(text, budget):
    fitted = gsm.fit(gsm.transliterate(text), budget)
    assert gsm.segments(fitted) <= budget


@FAST
@given(
    st.text(alphabet=string.ascii_letters + " .,!?", max_size=80),
    numbers,
    st.text(alphabet=string.ascii_letters + " .,!?", max_size=80),
)
def test_log_redaction_removes_any_embedded_number(before, number, after):
    line = f"{before} {number} {after}"
    assert number not in redact(line)
    assert number[1:] not in redact(line)
    assert number[4:] not in redact(line)  # the local 8-digit form
