"""Greetings before a report and thanks after it change nothing of what it reports."""

from __future__ import annotations

import pytest

from triage import triage
from triage.courtesy import without_courtesy
from triage.normalise import tokens

REPORTS = [
    # (text, category, urgent)
    (
        "Probleme de champ a Socoura, les 2 familles sont sorties avec des machettes et des "
        "fusils, ca va se battre mtn venez vite",
        "land_dispute",
        True,
    ),
    ("mogo caman nana Segou ka bo Macina kerefe, u mako be dumuni na", "displacement", False),
    (
        "Slt, pb de terre entre les gens de Sangha et le village voisin pr un bas-fond",
        "land_dispute",
        False,
    ),
    ("VOL BETAIL Koro 50 boeufs 1 berger blesse par balle", "cattle_theft", True),
    ("ma moto a ete volee au marche de Niono ce matin, une Djakarta rouge", "banditry", False),
    ("AFFRONTEMENT entre communautes a Ségué en cours, on entend des tirs", "intercommunal", True),
    ("sugu ma kɛ Fatoma bi, les commercants ont peur de venir", "service_disruption", False),
]
FRAMES = [
    ("", ""),
    ("Salam aleykoum. ", " Merci bcp"),
    ("Bonjour, ", ". Merci d'avance"),
    ("Assalamou alaykoum, ", " Que Dieu nous protège"),
    ("I ni ce. ", " A ni ce"),
    ("Jam waali. ", " On jaraama"),
    ("Good morning. ", " Thank you"),
    ("Salut à tous. ", " Merci de votre compréhension"),
    ("Bonjour mon commandant, ", ". Cordialement, bonne journée"),
    ("Dear colleagues, ", ". Best regards"),
    ("Hello team, ", ". Thanks in advance"),
    ("Bonjour, ici le point focal de Bankass. ", ""),
    ("Point focal Bankass: ", " Merci"),
    ("", ". Je vous tiens informés."),
]


@pytest.mark.parametrize(("text", "category", "urgent"), REPORTS)
@pytest.mark.parametrize(("before", "after"), FRAMES)
def test_courtesy_around_a_report_changes_nothing(text, category, urgent, before, after) -> None:
    result = triage(before + text + after)
    assert (result.category, result.urgent) == (category, urgent)


def test_the_language_still_hears_the_greeting() -> None:
    assert triage("I ni ce. sanji ye so 20 ci Konna kunu su. A ni ce").lang == "bm"


@pytest.mark.parametrize("text", ["Bonjour", "Merci bcp", "Salam aleykoum", "i ni ce", "Thank you"])
def test_a_message_of_courtesy_alone_is_no_incident(text) -> None:
    assert triage(text).category == "other"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Salam aleykoum attaque a Sio merci beaucoup", ["attaque", "a", "sio"]),
        (
            "les hommes armes sont partis Dieu merci",
            ["les", "hommes", "armes", "sont", "partis", "dieu", "merci"],
        ),
        ("Merci, les militaires sont arrives", ["merci", "les", "militaires", "sont", "arrives"]),
        ("tout le monde a fui Sio", ["tout", "le", "monde", "a", "fui", "sio"]),  # no greeting
        ("Bonjour tout le monde, on a fui Sio", ["on", "a", "fui", "sio"]),
        ("gendarmes ont libere les jeunes merci pour votre aide", None),  # thanks for a deed: said
    ],
)
def test_only_the_frame_is_set_aside(text, kept) -> None:
    words = tokens(text)
    assert without_courtesy(words) == (kept if kept is not None else words)


def test_herders_and_farmers_arming_over_a_field_is_the_lands_quarrel_about_to_turn_violent() -> (
    None
):
    result = triage(
        "Good afternoon. Tension is rising in Markoye between Fulani herders and Bella farmers "
        "after cattle destroyed a millet field. Young men on both sides are carrying sticks."
    )
    assert (result.category, result.urgent) == ("land_dispute", True)
