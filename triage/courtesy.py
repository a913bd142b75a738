"""The courtesy that frames a report: greetings before it, thanks and blessings after.

"Salam aleykoum. VOL BETAIL Koro 50 boeufs … Merci bcp": villagers open and
close their messages politely, and the same words alone ("Bonjour", "Merci")
are rightly no incident. Left in, they pulled reports towards `other` and hid
a focal point's code behind a greeting. The category and its urgency are read
without them; the language still hears them ("i ni ce" is Bambara), and a
message that is nothing but courtesy keeps its words.
"""

from __future__ import annotations

# Normalised words (`normalise.tokens`): no accents, "bcp" already "beaucoup".
_SALAM = frozenset({
    "salam", "salaam", "assalam", "assalamou", "assalamu", "salamou", "salamu",
    "salamalekoum", "salamaleykoum", "salamalaikoum", "salamalekum",
})  # fmt: skip
OPENINGS: tuple[tuple[str, ...], ...] = (
    ("bonjour",), ("bonsoir",), ("salut",), ("cc",), ("coucou",), ("allo",), ("alo",),
    ("hello",), ("hi",), ("good", "morning"), ("good", "afternoon"), ("good", "evening"),
    ("dear", "colleagues"), ("dear", "all"), ("dear", "team"), ("dear", "friends"),
    # Bambara: "i/aw ni ce", "i ni sogoma" (morning), "tile" (midday), "wula", "su"
    *((you, "ni", when) for you in ("i", "aw") for when in ("ce", "sogoma", "tile", "wula", "su")),
    ("jam", "waali"), ("jam", "na"), ("jam",),  # Fulfulde
    ("fofo",),  # Songhay
)  # fmt: skip
# Whom a greeting addresses ("Salut à tous", "Bonjour mon commandant"): only after one.
ADDRESSES: tuple[tuple[str, ...], ...] = (
    ("team",), ("all",), ("everyone",), ("a", "tous"), ("a", "vous"), ("tout", "le", "monde"),
    ("chef",), ("mon", "chef"),
    ("monsieur",), ("messieurs",), ("madame",), ("mon", "commandant"), ("mon", "capitaine"),
    ("mon", "lieutenant"), ("mon", "adjudant"), ("les", "amis"), ("chers", "amis"),
    ("cher", "ami"), ("salutations",), ("mes", "salutations"),
)  # fmt: skip
CLOSINGS: tuple[tuple[str, ...], ...] = (
    ("merci",), ("merci", "beaucoup"), ("merci", "bien"), ("merci", "infiniment"),
    ("merci", "d", "avance"), ("merci", "a", "l", "avance"), ("merci", "de", "votre", "attention"),
    ("merci", "de", "votre", "comprehension"), ("merci", "pour", "tout"), ("cordialement",),
    ("salutations",), ("mes", "salutations"), ("bonne", "journee"), ("bonne", "soiree"),
    ("bonne", "nuit"), ("a", "bientot"),
    # not "merci à vous", "merci pour votre aide": thanks for a deed, said of good news
    ("thanks",), ("thank", "you"), ("thank", "you", "so", "much"), ("many", "thanks"),
    ("thanks", "in", "advance"), ("thank", "you", "in", "advance"), ("regards",),
    ("best", "regards"), ("kind", "regards"), ("thx",), ("i", "ni", "ce"), ("aw", "ni", "ce"),
    ("a", "ni", "ce"), ("barka",),
    *(
        (*who, keep, *news)
        for who in (("je", "vous"), ("on", "vous"), ("nous", "vous"))
        for keep in ("tiens", "tient", "tenons", "tiendrai", "tiendrons")
        for news in (("informe",), ("informes",), ("informee",), ("au", "courant"))
    ),
    ("a", "suivre"), ("affaire", "a", "suivre"),
    ("a", "jaraama"), ("on", "jaraama"), ("jaraama",), ("fofo",),
    ("inch", "allah"), ("inchallah",), ("amine",), ("amin",),
    ("que", "dieu", "nous", "protege"), ("que", "dieu", "nous", "aide"),
    ("que", "dieu", "nous", "garde"), ("allah", "ka", "here", "di"),
    ("allah", "ka", "an", "tanga"), ("may", "god", "protect", "us"),
)  # fmt: skip
# How a focal point introduces themself, before the report: "ici le point focal de
# Sofara.", "Point focal Farabougou." ("*": the place's one word; the place itself is
# still read from the text).
INTRODUCTIONS: tuple[tuple[str, ...], ...] = tuple(
    (*lead, *focal, "*")
    for lead in ((), ("ici",), ("je", "suis"), ("moi",), ("en", "tant", "que"), ("cest",))
    for focal in (("point", "focal", "de"), ("point", "focal"), ("le", "point", "focal", "de"))
)


def _by_word(phrases: tuple[tuple[str, ...], ...], at: int) -> dict[str, list[tuple[str, ...]]]:
    """The phrases keyed by their first (at=0) or last (at=-1) word, longest first: a
    message's first and last words are looked up, not every phrase tried."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        index.setdefault(phrase[at], []).append(phrase)
    return index


_OPENINGS = _by_word(OPENINGS + INTRODUCTIONS, 0)
_ADDRESSES = _by_word(ADDRESSES, 0)
_CLOSINGS = _by_word(CLOSINGS, -1)


def without_courtesy(words: list[str]) -> list[str]:
    """The words between the opening greetings and the closing thanks (the same list
    when there are none, so callers can tell by identity)."""
    start, end, greeted = 0, len(words), False
    while start < end:
        if words[start] in _SALAM:
            start, greeted = start + 1, True
            if start < end and words[start].startswith("al") and len(words[start]) >= 5:
                start += 1  # aleykoum, alaykoum, alaikum…
            continue
        first = words[start]
        found = next((p for p in _OPENINGS.get(first, ()) if _at(words, start, p)), None)
        if found is None and greeted:
            found = next((p for p in _ADDRESSES.get(first, ()) if _at(words, start, p)), None)
        if found is None:
            break
        start, greeted = start + len(found), True
    while end > start:
        last = _CLOSINGS.get(words[end - 1], ())
        found = next((p for p in last if _at(words, end - len(p), p, start)), None)
        if found is None or (
            found[0] == "merci" and words[end - len(found) - 1 : end - len(found)] == ["dieu"]
        ):
            break  # "Dieu merci": thank God, said of a relief, not a courtesy
        end -= len(found)
    if start == 0 and end == len(words):
        return words
    return words[start:end] if end > start else words  # only courtesy: keep it, it is `other`


def _at(words: list[str], i: int, phrase: tuple[str, ...], first: int = 0) -> bool:
    """Whether the phrase stands at i, not before `first` ("*" stands for any one word)."""
    if i < first or i + len(phrase) > len(words):
        return False
    return all(p == "*" or w == p for w, p in zip(words[i : i + len(phrase)], phrase, strict=True))
