"""Triage: every report into TAXONOMY.md's fields — language, category, urgency,
casualties, places — with a confidence that sends doubtful ones to review.

    from triage import triage, ReporterContext
    result = triage("Attaque a Mondoro ce matin, 2 morts", channel="sms")

The intake worker calls it for every report (the webhook only takes a first
look, `alarming`): it must be fast (a fraction of a millisecond after
`warm_up()`), deterministic and never raise on odd input.
"""

from __future__ import annotations

# First of all: importing it puts a matching compiled build of the rule modules on
# this package's path, before any of them loads (`triage.native`).
from triage import native  # noqa: F401

# isort: split
import gc
from dataclasses import dataclass

import gazetteer
from triage import model as learned
from triage.casualties import casualties, forces_fallen
from triage.classify import (
    alarm_level,
    alarming,
    casualties_incident,
    categorise,
    cries_for_help,
    farmers_and_herders_clash,
    forces_abuse,
    names_forces,
    nature_killed,
    nothing_taken,
)
from triage.courtesy import without_courtesy
from triage.cues import found_dead, killed
from triage.figures import is_celebration, is_protest, is_rumour, literal
from triage.language import french_words, identify
from triage.normalise import normalise, tokens
from triage.places import admin_of, resolve
from triage.spelling import corrected, load_word_lists
from triage.urgency import urgency

REVIEW_BELOW = 0.45


@dataclass(frozen=True)
class ReporterContext:
    last_area_pcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    lang_hint: str | None = None


@dataclass(frozen=True)
class Triage:
    lang: str
    category: str
    urgent: bool
    confidence: float
    dead: int | None
    injured: int | None
    places: tuple[str, ...]
    area_pcode: str | None  # the most precise place (may be a village)
    area_level: str | None
    admin_pcode: str | None  # the administrative unit of that place
    needs_review: bool
    review_reasons: tuple[str, ...]


def warm_up(*, freeze: bool = False) -> None:
    """Load the model and the gazetteer now rather than on the first report.

    With `freeze` (a server process, once its application is built), everything
    loaded so far is set aside from the garbage collector: a full collection
    otherwise walks the ≈ 290,000 objects of the model, the gazetteer and the
    app — 0.13 s during which a webhook waits — though none of them ever dies.
    """
    learned.current()
    load_word_lists()
    triage("attaque a Bandiagara")
    french_words()  # the language check's word list
    if freeze:
        gc.collect()
        gc.freeze()


def triage(
    text: str,
    *,
    channel: str = "sms",
    reporter_context: ReporterContext | None = None,
    model: learned.Model | None = None,
) -> Triage:
    context = reporter_context or ReporterContext()
    model = model or learned.current()
    text = text or ""
    words = corrected(tokens(text))  # "des hommes amres ont attqaue"
    normalised = " ".join(words)
    reasons: list[str] = []

    if not words:
        lang, category, urgent, confidence = context.lang_hint or "fr", "other", False, 1.0
        dead = injured = None
    else:
        core = without_courtesy(words)  # "Salam aleykoum. … Merci bcp"
        plain = literal(core)  # "mort de rire" is not a death
        if len(plain) == len(words):
            language_proba, category_proba, urgent_proba = model.analyse(normalised)
        else:  # the language of the whole text; the incident in its own, literal words
            language_proba = model.language_proba(normalised)
            category_proba, urgent_proba = model.predict(" ".join(plain))
        lang, _ = identify(words, language_proba, context.lang_hint)
        literal_only = len(plain) < len(core)
        words = plain
        cat = categorise(words, category_proba)
        category = cat.code
        if literal_only and not cat.named and category != "other" and not cries_for_help(plain):
            # "les enfants jouent à la guerre à l'école": the figure of speech was the only
            # incident; what is left names none
            category = "other"
        dead, injured = casualties(text, plain)
        if injured and category == "armed_presence":
            category = "attack"  # armed men and people wounded: they fired
        if injured and category == "cattle_theft" and nothing_taken(plain):
            category = "attack"  # herders wounded, nothing driven off
        if dead and category in ("cattle_theft", "banditry", "armed_presence", "land_dispute"):
            if not (category == "land_dispute" and farmers_and_herders_clash(plain)):
                category = "attack"  # someone was killed: the most serious incident names it
        if (dead or injured) and category in ("displacement", "service_disruption"):
            category = casualties_incident(plain, category) or category
        if category == "kidnapping" and (found_dead(plain) or (dead and killed(plain))):
            # the abducted found dead: they were killed ("… ce matin on a retrouvé leurs
            # corps", no count); "ont tué le chef de village et enlevé son fils": the
            # killing is the more serious incident
            category = "attack"
        if dead and category == "security_forces_abuse" and not names_forces(plain):
            category = "attack"  # bodies found bound, no soldier named: a killing, by whom unknown
        if dead and category == "security_forces_abuse" and forces_fallen(plain):
            category = "attack"  # "6 VDP tombés": the forces are the dead
        if (
            category != "other"
            and not dead
            and not injured
            and (is_celebration(words) or is_protest(words))
            and not (category == "security_forces_abuse" and forces_abuse(plain))
        ):
            # shots in the air at a wedding, tyres burned by protesters
            category = "other"
        if dead and category == "other" and nature_killed(plain):
            category = "natural_hazard"  # "Heat wave in Gao: three elderly people died"
        if category == "other":
            dead = injured = None  # a death of old age, a film: no casualty of an incident
        urgent, urgent_confidence = urgency(
            words, category, urgent_proba, dead, injured, named=cat.named
        )
        confidence = round(min(cat.confidence, max(urgent_confidence, 0.5)), 3)
        if cat.confidence < REVIEW_BELOW:
            reasons.append("low_confidence")
        if category != "other" and is_rumour(words):
            reasons.append("rumour")
            confidence = min(confidence, 0.4)  # low confidence asks a focal point to verify

    resolution = resolve(text, context.last_area_pcode) if words else None
    place = resolution.place if resolution else None
    if resolution and resolution.ambiguous:
        reasons.append("ambiguous_place")
    if resolution and resolution.fuzzy:
        reasons.append("place_spelling")
    if place is None and context.latitude is not None and context.longitude is not None:
        place = gazetteer.nearest_admin(context.latitude, context.longitude)
    if place is None and category != "other":
        reasons.append("no_place")
    admin = admin_of(place) if place is not None else None
    return Triage(
        lang=lang,
        category=category,
        urgent=urgent,
        confidence=confidence,
        dead=dead,
        injured=injured,
        places=resolution.places if resolution else (),
        area_pcode=place.pcode if place else None,
        area_level=place.level if place else None,
        admin_pcode=admin.pcode if admin else None,
        needs_review=bool(reasons) and category != "other" or "low_confidence" in reasons,
        review_reasons=tuple(reasons),
    )


__all__ = ["ReporterContext", "Triage", "alarm_level", "alarming", "normalise", "triage", "warm_up"]
