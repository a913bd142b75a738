"""Languages Tabalé speaks to people, and the Babel catalogues that hold its words.

`fr`, `en`, `bm` (Bambara) and `ff` (Fulfulde) have catalogues for every
message a reporter or a contact can receive. Songhay (`ses`) is recognised in
reports and accepted by `LANGUE ses`, but until a native speaker reviews a
catalogue the replies fall back to French, as TAXONOMY.md prescribes.
"""

from __future__ import annotations

from pathlib import Path

LOCALES_DIR = Path(__file__).resolve().parent
DEFAULT = "fr"
#: Languages with a reviewed catalogue for SMS and WhatsApp messages.
MESSAGE_LANGUAGES = ("fr", "en", "bm", "ff")
MESSAGE_LANGUAGE_SET = frozenset(MESSAGE_LANGUAGES)
#: Languages of the web panel.
PANEL_LANGUAGES = ("fr", "en")
#: Codes a reporter may choose with LANGUE, with the words people may type instead.
LANGUAGE_ALIASES = {
    "fr": "fr",
    "francais": "fr",
    "french": "fr",
    "faransi": "fr",
    "tubaaku": "fr",
    "en": "en",
    "english": "en",
    "anglais": "en",
    "angle": "en",
    "bm": "bm",
    "bam": "bm",
    "bambara": "bm",
    "bamanan": "bm",
    "bamanankan": "bm",
    "ff": "ff",
    "ful": "ff",
    "fulfulde": "ff",
    "peul": "ff",
    "pular": "ff",
    "fulla": "ff",
    "ses": "ses",
    "songhay": "ses",
    "songhai": "ses",
    "sonrai": "ses",
    "sonray": "ses",
}


def language_from_word(word: str) -> str | None:
    """The language code a reporter meant by `LANGUE <word>`, or None."""
    return LANGUAGE_ALIASES.get(word.strip().lower())


def message_language(code: str | None) -> str:
    """The catalogue to use for a person's messages: theirs if we have it, else French."""
    return code if code in MESSAGE_LANGUAGES else DEFAULT
