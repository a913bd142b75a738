"""Words of incidents that name none: figures of speech, feasts, protests, rumours.

"Mort de rire", "les enfants jouent à la guerre", shots in the air at a
wedding, tyres burned by protesters, "on dit que…": the lexicon finds an
incident's words in each, and these readings take them back out (or, for a
rumour, ask a focal point to confirm).
"""

from __future__ import annotations

from functools import lru_cache

from triage import lexicon
from triage.classify import forces_abuse
from triage.cues import affirmed, is_person
from triage.language import BAMBARA, bambara_plural
from triage.matching import any_said


def is_rumour(words: list[str]) -> bool:
    """Hearsay ("on dit que…"): still alerted if urgent, but flagged for verification."""
    return any_said(words, lexicon.RUMOUR)


def is_celebration(words: list[str]) -> bool:
    """Shots fired in the air at a wedding or a feast, and nothing worse."""
    return (
        any_said(words, lexicon.CELEBRATION)
        and any_said(words, lexicon.IN_THE_AIR)
        and not any_said(words, lexicon.DISTRESS)
    )


def is_protest(words: list[str]) -> bool:
    """A protest, supporters after a match — with no weapon out, no word of people
    hurt or killed and no harm by the forces (a strike stops a service: not here)."""
    return (
        any_said(words, lexicon.PROTEST)
        and not affirmed(words, lexicon.WEAPONS)
        and not any_said(words, lexicon.HARM)  # "police opened fire…, wounding a passenger"
        and not forces_abuse(words)
    )


def literal(words: list[str]) -> list[str]:
    """The words without the figures of speech of `lexicon.IDIOMS` ("mort de rire")."""
    spans = _idiom_spans()
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase in spans.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            word = words[i]
            i += 1
            if word in _LITERAL_WATCH or word.startswith(("explos", "deplac")):  # rare words
                at = i - 1
                if word.startswith("deplac") and not _MARKERS.isdisjoint(words[i : i + 3]):
                    out.append("bouge")  # "ont déplacé les bornes du champ": no one displaced
                    continue
                if (
                    word == "mine"
                    and not _BAMBARA_PAST.isdisjoint(out[-6:])
                    and words[i : i + 2] != ["ka", "taa"]
                    and _bambara(words)
                ):
                    if out[-1:] and out[-1] in _SEIZED_PLACES:
                        continue  # "u ye dugu minɛ": they took the village, no one in it
                    # Bambara: "u ye dugutigi minɛ", they caught the chief; the forces'
                    # "sorodasiw ye ne balima minɛ" is an arrest, as "ont arrêté" (caught
                    # and beaten, "u ye u gosi", stays a taking: the tests' convention)
                    arrest = any_said(out[-8:], lexicon.FORCES) and _BEATEN_BM.isdisjoint(words)
                    word = "arrete" if arrest else "minena"
                if (
                    (word in lexicon.SLAUGHTER and _animal_follows(words, at))
                    or (word.startswith("explos") and not lexicon.PRICES.isdisjoint(out[-7:]))
                    or (word == "exploser" and _tension_explodes(out))
                ):
                    # an animal killed for a feast, prices that "exploded", a tension
                    # that "can explode"
                    continue
            out.append(word)
    return out


_LITERAL_WATCH = lexicon.SLAUGHTER | {"mine"}
_MARKERS = frozenset({"bornes", "borne", "limites", "piquets", "bornage"})


def _tension_explodes(before: list[str]) -> bool:
    """ "Tout peut exploser", "la situation risque d'exploser", "ça va exploser": a
    tension about to break, said of everything or of a situation — not of a device
    ("l'engin risque d'exploser")."""
    said = before[-5:]
    return not _TENSE.isdisjoint(said) and not _ABOUT_TO.isdisjoint(said[-3:])


_TENSE = frozenset({"tout", "ca", "situation", "tension", "climat", "marmite", "poudriere"})
_ABOUT_TO = frozenset({"peut", "va", "vont", "risque", "pourrait", "prete", "pret", "doit"})


_BAMBARA_PAST = frozenset({"ye", "yi"})  # "u ye … minɛ", spelt "yi" by some
_BEATEN_BM = frozenset({"gosi", "bugo", "bugora", "gosira"})


# What armed men "take" (minɛ) that is no person: a village, its market, the road, a house.
_SEIZED_PLACES = frozenset({"dugu", "sugu", "sira", "so", "lakoli", "misiri", "kungo"})


def _bambara(words: list[str]) -> bool:
    """Two Bambara function words or plurals in -w or more (language identification's
    lists): a Bambara sentence, where "ye … minɛ" (caught) puts the verb after its
    object ("marifatigiw ye dugutigi minɛ")."""
    return sum(w in BAMBARA or bambara_plural(w) for w in words) >= 2


def _animal_follows(words: list[str], i: int) -> bool:
    """An animal (or a tree) is what the killing verb at i was done to (a determiner may
    come between; shots are "sur" their target)."""
    if words[i + 1 : i + 2] == ["sur"]:
        i += 1
    if words[i + 1 : i + 2] in (["et"], ["and"]):
        return False  # "le berger a été tué et les boeufs emportés": a new clause, not its object
    if i and (words[i - 1] in ("ete", "been") or is_person(words[i - 1])):
        # "a été tué", "le berger tué, les boeufs volés" (the comma is gone): the verb is said
        # of who comes before it, the animals after are the next clause's
        return False
    if not lexicon.TREES.isdisjoint(words[i + 1 : i + 4]):
        return True  # "abattu le vieux caïlcédrat": a tree felled
    return (
        # "un mouton", "un gros crocodile": a determiner, an adjective may come between
        not lexicon.SLAUGHTERED.isdisjoint(words[i + 1 : i + 4])
        and not people_listed_after(words, i)  # "ont tué 15 boeufs et 2 bergers"
    )


def people_listed_after(words: list[str], i: int) -> bool:
    """People joined by "et" after the animals a verb was done to ("tué 15 boeufs et 2
    bergers"): the verb was done to them too."""
    for k in range(i + 1, min(len(words) - 1, i + 6)):
        if words[k] in ("et", "and"):
            return any(is_person(w) for w in words[k + 1 : k + 3])
    return False


@lru_cache(maxsize=1)
def _idiom_spans() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for idiom in lexicon.IDIOMS:
        phrase = tuple(idiom.split())
        by_first.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(sorted(p, key=len, reverse=True)) for w, p in by_first.items()}
