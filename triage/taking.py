"""Who takes whom, and what: a person abducted, herds driven off, land seized.

"Ils ont pris deux bergers et les boeufs" is a kidnapping and a theft at once;
"le troupeau emporté par le courant" is neither. These readings find the object
of each verb of taking (people, animals, goods, land) and who the agent is, so
the category rules can tell abduction, cattle theft, banditry and the land's
quarrel apart.
"""

from __future__ import annotations

from triage import lexicon
from triage.cues import LIVESTOCK_STEMS, THEFT_NOUNS, THING_STEMS, is_person
from triage.matching import LEXICON_SETS, any_said, is_negated, where_said
from triage.normalise import number

_TAKING = frozenset({*lexicon.THEFT, *lexicon.ABDUCTED, "nanngi", "nangi"})  # ff: caught


# Words of taking whose object is the person robbed, not taken ("dépouillé les passagers").
_ROBBED_FROM = {"depouill", "arrach", "rob", "robbed", "looted", "loot"}


_WATER = frozenset({"eau", "eaux", "crue", "fleuve", "courant", "inondation", "flood", "water"})


def animals_taken_first(words: list[str]) -> bool:
    """Animals are the subject of a taking said in the passive ("nos animaux ont été
    emmenés par des hommes"): named before the word of taking, with no person before
    it but the takers — not "abducted a cattle trader"."""
    taking = where_said(words, _TAKING)
    if not taking:
        return False
    first = min(taking)
    if words[first + 1 : first + 2] in (["de"], ["du"], ["d"]) and any(
        w.startswith(LIVESTOCK_STEMS) for w in words[first + 2 : first + 3]
    ):
        return True  # "enlèvement de bétail": the animals are what was taken
    after = words[first + 1 : first + 3]
    if after and number(after[0]) is not None:
        after = after[1:]  # "ont enlevé 30 boeufs"
    if after and after[0].startswith(LIVESTOCK_STEMS):
        # the animals are what was taken ("ɓe nanngi na'i amen"), and no one after them
        # ("ont volé 12 boeufs et enlevé le berger") but the takers ("par des hommes")
        rest = words[first + 1 :]
        end = next((j for j, w in enumerate(rest) if w in ("par", "by")), len(rest))
        return not any(is_person(w) for w in rest[:end])
    if after[:1] in (["le"], ["la"], ["les"], ["son"], ["sa"], ["leur"]):
        after = words[first + 2 : first + 3]
    if after and is_person(after[0]):
        return False  # "ont égorgé 5 chèvres et emmené le fils du berger": him
    animals = [i for i, w in enumerate(words[:first]) if w.startswith(LIVESTOCK_STEMS)]
    people = [
        i
        for i, w in enumerate(words[:first])
        if is_person(w) and words[i + 1 : i + 2] not in _REPORTING
    ]  # ("herders report that 300 goats were taken": who tells, not who was taken)
    return bool(animals) and not people


_REPORTING = (
    ["report"],
    ["reported"],
    ["say"],
    ["said"],
    ["disent"],
    ["signalent"],
    ["racontent"],
    ["affirment"],
    ["rapportent"],
)


def game_hunted(words: list[str]) -> bool:
    """Hunters and game (`lexicon.GAME`: "les chasseurs ont tué un phacochère"), no person
    named: a hunt, whoever the hunters are."""
    return (
        any(w.startswith(("chasseur", "hunter")) for w in words)
        and any_said(words, lexicon.GAME)
        and not any_said(words, lexicon.HUMANS)
    )


def by_a_wild_animal(words: list[str]) -> bool:
    """The harm was done "par un éléphant", "by a lion", by "un crocodile qui …", and no
    armed man is named."""
    if any_said(words, lexicon.ARMED_ACTORS) or any_said(words, lexicon.ROBBERS):
        return False
    wild = LEXICON_SETS[id(lexicon.WILD_ANIMALS)]
    for i, w in enumerate(words):
        if w == "qui" and i and any(words[i - 1].startswith(s) for s in wild):
            return True  # "un gros crocodile qui attaquait les pirogues"
        if w in ("ont", "a", "have", "has") and i and any(words[i - 1].startswith(s) for s in wild):
            return True  # "les hyènes ont attaqué le troupeau"
        if w in ("par", "by"):
            after = words[i + 1 : i + 3]
            if after[:1] in (["un"], ["une"], ["des"], ["les"], ["a"], ["an"]):
                after = after[1:]
            if after and any(after[0].startswith(s) for s in wild):
                return True
    return False


def community_accused(words: list[str]) -> bool:
    """A community named, and someone accused of helping the jihadists — the suspicion
    one community turns on another (not armed men punishing informers of the army)."""
    if lexicon.COMMUNITIES.keys().isdisjoint(words):
        return False
    return any(
        w.startswith(("accus", "soupconn", "suspect"))
        and any(v.startswith(_JIHADISTS) for v in words[i + 1 : i + 7])
        for i, w in enumerate(words)
    )


_JIHADISTS = ("jihad", "djihad", "terroris")


def takes_people(words: list[str]) -> bool:
    """A word of taking whose object is a person ("ils ont pris le maître et 2
    élèves"): an abduction, whatever the model thought of the school in it."""
    if _taking_away(words):
        return True
    taking = where_said(words, (LEXICON_SETS[id(lexicon.THEFT)] - _ROBBED_FROM) | _LED_AWAY)
    if not taking:
        return False
    if any_said(words, lexicon.LIVESTOCK):  # "70 vaches emportées, les bergers…"
        # unless the person is the object of a taking in the active voice: "ont pris le
        # berger … avec le troupeau" (not "70 vaches emportées, les bergers vont bien")
        return any(
            (
                words[i - 1 : i] in (["ont"], ["a"])
                # "ont égorgé 5 chèvres et emmené le fils du berger": the same "ont"
                or (words[i - 1 : i] == ["et"] and "ont" in words[max(0, i - 8) : i - 1])
            )
            and (
                (
                    words[i + 1 : i + 2] in (["le"], ["la"], ["les"])
                    and words[i + 2 : i + 3]
                    and is_person(words[i + 2])
                )
                # "ont pris 30 moutons et le berger": the herder with the herd
                or _and_a_person(words[i + 1 : i + 7])
            )
            for i in taking
        )
    for i in taking:
        if not _WATER.isdisjoint(words[max(0, i - 4) : i]):
            continue  # "les eaux du barrage ont emporté 2 enfants": a flood's, not men's
        if (
            words[i] in _LED_AWAY
            and words[i - 2 : i] in (["les", "ont"], ["l", "ont"], ["l", "a"])
            and not any_said(words, lexicon.MILITIAS)  # a militia holding men: intercommunal
        ):
            return True  # "… ont arrêté des orpailleurs et les ont emmenés": them, people
        if words[i] in THEFT_NOUNS or is_negated(words, i):
            # "s'accusent de vols, des jeunes…": a theft named, nobody taken; "ils n'ont
            # enlevé personne": denied
            continue
        if words[i].endswith(_FULFULDE_PASSIVE) and any(
            is_person(w) for w in words[max(0, i - 3) : i]
        ):
            return True  # ff "sukaaɓe ɗiɗo ngujjaama": two children were stolen
        if (
            i
            and words[i - 1] in ("est", "sont", "ete")
            and (words[i] in _TAKEN or words[i] in _LED_AWAY)
            and _person_is_subject(words[max(0, i - 6) : i - 1])
        ):
            # "le chef est pris", "le chauffeur et l'apprenti sont emmenés": the person
            # taken, in the passive
            return True
        if words[i] in _TAKEN and any(w.startswith(_THING_STEMS) for w in words[max(0, i - 2) : i]):
            continue  # "3 motos prises et le chauffeur frappé": the motorbikes were taken
        after = words[i + 1 : i + 4]
        if "par" in after or "by" in after:
            continue  # "emporté par des hommes armés": who took, not who was taken
        if after[:1] == ["tout"]:
            after = after[1:]
        if after[:1] in (["aux"], ["au"], ["from"]):
            continue  # "ils ont tout pris aux passagers": whom they robbed
        if any(is_person(w) for w in after) and not any(w.startswith(_THING_STEMS) for w in after):
            return True
        if not _ONE_OF_THEM.isdisjoint(after) and any_said(words, lexicon.ARMED_ACTORS):
            return True  # armed men who "ont pris 2 militaires en civil" from a bus
    return False


def _taking_away(words: list[str]) -> bool:
    """English "taking young men away", "take the girls away": a person between the verb
    and "away" (not "taking their wounded to Mopti", nor "taking food")."""
    for i, word in enumerate(words):
        if word in _TAKE_FORMS and "away" in words[i + 2 : i + 5]:
            away = i + 1 + words[i + 1 : i + 5].index("away")
            between = words[i + 1 : away]
            if (
                any(is_person(w) for w in between)
                and not any(w.startswith(_THING_STEMS) for w in between)
                and _CARE.isdisjoint(words[away + 1 : away + 5])  # "… away to the clinic"
            ):
                return True
    return False


_TAKE_FORMS = frozenset({"taking", "take", "takes"})
_CARE = frozenset({"hospital", "clinic", "cscom", "csps", "doctor", "safety", "school"})


# Fulfulde's passive of a taking ("ngujjaama", "nanngaama"): its subject is what was taken.
_FULFULDE_PASSIVE = ("aama", "aaama")


# Soldiers, gendarmes, customs officers: people, when armed men take them.
_ONE_OF_THEM = frozenset({
    "militaire", "militaires", "soldat", "soldats", "gendarme", "gendarmes", "policier",
    "policiers", "douanier", "douaniers", "soldier", "soldiers", "agents",
})  # fmt: skip


def _and_a_person(objects: list[str]) -> bool:
    """Animals, then "et le/la/les" and a person: "30 moutons et le berger"."""
    for k in range(len(objects) - 2):
        if (
            objects[k] == "et"
            and objects[k + 1] in ("le", "la", "les", "son", "leur", "leurs")
            and is_person(objects[k + 2])
            # "… et le berger est blessé", "… a été frappé" (not "… a Sio": à)
            and objects[k + 3 : k + 4] not in _A_VERB_FOLLOWS
            and objects[k + 3 : k + 5] != ["a", "ete"]
            and any(w.startswith(LIVESTOCK_STEMS) for w in objects[:k])
        ):
            return True
    return False


_A_VERB_FOLLOWS = (["est"], ["sont"], ["ont"], ["etait"], ["va"], ["vont"], ["n"])


def _person_is_subject(before: list[str]) -> bool:
    """A person named in these words with no thing named after them ("le chauffeur et
    l'apprenti sont emmenés", not "armed men, les médicaments ont été emportés")."""
    people = [k for k, w in enumerate(before) if is_person(w)]
    return bool(people) and not any(w.startswith(_THING_STEMS) for w in before[people[-1] :])


# "ont emmené deux hommes": people led away (livestock led away is `lexicon.DRIVING`)
_LED_AWAY = frozenset({"emmene", "emmenes", "emmenee", "emmenees"})


_TAKEN = frozenset({"pris", "prise", "prises", "emporte", "emportes", "emportee"})


_THING_STEMS = (*LIVESTOCK_STEMS, *THING_STEMS)  # animals or goods


def takes(words: list[str]) -> bool:
    """A word of taking (`lexicon.THEFT`), not denied, unless what is taken up is a
    weapon ("ont pris des gourdins": ready to fight, nothing stolen)."""
    return any(
        not is_negated(words, i)  # "il n'y a pas eu de vol de bétail", "n'a pas été enlevé"
        and not any(w.startswith(_WEAPON_STEMS) for w in _taken_up(words, i))
        and not _land_taken(words, i)
        for i in where_said(words, LEXICON_SETS[id(lexicon.THEFT)])
    ) or _bambara_animals_taken(words)


def _taken_up(words: list[str], i: int) -> list[str]:
    """The words after a word of taking that may say what was taken, up to the agent:
    "driven off by armed men" took the herd, not the arms."""
    after = words[i + 1 : i + 4]
    for j, word in enumerate(after):
        if word in _AGENT:
            return after[:j]
    return after


_AGENT = frozenset({"par", "by"})


def _land_taken(words: list[str], i: int) -> bool:
    """ "Les riziculteurs ont pris une partie du burgu des na'i": what was taken is the
    pasture (the first thing named after the taking), not the herds named after it."""
    for word in words[i + 1 : i + 6]:
        if word not in _BEFORE_A_NOUN:
            return word.startswith(_LAND_STEMS)
    return False


_BEFORE_A_NOUN = frozenset({
    "une", "un", "la", "le", "les", "des", "du", "de", "d", "l", "partie", "nos", "notre",
    "leur", "leurs", "their", "our", "the", "part", "of", "some",
})  # fmt: skip


_LAND_STEMS = (
    "burgu",
    "bourgou",
    "terre",
    "champ",
    "parcelle",
    "paturage",
    "pature",
    "land",
    "field",
    "pasture",
)


def _bambara_animals_taken(words: list[str]) -> bool:
    """Bambara "u ye misi caman ta": "ta" (take) closing "ye" + animals. Alone, "ta" is
    too common a syllable (French "ta", Bambara "ka ta") to be a word of theft."""
    if "ta" not in words or "ye" not in words:
        return False
    return any(
        w == "ta"
        and "ye" in words[max(0, i - 6) : i]  # "u ye an ka misi tan ta": a count between
        and any(v.startswith(LIVESTOCK_STEMS) for v in words[max(0, i - 4) : i])
        for i, w in enumerate(words)
    )


_WEAPON_STEMS = tuple(w for w in lexicon.WEAPONS if " " not in w)
