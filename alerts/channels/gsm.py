"""GSM 03.38 arithmetic: what fits in an SMS segment, and what it costs.

One character outside the GSM-7 alphabet (a Bambara ɛ, a curly quote, an
emoji) switches the whole message to UCS-2 and cuts a segment from 160 to 70
characters, so an alert that fitted in one SMS suddenly costs three. Alerts to
SMS readers are therefore transliterated to GSM-7 before they are counted.
"""

from __future__ import annotations

import math
import unicodedata

BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
EXTENDED = set("^{}\\[~]|€\f")

SINGLE_GSM, MULTI_GSM = 160, 153
SINGLE_UCS2, MULTI_UCS2 = 70, 67

# Letters of Bambara, Fulfulde and Songhay orthographies, and typography that
# phones insert, mapped to what a basic phone shows and a reader understands.
_REPLACEMENTS = {
    "ɛ": "e",
    "Ɛ": "E",
    "ɔ": "o",
    "Ɔ": "O",
    "ɲ": "ny",
    "Ɲ": "Ny",
    "ŋ": "ng",
    "Ŋ": "Ng",
    "ɓ": "b",
    "Ɓ": "B",
    "ɗ": "d",
    "Ɗ": "D",
    "ƴ": "y",
    "Ƴ": "Y",
    "ɣ": "g",
    "Ɣ": "G",
    "ç": "c",
    "œ": "oe",
    "Œ": "OE",
    "æ": "ae",
    "‘": "'",
    "’": "'",
    "‚": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "‑": "-",
    "−": "-",
    "…": "...",
    "•": "-",
    "·": ".",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\t": " ",
    "°": "o",
}


def is_gsm7(text: str) -> bool:
    return all(ch in BASIC or ch in EXTENDED for ch in text)


def _septets(text: str) -> int:
    return sum(2 if ch in EXTENDED else 1 for ch in text)


def _ucs2_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def segments(text: str) -> int:
    """Number of SMS segments the text costs (concatenated SMS headers included)."""
    if not text:
        return 1
    if is_gsm7(text):
        units, single, multi = _septets(text), SINGLE_GSM, MULTI_GSM
    else:
        units, single, multi = _ucs2_units(text), SINGLE_UCS2, MULTI_UCS2
    return 1 if units <= single else math.ceil(units / multi)


def transliterate(text: str) -> str:
    """The closest GSM-7 text: accents GSM lacks dropped, local letters spelt in ASCII."""
    out: list[str] = []
    for ch in text:
        if ch in BASIC or ch in EXTENDED:
            out.append(ch)
            continue
        if ch in _REPLACEMENTS:
            out.append(_REPLACEMENTS[ch])
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if base and all(c in BASIC or c in EXTENDED for c in base):
            out.append(base)
        elif unicodedata.category(ch).startswith(("Z", "C")):
            out.append(" ")
        # Anything else (emoji, other scripts) carries no meaning a basic phone can show.
    return "".join(out)


def fit(text: str, max_segments: int, ellipsis: str = "...") -> str:
    """The text cut at a word boundary, if needed, so it costs at most `max_segments`."""
    if segments(text) <= max_segments:
        return text
    gsm = is_gsm7(text)
    limit = (
        (SINGLE_GSM if gsm else SINGLE_UCS2)
        if max_segments == 1
        else ((MULTI_GSM if gsm else MULTI_UCS2) * max_segments)
    )
    cut = text[: max(0, limit - len(ellipsis))]
    while cut and segments(cut + ellipsis) > max_segments:
        cut = cut[:-1]
    space = cut.rfind(" ")
    if space > len(cut) * 0.7:
        cut = cut[:space]
    return cut.rstrip() + ellipsis


def sms_cost(text: str, price_per_segment: float) -> float:
    return round(segments(text) * price_per_segment, 4)
