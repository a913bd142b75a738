"""Category and urgency: the lexicon and the learned model, combined.

The lexicon reads what a message says (with negation and the structured
focal-point syntax); the model weighs wording it has seen. Urgency leans
towards alerting: a missed urgent report is the worst error Tabalé can make.
"""

from __future__ import annotations

from dataclasses import dataclass

from triage import lexicon
from triage.cues import (
    LIVESTOCK_STEMS,
    THING_STEMS,
    affirmed,
    dated_past,
    found_safe,
    heading_to_people,
    is_person,
    long_siege,
    names_a_sum,
    person_gone,
    staff_left,
    structured,
)
from triage.matching import (
    DID_NOT_HAPPEN,
    LEXICON_SETS,
    any_said,
    category_stems,
    denied_after,
    event_scores,
    is_negated,
    lexicon_scores,
    occurrences,
    only_words_of,
    stem_categories,
    stems_found,
    where_said,
)
from triage.normalise import number
from triage.taking import (
    animals_taken_first,
    by_a_wild_animal,
    community_accused,
    game_hunted,
    takes,
    takes_people,
)

LEXICON_FULL_SAY = 2.0  # lexicon weight at which it counts as much as the model


@dataclass(frozen=True)
class Category:
    code: str
    confidence: float
    lexicon_hits: int
    negated: bool
    named: bool  # a word names an event (not only a setting, not only denied)


def forces_abuse(words: list[str]) -> bool:
    """Security forces doing harm to civilians (not forces being attacked)."""
    if any_said(words, lexicon.NOT_OUR_FORCES):
        return False  # "en tenue militaire mais pas nos soldats": armed men in disguise
    actor = [
        (i, len(phrase.split())) for phrase in lexicon.FORCES for i in occurrences(words, phrase)
    ]
    if not actor:
        return False
    first, size = min(actor)
    end = first + size  # the word after the forces' name ("les hommes en tenue ont …")
    after_name = words[end : end + 3]
    if after_name[:1] in (["du"], ["de"]) and after_name[1:2] in (["poste"], ["camp"]):
        after_name = after_name[2:]  # "les policiers du poste de Sio": their own post
    # "contre"/"against" after their name is theirs ("police opened fire against a
    # tricycle"): only before it does it make them the target ("attaque contre les FAMa")
    after_name = [w for w in after_name if w not in _AGAINST]
    around = words[max(0, first - 3) : first] + after_name
    if any_said(around, lexicon.FORCES_AS_TARGET):  # the forces' own word aside ("patrouille")
        return False
    j = end
    while j < min(len(words), end + 3) and words[j] in AUXILIARIES:
        j += 1
    passive = j == end or not _PASSIVE.isdisjoint(words[end:j])
    english_passive = not {"were", "was", "been"}.isdisjoint(words[end:j])
    if j < len(words) and (
        (words[j] in lexicon.FORCES_HARMED and passive)
        # "two soldiers were killed": the English passive (their active "soldiers
        # killed two herders" is theirs)
        or (words[j] in _ENGLISH_HARMED and english_passive)
    ):
        # "2 FAMa tués dans une embuscade", "un militaire a été tué": the soldiers are the
        # victims ("les militaires ont tué …" are not)
        return False
    after = words[end : end + 10]
    pairs = list(zip(after, after[1:], strict=False))
    said = " ".join(after)
    if (
        any(
            (w.startswith("tir") and nxt == "sur")
            or (w == "opened" and nxt == "fire")
            or (w in ("fired", "shot") and nxt in ("at", "on"))
            or (w == "shot" and nxt == "dead")  # "soldiers shot dead two young herders"
            for w, nxt in pairs
        )
        or "ouvert le feu" in said
    ) and not any_said(after, lexicon.ARMED_ACTORS):
        # "un militaire ivre a tiré sur un taxi moto", "police opened fire" — not soldiers
        # firing on the assailants: that is the fight
        return True
    if any(w.startswith("tir") for w in after) and "en l air" in said:
        return True  # soldiers firing in the air to scare a market: intimidation
    if names_a_sum(after):
        return True  # "les gendarmes prennent 5000 f aux taxis-motos": a racket
    if any_said(after, lexicon.EXTORTION):
        return True  # "les gardes les font payer pour abreuver au fleuve": a racket
    wide = words[end : end + 14]  # a sum asked may come at the end of a long sentence
    if any(
        w.startswith(("demand", "exig")) and (number(nxt) or 0) >= 100
        for w, nxt in zip(wide, wide[1:], strict=False)
    ):
        return True  # "… gardent les motos et demandent 25000 pour les rendre": a racket
    for k, w in enumerate(after):
        if not w.startswith(_ABUSE_ACTS) or (w.startswith("civil") and after[k - 1 : k] == ["en"]):
            continue  # ("des militaires en civil": their dress, not their victims)
        if (
            w.startswith("arret")
            and (
                _a_thief_after(after, k)  # "ont arrêté deux voleurs", "… qui volait les motos"
                or after[max(0, k - 2) : k - 1] == ["l"]  # "la police l'a arrêté": the offender
                or any(
                    v == "pour" and after[m + 1 : m + 2] in _CRIMES
                    for m, v in enumerate(after[k + 1 : k + 6], k + 1)
                )
            )
        ):
            # "les gendarmes ont arrêté le voleur", "… un jeune pour vol de moto": their job
            continue
        if w in _KILLED_FORMS and _armed_men_named(after[k + 1 : k + 4]):
            continue  # "l'armée a tué des terroristes": the fight, not a harm to civilians
        return True
    if any_said(words, lexicon.ROUND_UP) and not any_said(words, lexicon.ARMED_ACTORS):
        return True  # "les militaires … ils ont rassemblé les hommes peuls sur la place"
    # "les militaires sont venus, ils ont pris tous les téléphones": goods taken by them
    return (
        any_said(words, lexicon.THEFT_OBJECTS)
        and _forces_take(words)
        and not any_said(words, lexicon.RETURNED)  # stolen goods recovered and given back
    )


def _forces_seize_herds(words: list[str]) -> bool:
    """The forces themselves took the animals ("des hommes en tenue ont pris les moutons
    d'un berger en disant que c'est une amende"): theirs to answer, not a theft for the
    unit. (The volunteers' raids on a community's herds are cattle theft, as ACLED counts
    them.)"""
    return (
        _livestock(words)
        and _forces_take(words)
        and not any_said(words, lexicon.ROBBERS)
        and not any_said(words, lexicon.RETURNED)
        and _VOLUNTEERS.isdisjoint(words)
    )


def _service_going_again(words: list[str]) -> bool:
    """ "Le marché de Dinangourou a repris aujourd'hui", "les cours ont repris": a market,
    a school going again (not "les tirs ont repris")."""
    return any(
        word in _RESUMED
        and not is_negated(words, i)
        and not _SERVICES_RESUMING.isdisjoint(words[max(0, i - 5) : i])
        for i, word in enumerate(words)
    )


_RESUMED = frozenset({"repris", "reprend", "reprennent", "resumed"})
_SERVICES_RESUMING = frozenset({
    "marche", "foire", "foires", "cours", "classes", "ecole", "ecoles", "activites", "cscom",
    "market", "school",
})  # fmt: skip


def _robbery_with_a_shot(words: list[str]) -> bool:
    """ "Des hommes armés ont volé 3 motos … et ont tiré sur un jeune qui résistait": the
    goods were what they came for; the shot, their way of taking them."""
    return (
        affirmed(words, lexicon.THEFT)
        and any_said(words, lexicon.THEFT_OBJECTS)
        and not _livestock(words)
        and not any_said(words, lexicon.KILLING)
        and not any_said(words, lexicon.BURNED)
        and not any_said(words, lexicon.FORCES)  # "attacked the gendarmerie … seized motorbikes"
        and "assaut" not in words  # "ont pris d'assaut la boutique"
    )


def _forces_kill_herds(words: list[str]) -> bool:
    """ "Les FAMa ont tué 7 de leurs boeufs pendant une patrouille": nothing taken, the
    herd killed by the forces — theirs to answer."""
    return (
        _livestock(words)
        and any_said(words, lexicon.KILLING)
        and not any_said(words, lexicon.THEFT)
        and _VOLUNTEERS.isdisjoint(words)
        and forces_abuse(words)
    )


_AGAINST = frozenset({"contre", "against"})
_CRIMES = (["vol"], ["meurtre"], ["braquage"], ["trafic"], ["theft"], ["murder"])
_SINCE = frozenset({"apres", "depuis", "after", "since"})
_VOLUNTEERS = frozenset({"vdp", "volunteer", "volontaires", "koglweogo"})
_WITHDRAWN = frozenset({"depart", "absence", "retrait", "departure", "withdrawal"})
_ABUSE_ACTS = tuple(lexicon.ABUSE_ACTS)


def categorise(words: list[str], model_proba: dict[str, float]) -> Category:
    forced = structured(words)
    scores, negated = lexicon_scores(words)
    named = _names_an_event(words)
    if forced:
        return Category(forced, 0.95, len(scores), negated, named)
    if any_said(words, lexicon.EXERCISE) and not any_said(words, lexicon.UNSURE):
        return Category("other", 0.8, len(scores), negated, named)  # a drill is not an incident
    if (
        not named
        and max(model_proba.values(), default=0.0) < 0.45
        and model_proba.get("other", 0.0) > 0.05
        and not any_said(words, lexicon.LIFE_AT_RISK)
        and not any_said(words, lexicon.PANIC)
        and not forces_abuse(words)  # "le commandant a giflé le conseiller"
        and not _under_siege(words)  # "le siège de Léré continue"
    ):
        # Nothing in the words says incident and the model is unsure: no alert.
        return Category("other", 0.5, len(scores), negated, named)
    if (
        not named
        and scores.get("other", 0.0) >= 3.0
        and max((v for k, v in event_scores(words).items() if k != "other"), default=0.0) < 2.0
        and not any_said(words, lexicon.LIFE_AT_RISK)
        and not any_said(words, lexicon.PANIC)
        and not forces_abuse(words)
    ):
        # "un enfant est tombé dans le puits, les gens l'ont sorti vivant": words of
        # good news, a meeting, thanks, and no word of an event (a well is a setting),
        # however sure the model is that a well means a quarrel over it
        return Category("other", 0.6, len(scores), negated, named)
    # What a denial is weighed against: event words only ("pas d'attaque … les champs").
    events = event_scores(words) if negated else scores
    if negated and not named:  # "aucune attaque … les champs": the denial, not the setting
        scores = events
    total = sum(scores.values())
    combined = dict(model_proba)
    if total:
        # the lexicon's say grows with what it found: one weak word (a setting) does not
        # outvote a confident model as a report full of event words does
        say = 0.5 * min(1.0, total / LEXICON_FULL_SAY)
        for category in combined:
            combined[category] = (1 - say) * combined[category] + say * scores.get(
                category, 0.0
            ) / total
    if (
        negated
        and not any(v >= 2.0 for k, v in events.items() if k != "other")
        # "un gendarme a giflé un vieux qui ne voulait pas payer": the refusal is denied,
        # not the forces' act
        and not forces_abuse(words)
    ):
        # a denial: every event word negated ("personne n'a été enlevé") outweighs even a
        # confident model; a weak event word left beside it, less so
        left = any(v > 0 for k, v in events.items() if k != "other")
        combined["other"] = combined.get("other", 0.0) + (0.4 if left else 0.8)
    if len(words) <= 2 and not total:
        combined["other"] = combined.get("other", 0.0) + 0.5
    code, confidence = max(combined.items(), key=lambda kv: kv[1])
    if (
        code == "security_forces_abuse"
        # (or the thieves named as who did it: "les voleurs l'ont attaché toute la nuit")
        and (scores.get(code, 0.0) < 1.0 or any_said(words, lexicon.ROBBERS))
        and not any_said(words, lexicon.FORCES)
        and not any_said(words, lexicon.MILITIAS)
    ):
        # no force named, no word of their abuse: the model's guess alone must not send a
        # cry for help ("aidez nous Ségué") away from the unit as a complaint about it
        code, confidence = max(
            ((c, p) for c, p in combined.items() if c != code), key=lambda kv: kv[1]
        )
    if not named and any_said(words, lexicon.PANIC):
        # "au secours Bankass", "aidez nous Ségué": a cry for help names no incident — an
        # attack, the most general, wakes the security unit; the model's guess from a
        # place name (an abduction, a complaint) would tell the commander what nobody said
        code = "attack"
    if code == "other" and _households_arriving(words):
        code = "displacement"  # "des familles de Toguéré-Coumbé arrivent à Ténenkou"
    if code == "other" and affirmed(words, lexicon.VIOLENT_DEATH):
        code = "attack"  # someone was killed: whatever the setting, an incident
    if code == "attack" and by_a_wild_animal(words):
        code = "other"  # "tué par un éléphant": a misfortune, no one to send the unit after
    if (
        code == "security_forces_abuse"
        and any(w.startswith(("embuscade", "ambush")) for w in words)
        and not forces_abuse(words)
    ):
        code = "attack"  # "deux gendarmes blessés dans une embuscade": the forces attacked
    if code in ("attack", "intercommunal") and game_hunted(words):
        code = "other"  # "les chasseurs ont tué un phacochère": a hunt
    livestock, theft = _livestock(words), takes(words)
    if (
        code == "other"
        and negated
        and theft
        and any_said(words, lexicon.THEFT_OBJECTS)
        and not livestock
    ):
        code = "banditry"  # "ils n'ont tué personne mais ils ont pris son téléphone"
    levy = any_said(words, lexicon.LEVY)
    if code in ("banditry", "armed_presence", "land_dispute", "displacement", "other") and (
        livestock and theft and not levy
    ):
        code = "cattle_theft"  # taking animals is cattle theft, whoever does it
    if code == "attack" and livestock and theft and _only_hurt_in_the_theft(words):
        # "un berger blessé par balle par des voleurs qui ont pris ses chèvres": the
        # theft, its herder hurt (a death would make it an attack, in `triage`)
        code = "cattle_theft"
    if code == "attack" and livestock and theft and _only_animals_killed(words):
        # "12 vaches égorgées dans la brousse, les voleurs ont pris le reste": the herd
        # killed and driven off, no person — a theft (animal deaths are never casualties)
        code = "cattle_theft"
    if code == "cattle_theft" and levy and not any_said(words, lexicon.ROBBERS):
        # "la zakat: ils ont compté nos animaux et vont revenir prendre leur part": an
        # armed group's levy, the group's presence is the news
        code = "armed_presence"
    if code == "banditry" and livestock and not any_said(words, lexicon.THEFT_OBJECTS):
        code = "cattle_theft"  # bandits and animals, nothing else they could take
    if (
        code == "cattle_theft"
        and not theft
        and any_said(words, lexicon.FARMERS)
        and any_said(words, lexicon.HERDERS)
        and affirmed(words, lexicon.VIOLENCE)
    ):
        # "les riziculteurs ont frappé un berger dont les boeufs étaient dans le casier":
        # the herd in the field, the quarrel over land turned to blows
        code = "land_dispute"
    if code == "cattle_theft" and not theft and not any_said(words, lexicon.DRIVING):
        # herds named, nothing taken: what happened to them is the news ("banaba bɛ
        # misiw la": a disease among the cattle)
        others = {
            c: v
            for c, v in event_scores(words).items()
            if c not in ("cattle_theft", "banditry", "other")  # bandits: who, not what
        }
        if others and max(others.values()) >= 2.0:
            code = max(others, key=others.__getitem__)
    if (
        code in ("cattle_theft", "service_disruption", "natural_hazard")
        and scores.get("other", 0.0) >= 2.0
        and not (code == "cattle_theft" and (theft or any_said(words, lexicon.DRIVING)))
        and not (theft and any_said(words, lexicon.THEFT_OBJECTS))  # the clinic's generator stolen
        and _only_a_setting(words, code)
    ):
        # "la vaccination des animaux commence lundi", "les enfants sont rentrés à l'école",
        # "les pluies ont été bonnes": herds, schools, rain named, good news
        # told, nothing taken, closed or destroyed
        code = "other"
    if (
        code == "service_disruption"
        and any_said(words, lexicon.PLANNED_CLOSURE)
        and not any(v >= 2.0 for k, v in event_scores(words).items() if k not in (code, "other"))
    ):
        code = "other"  # "le pont est fermé pour travaux": planned, announced, no incident
    if code == "cattle_theft" and not livestock and any_said(words, lexicon.THEFT_OBJECTS):
        code = "banditry"  # Fulfulde "ɓe ngujji mooto'en": a theft of motorbikes, no herd
    if (
        code in ("armed_presence", "service_disruption", "security_forces_abuse")
        and theft
        and any_said(words, lexicon.THEFT_OBJECTS)
        and not livestock
        and not levy  # "ont pris la dîme sur les récoltes"
        # "des hommes en armes se sont installés dans la forêt, ils viennent prendre de
        # la nourriture": armed men living off the village, a presence
        and not (code == "armed_presence" and any_said(words, lexicon.CAMPED))
        and (
            code != "security_forces_abuse"
            or (scores.get(code, 0.0) < 2.0 and not forces_abuse(words))
        )
    ):
        # a stolen motorbike or a clinic's panels: a theft, not a sighting; a phone
        # stolen "c'est pour la police?": a theft, not a complaint about the police (the
        # forces taking goods themselves is one: `forces_abuse`)
        code = "banditry"
    if (
        code == "intercommunal"
        and any_said(words, lexicon.LAND_AT_STAKE)
        and not any_said(words, lexicon.COMMUNITIES)
    ):
        code = "land_dispute"  # two families fighting over a plot: the land's quarrel
    if code == "attack" and any_said(words, lexicon.UNLESS_PAID):
        code = "banditry"  # "pay or we burn your house": a threat for money, nothing burnt yet
    if (
        code == "security_forces_abuse"
        and event_scores(words).get("attack", 0.0) >= 2.0
        and _forces_attacked(words)
        and not forces_abuse(words)
    ):
        code = "attack"  # "un groupe armé a attaqué le poste de police": the forces attacked
    if (
        code == "security_forces_abuse"
        and _armed_men_named(words)
        and not forces_abuse(words)
        and not any_said(words, lexicon.NOT_OUR_FORCES)
    ):
        # "les rebelles ont pris le poste de douane, les douaniers ont fui": armed men
        # against the forces, no harm by them — the men are the news (an attack, if they
        # killed: `triage`)
        code = "armed_presence"
    if code == "security_forces_abuse" and not forces_abuse(words) and _thieves_arrested(words):
        code = "other"  # "les militaires ont arrêté un voleur de moto": their job done
    if (
        code in ("banditry", "cattle_theft")
        or (code == "armed_presence" and not _armed_men_named(words))  # "le chef de la bande"
    ) and _thieves_arrested(words):
        code = "other"  # "la gendarmerie a arrêté deux voleurs de motos": the theft solved
    if code == "banditry" and any_said(words, lexicon.SMUGGLING):
        code = "trafficking"  # stolen motorbikes smuggled to Niger: the trade is the news
    if code == "armed_presence" and any_said(words, lexicon.EXTORTION) and not levy:
        # armed men racketeering gold miners: bandits ("font payer la zakat": their rule)
        code = "banditry"
    if (
        code in ("armed_presence", "explosive")
        and (any_said(words, lexicon.SELLING) or _weapons_bought(words))
        and affirmed(words, lexicon.WEAPONS)
    ):
        code = "trafficking"  # "des armes … sont vendues au marché": arms sold (or bought)
    if (
        code in ("armed_presence", "explosive")
        and scores.get("trafficking", 0.0) >= 2.5
        # "deux motos sans plaque tournent autour de l'école": scouts, not a trade
        and not {s for s, _ in category_stems(words, "trafficking", settings=True)} <= _UNPLATED
    ):
        code = "trafficking"  # weapons moved or sold are trafficked, not a sighting
    if code == "armed_presence" and livestock and any_said(words, lexicon.DRIVING):
        code = "cattle_theft"  # armed men driving a herd off
    if code == "armed_presence" and (_forces_kill_fighters(words) or _forces_clash(words)):
        code = "attack"  # "l'armée a tué des terroristes vers Nampala": a fight
    serious = max(lexicon.SERIOUS, key=lambda c: scores.get(c, 0.0))
    if (
        code == "armed_presence"
        and scores.get(serious, 0.0) >= 2.0
        and not (serious == "kidnapping" and _goods_taken_only(words))
    ):
        code = serious  # armed men who shoot, abduct or plant a mine: that names the incident
    if code in ("armed_presence", "attack") and _a_community_musters(words):
        code = "intercommunal"  # "des jeunes armés se regroupent pour attaquer le campement peul"
    if code in ("armed_presence", "service_disruption") and affirmed(words, lexicon.BURNED):
        # "armed men burned the school": they attacked it; "l'école a été brûlée cette
        # nuit": arson, whoever did it — the closure that follows is its consequence
        code = "attack"
    besieged = (
        code in ("attack", "other", "service_disruption")
        and _under_siege(words)
        and _attack_only_in(words, lexicon.SIEGE)
    )
    if besieged:
        # "Djibo est encerclé depuis des mois", "le siège de Léré continue": the armed
        # groups' hold on a town — their presence, whatever it does to its services
        code = "armed_presence"
    if code == "attack" and (
        _attack_only_in(words, lexicon.THREATENED_ATTACK)
        or _attack_only_in(words, lexicon.GROUP_RULES)
    ):
        # "ils vont attaquer X demain": a threat, not an attack yet; "ceux qui refusent
        # seront fouettés": a group's rule
        code = "armed_presence"
    if (
        code == "displacement"
        and _attack_only_in(words, lexicon.THREATENED_ATTACK)
        and _threat_told_first(words)
    ):
        # "on dit qu'il y aura une attaque cette nuit, les gens commencent à partir": the
        # attack announced is the news (s14q13, s15u04), the departures what it does
        code = "armed_presence"
    if code == "attack" and _attack_only_in(words, lexicon.ATTACK_AS_CAUSE):
        # "ils fuient depuis l'attaque d'hier", "no staff since the attack": the aftermath
        # is the news
        if scores.get("displacement", 0.0) >= 2.0:
            code = "displacement"
        elif scores.get("service_disruption", 0.0) >= 2.0:
            code = "service_disruption"
    if code == "attack" and dated_past(" ".join(words)):
        # "il y a deux ans ils avaient brûlé l'école, aujourd'hui toujours pas de classe":
        # the attack is history, what it left is the news
        aftermath = max(("service_disruption", "displacement"), key=lambda c: scores.get(c, 0.0))
        if event_scores(words).get(aftermath, 0.0) >= 2.0:
            code = aftermath
    caused = False  # the incident named only as the cause of the news
    if code in ("armed_presence", "attack", "intercommunal", "kidnapping") and _only_as_cause(
        words, code, since=True
    ):
        # "la foire annulée à cause des rumeurs d'attaque": the fair is the news; "le
        # marché est fermé depuis qu'ils l'ont attaqué" too — but a school only named
        # ("ont peur d'aller à l'école depuis qu'on a trouvé une lettre") is no closure
        aftermath = max(("service_disruption", "displacement"), key=lambda c: scores.get(c, 0.0))
        if _households_arriving(words):
            # "suite à l'attaque de lundi, 150 personnes de Ouenkoro sont arrivées à Bankass"
            code, caused = "displacement", True
        elif (
            scores.get(aftermath, 0.0) >= 2.0
            if _only_as_cause(words, code)
            else event_scores(words).get(aftermath, 0.0) >= 1.5
        ):
            code, caused = aftermath, True
    if (
        code not in lexicon.SERIOUS
        and code != "security_forces_abuse"
        and scores.get(serious, 0.0) >= 3.0
        and scores.get(serious, 0.0) * 2 >= scores.get(code, 0.0)  # not a word drowned out
        and not caused
        and not besieged
        and not (
            code in ("service_disruption", "displacement")
            and _only_as_cause(words, serious, since=True)
        )
        # "feu de brousse … les champs de mil ont brûlé": what the fire burned
        and not (code == "natural_hazard" and serious == "attack" and _burned_by_the_fire(words))
        and not (serious == "attack" and by_a_wild_animal(words))  # hyenas at the herd
        # "ils ont pris de force des sacs de riz": a taking of goods, no one taken
        and not (serious == "kidnapping" and _goods_taken_only(words))
        # "300 goats and sheep were taken by armed men": the herds, no one taken
        and not (serious == "kidnapping" and code == "cattle_theft" and animals_taken_first(words))
        # a herder wounded by the thieves who took his goats: the theft
        and not (
            code == "cattle_theft"
            and serious == "attack"
            and (_only_hurt_in_the_theft(words) or _only_animals_killed(words))
        )
        # "trafiquants de dynamite": explosives traded are the trade, not a device laid
        and not (code == "trafficking" and serious == "explosive")
    ):
        code = serious  # an abduction at a school is a kidnapping, not a school closure
        if code == "attack" and _attack_only_in(words, lexicon.THREATENED_ATTACK):
            code = "armed_presence"  # "sinon ils brûlent les boutiques": a threat
    if code == "attack" and (
        (any_said(words, lexicon.ROBBERS) and any_said(words, lexicon.THEFT_OBJECTS))
        or (any_said(words, lexicon.ROBBED) and not any_said(words, lexicon.ARMED_ACTORS))
        or _robbery_with_a_shot(words)
    ):
        # "des bandits armés ont attaqué une boutique", "attaque d'un bus, les passagers
        # dépouillés": a robbery (a death makes it an attack again, in `triage`)
        code = "banditry"
    if code == "armed_presence" and affirmed(words, lexicon.ROBBED):
        code = "banditry"  # "armed men stopped a bus, they are robbing passengers now"
    if (
        # a serious category only the model guessed ("denmisen naani tununa": no word
        # of an attack) yields too
        (code not in lexicon.SERIOUS or not scores.get(code))
        and code != "security_forces_abuse"
        and not (code == "trafficking" and any_said(words, lexicon.SOLD))
        and (person_gone(words) or takes_people(words))
    ):
        code = "kidnapping"  # "le maire adjoint a disparu", "ils ont pris le maître": abducted
        named = True
    if (
        code == "service_disruption"
        and negated
        and DID_NOT_HAPPEN in stems_found(words)
        and scores.get(code, 0.0) < 3.5  # nothing else of a disruption than "pas eu lieu"
        and any(is_negated(words, i) for i in where_said(words, LEXICON_SETS[id(lexicon.FIGHTING)]))
    ):
        code = "other"  # "l'attaque annoncée n'a pas eu lieu": the attack denied, not a fair
    if code == "kidnapping" and negated and found_safe(words):
        code = "other"  # "personne n'a été enlevé, le jeune était chez son oncle"
    if (
        code == "kidnapping"
        and found_safe(words)
        and not any_said(words, lexicon.ABDUCTED)
        and not any_said(words, lexicon.CAPTIVE)
        and not any_said(words, lexicon.FOUND_DEAD)  # "the body of … was found": killed
    ):
        code = "other"  # "les deux enfants disparus hier ont été retrouvés chez leur grand-mère"
    if code == "kidnapping" and (any_said(words, lexicon.ENLISTING) or "recrutes" in words):
        # "venus chercher les jeunes pour les enrôler": recruitment, their practice (s13f03)
        code = "armed_presence"
    if code == "kidnapping" and any_said(words, lexicon.SOLD):
        code = "trafficking"  # girls taken to be sold or married off by force
    if code == "kidnapping" and livestock and theft and not any_said(words, lexicon.HUMANS):
        code = "cattle_theft"  # animals "enlevés", nobody: a theft, not an abduction
    if code == "kidnapping" and livestock and animals_taken_first(words):
        code = "cattle_theft"  # "nos animaux ont été emmenés par des hommes à moto"
    if code == "kidnapping" and not livestock and _goods_carried_off(words):
        code = "banditry"  # "3 motos ont été enlevées aux commerçants": goods, nobody
    two_communities = len({lexicon.COMMUNITIES[w] for w in words if w in lexicon.COMMUNITIES}) >= 2
    if code in ("attack", "armed_presence") and (two_communities or _youths_at_a_community(words)):
        # one community's men against another's; young men armed, heading for "le
        # village peul de Sari": one community's youth, the other community's homes
        code = "intercommunal"
    if (
        code == "attack"
        and affirmed(words, lexicon.BURNED)
        and not any_said(words, lexicon.KILLING)
        and not any_said(words, lexicon.FIGHTING)
        and affirmed(words, lexicon.ABDUCTED)
    ):
        code = "kidnapping"  # "ont brûlé l'école et enlevé 2 enseignants": the people first
    if code == "explosive" and _blasts_among_shots(words):
        # "tirs et explosions en ce moment près du camp": a fight's blasts, not a device
        code = "attack"
    if code == "attack" and _shots_in_the_air_only(words):
        # "une vingtaine de motos … ont tiré en l'air et sont repartis, pas de blessé":
        # intimidation by armed men, their presence — nobody fired on
        code = "armed_presence"
    if code == "attack" and community_accused(words):
        # "des jeunes ont incendié la boutique d'un commerçant peul en l'accusant d'informer
        # les jihadistes": a community's member punished for its supposed complicity
        code = "intercommunal"
    if (
        code in ("attack", "intercommunal")
        # fighting, or one side hurting the other ("un éleveur blessé par balle par des
        # agriculteurs parce que ses vaches étaient dans le champ")
        and any_said(words, lexicon.FARMERS)
        and any_said(words, lexicon.HERDERS)
        and any_said(words, lexicon.RESOURCES)
    ):
        code = "land_dispute"  # herders and farmers fighting over a water point: the land's
    if (
        code == "land_dispute"
        and two_communities
        and (any_said(words, lexicon.CLASH) or any_said(words, lexicon.IMMINENT))
        # herders and farmers, herders and fishers: the land's quarrel
        and not (any_said(words, lexicon.HERDERS) and any_said(words, lexicon.FARMERS))
        and not (any_said(words, lexicon.HERDERS) and any_said(words, lexicon.FISHERS))
    ):
        # Peuls and Bellas fighting at a well, or arming over one: communities clash
        code = "intercommunal"
    if (
        code == "intercommunal"
        and not two_communities
        and any_said(words, lexicon.RESOURCES)
        and not any_said(words, lexicon.VIOLENCE)
        and not any_said(words, lexicon.KILLING)
        and not any_said(words, lexicon.MILITIAS)
    ):
        code = "land_dispute"  # "deux villages voisins" quarrelling over a pond
    if code in (
        "attack", "kidnapping", "armed_presence", "banditry", "land_dispute", "intercommunal"
    ) and forces_abuse(words):  # fmt: skip
        code = "security_forces_abuse"
    if code == "cattle_theft" and (_forces_seize_herds(words) or _forces_kill_herds(words)):
        code = "security_forces_abuse"
    if (
        code == "security_forces_abuse"
        and any_said(words, lexicon.MILITIAS)
        and not any_said(words, lexicon.STATE_FORCES)
        and not lexicon.COMMUNITIES.keys().isdisjoint(words)
    ):
        # "les koglweogo ont arrêté 4 peuls et les gardent attachés": a community's militia
        # holding another's men, not the state's forces
        code = "intercommunal"
    if (
        code == "security_forces_abuse"
        and scores.get("trafficking", 0.0) >= 2.5
        and not any_said(words, lexicon.VIOLENCE)
        and not any_said(words, lexicon.HARM)
    ):
        code = "trafficking"  # "un camion d'armes arrêté par la gendarmerie": their job
    if code == "security_forces_abuse" and scores.get("other", 0.0) >= 3.0:
        if not forces_abuse(words):  # (never a second call: the rule above did not run)
            code = "other"  # soldiers handing out food: the forces named, no harm done
    if (
        code == "security_forces_abuse"
        and scores.get("security_forces_abuse", 0.0) < 2.0
        and not forces_abuse(words)
    ):
        # the forces named, no harm of theirs: what the words name is the news
        # ("attaque du poste, les militaires ripostent": soldiers attacked; "mon
        # téléphone volé, c'est pour la police?": a theft)
        others = {c: v for c, v in scores.items() if c not in ("security_forces_abuse", "other")}
        if others and max(others.values()) >= 2.0:
            code = max(others, key=others.__getitem__)
    if (
        code == "security_forces_abuse"
        and scores.get("attack", 0.0) >= 2.0
        and any_said(words, lexicon.COMBATANTS)
        and not forces_abuse(words)
    ):
        code = "attack"  # "les militaires ont ouvert le feu sur les assaillants": the fight
    if code == "security_forces_abuse" and _forces_as_allies(words):
        # "ils frappent les gens pour qu'ils disent où sont les militaires": armed men's
        # violence against people they accuse of helping the forces — the unit must hear
        others = {c: v for c, v in scores.items() if c not in ("security_forces_abuse", "other")}
        if others and max(others.values()) >= 2.0:
            code = max(others, key=others.__getitem__)
        elif any_said(words, lexicon.VIOLENCE) or any_said(words, lexicon.KILLING):
            code = "attack"
        else:
            code = "armed_presence"  # a threat to whoever talks to the soldiers
    if (
        code == "security_forces_abuse"
        and scores.get("other", 0.0) >= 1.5  # "merci pour votre aide"
        and (
            any_said(words, lexicon.RELEASED)
            or (any_said(words, lexicon.CALM) and not forces_abuse(words))
        )
        and not any_said(words, lexicon.EXTORTION)
        and not any_said(words, lexicon.DISTRESS)
    ):
        # "les gendarmes ont libéré le jeune …, merci à vous", "les militaires sont venus
        # hier et maintenant ça va, merci": thanks
        code = "other"
    militia = (two_communities or any_said(words, lexicon.MILITIAS)) and not any_said(
        words, lexicon.STATE_FORCES
    )
    if code == "security_forces_abuse" and militia:
        code = "intercommunal"  # one community's militia against another's people
    if (
        code == "intercommunal"
        and any_said(words, lexicon.MILITIAS)
        and any_said(words, lexicon.BLOCKADE)
        and not two_communities
        and not any_said(words, lexicon.VIOLENCE)
    ):
        code = "armed_presence"  # "les dozos ont bloqué la route": armed men holding a road
    if (
        code != "other"
        and (
            any_said(words, lexicon.MEDIA)
            or (any_said(words, lexicon.REMEMBRANCE) and not any_said(words, lexicon.NOW))
        )
        and not any_said(words, lexicon.DISTRESS)
    ):
        code = "other"  # a film about an attack, the attack's anniversary: no incident now
    if (
        code != "other"
        and scores.get("other", 0.0) >= 6.0
        and scores["other"] >= 2 * scores.get(code, 0.0)
        and not any_said(words, lexicon.DISTRESS)
    ):
        code = "other"  # news of peace made, thanks, a meeting that went well: words say so
    if (
        code == "displacement"
        and event_scores(words).get("natural_hazard", 0.0) >= 2.5
        and not any_said(words, lexicon.FIGHTING)
        and not any_said(words, lexicon.VIOLENCE)
    ):
        code = "natural_hazard"  # "inondation, 40 familles sans abri": the flood is the news
    if code == "displacement" and any_said(words, lexicon.CAMP):
        hazard, service = scores.get("natural_hazard", 0.0), scores.get("service_disruption", 0.0)
        if max(hazard, service) >= 2.5:  # the camp is where it happened, not what happened
            code = "natural_hazard" if hazard >= service else "service_disruption"
    if (
        code in ("land_dispute", "service_disruption")
        and any_said(words, lexicon.PANIC)
        and event_scores(words).get(code, 0.0) < 2.0
    ):
        code = "attack"  # "les femmes se cachent dans les champs": hiding, not a field dispute
    if code == "attack" and nature_killed(words):
        # "la fièvre jaune tue à Botou", "deux vieux sont morts de la chaleur": a disease,
        # the heat, hunger or thirst kills, no weapon
        code = "natural_hazard"
    if (
        code in ("displacement", "service_disruption", "other")
        and any_said(words, lexicon.DISEASES)
        # "plus de médicaments contre le paludisme": the clinic's want, no epidemic
        and not _only_against(words, lexicon.DISEASES)
    ):
        code = "natural_hazard"  # measles in a camp of displaced people: an epidemic
    if (
        "blocus" in words  # (most messages: no rule to run)
        and (
            code in ("armed_presence", "other")
            or (code == "natural_hazard" and _only_hunger_named(words))
        )
        and _blockade_told_by_its_effects(words)
    ):
        # "le blocus dure, aucun camion", "les prix ont doublé à cause du blocus": the
        # town's supplies cut off are the news — the armed men who hold it are not named
        code = "service_disruption"
    if (
        code != "other"
        and any_said(words, lexicon.ACCIDENTS)
        and not any_said(words, lexicon.WEAPONS)
        and not any_said(words, lexicon.FIGHTING)
        and not any_said(words, lexicon.ROBBERS)
        and scores.get("explosive", 0.0) < 2.0
        and not any_said(words, lexicon.DISTRESS)
        # ("accident de car, 4 morts et 12 blessés": its toll is no attack's word)
        and (event_scores(words).get(code, 0.0) < 2.0 or _only_its_toll(words, code))
    ) or (code == "natural_hazard" and any_said(words, lexicon.BATHING)):
        # "un accident de moto, deux blessés": no incident of the taxonomy (but a clinic
        # closed while the injured of an accident wait is one); "3 enfants se sont noyés
        # en se baignant": drowned at play, no flood
        code = "other"
    if code in ("banditry", "cattle_theft") and any_said(words, lexicon.RETURNED):
        code = "other"  # the motorbikes stolen last month given back by the gendarmes
    if (
        code == "land_dispute"
        and any_said(words, lexicon.WILD_ANIMALS)
        and not livestock
        and not any_said(words, lexicon.HERDERS)
    ):
        code = "other"  # a warthog destroying the fields, killed by hunters: no quarrel
    if code == "cattle_theft" and any_said(words, lexicon.WILD_ANIMALS) and not theft:
        code = "other"  # "les chasseurs ont tué une hyène qui mangeait les chèvres"
    if code == "cattle_theft" and any_said(words, lexicon.DISEASES) and not theft:
        code = "natural_hazard"  # cows dying of a disease: nobody took them
    if code == "explosive" and any_said(words, lexicon.GAS_EXPLOSION):
        code = "other"  # "explosion d'une bouteille de gaz dans un restaurant": an accident
    if (
        code == "explosive"
        and any_said(words, lexicon.AWARENESS)
        and not any_said(words, lexicon.DEVICE_MET)
    ):
        code = "other"  # "sensibilisation sur les engins explosifs demain à l'école"
    if (
        code in ("service_disruption", "other")
        and any_said(words, lexicon.ARMED_ACTORS)
        and any(w.startswith("recrut") for w in words)
    ):
        code = "armed_presence"  # "les jihadistes recrutent des enfants dans les écoles"
    if (
        code == "displacement"
        and any_said(words, lexicon.BACK_HOME)
        and not any_said(words, lexicon.LEAVING)
        and not any_said(words, lexicon.FIGHTING)
    ):
        code = "other"  # "les déplacés de Mondoro sont rentrés chez eux, c'est calme"
    if code in ("armed_presence", "displacement") and _relieved(words):
        # "les militaires sont arrivés à Sokolo, les hommes armés sont partis": relief
        code = "other"
    if (
        code == "armed_presence"
        # (or armed men whose only deed is encircling: "… ont encerclé le village voisin")
        or (code == "attack" and {stem for stem, _ in category_stems(words, code)} == {"encercl"})
    ) and _flight_before_its_cause(words):
        # "les gens quittent le village ce soir après l'ultimatum des hommes armés": the
        # flight is the news, the armed men why
        code = "displacement"
    if code == "attack" and _arrivals_tell_of_it(words):
        # "des familles arrivent à Sofara, elles disent que les hommes armés ont tué 2
        # bergers": the arrivals are the news here, the killing their story
        code = "displacement"
    if code == "armed_presence" and _arrivals_told_first(words):
        # "des familles arrivent à Douentza … elles disent que les hommes armés ont donné
        # un ultimatum": the arrivals are the news, the armed men their cause
        code = "displacement"
    if (
        code in ("intercommunal", "land_dispute")
        and any_said(words, lexicon.CALMED)
        and not any_said(words, lexicon.CLASH)
        and not any_said(words, lexicon.KILLING)
        and not any_said(words, lexicon.IMMINENT)
    ):
        code = "other"  # "la tension est retombée entre les Dogons et les Peuls": good news
    if (
        code == "displacement"
        and scores.get("other", 0.0) >= 3.0
        and _only_the_displaced_named(words)
    ):
        code = "other"  # "les déplacés du camp ont reçu des tentes, merci": aid, no flight
    if (
        code == "attack"
        and any_said(words, lexicon.NATURAL_DEATH)
        and scores.get("service_disruption", 0.0) >= 1.0
        and not any_said(words, lexicon.KILLING)
        and not any_said(words, lexicon.WEAPONS)
        and not any_said(words, lexicon.FIGHTING)
        and not any_said(words, lexicon.VIOLENCE)
    ):
        # "une femme et son bébé morts en accouchant faute d'ambulance": no one killed them,
        # the service failed them
        code = "service_disruption"
    if (
        code == "service_disruption"
        and any_said(words, lexicon.GROUP_RULES)
        and any_said(words, lexicon.ARMED_ACTORS)
    ):
        code = "armed_presence"  # "le marché fermé sur ordre des jihadistes": their rule
    if code == "service_disruption" and (
        any(
            words[i - 1 : i] not in (["soit"], ["soient"], ["etre"])  # "qu'il soit rouvert"
            and not is_negated(words, i)
            for i in where_said(words, LEXICON_SETS[id(lexicon.REOPENED)])
        )
        or _service_going_again(words)
    ):
        code = "other"  # "les écoles rouvrent lundi après 2 semaines de fermeture"
    if code == "displacement" and staff_left(words):
        # "les enseignants menacés ont quitté le village": the threat is the news (s11za02,
        # s12zb04); staff gone with no threat named: the school or the clinic is closed
        threatened = any(w.startswith("menac") for w in words)
        code = "armed_presence" if threatened else "service_disruption"
    if code == "attack" and _flight_then_shots(words):
        code = "displacement"  # "u ye boli … sabu tirs bɛ yen": they fled, shots behind
    if (
        code == "displacement"
        and _shots_then_flight(words)
        and not _attack_only_in(words, lexicon.THREATENED_ATTACK)  # a rumour of one
    ):
        code = "attack"  # "des tirs depuis ce matin à Sio, les gens fuient": the shooting
    if (code == "natural_hazard" and _one_death_of_illness(words)) or (
        code in ("natural_hazard", "land_dispute", "cattle_theft")
        and _disease_prevented(words)
        and not takes(words)
        and not any_said(words, lexicon.CLASH)
    ):
        # "le chef de village est décédé hier de maladie", "ont vacciné leurs animaux contre
        # la peste": a death in the family, a campaign — no epidemic
        code = "other"
    if (
        code == "intercommunal"
        and any_said(words, lexicon.FISHERS)
        and any_said(words, _BOURGOU)
        and "tension" not in words  # "tension entre Bozos et Peuls": the communities (s13d25)
    ):
        code = "land_dispute"  # Bozos and Peuls fighting for the bourgou: the Delta's quarrel
    if code == "displacement" and _asks_about_the_displaced(words):
        # "est-ce que vous aidez les déplacés de Bankass ?": a question to the service
        # about people displaced long since, no flight or arrival told
        code = "other"
    if (
        code == "armed_presence"
        and _bridge_broken(words)
        and not any_said(words, lexicon.ARMED_ACTORS)
    ):
        # "le pont de Konna est cassé, les camions ne passent plus": the bridge stops them,
        # nobody holds the road
        code = "service_disruption"
    if code == "natural_hazard" and _only_the_road_cut(words):
        code = "service_disruption"  # "le pont est tombé avec la crue": the way cut off
    if code == "service_disruption" and _vehicle_broke_down(words):
        code = "other"  # "le camion de l'ONG est tombé en panne": a traveller's trouble
    if code == "other" and named and _only_prices_say_other(words):
        # "la route est minée depuis 2 semaines, les camions ne passent plus, le prix du
        # sac a doublé": the price is what the incident does, not the message's subject
        events = {c: v for c, v in event_scores(words).items() if c != "other"}
        if events and max(events.values()) >= 2.0:
            code = max(
                (c for c in combined if c != "other" and events.get(c, 0.0) > 0),
                key=combined.__getitem__,
            )
    if (
        code == "attack"
        and ("maladie" in words or any_said(words, lexicon.DISEASES))
        and _only_animals_killed(words, deaths=True)
    ):
        code = "natural_hazard"  # "la maladie des chameaux tue, 30 chameaux morts": a disease
    if code == "attack" and _only_an_electrical_fire(words):
        # "so jɛnina …, c'est un court circuit": a house on fire by accident (as s14g13)
        code = "other"
    if code in ("attack", "other") and _market_fire(words):
        # "incendie au marché, 20 boutiques brûlées, c'est un court-circuit": a disaster
        # for the town (the local authority's), no one to send the unit after
        code = "natural_hazard"
    return Category(code, min(1.0, confidence), len(scores), negated, named)


_BOURGOU = ["bourgou", "burgu", "bourgoutiere", "bourgoutieres"]


def _asks_about_the_displaced(words: list[str]) -> bool:
    """A question to the service ("do you give food to displaced people?") whose only
    words of displacement name the displaced, not a flight or an arrival."""
    return any_said(words, lexicon.ASKS_THE_SERVICE) and _only_the_displaced_named(words)


def _bridge_broken(words: list[str]) -> bool:
    """A bridge said broken a few words on: "le pont de Konna est cassé"."""
    return any(
        word in _BRIDGES and not _BROKEN.isdisjoint(words[i + 1 : i + 6])
        for i, word in enumerate(words)
    )


_BRIDGES = frozenset({"pont", "bridge", "radier"})
_BROKEN = frozenset({
    "casse", "cassee", "effondre", "effondree", "emporte", "detruit", "collapsed", "broken",
    "broke", "destroyed",
})  # fmt: skip


def _only_the_road_cut(words: list[str]) -> bool:
    """Water that cut a road or took a bridge, and nothing else said harmed."""
    return (
        any_said(words, lexicon.ROADS)
        and not any_said(words, lexicon.HARMED_BESIDE)
        and not any_said(words, lexicon.HARM)
        and not any_said(words, lexicon.DISEASES)
        and not any_said(words, lexicon.DWELLINGS[:4])  # "maison", "case": homes, not a village
    )


def _first_said(words: list[str], category: str, settings: bool = False) -> int | None:
    """Where the first word scoring for this category stands, or None: which incident a
    message tells first."""
    return min((at[0] for _, at in category_stems(words, category, settings)), default=None)


def _threat_told_first(words: list[str]) -> bool:
    """An attack announced before any word of flight ("on dit qu'il y aura une attaque
    cette nuit, les gens commencent à partir"), not after it ("fuite massive suite à
    l'ultimatum": the flight is the news)."""
    threat = where_said(words, LEXICON_SETS[id(lexicon.THREATENED_ATTACK)])
    flight = _first_said(words, "displacement")
    return bool(threat) and (flight is None or min(threat) < flight)


def _arrivals_told_first(words: list[str]) -> bool:
    """People arriving somewhere, told before any word of armed men, with a flight's
    words (two points or more): the armed men are why they came."""
    arriving = where_said(words, LEXICON_SETS[id(lexicon.ARRIVING)])
    if not arriving or event_scores(words).get("displacement", 0.0) < 2.0:
        return False
    armed = _first_said(words, "armed_presence", settings=True)
    return armed is None or min(arriving) < armed


def _only_hurt_in_the_theft(words: list[str]) -> bool:
    """The attack's only words are of shots and wounds, and the thieves named — or the
    armed men who took the herd ("ont emporté 200 moutons et blessé un berger")."""
    return (any_said(words, lexicon.ROBBERS) or _armed_men_named(words)) and only_words_of(
        words, "attack", ("bless", "balle", "tir", "coup", "feu", "shot", "wound")
    )


def _armed_men_named(words: list[str]) -> bool:
    """Armed men named as people — not the fight against them ("counter-terrorism",
    "lutte contre le terrorisme") nor a fear ("les gens sont terrorisés")."""
    return any(
        not (words[i].startswith("terroris") and not words[i].startswith("terrorist"))
        for i in where_said(words, LEXICON_SETS[id(lexicon.ARMED_ACTORS)])
    )


def _forces_kill_fighters(words: list[str]) -> bool:
    """The forces named, then a killing whose object is armed men ("l'armée a tué des
    terroristes")."""
    forces = where_said(words, LEXICON_SETS[id(lexicon.FORCES)])
    return bool(forces) and any(
        w in _KILLED_FORMS and i > min(forces) and _armed_men_named(words[i + 1 : i + 4])
        for i, w in enumerate(words)
    )


def _a_community_musters(words: list[str]) -> bool:
    """Young men, no armed group named, gathering to go against a community ("des jeunes
    armés … se regroupent pour aller attaquer le campement peul"): reprisals coming, a
    matter between communities (as d021), not an armed group's attack."""
    return (
        "jeunes" in words
        and any_said(words, lexicon.MUSTERING)
        and not lexicon.COMMUNITIES.keys().isdisjoint(words)
        and not _armed_men_named(words)
        and not any_said(words, lexicon.FORCES)
    )


def _weapons_bought(words: list[str]) -> bool:
    """Weapons as what is bought ("viennent acheter des armes"), not armed men who buy
    ("des hommes armés … viennent acheter au marché": food)."""
    weapons = LEXICON_SETS[id(lexicon.WEAPONS)]
    return any(
        bool(where_said(words[i + 1 : i + 4], weapons))
        for i in where_said(words, LEXICON_SETS[id(lexicon.BUYING)])
    )


def _forces_clash(words: list[str]) -> bool:
    """The forces and armed men named, and a clash ("les FAMa et des hommes armés
    s'affrontent"): a fight between them, not two communities' quarrel."""
    return (
        any_said(words, lexicon.CLASHING)
        and any_said(words, lexicon.FORCES)
        and _armed_men_named(words)
        and lexicon.COMMUNITIES.keys().isdisjoint(words)
    )


_UNPLATED = frozenset({"sans plaque", "sans plaques"})
_KILLED_FORMS = frozenset({"tue", "tues", "killed", "kill", "abattu", "abattus", "massacre"})


def _only_prices_say_other(words: list[str]) -> bool:
    """The words that score for no incident are all of prices ("le prix du sac")."""
    index = stem_categories()
    others = [
        stem for stem in stems_found(words) if any(c == "other" for c, _ in index.get(stem, ()))
    ]
    return bool(others) and all("prix" in stem.split() for stem in others)


def _only_an_electrical_fire(words: list[str]) -> bool:
    """The wiring said to be the cause, every attack word a burning, no one who set it."""
    burning = [stem for stem, _ in category_stems(words, "attack", settings=True)]
    return (
        any_said(words, lexicon.ELECTRICAL)
        and bool(burning)
        and all(stem.startswith(_BURNT) for stem in burning)
        and _no_one_set_it(words)
    )


def _no_one_set_it(words: list[str]) -> bool:
    """A fire no one is said to have set: no armed man, no thief, no arson."""
    return (
        not any_said(words, lexicon.ARMED_ACTORS)
        and not any_said(words, lexicon.ROBBERS)
        and not any_said(words, lexicon.ARSON)
    )


_BURNT = ("brul", "incendi", "feu", "fire", "burn", "so jeni", "jeni", "tasuma")


_TOLL = ("mort", "bless", "tue", "dead", "injur", "kill", "died", "deces", "victim")


def _only_its_toll(words: list[str], code: str) -> bool:
    """The category's only words are the dead and the wounded counted."""
    return only_words_of(words, code, _TOLL)


def _burned_by_the_fire(words: list[str]) -> bool:
    """The attack's only words are of burning, and no one is said to have set the fire:
    what a bush fire burned ("les champs de mil ont brûlé", "personne n'est blessé")."""
    return _no_one_set_it(words) and only_words_of(words, "attack", _BURNT, denied_too=True)


def _market_fire(words: list[str]) -> bool:
    """A fire in a market or a quarter of shops, no one said to have set it (no armed man,
    no thief, no arson, no shot: "coups de feu") and no fault of the wiring said."""
    fire = [
        i
        for i, w in enumerate(words)
        if w in _FIRE_NOUNS and words[max(0, i - 2) : i] not in (["coups", "de"], ["coup", "de"])
    ]
    return (
        bool(fire)
        and not _MARKET_WORDS.isdisjoint(words)
        and _no_one_set_it(words)
        and not any_said(words, lexicon.ELECTRICAL)  # an accident (s14g13): no incident
    )


_FIRE_NOUNS = frozenset({"incendie", "incendies", "feu", "flammes", "fire"})
_MARKET_WORDS = frozenset(
    {"marche", "boutiques", "magasins", "hangars", "etals", "market", "shops", "stalls"}
)


def _only_animals_killed(words: list[str], deaths: bool = False) -> bool:
    """Every killing word (with `deaths`, every word of death too) is said of animals —
    the nearest being named within three words before it ("12 vaches égorgées", "30
    chameaux morts") or after it ("ont abattu 30 boeufs") is livestock — and the attack
    has no other word (shots, an assault)."""
    stems = (*_KILLING_STEMS, *_DEATH_STEMS) if deaths else _KILLING_STEMS
    killed = set(where_said(words, LEXICON_SETS[id(lexicon.VIOLENT_DEATH)]))
    if deaths:
        killed |= {i for i, w in enumerate(words) if w.startswith(_DEATH_STEMS)}
    if not killed or any(not stem.startswith(stems) for stem, _ in category_stems(words, "attack")):
        return False
    for i in killed:
        near = [*reversed(words[max(0, i - 3) : i]), *words[i + 1 : i + 4]]
        beings = [w for w in near if is_person(w) or w.startswith(LIVESTOCK_STEMS)]
        if not beings or not beings[0].startswith(LIVESTOCK_STEMS):
            return False
    return True


_KILLING_STEMS = tuple(lexicon.VIOLENT_DEATH)
_DEATH_STEMS = ("mort", "meur", "crev", "died", "dead", "dying")


def _goods_taken_only(words: list[str]) -> bool:
    """The abduction's only words are a taking's ("ont pris de force"), and what was
    taken is no person."""
    taking = {stem for stem, _ in category_stems(words, "kidnapping")}
    return (
        bool(taking)
        and all(stem.startswith(_TAKING_WORDS) for stem in taking)
        and any_said(words, lexicon.THEFT_OBJECTS)
        and not takes_people(words)
    )


def _goods_carried_off(words: list[str]) -> bool:
    """As `_goods_taken_only`, for "enlevé" (the word of an abduction): every one said
    of goods named just before it ("3 motos ont été enlevées"), no person named in the
    clause ("le commerçant et sa moto ont été enlevés"), nobody taken or gone."""
    carried = [i for i, w in enumerate(words) if w.startswith("enlev")]
    return (
        bool(carried)
        and all(
            any(w.startswith(THING_STEMS) for w in words[max(0, i - 4) : i])
            and not any(is_person(w) for w in words[max(0, i - 8) : i])
            for i in carried
        )
        and not takes_people(words)
        and not person_gone(words)
    )


_TAKING_WORDS = ("pris", "ont pris", "a pris", "prennent", "amene", "emmene", "emporte")


def _blasts_among_shots(words: list[str]) -> bool:
    """Explosions named only as blasts ("explosions", "blast"), with shots beside them."""
    blasts = [stem for stem, _ in category_stems(words, "explosive")]
    return (
        bool(blasts)
        and all(stem.startswith(("explos", "blast")) for stem in blasts)
        and not _TIRS.isdisjoint(words)
    )


_TIRS = frozenset({"tirs", "tir", "fusillade", "gunfire", "shooting", "shots", "tirent"})


def _shots_in_the_air_only(words: list[str]) -> bool:
    """Shots said fired in the air, no other word of an attack, nobody hurt."""
    return (
        any_said(words, lexicon.IN_THE_AIR)
        # (a wound denied: "pas de blessé")
        and only_words_of(words, "attack", ("tir", "coup", "feu", "shot", "fire"), denied_too=True)
        and not affirmed(words, lexicon.HARM)
    )


_ENGLISH_HARMED = frozenset({
    "killed", "wounded", "injured", "abducted", "kidnapped", "ambushed", "attacked", "shot",
})  # fmt: skip


def _youths_at_a_community(words: list[str]) -> bool:
    """Young men named, and a settlement named by its community ("le village peul",
    "le hameau dogon"): the youth of one community at another's homes."""
    return any(w in ("jeunes", "youths", "youth") for w in words) and any(
        w in _SETTLEMENTS and words[i + 1 : i + 2] and words[i + 1] in lexicon.COMMUNITIES
        for i, w in enumerate(words)
    )


_SETTLEMENTS = frozenset({
    "village", "villages", "hameau", "hameaux", "campement", "campements", "quartier",
})  # fmt: skip


def _relieved(words: list[str]) -> bool:
    """The forces came and the armed men left, to no one else: the danger is over."""
    forces = where_said(words, LEXICON_SETS[id(lexicon.FORCES)])
    came = any(not _ARRIVED.isdisjoint(words[i + 1 : i + 4]) for i in forces)
    armed = where_said(words, LEXICON_SETS[id(lexicon.ARMED_ACTORS)])
    left = [
        i + k
        for i in armed
        for k in range(1, 5)
        if words[i + k : i + k + 1] in (["partis"], ["repartis"], ["enfuis"], ["fui"])
    ]
    return (
        came
        and bool(left)
        and not any(heading_to_people(words[j + 1 : j + 8]) for j in left)
        and not any_said(words, lexicon.KILLING)
    )


_ARRIVED = frozenset({"arrives", "arrivee", "arrivees", "arrivent", "venus", "arrived", "came"})


def _flight_before_its_cause(words: list[str]) -> bool:
    """People leaving, told first, and the armed men named just after a word of cause
    ("… à cause des jihadistes") or said to be coming ("… ils disent que les jihadistes
    arrivent": an urgent flight reaches the security unit too, `alerts.defaults`)."""
    leaving = where_said(words, LEXICON_SETS[id(lexicon.LEAVING)])
    if not leaving or event_scores(words).get("displacement", 0.0) < 2.0:
        return False
    armed = _first_said(words, "armed_presence", settings=True)
    if armed is None or min(leaving) > armed:
        return False
    before = set(words[max(0, armed - 4) : armed])
    if not before.isdisjoint(_CAUSE_WORDS):
        return True
    # the ultimatum the armed men gave, said or reported after the flight (as s13j06,
    # s15b08, s16b09: the flight is the news)
    if "ultimatum" in words[armed + 1 : armed + 6]:
        return True
    coming = words[armed + 1 : armed + 3]
    after = words[armed + 1 : armed + 7]  # ("hommes armés sont à l'entrée": a phrase first)
    if "sont" in after and not _AT_THE_GATES.isdisjoint(after[after.index("sont") :]):
        return True  # "les gens quittent X en masse, les hommes armés sont à l'entrée"
    if not _NEXT_DOOR.isdisjoint(after):
        return True  # "les gens fuient …, les hommes armés ont encerclé le village voisin"
    if coming[:1] == ["nana"]:
        return True  # bm "mɔgɔw bɛ ka bɔ Dioura sisan, marifatigiw nana": they came
    # (Bambara "u ko marifatigiw bɛ na": they say the armed men are coming)
    return (not before.isdisjoint(_TELLING) or ["u", "ko"] == words[armed - 2 : armed]) and (
        not _COMING.isdisjoint(coming) or coming == ["be", "na"]
    )


_COMING = frozenset({"arrivent", "approchent", "viennent", "reviennent", "coming", "approaching"})
_AT_THE_GATES = frozenset({"entree", "portes", "porte", "sortie", "limites"})
_NEXT_DOOR = frozenset({"voisin", "voisins", "neighbouring", "neighboring"})
_CAUSE_WORDS = frozenset({"apres", "suite", "cause", "peur", "crainte", "after", "fear"})


def _arrivals_tell_of_it(words: list[str]) -> bool:
    """Arrivals told first, and the attack in what they say ("elles disent que …")."""
    if not _arrivals_told_first(words):
        return False
    attack = _first_said(words, "attack")
    arriving = min(where_said(words, LEXICON_SETS[id(lexicon.ARRIVING)]))
    return attack is not None and not _TELLING.isdisjoint(words[arriving:attack])


_TELLING = frozenset({"disent", "racontent", "expliquent", "say", "said", "told"})


def _only_the_displaced_named(words: list[str]) -> bool:
    """The displaced named as people ("les déplacés", "les PDI"), no one said to flee,
    leave or arrive."""
    return (
        all(stem in _THE_DISPLACED for stem, _ in category_stems(words, "displacement"))
        and not _people_arrive(words)
        and not any_said(words, lexicon.LEAVING)
        and not any_said(words, lexicon.FLEEING_NOW)
        and _RETURNS.isdisjoint(words)  # "retour des déplacés: 30 familles sont revenues"
    )


def _people_arrive(words: list[str]) -> bool:
    """A word of arriving whose subject is not aid ("les vivres sont arrivés au site")."""
    return any(
        _AID.isdisjoint(words[max(0, i - 3) : i])
        for i in where_said(words, LEXICON_SETS[id(lexicon.ARRIVING)])
    )


_AID = frozenset({
    "vivres", "aide", "nourriture", "vaccins", "medicaments", "tentes", "food", "aid",
    "supplies", "vaccines",
})  # fmt: skip
_RETURNS = frozenset({
    "revenues", "revenus", "reviennent", "rentrent", "returned", "returning",
    "returnees",
})  # fmt: skip
_THE_DISPLACED = frozenset({
    "deplace", "deplaces", "deplacee", "deplacees", "pdi", "refugie", "refugies", "idp", "idps",
    "displaced",
    "au site",  # where they live ("les vivres sont arrivés au site des PDI")
})  # fmt: skip


def _flight_then_shots(words: list[str]) -> bool:
    """People fleeing told first, then shooting as its reason, and no other word of an
    attack (no one killed, nothing burned): the flight is the news (s11o10)."""
    fighting = where_said(words, LEXICON_SETS[id(lexicon.FIGHTING)])
    if not fighting or event_scores(words).get("displacement", 0.0) < 2.0:
        return False
    flight = _first_said(words, "displacement")
    # (the costliest test last: it reads the words again without the shooting's)
    return (
        flight is not None and flight < min(fighting) and _attack_only_in(words, lexicon.FIGHTING)
    )


def _under_siege(words: list[str]) -> bool:
    """A town cut off for weeks ("encerclé depuis des mois", "le blocus dure"), not
    lifted ("ont levé le blocus")."""
    return long_siege(words) and _LIFTED.isdisjoint(words)


def _only_hunger_named(words: list[str]) -> bool:
    """The only hazard named is hunger ("des enfants meurent de malnutrition")."""
    return all(stem in _HUNGER_DEATHS for stem, _ in category_stems(words, "natural_hazard"))


_PAST_WORDS = frozenset({"apres", "after"})
_ARMED_GROUPS = frozenset({"gane", "katiba", "groupes", "groupe", "ennemi", "jnim", "eigs"})
_HUNGER_DEATHS = frozenset(lexicon.NATURAL_DEATH) | {"meurent", "meurt", "mourir", "dying"}


def _blockade_told_by_its_effects(words: list[str]) -> bool:
    """A "blocus" not lifted, with no armed men named nor the town said encircled."""
    return (
        "blocus" in words
        and _LIFTED.isdisjoint(words)
        and not any_said(words, lexicon.ARMED_ACTORS)
        and _ARMED_GROUPS.isdisjoint(words)  # "blocus imposé par les GANE"
        # "le convoi est enfin arrivé après 3 mois de blocus": over
        and "enfin" not in words
        and not _PAST_WORDS.intersection(words[max(0, words.index("blocus") - 4) :])
        and not any(stem in stems_found(words) for stem in lexicon.SIEGE if stem != "blocus")
    )


_LIFTED = frozenset({"leve", "levee", "lifted"})


def _shots_then_flight(words: list[str]) -> bool:
    """Shooting told first, people fleeing after ("on entend des tirs … les gens fuient"):
    the shooting is the news, for the security unit. (Told the other way — "le village
    est en train de fuir, on entend les tirs derrière nous", families who "arrivent" and
    flee the fighting — the flight is.)"""
    fighting = [
        i
        for i in where_said(words, LEXICON_SETS[id(lexicon.FIGHTING)])
        if not is_negated(words, i) and _SINCE.isdisjoint(words[max(0, i - 3) : i])
    ]  # ("trois jours après l'attaque": a cause, told past)
    if not fighting or any_said(words, lexicon.ARRIVING) or any_said(words, lexicon.PAST):
        return False
    flight = _first_said(words, "displacement")
    return flight is not None and min(fighting) < flight


def _one_death_of_illness(words: list[str]) -> bool:
    """One person's death of an illness (a singular verb, no disease named): an epidemic
    is a disease named or several dead."""
    return (
        any_said(words, lexicon.OF_ILLNESS)
        and not any_said(words, lexicon.DISEASES)
        and any(
            w in ("decede", "decedee", "mort", "morte") and words[i - 1 : i] == ["est"]
            for i, w in enumerate(words)
        )
    )


def _only_against(words: list[str], phrases: list[str]) -> bool:
    """Every mention of these is what something is "contre" (against)."""
    at = where_said(words, LEXICON_SETS[id(phrases)])
    return bool(at) and all(not _AGAINST.isdisjoint(words[max(0, i - 3) : i]) for i in at)


def _disease_prevented(words: list[str]) -> bool:
    """Every disease named is what a vaccination is against ("contre la peste")."""
    return any_said(words, lexicon.VACCINATION) and _only_against(words, lexicon.DISEASES)


def _vehicle_broke_down(words: list[str]) -> bool:
    """Broken down ("en panne") with a vehicle named just before: no service failing
    (a borehole, a clinic's generator would be one)."""
    return (
        any(
            w == "en"
            and words[i + 1 : i + 2] == ["panne"]
            and not _VEHICLES.isdisjoint(words[max(0, i - 7) : i])
            for i, w in enumerate(words)
        )
        and event_scores(words).get("service_disruption", 0.0) < 2.0
    )


_VEHICLES = frozenset(lexicon.VEHICLES)


AUXILIARIES = frozenset({"a", "ont", "ete", "est", "sont", "etait", "etaient", "were", "was"})
_PASSIVE = frozenset({"ete", "est", "sont", "etait", "etaient", "were", "was"})


def _livestock(words: list[str]) -> bool:
    """Animals named as what happened to, not as a trade or a place ("le commerçant de
    bétail", "le marché à bétail": the robbed man, the market)."""
    return any(
        i < 2 or words[i - 2] not in _TRADES
        for i in where_said(words, LEXICON_SETS[id(lexicon.LIVESTOCK)])
    )


_TRADES = frozenset({
    "commercant", "commercants", "marchand", "marchands", "vendeur", "vendeurs", "marche",
    "foire", "parc", "trader", "traders",
})  # fmt: skip


def _since_a_clause(words: list[str]) -> list[int]:
    """English "since" opening a clause ("closed since the nurse was abducted", "no
    medicine since the convoy was attacked"): a cause, as "depuis l'enlèvement" — not a
    time ("since Monday", "since the morning armed men were seen")."""
    return [
        i
        for i, w in enumerate(words)
        if w == "since"
        and words[i + 1 : i + 2] in _A_SUBJECT
        and not {"was", "were"}.isdisjoint(words[i + 2 : i + 5])
    ]


_A_SUBJECT = (["the"], ["a"], ["an"], ["their"], ["his"], ["her"], ["its"], ["our"])


def _only_as_cause(words: list[str], code: str, since: bool = False) -> bool:
    """Whether every word of this category comes after a word of cause ("à cause des"),
    or, with `since`, of a start ("depuis qu'un enseignant a été enlevé")."""
    causes = where_said(words, LEXICON_SETS[id(lexicon.CAUSE)]) + _since_a_clause(words)
    if since:
        causes += where_said(words, LEXICON_SETS[id(lexicon.SINCE)])
    if not causes:
        return False
    start = min(causes)
    index = stem_categories()
    return all(
        i > start
        for stem, positions in stems_found(words).items()
        if any(c == code for c, _ in index.get(stem, ()))
        for i in positions
    )


def _attack_only_in(words: list[str], phrases: list[str]) -> bool:
    """Whether every attack word is inside one of these phrases: without them, no
    attack is left (an attack announced, or named only as the cause of a flight)."""
    found = stems_found(words)
    spans = [(i, i + len(phrase.split())) for phrase in phrases for i in found.get(phrase, ())]
    if not spans:
        return False
    rest = [w for i, w in enumerate(words) if not any(a <= i < b for a, b in spans)]
    return lexicon_scores(rest)[0].get("attack", 0.0) < 1.0


def _names_an_event(words: list[str]) -> bool:
    """Whether a stem of an incident category other than a mere setting
    (`lexicon.TOPICS`) occurs, a service is said to be missing ("pas de médecin",
    "sugu ma kɛ"), or animals are said to be taken."""
    index = stem_categories()
    for stem, positions in stems_found(words).items():
        entries = index.get(stem)
        if not entries or not any(c != "other" for c, _ in entries):
            continue
        if stem not in lexicon.TOPICS:
            if all(c in lexicon.ABSENCE_CATEGORIES for c, _ in entries) or not all(
                is_negated(words, i) for i in positions
            ):
                return True  # "pas d'attaque" names none
    if _a_setting_missing(words):
        return True
    # animals or people taken, a person gone: events without an event word
    return (
        (any_said(words, lexicon.LIVESTOCK) and takes(words))
        or takes_people(words)
        or person_gone(words)
        or _households_arriving(words)
    )


def _households_arriving(words: list[str]) -> bool:
    """Families, households or people said to arrive, their place of origin between ("des
    familles de Toguéré-Coumbé arrivent à Ténenkou", "150 personnes de Ouenkoro sont
    arrivées à Bankass"): arrivals, whatever the phrase."""
    arriving = {
        j  # not "les familles n'arrivent plus" (to cope)
        for j in where_said(words, LEXICON_SETS[id(lexicon.ARRIVING)])
        if not is_negated(words, j) and words[j - 1 : j] != ["n"]
    }
    return not any_said(words, lexicon.CELEBRATION) and any(
        w in _HOUSEHOLDS and not arriving.isdisjoint(range(i + 1, i + 6))
        for i, w in enumerate(words)
    )


_HOUSEHOLDS = frozenset({"familles", "menages", "households", "families", "personnes", "people"})


def _forces_attacked(words: list[str]) -> bool:
    """The forces named as the target ("le poste de police", "l'attaque du camp"): a word
    of a target in the three words before their name."""
    targets = where_said(words, LEXICON_SETS[id(lexicon.FORCES_AS_TARGET)])
    return any(
        i - 3 <= t < i for i in where_said(words, LEXICON_SETS[id(lexicon.FORCES)]) for t in targets
    )


def _thieves_arrested(words: list[str]) -> bool:
    """The forces named, and thieves the object of an arrest ("a arrêté deux voleurs")."""
    if not any_said(words, lexicon.FORCES):
        return False
    robbers = where_said(words, LEXICON_SETS[id(lexicon.ROBBERS)])
    return any(
        w.startswith(_ARREST_STEMS)
        and (
            _a_thief_after(words, i)
            # the passive: "les voleurs de bétail ont été rattrapés … et remis à la gendarmerie"
            or (words[i - 1 : i] in (["ete"], ["been"]) and any(i - 6 <= r < i for r in robbers))
        )
        for i, w in enumerate(words)
    )


_ARREST_STEMS = ("arret", "interpell", "arrest", "attrap", "rattrap", "captur", "caught")


def _a_thief_after(words: list[str], i: int) -> bool:
    """The object of the arrest at i is a thief: a robber named in the next three words
    ("deux voleurs"), or a person who stole ("le chef de la bande qui volait les motos")."""
    robbers = set(where_said(words, LEXICON_SETS[id(lexicon.ROBBERS)]))
    if robbers & set(range(i + 1, i + 4)):
        return True
    after = words[i + 1 : i + 7]
    if "qui" not in after:
        return False
    k = i + 1 + after.index("qui")
    return not _STOLE.isdisjoint(words[k + 1 : k + 3])


_STOLE = frozenset({
    "volait", "volaient", "vole", "volent", "braquait", "braquaient", "braque", "rackettait",
    "stole", "robbed",
})  # fmt: skip


def _forces_take(words: list[str]) -> bool:
    """The forces named before the first word of taking, and no robber or other armed
    actor between: "les militaires sont venus, ils ont pris tous les téléphones"."""
    robbers = where_said(words, LEXICON_SETS[id(lexicon.ROBBERS)])
    # ("a arrêté deux voleurs de motos": "voleurs" names who stole, nothing taken here)
    taking = [
        i
        for i in where_said(words, LEXICON_SETS[id(lexicon.THEFT)])
        if i not in robbers
        # ("ont arrêté le jeune qui a volé ma moto": the thief's taking, not theirs)
        and "qui" not in words[max(0, i - 2) : i]
    ]
    forces = [  # "depuis le départ des militaires": gone, no actor of what follows
        i
        for i in where_said(words, LEXICON_SETS[id(lexicon.FORCES)])
        if _WITHDRAWN.isdisjoint(words[max(0, i - 2) : i])
    ]
    if not taking or not forces or min(forces) > min(taking):
        return False
    others = robbers + where_said(words, LEXICON_SETS[id(lexicon.ARMED_ACTORS)])
    return not any(min(forces) < k < min(taking) for k in others)


def _forces_as_allies(words: list[str]) -> bool:
    """Every mention of the forces is of the side the victims are said to help."""
    forces = where_said(words, LEXICON_SETS[id(lexicon.FORCES)])
    allies = where_said(words, LEXICON_SETS[id(lexicon.FORCES_AS_ALLIES)])
    return bool(forces and allies) and all(any(0 < f - a <= 5 for a in allies) for f in forces)


def casualties_incident(words: list[str], code: str) -> str | None:
    """The incident people were killed or hurt in, when the category found names only
    its settings ("7 morts, personne n'est venu voir les familles", "2 blessés, envoyez
    une ambulance"): the strongest other event word's, an attack if none. None when the
    category's own event words are there, or the harm was no violence (an accident,
    hunger, a disease)."""
    if (
        any_said(words, lexicon.ACCIDENTS)
        or any_said(words, lexicon.NATURAL_DEATH)
        or any_said(words, lexicon.DISEASES)
    ):
        return None
    events = event_scores(words)
    if code == "displacement" and events.get("attack", 0.0) >= 1.5:  # "ils ont tué 2 …"
        killing, flight = _first_said(words, "attack"), _first_said(words, "displacement")
        if killing is not None and flight is not None and killing < flight:
            return "attack"  # "ɓe mbari gorko gooto …, ɓe ndogi": the killing, then a flight
    if events.get(code, 0.0) >= 2.0:
        return None
    if code == "service_disruption" and _only_as_cause(words, "attack", since=True):
        return None  # "n'a plus d'agents depuis que l'infirmier a été tué": the closure
    others = {c: v for c, v in events.items() if c not in (code, "other")}
    if not others:
        return "attack"
    best = max(others, key=others.__getitem__)
    if code == "service_disruption" and _only_as_cause(words, best):
        # "morte en route parce que l'ambulance n'a pas pu passer à cause des hommes
        # armés": the armed men are why the service failed; the death is the service's
        return None
    return best


def _only_a_setting(words: list[str], code: str) -> bool:
    """The category's words are all settings (`lexicon.TOPICS`: a school, a herd), none
    said to be missing ("le CSCOM n'a toujours pas de médicaments"), and no other
    incident is named."""
    events = event_scores(words)
    return (
        events.get(code, 0.0) < 1.0
        and not any(v >= 2.0 for k, v in events.items() if k != "other")
        and not (code in lexicon.ABSENCE_CATEGORIES and _a_setting_missing(words))
    )


def _a_setting_missing(words: list[str]) -> bool:
    """A setting of a service or of nature said to be missing ("pas de médecin", "sugu
    ma kɛ", "no rain"): a setting's absence is an event."""
    index = stem_categories()
    for stem, positions in stems_found(words).items():
        entries = index.get(stem)
        if (
            stem in lexicon.TOPICS
            and entries
            and any(c != "other" for c, _ in entries)
            and any(c in lexicon.ABSENCE_CATEGORIES for c, _ in entries)
            and any(is_negated(words, i) or denied_after(words, i) for i in positions)
        ):
            return True
    return False


def cries_for_help(words: list[str]) -> bool:
    """ "Au secours", "aidez nous", "feu partout": whatever else the words say, an alert."""
    return any_said(words, lexicon.PANIC)


def nothing_taken(words: list[str]) -> bool:
    """No word of taking ("les bandits ont abattu 8 chameaux et blessé 2 bergers"): the
    animals named are the victims of an attack, not a herd driven off."""
    return "ta" not in words and not any_said(words, lexicon.THEFT)


def names_forces(words: list[str]) -> bool:
    """Soldiers, gendarmes, VDP… named (a complaint about them needs them there)."""
    return any_said(words, lexicon.FORCES)


def farmers_and_herders_clash(words: list[str]) -> bool:
    """Farmers and herders named, fighting each other: a land dispute turned violent."""
    return (
        any_said(words, lexicon.FARMERS)
        and any_said(words, lexicon.HERDERS)
        and any_said(words, lexicon.CLASH)
    )


def alarming(text: str, words: list[str] | None = None) -> bool:
    """A first look, not a triage: does the text name violence, distress or casualties?"""
    return alarm_level(text, words) > 0


def nature_killed(words: list[str]) -> bool:
    """A disease, the heat, hunger or thirst named, and no weapon nor fighting: the deaths
    said are theirs, a hazard for the local authority, not an attack."""
    return (
        (any_said(words, lexicon.DISEASES) or any_said(words, lexicon.NATURAL_DEATHS))
        and not any_said(words, lexicon.WEAPONS)
        and not any_said(words, lexicon.FIGHTING)
    )


def alarm_level(text: str, words: list[str] | None = None) -> int:
    """A first look, not a triage: the intake queue's priority for this text.

    2: someone dead or hurt, a cry for help or panic, or violence said to be under way
    ("attaque en cours", "ils tirent maintenant"); 1: violence or an explosive named; 0:
    the rest. The queue takes 2 before 1 before 0, so in a surge an attack under way is
    not routed after a backlog of cattle thefts and of greetings (most reports in a
    surge name violence: 155 of the corpus's 260). Lexicon only (no model, no places):
    a few hundredths of a millisecond, cheap enough for the webhook. `words`: the
    text's tokens, when the caller has them already.
    """
    from triage.casualties import casualties
    from triage.normalise import tokens

    words = tokens(text or "") if words is None else words
    if not words:
        return 0
    if any_said(words, lexicon.DISTRESS) or any_said(words, lexicon.PANIC):
        return 2  # "à l'aide", "les gens courent partout": first in the queue
    scores, _ = lexicon_scores(words)
    severe = any(scores.get(category, 0.0) > 0 for category in lexicon.SEVERE)
    if severe and any_said(words, lexicon.NOW):
        return 2
    dead, injured = casualties(text, words)
    if dead or injured:
        return 2
    return 1 if severe else 0
