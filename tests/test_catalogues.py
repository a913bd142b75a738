"""Translations: no stale template, no missing translation for anything a person receives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ROOT / "locales"
# Everything reporters and contacts receive comes from these folders.
MESSAGE_SOURCES = ["webhook", "alerts"]
ALL_SOURCES = ["webhook", "alerts", "admin", "triage", "app.py"]


def _extract(sources: list[str], tmp_path: Path) -> set[str]:
    out = tmp_path / "fresh.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "lazy_gettext",
            "-k",
            "_l",
            "--no-location",
            "-o",
            str(out),
            *[s for s in sources if (ROOT / s).exists()],
        ],
        cwd=ROOT,
        check=True,
    )
    with out.open("rb") as f:
        return {m.id for m in read_po(f) if m.id}


def _catalogue(lang: str):  # noqa: ANN202
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f, locale=lang)


def test_template_is_up_to_date(tmp_path):
    with (LOCALES / "messages.pot").open("rb") as f:
        committed = {m.id for m in read_po(f) if m.id}
    fresh = _extract(ALL_SOURCES, tmp_path)
    assert fresh == committed, (
        f"run `make translations`: new {sorted(fresh - committed)[:5]}, "
        f"gone {sorted(committed - fresh)[:5]}"
    )


@pytest.mark.parametrize("lang", ["fr", "en", "bm", "ff"])
def test_every_message_a_person_receives_is_translated(lang, tmp_path):
    wanted = _extract(MESSAGE_SOURCES, tmp_path)
    catalogue = _catalogue(lang)
    translated = {m.id for m in catalogue if m.id and m.string and "fuzzy" not in m.flags}
    assert not wanted - translated, f"{lang}: untranslated {sorted(wanted - translated)[:5]}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_panel_languages_are_complete(lang, tmp_path):
    wanted = _extract(ALL_SOURCES, tmp_path)
    catalogue = _catalogue(lang)
    translated = {m.id for m in catalogue if m.id and m.string and "fuzzy" not in m.flags}
    assert not wanted - translated, f"{lang}: untranslated {sorted(wanted - translated)[:5]}"


@pytest.mark.parametrize("lang", ["fr", "en", "bm", "ff"])
def test_placeholders_survive_translation(lang):
    import re

    for message in _catalogue(lang):
        if message.id and message.string:
            assert set(re.findall(r"%\(\w+\)s", message.id)) == set(
                re.findall(r"%\(\w+\)s", message.string)
            ), f"{lang}: {message.id!r}"


@pytest.mark.parametrize("lang", ["fr", "en", "bm", "ff"])
def test_reporter_replies_fit_in_two_sms_after_transliteration(lang, app):
    from alerts.channels import gsm
    from webhook import replies

    texts = [
        replies.acknowledgement(lang, "K7Q2M"),
        replies.help_text(lang),
        replies.opted_out(lang),
        replies.language_set(lang),
        replies.empty_message(lang),
    ]
    for text in texts:
        assert gsm.segments(gsm.transliterate(text)) <= 2, text


@pytest.mark.parametrize("lang", ["fr", "en", "bm", "ff"])
def test_no_catalogue_is_marked_fuzzy(lang):
    """`pybabel compile` silently skips a fuzzy catalogue: every message would be English."""
    catalogue = _catalogue(lang)
    assert not catalogue.fuzzy, f"remove the '#, fuzzy' flag from the {lang} header"
