"""Slips of fast typing inside an incident's words are read through; real words are not."""

from __future__ import annotations

import pytest

from triage import triage
from triage.spelling import corrected

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
    # one slip away from a word of the lexicon, but words of their own
    "arachides",  # groundnuts, not "arracher"
    "trente",  # not "tirent"
    "participent",
    "selingue",  # the dam of Sélingué, a place the gazetteer knows
    "kounkounfoanou",  # a village, not "konu" (the army)
    "minena",  # Bambara "minɛna" (seized), which the lexicon reads as it is
    "tombees",  # one letter replaced from "bombes": a replaced letter is no slip
]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (["ils", "ont", "attqaue"], ["ils", "ont", "attaque"]),  # two letters swapped
        (["il", "est", "blsese"], ["il", "est", "blesse"]),  # a casualty word too
        (["2", "motrs"], ["2", "morts"]),
        (["explsoif"], ["explosif"]),
        (["enlvement"], ["enlevement"]),  # a letter dropped
        (["exxplosion"], ["explosion"]),  # a letter doubled
    ],
)
def test_a_slip_is_read_as_the_word_meant(typed, meant) -> None:
    assert corrected(typed) == meant


@pytest.mark.parametrize(("text", "category", "urgent"), SLIPS)
def test_a_slip_inside_a_word_is_read_through(text, category, urgent) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


def test_a_casualty_misspelt_is_still_counted() -> None:
    result = triage("plainte: la police de San a frappe un eleve hier, il est blsese a la tete")
    assert (result.injured, result.urgent) == (1, True)


@pytest.mark.parametrize("word", REAL_WORDS)
def test_a_real_word_is_left_as_it_is(word) -> None:
    assert corrected([word]) == [word]


def test_groundnuts_doing_well_are_no_incident() -> None:
    assert triage("les arachides de Sio sont belles cette annee").category == "other"


@pytest.mark.parametrize(
    ("typed", "name"), [("Mcaina", "Macina"), ("Faotma", "Fatoma"), ("Skoolo", "Sokolo")]
)
def test_a_place_name_with_two_letters_swapped_is_still_the_place(typed, name) -> None:
    meant = triage(f"Attaque a {name} ce matin, des morts")
    typo = triage(f"Attaque a {typed} ce matin, des morts")
    assert typed in typo.places
    assert typo.area_pcode == meant.area_pcode is not None
