"""The words Tabalé texts back to a reporter, in the reporter's language.

Each function renders one message under `force_locale`, so the language is
the recipient's, never the web request's. The texts are short on purpose:
one SMS segment where possible, plain words, no jargon.
"""

from __future__ import annotations

from flask_babel import force_locale, gettext

from locales import message_language


def _say(lang: str | None, render) -> str:  # noqa: ANN001
    with force_locale(message_language(lang)):
        return render()


def acknowledgement(lang: str | None, ref: str) -> str:
    """Sent for every report: the reference is what links later messages to it.

    The webhook answers every report with it, so each language's template is
    looked up once per process (a catalogue look-up under `force_locale` cost
    more than the rest of the reply).
    """
    code = message_language(lang)
    template = _ACK_TEMPLATES.get(code)
    if template is None:
        template = _ACK_TEMPLATES[code] = _say(
            code,
            # no variables: gettext returns the template with its placeholder
            lambda: gettext(
                "Tabale: report received, ref %(ref)s. Thank you. Your number stays secret."
            ),
        )
    return template % {"ref": ref}


_ACK_TEMPLATES: dict[str, str] = {}


def help_text(lang: str | None) -> str:
    return _say(
        lang,
        lambda: gettext(
            "Tabale: to report, text what happened, where and when. Your number stays "
            "secret. LANGUE fr/bm/ff/en: change language. STOP: no more messages."
        ),
    )


def empty_message(lang: str | None) -> str:
    return _say(
        lang,
        lambda: gettext("Tabale: your message was empty. Text what happened, where and when."),
    )


def opted_out(lang: str | None) -> str:
    """STOP never blocks reports: the reporter is told so."""
    return _say(
        lang,
        lambda: gettext(
            "Tabale: you will get no more messages. You can still send reports. "
            "Send START to get messages again."
        ),
    )


def opted_in(lang: str | None) -> str:
    return _say(lang, lambda: gettext("Tabale: you will get messages again. Thank you."))


def language_set(lang: str) -> str:
    """Confirmed in the newly chosen language, which proves the change worked."""
    return _say(lang, lambda: gettext("Tabale: messages will now be in English."))


def language_unavailable(lang: str | None) -> str:
    """A language we recognise but have no reviewed catalogue for (Songhay for now)."""
    return _say(
        lang,
        lambda: gettext(
            "Tabale: this language is not available yet. Messages stay in French. "
            "Your reports in this language are still read."
        ),
    )


def language_unknown(lang: str | None) -> str:
    return _say(
        lang,
        lambda: gettext(
            "Tabale: unknown language. Send LANGUE fr, LANGUE bm, LANGUE ff or LANGUE en."
        ),
    )
