"""Urgency: does this report need someone to act now, or can it wait for a digest?

Leans towards alerting: a missed urgent report is the worst error Tabalé can
make. What is under way, just done, or holds someone (a hostage, the wounded)
is urgent; what is over, dated, or told after the fact waits for the digest.
"""

from __future__ import annotations

import re

from triage import lexicon
from triage.cues import (
    THEFT_NOUNS,
    WILDS,
    affirmed,
    dated_past,
    found_dead,
    heading_to_people,
    is_person,
    long_siege,
    names_a_sum,
    person_gone,
    staff_left,
    structured,
)
from triage.matching import (
    LEXICON_SETS,
    any_said,
    category_stems,
    event_scores,
    is_negated,
    only_words_of,
    stems_found,
    where_said,
)

# Minutes or an hour or two ago: the event is still unfolding.
_RECENT = re.compile(
    r"\b(?:il y a|ya|depuis)\s+(?:\d+|une?|deux|trois|quelques)\s+(?:minutes?|mn|min|heures?|h)\b"
    r"|\b(?:\d+|an?|a few)\s+(?:minutes?|hours?)\s+ago\b"
)


_SHOTS = ("tir", "coup", "feu", "shot", "gunshot", "gunfire", "fusillade")
_HURT = ("bless", "mort", "tue", "wound", "injur", "dead", "kill", "jogin", "sara")


# Coded types whose reports wait for the digest unless the words say now or someone hurt
_CODED_CALM = frozenset({
    "security_forces_abuse", "service_disruption", "trafficking", "displacement",
    "land_dispute", "intercommunal",
})  # fmt: skip


def _one_still_taken(words: list[str]) -> bool:
    """Some freed, and a taking told after the freeing: someone is still held."""
    freed = [i for i, w in enumerate(words) if w in lexicon.FREED]
    if not freed:
        return False
    if any(not _SOME_OTHER.isdisjoint(words[max(0, i - 4) : i]) for i in freed) and any(
        w.startswith(_TAKEN_VERBS) or w in _TOOK_AWAY for w in words[: min(freed)]
    ):
        # "took away four passengers, the others were released": the four are not; "the
        # mayor was kidnapped …, his driver was released": the mayor is not
        return True
    # a verb of taking after the freeing, not its object ("released the abductees",
    # "ont libéré les otages")
    start = max(freed) + 2
    return any(
        w.startswith(_TAKEN_VERBS)
        and not w.startswith(("otage", "abductee", "enlevement"))
        and words[j - 1] in _AUXILIARY_BEFORE  # told as a taking, not "les otages enlevés …"
        for j, w in enumerate(words[start:], start)
    )


def _a_racket(words: list[str]) -> bool:
    """Money demanded or taken: a word of extortion, a sum ("2000 f"), Bambara "wari ta"."""
    return (
        any_said(words, lexicon.EXTORTION)
        or names_a_sum(words)
        or ("wari" in words and not _TAKE_BM.isdisjoint(words))
    )


def _no_person_harmed(words: list[str]) -> bool:
    """No one said hurt, held or shot at, and no community named (whose men harmed would
    be a reprisal)."""
    return (
        not any_said(words, lexicon.HARM)
        and not any_said(words, lexicon.HELD)
        and not any_said(words, lexicon.SHOOTING_AT)
        and lexicon.COMMUNITIES.keys().isdisjoint(words)
    )


def _only_goods_harmed(words: list[str]) -> bool:
    """Goods taken, burned or seized ("ont brûlé les motos des jeunes", "ont pris les
    téléphones"), and no word of harm to a person, of shots, or of a community
    punished ("les boutiques des Peuls": a reprisal)."""
    return (
        any_said(words, lexicon.THEFT_OBJECTS)
        and _no_person_harmed(words)
        and not any(w.startswith(("tir", "shot", "fire")) for w in words)
        and not any_said(words, lexicon.VIOLENCE)
    )


def _blows_told_done(words: list[str]) -> bool:
    """People beaten, told as done ("les militaires ont frappé les pêcheurs … après 18h"),
    no one said hurt, held, shot or beaten as the message is written."""
    return (
        any(
            w.startswith(_BLOWS) and words[i - 1 : i] in (["ont"], ["a"], ["ete"])
            for i, w in enumerate(words)
        )
        and _no_person_harmed(words)
        and not _beating_someone_now(words)
        and not any_said(words, lexicon.KILLING)  # (a drone that "a frappé", people killed)
    )


_BLOWS = ("frapp", "tabass", "battu", "beat", "fouett", "gifl")


_TAKE_BM = frozenset({"ta", "mine"})  # bm: take, seize


def _beating_someone_now(words: list[str]) -> bool:
    """Blows in the present on someone named by a pronoun ("ils le frappent", "are
    beating him") — not a habit told of people in general ("frappent les gens qui …")."""
    return any(
        w in _BEATING_NOW
        and (words[i - 1 : i] in _OBJECT_PRONOUNS or words[i + 1 : i + 2] in _OBJECT_PRONOUNS)
        for i, w in enumerate(words)
    )


_OBJECT_PRONOUNS = (["le"], ["la"], ["l"], ["nous"], ["me"], ["him"], ["her"], ["them"], ["us"])


# Blows in the present tense: "ils le frappent", "are beating".
_BEATING_NOW = frozenset({
    "frappent", "tabassent", "torturent", "battent", "fouettent", "beating", "torturing",
})  # fmt: skip
_AUXILIARY_BEFORE = frozenset({"ete", "est", "sont", "a", "ont", "was", "were", "have", "has"})


_TAKEN_VERBS = ("enleve", "emmene", "kidnappe", "abducted", "taken")


_TOOK_AWAY = frozenset({"took", "pris", "garde", "gardent", "retenu", "retenus"})


# Who was freed, when it is not who was taken: "the others", "his driver".
_SOME_OTHER = frozenset({
    "others", "autres", "rest", "reste", "his", "her", "their", "son", "sa", "ses", "leur",
    "leurs",
})  # fmt: skip


def _since_yesterday(words: list[str]) -> bool:
    """ "Depuis hier soir", "since yesterday", "kabini kunu": there since, still there."""
    return any(
        words[i - 1 : i] in (["depuis"], ["since"], ["kabini"])
        for i in where_said(words, LEXICON_SETS[id(lexicon.YESTERDAY)])
    )


def _held(words: list[str], past: bool) -> bool:
    """Someone still held: a ransom asked, "toujours détenu" — or no news yet of an
    abduction not dated weeks ago (the unit has heard of that one: the digest)."""
    found = stems_found(words).keys() & LEXICON_SETS[id(lexicon.CAPTIVE)]
    return bool(found - _NO_NEWS) or (
        bool(found) and not (past and _WEEKS_AGO.search(" ".join(words)))
    )


_NO_NEWS = frozenset({"toujours pas de nouvelles", "toujours sans nouvelles"})


# A week or more: "il y a 10 jours", "la semaine dernière", "le mois passé"
_WEEKS_AGO = re.compile(
    r"\b(?:semaines?|mois|ans|annees?|weeks?|months?)\b|\b(?:[7-9]|[1-9][0-9]) (?:jours|days)\b"
)


def _nows(words: list[str]) -> set[str]:
    """The words of now the message holds — "encore" only when it says still ("ils sont
    encore là"), not again ("ont encore volé des boeufs cette nuit": once more, done) nor
    not yet ("pas encore")."""
    found = stems_found(words)
    nows = found.keys() & LEXICON_SETS[id(lexicon.NOW)]
    if (
        "encore" in nows
        and all(
            (
                words[i - 1 : i] in (["ont"], ["a"], ["avons"], ["sont"], ["est"])
                and words[i + 1 : i + 2]
                and words[i + 1].endswith(_PARTICIPLE)
            )
            # "pas encore de décès": not yet, no now ("pas encore partis": still here)
            or (words[i - 1 : i] == ["pas"] and words[i + 1 : i + 2] not in _STILL_HERE)
            for i in found["encore"]
        )
    ):
        nows.discard("encore")
    return nows


def _threat_made(words: list[str]) -> bool:
    """A threat told as done ("les hommes armés les ont menacées", "ils ont été
    menacés"): what they said, not armed men at the door."""
    return any(
        w in _THREATENED and i and (words[i - 1] in _HAVE or words[i - 1] == "ete")
        for i, w in enumerate(words)
    )


_THREATENED = frozenset({"menace", "menaces", "menacee", "menacees"})


def _distress_said(words: list[str]) -> bool:
    """A cry for help — not two sides who "se menacent" (a tension, each the other's
    threat: the digest, unless something else cries out), nor a threat heard on the
    phone."""
    found = stems_found(words)
    return any(
        stem != "menacent"
        or (
            any(words[i - 1 : i] != ["se"] for i in found[stem])
            # "un appel … des jihadistes qui menacent": looked for only when it matters
            and not any_said(words, lexicon.REMOTE_THREAT)
        )
        for stem in found.keys() & LEXICON_SETS[id(lexicon.DISTRESS)]
    )


def _past_said(words: list[str]) -> bool:
    """A word of a past event ("la semaine passée", "sont revenus") — not calm said to
    have come back ("ce matin le calme est revenu": yesterday's wounded are still news)."""
    found = stems_found(words)
    return any(
        phrase not in _CAME_BACK or any(words[i - 1 : i] not in _CALM_BACK for i in found[phrase])
        for phrase in found.keys() & LEXICON_SETS[id(lexicon.PAST)]
    )


_CAME_BACK = frozenset({"est revenu", "sont revenus"})
_CALM_BACK = (["calme"], ["paix"], ["securite"])


_STILL_HERE = (["partis"], ["parti"], ["partie"], ["quitte"], ["repartis"], ["left"], ["gone"])


def _only_tonight(words: list[str]) -> bool:
    """The only word of now is "cette nuit", after a verb in the past ("ont volé la moto
    cette nuit"): last night, not tonight."""
    found = stems_found(words)
    nows = _nows(words)
    if nows and nows <= _ENGLISH_LAST_NIGHT:
        return True  # "200 goats taken last night": English says when, always past
    if nows != {"cette nuit"}:
        return False
    at = found["cette nuit"][0]
    # "ont volé", "a été pris", or gone: "des motos sont passées cette nuit"
    return any(w in ("ont", "a", "ete") for w in words[:at]) or _went_on(words, before=at)


def _done_earlier_today(words: list[str]) -> bool:
    """The only words of now say when today ("ce matin", "cette nuit"), and the verb is
    in the past ("ont volé", "a été volée", "a pris"): done, not under way."""
    nows = _nows(words)
    if not nows or not nows <= _EARLIER_TODAY:
        return False
    return any(
        w in ("ont", "ete")
        or (w == "a" and words[i + 1 : i + 2] and words[i + 1].endswith(_PARTICIPLE))
        or w in THEFT_NOUNS  # "vol de 3 motos au marché ce matin": a theft told as done
        or w in _ENGLISH_TAKEN  # "armed men stole 100 goats … this morning"
        for i, w in enumerate(words)
    )


_ENGLISH_TAKEN = frozenset({
    "stole", "stolen", "took", "taken", "raided", "rustled", "looted", "robbed",
})  # fmt: skip


# Taking told in the present: the theft is under way.
_TAKING_NOW = frozenset({
    "conduisent", "emmenent", "poussent", "chassent", "prennent", "volent", "emportent",
    "pillent", "enlevent", "rassemblent", "driving", "taking", "stealing", "looting",
})  # fmt: skip


_LAST_NIGHT_ONLY = frozenset({"last night", "overnight", "cette nuit", "in the night"})


_ENGLISH_LAST_NIGHT = _LAST_NIGHT_ONLY - {"cette nuit"}


_EARLIER_TODAY = frozenset({"ce matin", "cette nuit", "this morning", "aujourd hui", "bi"})


_PARTICIPLE = ("e", "es", "is", "it", "u", "us")


def _went_on(words: list[str], before: int | None = None) -> bool:
    """A verb of going ("sont passées", "sont repartis", "ont quitté"), not a rumour's "on
    dit" or a tract (the other entries of `lexicon.DEPARTED`)."""
    return any(
        words[i] in _GONE and (before is None or i < before)
        for i in where_said(words, LEXICON_SETS[id(lexicon.DEPARTED)])
    )


def _gone_now(words: list[str]) -> bool:
    """ "Hier il y avait des hommes armés … mais aujourd'hui ils sont partis": the word of
    today says they have gone, not that they are there."""
    now = where_said(words, LEXICON_SETS[id(lexicon.NOW)])
    gone = [
        i
        for i in where_said(words, LEXICON_SETS[id(lexicon.DEPARTED)])
        if words[i] in _GONE and not heading_to_people(words[i + 1 : i + 8])
    ]
    # gone just after the word of today, or as the message's last words ("aperçus ce
    # matin au marché, ils ont acheté du carburant et sont repartis")
    last = len(words) - 4
    if not WILDS.isdisjoint(words[-3:]):
        last -= 3  # "… et sont repartis vers la brousse": still the last words
    return bool(now and gone) and all(
        # ("ont campé hier et sont partis ce matin": gone just before the word of today)
        any(0 < g - n <= 4 or -4 <= g - n < 0 or g >= last > n for g in gone)
        for n in now
    )


_GONE = frozenset({"sont", "left", "have", "ont"})  # "sont (re)partis", "ont quitté", "left"


def _just_done(words: list[str]) -> bool:
    """ "Ils viennent de traverser", "vient d'attaquer": an act just done — not a
    vehicle that "ne vient de Mopti" (comes from)."""
    for i, word in enumerate(words[:-2]):
        if word in ("vient", "viennent") and words[i + 1] in ("de", "d"):
            verb = words[i + 2]
            if words[i + 1] == "d" or verb.endswith(("er", "ir", "re")) or verb in ("l", "les"):
                return True
    return False


_DRONES = frozenset(lexicon.DRONES_OVERHEAD)


def _only_drones(words: list[str]) -> bool:
    """Drones overhead are all the armed presence the message names."""
    stems = {stem for stem, _ in category_stems(words, "armed_presence")}
    return bool(stems) and stems <= _DRONES


def _arrived_now(words: list[str]) -> bool:
    """ "ils sont à Djibo maintenant", "they are now in Kaya": each "now" of the text
    says where the people who left are, none a flight under way."""

    def where_they_are(i: int) -> bool:
        if words[i] == "now":
            return words[i - 1 : i] == ["are"] and words[i + 1 : i + 2] == ["in"]
        return words[i - 3 : i - 1] in (["sont", "a"], ["sont", "chez"]) or (
            words[i - 1 : i] == ["sont"] and words[i + 1 : i + 2] in (["a"], ["chez"])
        )

    nows = [i for i, w in enumerate(words) if w in ("maintenant", "now")]  # ("mtn" is read so)
    return bool(nows) and all(where_they_are(i) for i in nows)


def urgency(
    words: list[str],
    category: str,
    model_urgent: float,
    dead: int | None,
    injured: int | None,
    named: bool,
) -> tuple[bool, float]:
    """Urgent or not, and how sure. Leans to urgent when life may be at risk.

    `named`: whether a word names an event (`Category.named`, from `categorise`).
    """
    if category == "other":
        return False, 1 - model_urgent
    joined = " ".join(words)
    recent = bool(_RECENT.search(joined))
    # "ils sont à Djibo maintenant": where the displaced are now, not a flight under way
    arrived = category == "displacement" and _arrived_now(words)
    now = (recent or bool(_nows(words))) and not any_said(words, lexicon.CALM) and not arrived
    unfolding = recent or any_said(words, lexicon.UNFOLDING) or _just_done(words)
    # "on demande des leaders pour parler", "qu'on organise vite un dialogue": a call for
    # talks, not for help — its "vite" and "menacent" are no cry (unless it says now)
    distress = _distress_said(words) and (now or not any_said(words, lexicon.DIALOGUE))
    # a dated past ("il y a 3 ans") outweighs a word of today ("aujourd'hui on reconstruit");
    # "le mois passé" only when nothing says now
    dated = dated_past(joined)
    past = (dated and not unfolding) or (not now and (dated or _past_said(words)))
    if past and category == "kidnapping" and _one_still_taken(words):
        past = False  # "les élèves ont été libérés mais le chauffeur a été emmené"
    casualties = (
        bool(dead)
        or bool(injured)
        or any_said(words, lexicon.UNCOUNTED_CASUALTIES)
        or _people_killed(words)
    )
    severe = category in lexicon.SEVERE
    if (
        category == "kidnapping"
        and _held(words, past)
        # "3 otages libérés, mais le chauffeur est toujours détenu": one is still held
        and (not _freed(words) or any_said(words, lexicon.STILL_HELD))
    ):
        return True, 0.8  # "enlevé il y a une semaine … un appel demandant une rançon"
    if category == "attack" and dead and found_dead(words):
        # "le corps du chauffeur enlevé la semaine passée a été retrouvé": the date is the
        # abduction's; the body found is today's news, for the unit at once
        return True, 0.8
    if past and not distress:
        return model_urgent >= 0.85, max(model_urgent, 1 - model_urgent)
    last_night = now and _only_tonight(words)
    if (
        category in lexicon.UNFOLDING_URGENT
        and not ((now and not last_night) or unfolding or casualties or distress)
        and (any_said(words, lexicon.YESTERDAY) or last_night)
        and not any_said(words, lexicon.HELD)  # "le gardien est ligoté": someone still tied up
    ):
        # a theft of yesterday, nobody hurt: the thieves are gone, the digest tells the unit
        # (a theft "cette nuit", told in the past, was last night's)
        return False, max(0.6, 1 - model_urgent)
    if (
        category == "natural_hazard"
        and (dead == 0 or injured == 0)  # "no casualties", "pas de blessé"
        and not (unfolding or distress or any_said(words, lexicon.FLEEING_NOW))
        and stems_found(words).keys() & LEXICON_SETS[id(lexicon.NOW)] <= _LAST_NIGHT_ONLY
    ):
        # "flash floods destroyed 40 houses last night, no casualties": the night is over
        # and nobody was hurt — the humanitarian digest
        return False, max(0.6, 1 - model_urgent)
    if (
        # (a trade too: "des gendarmes ont saisi 200 kg de chanvre ce matin")
        (category in lexicon.UNFOLDING_URGENT or category == "trafficking")
        and now
        and not (unfolding or casualties or distress)
        and not any_said(words, lexicon.HELD)  # "les bergers ont été ligotés": people hurt
        and _done_earlier_today(words)
    ):
        # "ma moto a été volée au marché ce matin", "ont volé l'ambulance ce matin": done,
        # the thieves gone — unless they are still about ("ils sont encore dans la zone")
        return False, max(0.6, 1 - model_urgent)
    if (
        category == "attack"
        and not ((now and not last_night) or unfolding or casualties or distress)
        and any_said(words, lexicon.LAST_NIGHT)
        and _only_property_burned(words)
    ):
        # granaries set on fire last night, nobody hurt: the arsonists are gone, the digest
        # tells the unit (as a theft of last night)
        return False, max(0.6, 1 - model_urgent)
    if (
        category == "armed_presence"
        and long_siege(words, joined)
        and not (unfolding or casualties or distress)
    ):
        # "Djibo est encerclé depuis des mois", "le blocus dure depuis 3 semaines": a
        # siege the unit knows of; the digest tells what it does to the town
        return False, max(0.6, 1 - model_urgent)
    if (
        category == "displacement"
        and any_said(words, lexicon.ARRIVING)
        and not (casualties or distress)
        and not any_said(words, lexicon.LEAVING)
        and not any_said(words, lexicon.FIGHTING)
    ):
        # families arriving at a site, counted there: the humanitarian focal point's
        # digest, whatever the urgency model makes of "depuis ce matin"
        return False, max(0.6, 1 - model_urgent)
    gone_now = now and (_gone_now(words) or any_said(words, lexicon.TRACES))
    if (
        category == "armed_presence"
        and not ((now and not gone_now and not last_night) or unfolding or casualties or distress)
        and (
            gone_now
            or any_said(words, lexicon.HABITUAL)
            or (any_said(words, lexicon.DEPARTED) and any_said(words, lexicon.YESTERDAY))
            or (last_night and _went_on(words))
            or any_said(words, lexicon.GROUP_RULES)
            or any_said(words, lexicon.LEVY)  # "un mouton sur dix comme zakat": their rule
            or staff_left(words)  # teachers threatened who have left: gone from danger
            or _threat_made(words)  # "des hommes armés les ont menacés": a threat, told
        )
        and not any_said(words, lexicon.THREATENED_ATTACK)
        and not any_said(words, lexicon.BLOCKADE)
    ):
        # motorbikes heard "chaque soir", armed men who passed "hier soir" and went on, a
        # curfew or a ban they imposed: no one to meet within hours — the digest tells
        # the unit
        return False, max(0.6, 1 - model_urgent)
    if (
        category == "kidnapping"
        and not casualties
        and not distress
        and _freed(words)
        and not _one_still_taken(words)  # "… libérés mais le chauffeur a été emmené"
    ):
        return False, 0.8  # "les 3 otages ont été libérés ce matin": the abduction is over
    if any_said(words, lexicon.RESOLVED) and not casualties and not distress:
        return False, 0.8  # the device was defused: the demining unit learns of it, calmly
    if (
        category in _CODED_CALM
        and not (now or unfolding or casualties or distress)
        and structured(words) is not None
        and not any_said(words, lexicon.LIFE_AT_RISK)
        and not any_said(words, lexicon.IMMINENT)
        and not any(w.startswith(_HURT) for w in words)  # "blesses a la machette"
    ):
        # "ALERTE PLAINTE militaires Boni racket", "ALERTE CONFLIT Koro … tension": the
        # keyword is the form's, not a cry; the type says what the unit reads calmly
        return False, max(0.6, 1 - model_urgent)
    if (
        category == "armed_presence"
        and any_said(words, lexicon.REMOTE_THREAT)
        and not (now or unfolding or casualties or distress)
    ):
        # "a reçu des menaces de mort par téléphone des jihadistes": a threat to pass on
        # (as s12s24), no armed man where the writer is
        return False, max(0.6, 1 - model_urgent)
    if (
        category == "armed_presence"
        and not (unfolding or casualties or distress)
        and _only_drones(words)
    ):
        # "un drone a survolé Sofara toute la nuit, les gens ont peur": watched from the
        # sky, nothing struck, no armed man on the ground (as s12z19, s19k13)
        return False, max(0.6, 1 - model_urgent)
    if (
        category == "attack"
        and any_said(words, lexicon.CALM)
        and not (now or unfolding or casualties or distress)
        and only_words_of(words, "attack", _SHOTS)
    ):
        # "des coups de feu hier soir, on ne sait pas ce qui s'est passé, ce matin c'est
        # calme": shots heard, no one hurt, calm now — the unit's digest (as s11p07)
        return False, max(0.6, 1 - model_urgent)
    if (
        category == "natural_hazard"
        and ("maladie" in words or any_said(words, lexicon.DISEASES))
        and not (casualties or distress)
        and not any_said(words, lexicon.LIFE_AT_RISK)
        and not any_said(words, lexicon.PANIC)
        and not any_said(words, lexicon.FLEEING_NOW)
        and not any_said(words, lexicon.SPREADING)
    ):
        # an epidemic with no one dead ("rougeole, bcp d'enfants malades"), a disease of the
        # herds ("30 chameaux morts ce mois"): the humanitarian focal point's digest
        return False, max(0.6, 1 - model_urgent)
    # weapons as a trafficker's cargo are dangerous when being unloaded now, not when
    # they "arrivent" by the sackful week after week
    armed = affirmed(words, lexicon.WEAPONS) and (category != "trafficking" or unfolding)
    urgent = (
        # a closure is urgent for what it does to people (the injured waiting, a birth that
        # cannot reach the clinic), said in words, never on the urgency model's guess alone
        (
            model_urgent >= 0.5
            and category != "service_disruption"
            and not arrived  # the model's guess leans on that "now"
            # money taken at a checkpoint, motorbikes burned as banned: a complaint for
            # the oversight digest, no one hurt
            and not (
                category == "security_forces_abuse"
                and (_a_racket(words) or _only_goods_harmed(words) or _blows_told_done(words))
            )
            # a theft or a trade is urgent while it is under way ("en cours", "mtn",
            # "sisan") or if someone was hurt, not on the urgency model's guess alone (the
            # corpus's rule: none of its other thefts or trafficking is urgent)
            and (
                (category not in lexicon.UNFOLDING_URGENT and category != "trafficking")
                or now
                or unfolding
                or not _TAKING_NOW.isdisjoint(words)  # "ils conduisent nos chèvres"
                or any_said(words, lexicon.HELD)  # "les bergers ont été laissés attachés"
                or person_gone(words)
                # "un berger a disparu avec son troupeau, sa moto retrouvée en brousse"
                or (any_said(words, lexicon.GONE) and any_said(words, lexicon.HERDERS))
            )
        )
        or (severe and (now or unfolding or distress))  # "ils viennent de traverser"
        or casualties
        # an attack, abduction or device the words name (the model alone, when no
        # word names an event, is urgent only if its urgency model says so)
        or (category in lexicon.SERIOUS and named)
        or (distress and category != "service_disruption")
        or any_said(words, lexicon.PANIC)  # "feu dans le village", "ils tirent partout"
        or any_said(words, lexicon.LIFE_AT_RISK)
        or (now and (armed or category in lexicon.URGENT_WHEN_NOW))
        or (unfolding and category in lexicon.UNFOLDING_URGENT)
        # a village emptying as the message is written ("les gens partent en masse
        # depuis ce matin", "mɔgɔ caman bolila … bi sɔgɔma, u bɛ taa")
        or (
            category == "displacement"
            and (now or unfolding)
            and any_said(words, lexicon.LEAVING)
            and not arrived
        )
        # a fire or a flood people are running from ("ladde yiite, yimɓe ndogii", "les
        # gens fuient l'incendie de brousse")
        or (
            category in ("natural_hazard", "displacement")
            and any_said(words, lexicon.FLEEING_NOW)
            and (category == "natural_hazard" or event_scores(words).get("natural_hazard", 0) >= 2)
        )
        # people fleeing fighting, or an ultimatum, as the message is written
        or (
            category == "displacement"
            and any_said(words, lexicon.FLEEING_NOW)
            and (any_said(words, lexicon.FIGHTING) or "ultimatum" in words)
        )
        or (category == "armed_presence" and any_said(words, lexicon.BLOCKADE))
        # bandits holding a road as the person writes (a coach they stopped and robbed,
        # gone since, is for the digest, as d255)
        or (
            category == "banditry"
            and any_said(words, lexicon.BLOCKADE)
            and (now or unfolding or not _blockade_done(words))
        )
        # a fight between communities, told as it happens ("peul dogon bagarre Sio")
        or (
            category == "intercommunal"
            and affirmed(words, lexicon.CLASH)
            and (now or unfolding or len(words) <= 6)
        )
        # armed men named where the writer is, not said to have gone: they are there now
        or (
            category == "armed_presence"
            and named
            and not any_said(words, lexicon.DEPARTED)
            and not (any_said(words, lexicon.HABITUAL) and not now)
            and (now or not any_said(words, lexicon.YESTERDAY) or _since_yesterday(words))
        )
        or (category == "armed_presence" and any_said(words, lexicon.THREATENED_ATTACK))
        # homes fallen in a flood or a storm ("so caman binna"): people under the walls
        or (category == "natural_hazard" and affirmed(words, lexicon.COLLAPSED))
        or any_said(words, lexicon.RETURN_TONIGHT)
        or (
            category == "land_dispute"
            and (now or unfolding or any_said(words, lexicon.IMMINENT))
            and (armed or any_said(words, lexicon.VIOLENCE) or affirmed(words, lexicon.REVENGE))
        )
        # a fight with machetes or guns out, over land or between communities
        or (
            category in ("land_dispute", "intercommunal")
            and armed
            and any_said(words, lexicon.VIOLENCE)
        )
        # one community mustering to answer another: reprisals within hours
        or (
            category == "intercommunal"
            and _imminent(words)
            and (now or unfolding or not any_said(words, lexicon.DIALOGUE))
        )
        # houses burned by soldiers: a reprisal on civilians under way (not motorbikes
        # burned as banned: a complaint for the digest)
        # a community's homes burned by another's men: reprisals under way
        or (
            category == "intercommunal"
            and affirmed(words, lexicon.BURNED)
            and any_said(words, lexicon.DWELLINGS)
            and not any_said(words, lexicon.PAST)
            and not any_said(words, lexicon.YESTERDAY)  # yesterday's, no one hurt: the digest
        )
        or (
            category == "security_forces_abuse"
            and affirmed(words, lexicon.BURNED)
            and not any_said(words, lexicon.PAST)
            and (any_said(words, lexicon.DWELLINGS) or not any_said(words, lexicon.THEFT_OBJECTS))
        )
        # people taken away or held tied up by a militia or by soldiers
        or (
            category in ("intercommunal", "security_forces_abuse")
            and (any_said(words, lexicon.ABDUCTED) or any_said(words, lexicon.HELD))
            and not any_said(words, lexicon.PAST)
            and not _freed(words)  # "les dozos ont libéré les 3 peuls qu'ils avaient attachés"
        )
        # arrested and not seen since: a disappearance, a life at risk
        or (
            category == "security_forces_abuse"
            and person_gone(words)
            and not any_said(words, lexicon.WHEREABOUTS_UNKNOWN)
        )
        # soldiers firing on people, or beating them, as the message is written
        or (
            category == "security_forces_abuse"
            and (now or unfolding)
            and (any_said(words, lexicon.SHOOTING_AT) or _beating_someone_now(words))
        )
    )
    confidence = model_urgent if urgent else 1 - model_urgent
    if urgent and (casualties or distress or (severe and now)):
        confidence = max(confidence, 0.8)
    return urgent, confidence


def _imminent(words: list[str]) -> bool:
    """Violence said to be coming — not two sides that only "se menacent" (a tension
    for the mediators, s12u11, s14ze18: "menacent de se venger" is a threat made)."""
    return any(
        not (words[i] == "menacent" and words[i - 1 : i] == ["se"])
        for i in where_said(words, LEXICON_SETS[id(lexicon.IMMINENT)])
    )


def _blockade_done(words: list[str]) -> bool:
    """Every word of a road held is a finished act ("ont bloqué le car"), none a
    state ("bandits barrage rte Boni", "ils bloquent la route")."""
    return all(
        i and words[i - 1] in _HAVE for i in where_said(words, LEXICON_SETS[id(lexicon.BLOCKADE)])
    )


_HAVE = frozenset({"ont", "a", "avaient", "avait", "have", "has", "had"})


def _only_property_burned(words: list[str]) -> bool:
    """Granaries or a shop burned and nothing else of an attack named: no one's home, no
    shot, no one killed."""
    attack = [
        stem
        for stem, at in category_stems(words, "attack", settings=True)
        if not all(is_negated(words, i) for i in at)  # "pas de blessés"
    ]
    return (
        bool(attack)
        and affirmed(words, lexicon.BURNED)
        and any_said(words, lexicon.PROPERTY)
        and all(any(b in s for b in _BURNING) or s in _PROPERTY for s in attack)
    )


_BURNING = ("brul", "incendi", "burn", "feu", "set fire")


_PROPERTY = frozenset(lexicon.PROPERTY)


def _freed(words: list[str]) -> bool:
    """Someone said set free, and not "pas encore libéré"."""
    if any(
        w in _HOME_AGAIN and any(v.startswith(_HOSTAGES) for v in words[max(0, i - 10) : i])
        for i, w in enumerate(words)
    ):
        return True  # "les deux otages de Kikara sont rentrés" (not the animals, home alone)
    return any(
        w in lexicon.FREED
        and not is_negated(words, i)
        and words[i - 1 : i] not in (["soit"], ["soient"], ["etre"])  # a ransom's purpose
        for i, w in enumerate(words)
    )


_HOME_AGAIN = frozenset({"rentres", "rentrees", "rentre", "rentree", "revenus", "revenues"})


_HOSTAGES = ("otage", "enlev", "kidnapp", "hostage", "abducted")


def _people_killed(words: list[str]) -> bool:
    """A killing word with people after it, no number ("ont tué des Peuls")."""
    return any(
        is_person(w) or w in lexicon.COMMUNITIES
        for i in where_said(words, LEXICON_SETS[id(lexicon.KILLING)])
        if not is_negated(words, i)  # "ils n'ont tué personne"
        for w in words[i + 1 : i + 4]
    )
