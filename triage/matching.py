"""Where the lexicon's stems and phrases occur in a message's words, and whether denied.

One pass over the words finds every stem (a word the entry begins, or the whole
word for short and listed entries) and every phrase; each rule then asks about
the few stems found rather than walking the lexicon's lists. Negation is read
around an occurrence ("pas d'attaque", "aucun blessé", Bambara "kɛlɛ si tɛ").
"""

from __future__ import annotations

from functools import cache, lru_cache

from triage import lexicon
from triage.normalise import number


def _all_entries() -> list[str]:
    """Every stem and phrase the classifier may look for: the categories' entries and
    every word list of the lexicon (a list left out here would never match)."""
    entries = [stem for items in lexicon.CATEGORIES.values() for stem, _ in items]
    for name, value in vars(lexicon).items():
        if name.isupper() and isinstance(value, list | tuple):
            entries += [w for w in value if isinstance(w, str)]
    return entries


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]:
    """Every stem and phrase of the lexicon, indexed once: short stems match whole
    words, longer ones any word they begin; phrases match consecutive words."""
    entries = set(_all_entries())
    short = frozenset(e for e in entries if " " not in e and len(e) <= 3)
    long = frozenset(e for e in entries if " " not in e and len(e) > 3)
    phrases = tuple((e, tuple(e.split())) for e in sorted(entries) if " " in e)
    return short, long, phrases


def word_stems(word: str) -> tuple[str, ...]:
    """The single-word stems of the lexicon this word matches (whole, or as a prefix)."""
    short, long, _ = _vocabulary()
    if word in lexicon.FALSE_FRIENDS:
        return ()
    stems = [word] if word in short else []
    stems += [
        word[:end]
        for end in range(4, len(word) + 1)
        if word[:end] in long
        and (word[:end] not in lexicon.WHOLE_WORDS or word[end:] in lexicon.INFLECTIONS)
    ]
    return tuple(stems)


_word_stems = lru_cache(maxsize=65536)(word_stems)  # a message's words are met again and again


def names_a_stem(word: str) -> bool:
    """Whether the word is, or begins with, one of the lexicon's stems."""
    return bool(_word_stems(word))


def lexicon_words() -> frozenset[str]:
    """Every word of every stem and phrase of the lexicon."""
    return frozenset(w for entry in _all_entries() for w in entry.split())


_last: tuple[object, dict[str, list[int]]] = (None, {})


def stems_found(words: list[str] | tuple[str, ...]) -> dict[str, list[int]]:
    """`stem_positions` of these words. A message's words are asked about some thirty
    times (`any_said`, the rules); the last list asked about is remembered by identity,
    which spares building and hashing a tuple of its words each time (the list is
    held, so its identity cannot pass to another; the words are never changed)."""
    global _last
    last = _last
    if last[0] is words:
        return last[1]
    found = stem_positions(tuple(words))
    _last = (words, found)
    return found


@lru_cache(maxsize=256)
def stem_positions(words: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each stem and phrase of the lexicon occurs in the words (one pass)."""
    found: dict[str, list[int]] = {}
    by_first = _phrases_by_first()
    plural = _phrases_by_singular_first()
    size = len(words)
    for i, word in enumerate(words):
        for stem in _word_stems(word):
            found.setdefault(stem, []).append(i)
        starts = by_first.get(word, ())
        if word[-1:] in ("s", "x") and word[:-1] in plural:
            starts = starts + plural[word[:-1]]  # "feux de brousse" for "feu de brousse"
        if not starts or i + 1 == size:
            continue
        following = words[i + 1]
        for phrase, parts in starts:
            # the second word decides most phrases: no slice is built for them
            n = len(parts)
            if n == 2:
                if following.startswith(parts[1]):
                    found.setdefault(phrase, []).append(i)
            elif (
                following == parts[1]
                and i + n <= size
                and words[i + 2 : i + n - 1] == parts[2:-1]
                and words[i + n - 1].startswith(parts[-1])
            ):
                found.setdefault(phrase, []).append(i)
    return found


@cache
def _phrases_by_first() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The lexicon's phrases keyed by their first word: only those can start at a word."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for phrase, parts in _vocabulary()[2]:
        index.setdefault(parts[0], []).append((phrase, parts))
    return {first: tuple(items) for first, items in index.items()}


@cache
def _phrases_by_singular_first() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Phrases that may also start with their first word made plural — unless the
    lexicon lists that plural phrase itself (it would count twice)."""
    listed = {phrase for phrase, _ in _vocabulary()[2]}
    return {
        first: kept
        for first, items in _phrases_by_first().items()
        if (kept := tuple(
            (p, parts) for p, parts in items
            if not {" ".join((first + end, *parts[1:])) for end in ("s", "x")} & listed
        ))
    }  # fmt: skip


def occurrences(words: list[str] | tuple[str, ...], stem: str) -> list[int]:
    """Where one stem or phrase occurs (none: an empty list, never a KeyError)."""
    return stems_found(words).get(stem, [])


def is_negated(words: list[str], i: int) -> bool:
    """Whether the occurrence at i is denied: a negation a few words before it
    ("pas d'attaque", "ils n'ont tué personne"), Bambara's after it ("kɛlɛ si tɛ"), or
    an event said not to have taken place ("n'a pas eu lieu")."""
    if i < len(words) and words[i] in lexicon.NEGATIONS:
        return False  # a phrase that says an absence ("aucun soldat"): "ne … plus" stresses it
    after = words[i + 1 : i + 3]
    if after in _BAMBARA_NONE:
        return True  # Bambara "kɛlɛ si tɛ yan", "kɛlɛ tɛ yan": no fighting here
    if after[:1] == ["personne"] and "n" in words[max(0, i - 3) : i]:
        return True  # "ils n'ont tué personne"
    if "lieu" in words[i + 1 : i + 10] and DID_NOT_HAPPEN in " ".join(words[i + 1 : i + 10]):
        return True  # "l'attaque annoncée n'a pas eu lieu"
    start = max(0, i - lexicon.NEGATION_WINDOW)
    return any(
        (w in lexicon.NEGATIONS and not _more_than(words, j) and not _a_condition(words, j))
        or (w == "n" and j and words[j - 1] in _NOBODY)
        or (w in _NOBODY_EN and words[j + 1 : j + 2] in _PASSIVE)  # "nobody was killed"
        for j, w in enumerate(words[start:i], start)
    )


_BAMBARA_NONE = (["si", "te"], ["si", "ma"], ["te", "yan"], ["te", "yen"])  # not "X tɛ kuma"


DID_NOT_HAPPEN = "pas eu lieu"


_NOBODY = {"personne", "rien", "nul"}  # "personne n'a été enlevé": nobody was
_NOBODY_EN = {"nobody", "noone"}  # ("no one": "no" is a negation already)
_PASSIVE = (["was"], ["were"], ["got"], ["has"], ["had"], ["is"])


def _a_condition(words: list[str], j: int) -> bool:
    """ "si on ne paie pas la zakat", "s'ils ne partent pas": a condition set, nothing
    denied (the threat is the news)."""
    before = words[max(0, j - 4) : j]
    return "si" in before or any(
        w == "s" and before[k + 1 : k + 2] in (["il"], ["ils"], ["elle"], ["elles"])
        for k, w in enumerate(before)
    )


def _more_than(words: list[str], j: int) -> bool:
    """'plus de 300 ménages': a quantity, not 'plus de médecin' (none left)."""
    return (
        words[j] == "plus"
        and words[j + 1 : j + 2] in (["de"], ["d"])
        and number(words[j + 2] if j + 2 < len(words) else "") is not None
    )


@cache
def stem_categories() -> dict[str, tuple[tuple[str, float], ...]]:
    """For each positive stem, the categories it scores for (an entry listed twice counts twice)."""
    index: dict[str, list[tuple[str, float]]] = {}
    for category, entries in lexicon.CATEGORIES.items():
        for stem, weight in entries:
            if weight > 0:
                index.setdefault(stem, []).append((category, weight))
    return {stem: tuple(items) for stem, items in index.items()}


def lexicon_scores(words: list[str], events_only: bool = False) -> tuple[dict[str, float], bool]:
    """Lexicon weight per category; a stem counts once, unless every occurrence is negated.

    Walks the stems found in the message rather than the whole lexicon. With
    `events_only`, stems that only name a setting (`lexicon.TOPICS`) do not count.
    """
    scores: dict[str, float] = {}
    negated_any = False
    index = stem_categories()
    for stem, positions in stems_found(words).items():
        entries = index.get(stem)
        if not entries or (events_only and stem in lexicon.TOPICS):
            continue
        # Occurrences are read in order up to the first one that is not negated.
        negated_before = False
        counted = False
        for i in positions:
            if is_negated(words, i):
                negated_before = True
            else:
                counted = True
                break
        for category, weight in entries:
            if category in lexicon.ABSENCE_CATEGORIES:
                scores[category] = scores.get(category, 0.0) + weight
            else:
                # a setting denied ("les vivres ne sont pas arrivés") denies no incident
                # (a word denied and then said: "la mosquée n'a pas été brûlée, c'est
                # l'école qui a été brûlée" affirms the event)
                negated_any = negated_any or (
                    negated_before and not counted and stem not in lexicon.TOPICS
                )
                if counted:
                    scores[category] = scores.get(category, 0.0) + weight
    return scores, negated_any


def event_scores(words: list[str]) -> dict[str, float]:
    """`lexicon_scores` of the event words alone, once per message: several rules weigh
    them (the last list asked about is remembered by identity, as in `stems_found`)."""
    global _last_events
    last = _last_events  # one read: another thread may replace it meanwhile
    if last[0] is words:
        return last[1]
    events = lexicon_scores(words, events_only=True)[0]
    _last_events = (words, events)
    return events


_last_events: tuple[list[str] | None, dict[str, float]] = (None, {})


def category_stems(
    words: list[str], category: str, settings: bool = False
) -> list[tuple[str, list[int]]]:
    """The stems found in the words that score for this category, with where they stand
    (its settings, such as "les familles", left out unless asked for)."""
    index = stem_categories()
    return [
        (stem, at)
        for stem, at in stems_found(words).items()
        if (settings or stem not in lexicon.TOPICS)
        and any(c == category for c, _ in index.get(stem, ()))
    ]


def only_words_of(
    words: list[str], category: str, prefixes: tuple[str, ...], *, denied_too: bool = False
) -> bool:
    """Every stem of this category in the words ends in a word that begins with one of
    these prefixes ("the attack's only words are of shots") — or, `denied_too`, is denied
    wherever it stands ("pas de blessé")."""
    return all(
        stem.split()[-1].startswith(prefixes)
        or (denied_too and all(is_negated(words, i) for i in at))
        for stem, at in category_stems(words, category)
    )


def where_said(words: list[str], stems: frozenset[str] | set[str]) -> list[int]:
    """Where any of these lexicon stems or phrases occurs in the words."""
    found = stems_found(words)
    return [i for stem in found.keys() & stems for i in found[stem]]


def denied_after(words: list[str], i: int) -> bool:
    """Bambara puts the negation after the noun: "sugu ma kɛ" (no market was held)."""
    return not lexicon.POSTPOSED_NEGATIONS.isdisjoint(words[i + 1 : i + 3])


def any_said(words: list[str], phrases: list[str] | dict[str, str]) -> bool:
    """Whether any entry of this lexicon list occurs in the words."""
    # a lexicon list as a set: the test then walks the few stems found, not the list
    wanted = LEXICON_SETS.get(id(phrases), phrases)
    return not stems_found(words).keys().isdisjoint(wanted)


# The lexicon's lists are module constants: their ids never change nor get reused.
LEXICON_SETS = {
    id(value): frozenset(value)
    for name, value in vars(lexicon).items()
    if name.isupper() and isinstance(value, list | tuple)
}
