"""People dead and injured, as the text states them (never animals).

"3 boeufs tués" counts nobody; "mɔgɔ saba faga" is three dead; "pas de
blessé" is zero injured, which is information, unlike saying nothing (None).
"""

from __future__ import annotations

from triage import lexicon
from triage.classify import AUXILIARIES
from triage.figures import people_listed_after
from triage.normalise import number, tokens

DEAD = (
    "mort", "morts", "tue", "tues", "tuee", "tuees", "decede", "decedes", "deces", "cadavre",
    "cadavres", "corps", "assassine", "assassines", "abattu", "abattus", "execute", "executes",
    "massacre", "massacres", "victime", "victimes", "killed", "dead", "bodies", "body", "died",
    "egorge", "egorges", "egorgee", "egorgees", "decapite", "decapites", "slaughtered",
    "fusille", "fusilles", "fusillee", "fusillees",  # shot dead (not "fusillade")
    "faga", "fagara", "sara", "salen", "mbari", "mbarii", "maayi", "wi", "bu",
    "killing", "executed", "murdered", "slain",  # English notes: "…, killing 5 civilians"
    "murder", "murders",
    "noye", "noyes", "noyee", "noyees", "drowned", "meurtre", "meurtres",
    "deaths", "death", "morte", "mortes", "decedee", "decedees", "abattue", "abattues",
    "assassinee",
    "assassinees", "executee", "executees",  # a woman killed
    "succombe", "succombee", "succombes", "succumbed",  # died of their wounds
)  # fmt: skip
DEAD_SINGULAR = {
    "mort", "tue", "tuee", "decede", "assassine", "abattu", "execute", "cadavre", "egorge",
    "egorgee", "decapite", "noye", "noyee", "meurtre", "morte", "decedee", "abattue",
    "assassinee", "executee", "succombe", "succombee",
}  # fmt: skip
ASSASSINATION = ("assassinat", "assassine", "execution", "meurtre")
INJURED = (
    "blesse", "blesses", "blessee", "blessees", "blessure", "blessures", "injured", "wounded",
    "joginna", "jogin", "jogindaw", "jogira", "jogilen", "joginnen", "barmi", "barmiibe",
    "maran", "wounding", "injuring", "hurt", "injuries",
)  # fmt: skip
ANIMALS = {
    "boeuf", "boeufs", "vache", "vaches", "betail", "moutons", "mouton", "chevres", "chevre",
    "animaux", "animal", "tetes", "chameaux", "chameau", "anes", "ane", "bovins",
    "cattle", "cows", "cow", "goats", "sheep", "camels", "misi", "misiw", "saga", "sagaw",
    "baw", "nai", "hawey", "haw", "mbaalu", "baali", "ndamdi", "poulets", "chiens",
    "chevaux", "cheval",
    "poule", "poules", "poulet", "volaille", "volailles", "pintade", "pintades",
    "dromadaires", "brebis", "agneaux", "veaux", "chickens", "poultry", "donkeys", "biche",
    "biches", "gazelle", "gazelles", "lievre", "singe", "serpent", "oiseau", "oiseaux",
    "phacochere", "phacocheres", "sanglier", "sangliers", "antilope", "antilopes", "gibier",
}  # fmt: skip
# "rappelé à Dieu": how a death is often reported.
EUPHEMISMS_ONE_DEAD = (
    "rappele a dieu", "rappelee a dieu", "a rendu l ame", "nous a quitte",
    "le corps du", "le corps de", "le corps d",  # one body found
    "sans vie",  # "retrouvé sans vie"
    "rejoindre dieu", "a rejoint dieu", "parti rejoindre",  # "parti rejoindre Dieu"
    "on l a enterre", "on l a enterree", "nous l avons enterre",  # buried: one dead
    "the body of", "his body was found", "her body was found",  # one body found
    "mbari goddo", "mbarii goddo",  # ff "ɓe mbari goɗɗo": they killed someone
)  # fmt: skip
# One person wounded, said without a word of injury.
EUPHEMISMS_ONE_INJURED = (
    "laisse pour mort", "laissee pour morte", "recu une balle", "pris une balle",
    "jambe arrachee", "sa jambe est partie", "perdu sa jambe", "perdu une jambe",
    "casse le bras", "casse la jambe", "bras casse", "jambe cassee",
    "il saigne", "elle saigne",  # one person bleeding
    "a la tete ouverte", "la tete cassee", "le crane ouvert",  # a head wound
    "in serious condition",  # (not "was stabbed": often to death, counted as such)
    "recu un coup de machette", "recu un coup de couteau", "recu des coups de machette",
    "recu des coups de couteau", "pris un coup de machette",  # one person cut
    "recu un coup de coupe coupe", "recu des coups de coupe coupe",
    "was shot in the", "shot in the leg", "shot in the arm",  # "the driver was shot in the leg"
    "he is bleeding", "she is bleeding",
    # a limb lost to a mine or a blade
    "lost both legs", "lost both his legs", "lost both her legs", "lost his leg",
    "lost her leg", "lost a leg", "lost his arm", "lost her arm", "lost an arm",
    "perdu ses deux jambes", "perdu ses jambes", "perdu son bras", "perdu un bras",
)  # fmt: skip
# One person taken to hospital after a beating ("ils ont frappé un jeune, il est à
# l'hôpital"): one wounded (without a beating, a patient is no casualty).
HOSPITALISED = (
    "il est a l hopital", "elle est a l hopital", "hospitalise", "hospitalisee",
    "evacue a l hopital", "evacuee a l hopital", "il est au cscom", "elle est au cscom",
    "is in hospital", "is in the hospital", "in hospital",
    # whoever it is ("un vieux est à l'hôpital"), at whichever health centre
    "est a l hopital", "est au cscom", "est au csref", "est au csps", "est au csi",
)  # fmt: skip
BEATEN = ("frapp", "tabass", "battu", "poignard", "agress", "bastonn", "beat")
# Hurt in a way that is no beating but as violent: "raped …, two of them are at the hospital".
ASSAULTED = (*BEATEN, "rape", "viol")
# "two of them are at the hospital", "deux d'entre elles sont à l'hôpital": that many wounded.
_OF_THEM = (("of", "them"), ("d", "entre", "eux"), ("d", "entre", "elles"))
_IN_HOSPITAL = (
    ("are", "at", "the", "hospital"), ("are", "in", "hospital"), ("are", "in", "the", "hospital"),
    ("were", "taken", "to", "hospital"), ("were", "taken", "to", "the", "hospital"),
    ("sont", "a", "l", "hopital"), ("sont", "au", "cscom"), ("sont", "hospitalises"),
    ("sont", "hospitalisees"),
)  # fmt: skip
# Hit, after shots were fired at them ("ils ont tiré sur la voiture, le chauffeur est
# touché"): one wounded ("touché par votre message" fires no shot).
HIT = ("est touche", "a ete touche", "est touchee", "a ete touchee", "touche par balle")
NO_LIFE_LOST = (
    "aucune perte en vie", "pas de perte en vie", "pas de pertes en vie", "sans perte en vie",
    "aucune perte humaine", "pas de perte humaine", "pas de pertes humaines",
    "sans perte humaine", "no loss of life", "no lives lost",
    "si ma sa",  # bm "mɔgɔ si ma sa": nobody died
    "si ma faga",  # bm "mɔgɔ si ma faga": nobody was killed
)  # fmt: skip
# Counted things that are no people: villages, sides, times.
GROUPS = frozenset({
    "villages", "village", "cotes", "communautes", "groupes", "camps", "fois", "quartiers",
    "hameaux", "parties", "camions", "vehicules", "maisons", "cases", "greniers",
})  # fmt: skip
AGENT = {"par", "by"}
# Who "tombés" (fallen) are killed: the forces (lexicon.FORCES), fighters.
FALLEN = frozenset({*(w for w in lexicon.FORCES if " " not in w), "elements", "combattants"})
# Trees cut down ("on a abattu un vieux baobab"): nobody killed.
TREES = lexicon.TREES
ARTICLES = {"un", "une", "a", "an"}
DURATIONS = {
    "jour", "jours", "heure", "heures", "h", "minute", "minutes", "min", "semaine",
    "semaines", "mois", "an", "ans", "annee", "annees", "days", "day", "hours", "weeks",
    "months", "years", "tile", "kalo", "san",
}  # fmt: skip
VAGUE = {
    "plusieurs", "beaucoup", "nombreux", "nombreuses", "several", "many", "numerous",
    "dizaines", "centaines", "caman", "some", "des",
    "plusieur", "plusieures", "nombreu",  # spelt by ear
}  # fmt: skip
NONE_WORDS = {"pas", "aucun", "aucune", "sans", "no", "zero", "0", "none", "nobody"}
WINDOW = 4
MAX_COUNT = 2000  # a larger number is a sum, a year or a quantity, not people
# Words that do not put a number further from its casualty word.
FILLERS = {
    "ont", "ete", "sont", "est", "a", "de", "du", "d", "la", "le", "l", "les", "were", "was",
    "been", "have", "has", "had", "the", "of",
}  # fmt: skip


_CONJUNCTIONS = (["and"], ["et"])
_ALONE: tuple[list[str], ...] = (
    *_CONJUNCTIONS,
    [],
)  # a word followed by a conjunction or by nothing


def _outward(words: list[str], i: int, step: int) -> list[int]:
    """Up to WINDOW positions from words[i] outward, auxiliaries and articles passed
    over ("trois jeunes de Kassa ont été tués": "trois" is three words away)."""
    out: list[int] = []
    j = i + step
    while 0 <= j < len(words) and len(out) < WINDOW:
        if words[j] not in FILLERS:
            out.append(j)
        j += step
    return out


def _near_number(words: list[str], i: int) -> int | None:
    """A number within WINDOW words of words[i] that does not count animals."""
    before, after = _outward(words, i, -1), _outward(words, i, 1)
    for distance in range(WINDOW):
        for j in before[distance : distance + 1] + after[distance : distance + 1]:
            value = number(words[j])
            if value is None or value > MAX_COUNT or (j and words[j - 1] in AGENT):
                continue  # "abattu par 2 hommes": who did it, not who died
            if j > i and words[j] in ARTICLES and words[j + 1 : j + 2] not in _ALONE:
                continue  # "blessés dans une embuscade": an article, not a count
                # ("killed one and injured two": one, a count)
            if (
                j > i
                and not _COUNTED.isdisjoint(words[j + 1 : j + 3])
                and words[j + 1 : j + 2] not in _CONJUNCTIONS  # "killed one and injured two"
            ):
                continue  # "1 killed, 2 wounded": the 2 is the wounded's
            following = words[j + 1] if j + 1 < len(words) else ""
            if following.isdigit() and words[j].isdigit():
                continue  # "on les a massacrés 3-0": a score, two figures side by side
            if following in DURATIONS:
                continue  # "4 morts en 2 jours": a time, not a count
            if following in lexicon.MONTHS or (j and words[j - 1] in lexicon.MONTHS):
                continue  # "le 14 novembre", "on July 15": a date
            if following in lexicon.MONEY_UNITS:
                continue  # "1000 f le litre", "5000 FCFA": a price
            if _animals_in(words, j + 1, j + 3) or following in _OBJECTS:
                continue  # "3 boeufs", "2 motos": what was taken, not who was hurt
            if following in GROUPS:
                continue  # "tué leur berger, les deux villages ne se parlent plus"
            if j < i and not _COUNTED.isdisjoint(words[j + 1 : i]):
                continue  # "3 morts et … blessés": the 3 is the dead's
            return value
    return None


def _count(words: list[str], stems: frozenset[str], singular: set[str]) -> int | None:
    total: int | None = None
    sick = "maladie" in words or any(w.startswith(_DISEASE_STEMS) for w in words)
    used: set[int] = set()
    for i, word in enumerate(words):
        if word not in stems:
            continue
        window = words[max(0, i - 3) : i]
        if (
            any(w in NONE_WORDS for w in window[-2:])
            # "il n'y a pas eu de blessé", "pas encore de décès"
            or window in (["pas", "eu", "de"], ["pas", "fait", "de"], ["pas", "encore", "de"])
            or window[-2:] in (["mogo", "ma"], ["si", "ma"])  # bm "mɔgɔ ma joginna": nobody
            or "no one" in " ".join(words[max(0, i - 4) : i])  # "no one was hurt"
            or (words[i + 1 : i + 2] == ["personne"] and "n" in window)  # "n'ont tué personne"
            or (window[-1:] == ["personne"] and (len(window) < 2 or number(window[-2]) is None))
            or window[:2] == ["personne", "n"]
            or words[max(0, i - 4) : max(0, i - 2)] == ["personne", "n"]
        ):
            total = total or 0  # "pas de blessé", "personne n'est mort"
            continue
        if window[-1:] and window[-1] in VAGUE or window[-2:-1] == ["beaucoup"]:
            continue  # "plusieurs blessés", "bcp de blessé": a number nobody gave
        if window[-2:] in (["menaces", "de"], ["menace", "de"], ["peur", "de"]):
            continue  # "menaces de mort": a threat, nobody dead
        if window[-1:] and window[-1] in _NOT_YET or window[-2:] == ["will", "be"]:
            continue  # "quiconque parle aux FAMa sera tué", "vont être tués": a threat
        people_first = _people_listed_before(words, i)  # "7 personnes et 100 animaux tués"
        if (
            people_first is None
            # "ont tué 7 de leurs boeufs", "les animaux d'un Peul ont été abattus"
            and (_animals_in(words, max(0, i - 3), i + 5) or _animals_shot(words, i))
            and not _person_follows(words, i)
            and not _person_just_before(words, i)
            and not people_listed_after(words, i)  # "tué 15 boeufs et 2 bergers"
            # "2 morts et 40 boeufs emportés": the animals are the next item, not the dead
            and not (number(words[i - 1]) is not None and words[i + 1 : i + 2] in _AND)
        ):
            continue  # "3 boeufs tues", not "le betail vole et tue le berger"
        if word in _FEMININE_DEAD and _last_named_is_a_female_animal(words, i):
            continue  # "les vaches meurent d'une maladie, déjà 40 mortes"
        if (
            sick
            and _last_named_is_an_animal(words, i)
            # a verb's object ("la maladie tue les enfants"), not the next sentence's
            # subject ("20 morts. Les éleveurs demandent des vaccins")
            and (word in _NOUN_DEAD or not _person_follows(words, i))
        ):
            continue  # "la maladie tue les moutons à Nampala, déjà 50 morts"
        value = people_first if people_first is not None else _listed_people(words, i)
        if value is None:
            value = _near_number(words, i)
        if value is None and _a_pair_before(words, i):
            value = 2  # "le chauffeur et son fils ont été tués"
        if value is None and _one_person_before(words, i):
            value = 1  # "a civilian was killed", "un berger a été tué"
        if value is None and word.startswith("jogin") and words[i - 1 : i] in (["a"], ["do"]):
            value = 1  # bm "a joginna", "dɔ joginna": he, one of them, was wounded
        if value is None and words[i + 1 : i + 3] in (["un", "des"], ["une", "des"]):
            value = 1  # "ont blessé un des propriétaires"
        if value is None and words[i + 1 : i + 2] in _ONE_OF:
            # "wounded its passenger", "killed the village chief"
            if _one_person_named(words[i + 2 : i + 4]):
                value = 1
        if value is None and word in _NOMINAL_DEATH and words[i + 1 : i + 2] == ["of"]:
            named = words[i + 2 : i + 5]  # "after the killing of a herder": one
            if named[:1] and named[0] in _ONE_DETERMINERS and _one_person_named(named[1:]):
                value = 1
        if value is None and word not in singular:
            value = _subject_count(words, i)
        if value == 1 or (value is None and word in singular):
            # "le chef de poste a été tué … avec 2 de ses hommes": him and them
            companions = _companions(words, i)
            if companions:
                value = 1 + companions
        if value is not None and i not in used:
            used.add(i)
            total = max(total or 0, value)
        elif (
            word in singular
            and total is None
            and (words[i + 1 : i + 2] not in (["les"], ["des"]) or words[i - 1] in _STATE)
        ):
            # "le paludisme tue les enfants": how many, nobody said ("son fils est
            # gravement blessé. Les gens…": a state, and "les" starts a sentence)
            total = 1
    return total


# Said just before a casualty word, a future or an infinitive: nobody is hurt yet.
_NOT_YET = frozenset({"sera", "seront", "serez", "serons", "seras", "etre"})
# Said just before a participle, these make it a state with no object.
_STATE = frozenset({"est", "sont", "ete", "gravement", "grievement", "legerement", "etait"})
_FEMININE_DEAD = frozenset({
    "morte", "mortes", "tuee", "tuees", "decedee", "decedees", "abattue", "abattues",
})  # fmt: skip
_FEMALE_ANIMALS = frozenset({
    "vache", "vaches", "chevre", "chevres", "brebis", "poule", "poules", "pintade",
    "pintades", "biche", "biches", "gazelle", "gazelles", "volaille", "volailles",
    "chamelle", "chamelles",
})  # fmt: skip


_DISEASE_STEMS = tuple(w for w in lexicon.DISEASES if " " not in w)


def _last_named_is_an_animal(words: list[str], i: int) -> bool:
    """Whether the last being named before words[i] (a dozen words back) is an animal:
    with a disease named, the dead counted are the herd's."""
    for w in reversed(words[max(0, i - 12) : i]):
        if w in ANIMALS:
            return True
        if w.startswith(PEOPLE) or w in ("personnes", "gens", "victimes"):
            return False
    return False


def _last_named_is_a_female_animal(words: list[str], i: int) -> bool:
    """Whether the last being named before words[i] (up to a dozen words back) is a
    female animal: a feminine "mortes" agrees with it, not with people."""
    for w in reversed(words[max(0, i - 12) : i]):
        if w in _FEMALE_ANIMALS:
            return True
        if w in ANIMALS or w.startswith(PEOPLE) or w in ("personnes", "gens", "victimes"):
            return False
    return False


def _listed_people(words: list[str], i: int) -> int | None:
    """People listed just before or after words[i], each counted: "deux femmes et un
    enfant tués" is three, "ont tué le chef, son fils et son neveu" three."""
    groups = 0
    total = 0
    k = i - 1
    while k >= 1 and words[k] in FILLERS:
        k -= 1  # "le chauffeur et deux passagers sont morts"
    joined = False  # the last group was joined to this one by "et"
    while k >= 1:
        if words[k] in _STATES_OF_PERSONS and words[k - 1].startswith(PEOPLE):
            k -= 1  # "une femme enceinte et son bébé"
        if not words[k].startswith(PEOPLE):
            if (
                joined
                and k >= 2
                and words[k - 1].startswith(PEOPLE)
                and words[k - 2] in _DETERMINERS
            ):
                groups, total = groups + 1, total + 1  # "le vieux Bocar et ses trois fils"
            break
        value = number(words[k - 1])
        if value is None and (words[k - 1] in _DETERMINERS or words[k - 1] in ("a", "an")):
            value = 1  # "le chauffeur", "a woman": one
        if value is None:
            break
        groups, total = groups + 1, total + value
        k -= 2
        if k >= 0 and words[k] in _POSSESSIVES:
            k -= 1  # "le conducteur et ses deux apprentis"
        joined = k >= 0 and words[k] in ("et", "and")
        if joined:
            k -= 1
    if groups >= 2:
        return total
    named = 0
    k = i + 1
    while k + 1 < len(words) and words[k] in _DETERMINERS:
        if (
            words[k + 1] in _KIN_QUALITIES
            and words[k + 2 : k + 3]
            and words[k + 2].startswith(PEOPLE)
        ):
            k += 1  # "… un vieux et son petit-fils": the quality passed over
        if words[k + 1].startswith(PEOPLE) or (words[k] in _HIS and words[k + 1] == "son"):
            named += 1
            k += 2
        elif (
            k + 2 < len(words)
            and (value := number(words[k + 1])) is not None
            and value <= MAX_COUNT
            and words[k + 2].startswith(PEOPLE)
        ):
            named += value  # "… et ses deux fils": two more
            k += 3
        else:
            break
        for _ in range(2):  # "le chef de village de Sio et son fils": the chef's complement
            if k + 2 < len(words) and words[k] == "de" and words[k + 2] in ("et", "de"):
                k += 2
        if k < len(words) and words[k] in ("et", "and"):
            k += 1
    return named if named >= 2 else None


def _companions(words: list[str], i: int) -> int | None:
    """ "… avec 2 de ses hommes", "with three of his men": the people killed beside the
    one named, counted after the verb."""
    for k in range(i + 1, min(len(words) - 1, i + 8)):
        if words[k] in ("avec", "with", "ainsi"):
            rest = words[k + 1 : k + 5]
            value = number(rest[0]) if rest else None
            if value is not None and value <= MAX_COUNT:
                if rest[1:3] in (["de", "ses"], ["de", "leurs"], ["of", "his"], ["of", "their"]):
                    rest = rest[3:]
                else:
                    rest = rest[1:]
                if rest and (rest[0].startswith(PEOPLE) or rest[0] in _MEN):
                    return value
    return None


_POSSESSIVES = frozenset({"ses", "leurs", "his", "her", "their"})
# Said after a person's word: "une femme enceinte", "un homme âgé".
_STATES_OF_PERSONS = frozenset({"enceinte", "enceintes", "age", "agee", "ages", "agees"})
_MEN = frozenset({"hommes", "men", "soldats", "soldiers", "gardes", "elements", "agents"})
_HIS = frozenset({"his", "her", "their"})  # "his son" (French "son" is "his")
_DETERMINERS = frozenset({"le", "la", "son", "sa", "ses", "leur", "un", "une", "his", "her", "the"})


def _subject_count(words: list[str], i: int) -> int | None:
    """ "Les deux frères enlevés à Sofara ont été retrouvés morts": the number of the
    sentence's people, a clause away — unless another count word lies between."""
    for k in range(i - 1, max(0, i - 10), -1):
        if words[k] in _COUNTED:
            return None
        value = number(words[k - 1]) if words[k].startswith(PEOPLE) else None
        if value is not None and value <= MAX_COUNT:
            return value
    return None


def _a_pair_before(words: list[str], i: int) -> bool:
    """ "The driver and his son", "le berger et sa femme" just before words[i]."""
    before = words[max(0, i - 8) : i]
    for k in range(len(before) - 3):
        one, joined, their, other = before[k : k + 4]
        if other in _KIN_QUALITIES and before[k + 4 : k + 5] and before[k + 4].startswith(_PAIRED):
            other = before[k + 4]  # "un vieux et son petit-fils"
        if (
            joined in ("et", "and")
            and their in ("son", "sa", "his", "her", "l", "le", "la", "the")
            and one.startswith(_PAIRED)
            and other.startswith(_PAIRED)
        ):
            return True
    return False


# Said between "son"/"sa" and the kin it qualifies: "son petit-fils", "sa petite fille",
# "his young son" (the tokeniser splits the hyphen).
_KIN_QUALITIES = frozenset({"petit", "petite", "grand", "grande", "jeune", "young", "little"})


def _animals_in(words: list[str], start: int, end: int) -> bool:
    """Animals named in words[start:end]: Fulfulde "na'i" (cows), "be'i" (goats) are
    read as "na i", "be i"; a lone "na" is Songhay's past marker ("i na boro hinka wi":
    they killed two)."""
    return any(
        _animal_at(words, j) or w in TREES or (w in ("na", "be") and words[j + 1 : j + 2] == ["i"])
        for j, w in enumerate(words[start:end], start)
    )


def _animal_at(words: list[str], j: int) -> bool:
    """An animal named at j — not one the people were tending ("en gardant les animaux,
    un est mort": the animals are the setting, not the dead)."""
    return words[j] in ANIMALS and _TENDING.isdisjoint(words[max(0, j - 2) : j])


_TENDING = frozenset({"gardant", "gardaient", "surveillant", "abreuvant", "herding", "grazing"})


# Who a verb was done to, when it is a person ("tue le berger", "blesse un enfant").
PEOPLE = (
    "berger", "homme", "femme", "enfant", "vieux", "vieille", "chef", "jeune", "garcon",
    "fille", "fils", "frere", "pere", "mere", "commercant", "eleveur", "cultivateur",
    "paysan", "imam", "maire", "conseiller", "villageois", "civil", "passager", "chauffeur",
    "herder", "woman", "mogo", "muso", "denmisen", "neveu", "oncle", "cousin", "niece",
    "tante", "bebe", "nourrisson", "charretier", "conducteur", "orpailleur", "pecheur",
    "marabout", "infirmier", "enseignant", "motocycliste", "camionneur", "transporteur",
    "boutiquier", "notable", "talibe", "chasseur", "hunter", "trader", "teacher", "farmer",
    "chief", "proprietaire", "owner", "apprenti", "adjoint", "child", "worker",
    "sons", "daughter", "wife", "husband", "brother", "father", "mother",  # (not "son": his)
)  # fmt: skip


_PAIRED = (
    *PEOPLE, "driver", "son", "wife", "daughter", "brother", "epouse", "neveu", "farmer",
    "apprenti", "motorcyclist", "child", "boy", "girl", "teacher", "soldier", "policeman",
    "gendarme", "trader", "merchant", "man",
)  # fmt: skip


def _one_person_before(words: list[str], i: int) -> bool:
    """ "A civilian was killed": one person, named with an article, just before; in
    Bambara, which has no article, the person just before the verb ("dugutigi faga")."""
    if words[i] in _BAMBARA_KILL and i and words[i - 1] in _BAMBARA_PERSON:
        return True
    if words[i] in _FULFULDE_KILL and words[i + 1 : i + 2] and words[i + 1] in _FULFULDE_PERSON:
        return True  # ff "ɓe mbari jom wuro": they killed the village chief (the object after)
    for k in range(i - 1, max(-1, i - 5), -1):
        if words[k] not in _SINGULAR_PERSON or not k:
            continue
        if words[k - 1] in _ONE_DETERMINERS:
            return True  # "un berger a été tué", "3 boeufs et leur berger tués"
        if k > 1 and words[k - 1] in _QUALITIES and words[k - 2] in _ONE_DETERMINERS:
            return True  # "a local leader was shot dead", "un jeune berger a été tué"
    return False


# Said between an article and the one person it names ("the village chief").
_OBJECT_QUALITIES = frozenset({"village", "local", "young", "old", "jeune", "vieux"})
_QUALITIES = frozenset({
    "health", "aid", "humanitarian",  # "a health worker was shot dead"
    "local", "young", "old", "religious", "traditional", "jeune", "vieux", "petit", "grand",
})  # fmt: skip


_ONE_DETERMINERS = frozenset({
    "a", "an", "un", "une", "one", "le", "la", "leur", "son", "sa", "mon", "ma", "notre",
    "the", "his", "her", "their", "our",
})  # fmt: skip
_ONE_OF = (
    ["un"],
    ["une"],
    ["a"],
    ["an"],
    ["one"],
    ["its"],
    ["his"],
    ["her"],
    ["son"],
    ["sa"],
    ["le"],
    ["la"],
    ["the"],  # "ils viennent de tuer le vieux Hamidou": one
)
_BAMBARA_KILL = frozenset({"faga", "fagara"})
_FULFULDE_KILL = frozenset({"mbari", "mbarii"})
_FULFULDE_PERSON = frozenset({"jom", "gorko", "debbo", "suka", "ardo", "jaagorgal"})
_BAMBARA_PERSON = frozenset({
    "dugutigi", "ce", "muso", "denmisen", "cikela", "karamogo", "dogotoro", "imamu",
    "jagokela", "gennikela", "sorodasi",
})  # fmt: skip
_SINGULAR_PERSON = frozenset({
    "berger", "homme", "femme", "enfant", "vieux", "vieille", "chef", "jeune", "garcon",
    "fille", "commercant", "eleveur", "cultivateur", "paysan", "imam", "civil", "passager",
    "chauffeur", "herder", "woman", "driver", "farmer", "motorcyclist", "child", "boy",
    "girl", "teacher", "soldier", "policeman", "gendarme", "civilian", "trader", "man",
    "soldat", "militaire", "enseignant", "eleve", "motocycliste",
    "third", "second", "another", "autre", "troisieme", "deuxieme",  # "and a third injured"
    "passenger", "student", "pupil", "nurse", "infirmier",
    "charretier", "conducteur", "orpailleur", "pecheur", "marabout", "camionneur", "notable",
    "leader", "chief", "mayor", "official", "elder", "priest", "pastor", "maire",
    "fisherman", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
    "conseiller", "pasteur", "pretre", "gardien", "boutiquier", "vendeur", "vendeuse",
    "worker",  # "a health worker was shot dead"
})  # fmt: skip


# English nouns of a death, said with whose ("the killing of a herder").
_NOMINAL_DEATH = frozenset({"killing", "murder", "death", "execution"})


def _one_person_named(named: list[str]) -> bool:
    """Whether these words (after an article) name one person: "herder", "village chief"."""
    return bool(named) and (
        named[0] in _SINGULAR_PERSON
        or (len(named) > 1 and named[0] in _OBJECT_QUALITIES and named[1] in _SINGULAR_PERSON)
    )


def _people_listed_before(words: list[str], i: int) -> int | None:
    """ "7 personnes et 100 animaux tués": people counted first, then the animals, before
    the verb — the people's number."""
    for k in range(i - 1, max(0, i - 5), -1):
        if words[k] in ("et", "and"):
            if not _animals_in(words, k + 1, i):
                return None
            for j in (k - 1, k - 2):
                if j >= 1 and (words[j].startswith(PEOPLE) or words[j] in _PERSONS):
                    return number(words[j - 1])
            return None
    return None


_AND = (["et"], ["and"])
_PERSONS = frozenset({"personnes", "gens", "people", "persons", "civils", "civilians"})


def _person_just_before(words: list[str], i: int) -> bool:
    """Whether the word before words[i], or the one before an auxiliary, names a person
    ("50 boeufs, 1 berger blessé par balle": the herder, not the cattle; "two herders
    were shot dead": one verb)."""
    if words[i] == "dead" and words[i - 1 : i] == ["shot"]:
        i -= 1
    for w in reversed(words[max(0, i - 3) : i]):
        if w in ANIMALS:
            return False
        if w.startswith(PEOPLE) or w in _HE_OR_SHE:  # "… accusé de vol de chèvres, il est mort"
            return True
        if w not in FILLERS:
            return False
    return False


_HE_OR_SHE = frozenset({"il", "elle", "he", "she"})


def _animals_shot(words: list[str], i: int) -> bool:
    """Animals, and no person named before, are the subject of the death at i ("les
    animaux d'un Peul ont été abattus par des cultivateurs")."""
    before = words[max(0, i - 12) : i]  # (not "le berger qui gardait les boeufs … a été tué")
    return any(_animal_at(words, j) for j in range(max(0, i - 6), i)) and not any(
        w.startswith(PEOPLE) for w in before
    )


def _person_follows(words: list[str], i: int) -> bool:
    """Whether one of the two words after words[i] names a person (its object)."""
    return any(
        w.startswith(PEOPLE) and (words[k + 1] if k + 1 < len(words) else "") not in TREES
        for k, w in enumerate(words[i + 1 : i + 3], i + 1)
    )  # not "un vieux baobab"


_DEAD, _INJURED = frozenset(DEAD), frozenset(INJURED)
_OBJECTS = frozenset(w for w in lexicon.THEFT_OBJECTS if " " not in w)
_COUNTED = _DEAD | _INJURED
_INJURED_SINGULAR = {"blesse", "blessee"}


_NOUN_DEAD = frozenset({"mort", "morts", "morte", "mortes", "dead", "deces"})
_UNHARMED = frozenset({"unharmed", "indemne", "indemnes", "saufs", "sauf"})
_FALLEN_WORDS = frozenset({"tombe", "tombes", "tombee", "tombees"})


def _fallen(words: list[str], i: int) -> str:
    """ "2 VDP sont tombés", "mon frère VDP est tombé à Dablo": the forces or fighters
    fallen are dead ("mort(s)") — not one who "est tombé malade", "de sa moto"."""
    word = words[i]
    if word not in _FALLEN_WORDS or words[i + 1 : i + 2] in (["malade"], ["de"], ["en"]):
        return word
    k = i - 1
    while k > 0 and words[k] in AUXILIARIES and i - k < 3:
        k -= 1
    if k < 0 or words[k] not in FALLEN:
        return word
    return "morts" if word.endswith("s") else "mort"


def _life_lost(words: list[str], i: int) -> str:
    """ "4 personnes ont perdu la vie", "5 civilians lost their lives", "a succombé à ses
    blessures": a word of death in place of the idiom (its wounds were the cause, not
    another casualty)."""
    word = words[i]
    if word in ("perdu", "lost") and words[i + 1 : i + 3] in _LIVES:
        return "morts"
    if word in ("blessures", "wounds") and words[i - 3 : i - 1] in _SUCCUMBED:
        return ""  # the wounds of the one who died
    return word


_LIVES = (["la", "vie"], ["their", "lives"], ["his", "life"], ["her", "life"])
_SUCCUMBED = (["succombe", "a"], ["succombee", "a"], ["succombes", "a"], ["succumbed", "to"])
_LIFE_LOST_WORDS = frozenset({"perdu", "lost", "succombe", "succombee", "succombes", "succumbed"})


_FIGHTERS = frozenset({
    "assaillants", "terroristes", "jihadistes", "djihadistes", "hani", "assailants",
    "terrorists", "militants", "combattants", "fighters",
})  # fmt: skip


def _neutralised(words: list[str]) -> int | None:
    """ "3 assaillants neutralisés", "5 terrorists neutralized": fighters killed (a device
    "neutralisé" is defused, and counts nobody)."""
    for i, word in enumerate(words):
        if not word.startswith("neutralis"):
            continue
        before = [w for w in words[max(0, i - 4) : i] if w not in ("ont", "ete", "were", "been")]
        if len(before) >= 2 and before[-1] in _FIGHTERS and number(before[-2]) is not None:
            return number(before[-2])
    return None


_JUST = (
    ["vient", "de"],
    ["viennent", "de"],
    ["venons", "de"],
    ["venez", "de"],
    ["vient", "d"],
    ["viennent", "d"],  # "on vient d'abattre"
)


def _just_done(words: list[str], i: int) -> str:
    """ "ils viennent de tuer": as "ils ont tué" (not "ils vont tuer", a threat)."""
    word = words[i]
    if word in _JUST_DONE and words[max(0, i - 2) : i] in _JUST:
        return _JUST_DONE[word]
    return word


# "vient d'abattre le vieux": as "a abattu" (the infinitive is no count's word)
_JUST_DONE = {"tuer": "tues", "blesser": "blesses", "abattre": "abattus"}


def forces_fallen(words: list[str]) -> bool:
    """The forces or fighters are the dead ("6 VDP tombés"): they were attacked."""
    return not _FALLEN_WORDS.isdisjoint(words) and any(
        _fallen(words, i) != words[i] for i in range(len(words))
    )


def _in_hospital_of_them(words: list[str]) -> int | None:
    """How many "of them are at the hospital", after an assault, or None."""
    for i in range(1, len(words)):
        value = number(words[i - 1])
        if value is None or value > MAX_COUNT:
            continue
        for of in _OF_THEM:
            if tuple(words[i : i + len(of)]) != of:
                continue
            rest = tuple(words[i + len(of) : i + len(of) + 5])
            if any(rest[: len(where)] == where for where in _IN_HOSPITAL):
                return value
    return None


def casualties(text: str, words: list[str] | None = None) -> tuple[int | None, int | None]:
    """(dead, injured): numbers stated in the text, 0 when it says none, else None.

    `words`, when the caller has them, are the text's `tokens` (not computed twice).
    """
    words = tokens(text) if words is None else words
    if not _JUST_DONE.keys().isdisjoint(words):  # "viennent de tuer deux personnes": done
        words = [_just_done(words, i) for i in range(len(words))]
    if not _FALLEN_WORDS.isdisjoint(words):  # "6 VDP tombés": fighters fallen, killed
        words = [_fallen(words, i) for i in range(len(words))]
    if not _LIFE_LOST_WORDS.isdisjoint(words):  # "4 personnes ont perdu la vie": dead
        words = [_life_lost(words, i) for i in range(len(words))]
    joined_words = " ".join(words)
    wounded_one = any(e in joined_words for e in EUPHEMISMS_ONE_INJURED)
    if wounded_one:  # "laissé pour mort" is alive: its "mort" counts nobody
        words = [w for i, w in enumerate(words) if not (i and words[i - 1] == "pour")]
    dead = _count(words, _DEAD, DEAD_SINGULAR)
    if dead is None and any(w.startswith(ASSASSINATION) for w in words):
        dead = 1
    if dead is None and any(e in joined_words for e in EUPHEMISMS_ONE_DEAD):
        dead = 1
    if dead is None and "neutralis" in joined_words:
        dead = _neutralised(words)  # "3 assaillants neutralisés": the army's word for killed
    injured = _count(words, _INJURED, _INJURED_SINGULAR)
    if injured is None and wounded_one:
        injured = 1
    if (
        injured is None
        and any(e in joined_words for e in HOSPITALISED)
        and any(w.startswith(BEATEN) for w in words)
    ):
        injured = 1  # beaten and in hospital: one wounded
    if injured is None and any(w.startswith(ASSAULTED) for w in words):
        injured = _in_hospital_of_them(words)
    if (
        injured is None
        and any(e in joined_words for e in HIT)
        and any(w.startswith(("tir", "balle")) for w in words)
    ):
        injured = 1  # shot at, and hit
    if (
        "pas de victime" in joined_words
        or "aucune victime" in joined_words
        or "no casualties" in joined_words
    ):
        dead = dead or 0
        injured = injured or 0
    if any(e in joined_words for e in NO_LIFE_LOST):
        dead = dead or 0  # "aucune perte en vie humaine": nobody killed
    if injured is None and not _UNHARMED.isdisjoint(words) and _INJURED.isdisjoint(words):
        injured = 0  # "staff unharmed", "sains et saufs": nobody hurt (nobody said wounded)
    return dead, injured
