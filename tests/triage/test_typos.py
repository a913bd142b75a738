"""Slips of fast typing inside an incident's words are read through; real words are not."""

from __future__ import annotations

import pytest

from triage import triage
from triage.normalise import tokens

SLIPS = [
    # two letters swapped, a letter dropped or doubled: the report still says what it says
    ("ils ont attqaue le village de Sio ce matin", "attack", True),
    ("enlevemnt du chef de village de Sio cette nuit", "kidnapping", True),
    ("des hommes arems sont au marche de Boni mtn", "armed_presence", True),
    ("Brqauage a main armee a la station de Sevare mtn", "banditry", True),
    ("inodnation a Mopti, l eau entre dans les maisons", "natural_hazard", True),
    ("un engin explsoif sur la route de Boni", "explosive", True),
]
REAL_WORDS = [
    # one slip away from a stem, but words of their own
    ("arachides", "arrach"),  # groundnuts, not "arracher"
    ("trente", "tirent"),
    ("participent", "partir"),
    ("selingue", "selling"),  # the dam of Sélingué, a place the gazetteer knows
    ("kounkounfoanou", "konu"),  # a short stem's last letter stands: a village, not the army
]


def test_a_swap_may_take_a_long_stems_last_letter() -> None:
    from triage.matching import stems_found

    assert "attaq" in stems_found(["attqaue"])  # "attaq|ue", its q and a swapped


@pytest.mark.parametrize(("text", "category", "urgent"), SLIPS)
def test_a_slip_inside_a_word_is_read_through(text, category, urgent) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


@pytest.mark.parametrize(("word", "stem"), REAL_WORDS)
def test_a_real_word_one_slip_from_a_stem_is_not_read_as_it(word, stem) -> None:
    from triage.matching import stems_found

    assert stem not in stems_found([word])


def test_groundnuts_doing_well_are_no_incident() -> None:
    assert triage("les arachides de Sio sont belles cette annee").category == "other"


def test_a_letter_replaced_is_no_slip() -> None:
    from triage.matching import stems_found

    # "tombées" is one letter from "bombe": a replaced letter makes too many real words
    assert not any(stem.startswith("bomb") for stem in stems_found(tokens("maisons tombees")))


@pytest.mark.parametrize(
    ("typed", "name"), [("Mcaina", "Macina"), ("Faotma", "Fatoma"), ("Skoolo", "Sokolo")]
)
def test_a_place_name_with_two_letters_swapped_is_still_the_place(typed, name) -> None:
    meant = triage(f"Attaque a {name} ce matin, des morts")
    typo = triage(f"Attaque a {typed} ce matin, des morts")
    assert typed in typo.places
    assert typo.area_pcode == meant.area_pcode is not None
