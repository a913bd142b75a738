"""Slips of fast typing, read through: "attqaue", "blsese", "enlevemnt", "2 motrs".

SMS are typed fast on small keys. A word no list knows that is one slip away
from a word of the lexicon or of the casualty counts is read as that word —
two letters swapped inside it (first and last letters standing), or, in a word
of six letters or more, one letter dropped or doubled. A letter *replaced* by
another is not read through: it makes too many real words ("tombées" is no
"bombe", "trente" no "tirent"). Words spelled right are left alone: the
100,000 commonest French and English words (wordfreq), the French sample, the
corpus's own words and the gazetteer's names; so are words the lexicon already
reads (Bambara "minɛna", Fulfulde "ndogii").
"""

from __future__ import annotations

import string
from functools import cache, lru_cache

SWAP_FROM = 5  # letters: shorter words are too often another word two letters apart
SLIP_FROM = 6


def load_word_lists() -> None:
    """Build the word lists now (≈ 0.5 s) rather than on a report's first unknown word."""
    _meaningful()


def corrected(words: list[str]) -> list[str]:
    """The words with their slips read through (the same list when there are none)."""
    out = [_corrected(word) for word in words]
    return words if out == words else out


@lru_cache(maxsize=65536)
def _corrected(word: str) -> str:
    from triage.matching import names_a_stem

    if len(word) < SWAP_FROM or not word.isalpha() or word in _known() or names_a_stem(word):
        return word  # spelled right, or already read (Fulfulde "ndoggi", "ndogii")
    candidates = {
        swapped
        for i in range(1, len(word) - 2)
        if (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in _meaningful()
    }
    if not candidates and len(word) >= SLIP_FROM:
        candidates = {
            typed
            for i in range(1, len(word))  # the first and last letters stand
            for typed in (
                *((word[:i] + word[i + 1 :],) if i < len(word) - 1 else ()),  # one too many
                *(word[:i] + c + word[i:] for c in string.ascii_lowercase),  # one dropped
            )
            if typed in _meaningful()
        }
    if not candidates:
        return word
    corpus, rank = _corpus_words(), _ranks()
    return min(candidates, key=lambda w: (w not in corpus, rank.get(w, len(rank)), w))


@cache
def _meaningful() -> frozenset[str]:
    """Words a slip is worth reading through to: those the lexicon or the casualty
    counts use, spelled right."""
    from triage import casualties
    from triage.matching import lexicon_words, word_stems

    counted = {
        w
        for name, value in vars(casualties).items()
        if name.isupper() and isinstance(value, list | tuple | set | frozenset)
        for entry in value
        if isinstance(entry, str)
        for w in entry.split()
    }
    wanted = lexicon_words() | counted
    # (word_stems, not its cached twin: 190,000 words once would flood that cache)
    return frozenset(w for w in _known() if w in wanted or word_stems(w))


@cache
def _known() -> frozenset[str]:
    """Words spelled right: common French and English, the French sample's, the
    corpus's, the gazetteer's names ("Sélingué" is no "selling")."""
    from triage.language import french_words
    from triage.places import name_keys

    places = {w for name in name_keys() for w in name.split()}
    return frozenset(_ranks()) | french_words() | _corpus_words() | places


@cache
def _ranks() -> dict[str, int]:
    """Common French and English words by rank (the commonest first), folded as the
    messages are."""
    import wordfreq

    from triage.normalise import fold

    ranks: dict[str, int] = {}
    for lang in ("fr", "en"):
        for rank, word in enumerate(wordfreq.top_n_list(lang, 100_000)):
            key = word if word.isascii() else fold(word)
            if len(key) >= 4 and rank < ranks.get(key, rank + 1):
                ranks[key] = rank
    return ranks


@cache
def _corpus_words() -> frozenset[str]:
    from triage.corpus import CORPUS, read_jsonl
    from triage.normalise import tokens

    return frozenset(w for row in read_jsonl(CORPUS) for w in tokens(row["text"]))
