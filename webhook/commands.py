"""The SMS commands of DESIGN.md, recognised so that they never swallow a report.

A villager's report may well begin with "Arrêt de trois jeunes…" or "Stop aux
tueries": a keyword alone is a command only when it is the whole message
(`STOP`, `AIDE`, `?`), and reference commands need a well-formed reference
(`OK K7Q2M`). Everything else is a report.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from locales import language_from_word
from webhook.refs import REF_PATTERN

# Commands that are the whole message.
BARE = {
    "AIDE": "help",
    "HELP": "help",
    "?": "help",
    "MENU": "help",
    "DEME": "help",
    "BALLAL": "help",
    "STOP": "stop",
    "ARRET": "stop",
    "ARRETER": "stop",
    "STOPALL": "stop",
    "UNSUBSCRIBE": "stop",
    "ANNULER": "stop",
    "START": "start",
    "DEMARRER": "start",
    "UNSTOP": "start",
    "REPRENDRE": "start",
    "CALME": "calm",
    "CALM": "calm",
    "RAS": "calm",
    "HERE": "calm",
}
# Commands followed by a reference code (and, for INFO, free text).
WITH_REF = {
    "OK": "ack",
    "RECU": "ack",
    "ACK": "ack",
    "FIN": "close",
    "CLOS": "close",
    "CLOSE": "close",
    "INFO": "info",
    "OUI": "confirm",
    "YES": "confirm",
    "AWO": "confirm",
    "EYYO": "confirm",
    "NON": "deny",
    "NO": "deny",
    "AYI": "deny",
    "ALAA": "deny",
}
LANGUAGE_WORDS = {"LANGUE", "LANGUAGE", "LANG", "KAN", "DEMNGAL"}
REGISTER_WORDS = {"INSCRIPTION", "INSCRIRE", "REGISTER"}

_REF = re.compile(rf"^{REF_PATTERN}$")


@dataclass(frozen=True)
class Command:
    """A recognised command: `name` is one of help, stop, start, calm, language,
    register, ack, close, info, confirm, deny."""

    name: str
    ref: str | None = None
    arg: str = ""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).upper()


def parse_command(body: str) -> Command | None:
    """The command in `body`, or None when it is a report."""
    words = body.split()
    if not words:
        return None
    first = _fold(words[0]).strip(".,;:!")
    if first == "" and words[0].strip() == "?":
        first = "?"
    if len(words) == 1 and first in BARE:
        return Command(BARE[first])
    if len(words) == 1 and _fold(words[0]).strip() == "?":
        return Command("help")
    if first in LANGUAGE_WORDS and len(words) == 2:
        code = language_from_word(_fold(words[1]).strip(".,;:!").lower())
        return Command("language", arg=code or words[1][:20])
    if first in REGISTER_WORDS and len(words) >= 2:
        return Command("register", arg=" ".join(words[1:])[:200])
    if first in WITH_REF and len(words) >= 2:
        ref = _fold(words[1]).strip(".,;:!#")
        if _REF.match(ref):
            return Command(WITH_REF[first], ref=ref, arg=" ".join(words[2:]))
    return None
