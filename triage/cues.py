"""Readings of a message that both its category and its urgency depend on.

When it happened (a dated past, a lasting state), who is gone and not back,
where armed men are heading, whether staff left, a siege that lasts, and the
focal points' coded syntax ("ALERTE VOL BETAIL Dinangourou 40 boeufs"): the
category rules (`classify`) and the urgency rules (`urgency`) each read them.
"""

from __future__ import annotations

import re

from triage import lexicon
from triage.matching import LEXICON_SETS, any_said, is_negated, where_said
from triage.normalise import number

PAST_SPAN = re.compile(
    r"\b(?:il y a|ago|it has been)\s+(?:\d+|deux|trois|quelques|plusieurs|une?)\s+"
    r"(?:semaines?|mois|ans|annees?|weeks?|months?|years?)\b"
)


AGO = re.compile(
    r"\b\d+\s+(?:semaines?|mois|weeks?|months?)\s+(?:ago|passes?|passees?)\b"
    # two days ago or more: "il y a 3 jours" is over ("depuis 3 jours" is not)
    r"|\bil y a\s+(?:[2-9]|\d\d+|deux|trois|quatre|cinq|quelques|plusieurs)\s+jours\b"
    r"|\b(?:[2-9]|\d\d+|two|three|four|five|several)\s+days\s+ago\b"
)


def structured(words: list[str]) -> str | None:
    """`ALERTE <TYPE> <place> ...` (after an optional greeting): the type a focal point chose.

    Without the keyword, a leading two-word type (`VOL BETAIL Gorouol …`) counts too.
    """
    start = 0
    while start < len(words) and words[start] in lexicon.GREETINGS:
        start += 1
    if start < len(words) and words[start] in lexicon.STRUCTURED_KEYWORDS:
        for n in (3, 2, 1):
            phrase = " ".join(words[start + 1 : start + 1 + n])
            if phrase in lexicon.STRUCTURED:
                return lexicon.STRUCTURED[phrase]
        return None
    for n in (3, 2):
        phrase = " ".join(words[start : start + n])
        if phrase in lexicon.STRUCTURED:
            return lexicon.STRUCTURED[phrase]
    if len(words) - start <= 3 and words[start : start + 1] and words[start] in ONE_WORD_TYPES:
        return lexicon.STRUCTURED[words[start]]  # "feu Konna", "mine Djenne": a terse code
    return None


# A type a focal point's two- or three-word SMS may open with ("feu Konna"), not the
# words that open other short messages ("champ", "ecole", "conflit" need more).
ONE_WORD_TYPES = frozenset({"feu", "inondation", "mine", "eei", "enlevement", "braquage"})


LASTING = re.compile(
    r"\bdepuis (?:\d+|deux|trois|quatre|cinq|plusieurs|des|quelques) (?:semaines|mois|ans|annees)\b"
    r"|\b(?:dure|continue|persiste)\b"
)


def staff_left(words: list[str]) -> bool:
    """Those who left are a school's or a clinic's staff, named before the leaving and no
    family or villager with them: the service is gone."""
    return (
        any_said(words, lexicon.STAFF)
        and not any_said(words, lexicon.ARRIVING)
        # "les familles et les enseignants": a village leaving
        and not any(w.startswith(HOUSEHOLDS) for w in words)
    )


HOUSEHOLDS = ("famille", "menage", "villageois", "population", "habitant", "gens")


def long_siege(words: list[str], joined: str | None = None) -> bool:
    """A siege or a blockade said to have lasted ("depuis des mois", "dure")."""
    return (
        any_said(words, lexicon.SIEGE)
        and LASTING.search(" ".join(words) if joined is None else joined) is not None
    )


# "… ils sont partis vers Sio": gone from here, on their way to someone else
HEADING = frozenset({"vers", "direction", "pour", "toward", "towards", "sur"})


# Where armed men go that is no one's village: "repartis vers la brousse, vers le nord"
WILDS = frozenset({
    "brousse", "foret", "nord", "sud", "ouest", "bush", "forest", "north", "south", "west",
    "kungo", "frontiere", "border",
})  # fmt: skip


def heading_to_people(after: list[str]) -> bool:
    """ "… sont partis vers Sio": on their way to someone else — not "vers 9h" (a time)
    nor "en direction de la brousse"."""
    for j, word in enumerate(after[:4]):
        if word in HEADING:
            where = after[j + 1 : j + 4]
            if where and (where[0].isdigit() or not WILDS.isdisjoint(where)):
                continue
            return True
    return False


def dated_past(joined: str) -> bool:
    """ "Il y a deux ans", "3 mois passés": a date in the past, not "depuis"."""
    return bool(PAST_SPAN.search(joined) or AGO.search(joined))


def found_dead(words: list[str]) -> bool:
    """People found dead ("les deux frères enlevés ont été retrouvés morts", "le corps du
    chauffeur enlevé … a été retrouvé"): a killing."""
    return any_said(words, lexicon.FOUND_DEAD) or (
        ("corps" in words or "body" in words)
        and any(w.startswith(("retrouv", "trouv", "found", "decouv")) for w in words)
    )


def person_gone(words: list[str]) -> bool:
    """A person (not a phone, not a herd) said to have disappeared or not to have
    come back ("notre fils n'est pas rentré depuis avant-hier")."""
    if found_safe(words) or any_said(words, lexicon.AWAY_SINCE):
        # "… il est chez sa tante": safe; "le maître n'est pas revenu depuis les vacances":
        # a school without its teacher
        return False
    silent = set(where_said(words, _SILENT))
    if not silent and not any_said(words, lexicon.GONE) and NOT_BACK.isdisjoint(words):
        return False  # most messages: no one said gone (one look, not a walk over the words)
    for i, word in enumerate(words):
        gone = (
            word.startswith(GONE_STEMS)
            or (word in NOT_BACK and i and words[i - 1] in ("pas", "jamais", "plus", "not"))
            or i in silent
        )
        if not gone:
            continue
        if word.startswith("disparition"):
            if any(is_person(w) for w in words[i + 1 : i + 5]):
                return True  # "la disparition d'un commerçant": who follows the noun
            continue  # "la disparition de 20 boeufs", "signale la disparition de…": not them
        if i in silent and _news_of_a_person(words[i + 1 : i + 8]):
            return True  # "on n'a plus de nouvelles de mon frère": whose news, after it
        before = words[max(0, i - 12) : i]
        person = next(
            (
                j
                for j, w in enumerate(before)
                # ("les hommes armés … ne sont pas revenus": the armed men, no victim;
                # "des jeunes peuls … on ne les a plus revus": a community's men are people)
                if (is_person(w) or w in lexicon.COMMUNITIES)
                and before[j + 1 : j + 2] not in (["armes"], ["armed"])
            ),
            None,
        )
        if person is None:
            # "mon fils est parti au marché de Mondoro depuis hier et il n'est pas rentré":
            # a pronoun, and the last being named before it a person
            if PRONOUNS.isdisjoint(before) and i not in silent:
                continue  # ("on ne le retrouve pas" holds its pronoun)
            named = [w for w in words[:i] if is_person(w) or w.startswith(LIVESTOCK_STEMS)]
            if words[i + 1 : i + 2] in (["le"], ["la"]):  # "on ne le trouve plus": one, not
                named = [  # "les animaux"
                    w for w in named if not (w.startswith(LIVESTOCK_STEMS) and w[-1:] in ("s", "x"))
                ]
            return bool(named) and is_person(named[-1])
        # "les enfants partis chercher les animaux ne sont pas revenus": the first named
        # is who is gone; "les vaches du berger ont disparu": the animals are
        animals = next((j for j, w in enumerate(before) if w.startswith(LIVESTOCK_STEMS)), None)
        return animals is None or person < animals
    return False


def _news_of_a_person(after: list[str]) -> bool:
    """ "… de mon frère", "… du berger", "… of my son": a person, just after "news"."""
    for k, w in enumerate(after[:-1]):
        if w in ("de", "du", "d", "of") and k and after[k - 1].startswith(("nouvelle", "news")):
            named = after[k + 1 : k + 4]
            return any(is_person(x) for x in named) or any(
                x == "son" and named[m - 1 : m] in (["my"], ["his"], ["her"], ["our"])
                for m, x in enumerate(named)
            )  # (English "son", not French "son frère")
    return False


LIVESTOCK_STEMS = tuple(w for w in lexicon.LIVESTOCK if " " not in w)
THING_STEMS = tuple(w for w in lexicon.THEFT_OBJECTS if " " not in w)
# No news of someone, or nobody knows where they are: with a person named, gone.
_SILENT = LEXICON_SETS[id(lexicon.NO_NEWS)] | LEXICON_SETS[id(lexicon.WHEREABOUTS_UNKNOWN)]


def found_safe(words: list[str]) -> bool:
    """Someone said found or safe ("il est chez sa tante", "a été retrouvé") — not a
    thing ("sa moto a été retrouvée au bord de la route": he is still missing)."""
    return any(
        not any(w.startswith(THING_STEMS) for w in words[max(0, i - 2) : i])
        for i in where_said(words, LEXICON_SETS[id(lexicon.FOUND)])
    )


GONE_STEMS = tuple(lexicon.GONE)


PRONOUNS = frozenset({"il", "elle", "ils", "elles", "he", "she", "they"})


NOT_BACK = {
    "rentre", "rentree", "rentres", "rentrees", "revenu", "revenue", "revenus", "revenues",
    "retourne", "retournes", "retournee", "retournees", "revu", "revus",
    "returned", "return",  # "two boys … have not returned since yesterday"
}  # fmt: skip


HUMAN_STEMS = tuple(lexicon.HUMANS)


def is_person(word: str) -> bool:
    """A word naming a person: a stem of `lexicon.HUMANS` begins it — unless the word
    only happens to share the letters ("men" in "menaces", "Ménaka"; "mari" in
    "mariage", "marigot", Bambara "marifa", a gun)."""
    return word.startswith(HUMAN_STEMS) and not word.startswith(_NOT_PEOPLE)


_NOT_PEOPLE = (
    "menac", "menak", "mengao", "mentao", "mening", "mental", "mention", "menu",
    "mariag", "marigot", "marif", "marie",  # (the armed men, "marifatigiw", are no victim)
    "peren", "pereren",  # bm pɛrɛn: to explode
)  # fmt: skip


THEFT_NOUNS = frozenset({"vol", "vols", "razzia", "razzias"})


def names_a_sum(words: list[str]) -> bool:
    """A sum of money said ("5000 f", "2000 fcfa"): asked, paid or taken."""
    return any(
        w in lexicon.MONEY_UNITS and number(words[i - 1]) is not None
        for i, w in enumerate(words)
        if i
    )


def killed(words: list[str]) -> bool:
    """Someone said killed ("ont tué le chef"), not denied and not a threat."""
    return affirmed(words, lexicon.KILLING) and not any_said(words, lexicon.THREATENED_ATTACK)


def affirmed(words: list[str], phrases: list[str]) -> bool:
    """A stem or phrase of this lexicon list, not denied ("on n'a pas vu d'hommes armés",
    "ils n'ont rien brûlé")."""
    return any(not is_negated(words, i) for i in where_said(words, LEXICON_SETS[id(phrases)]))
