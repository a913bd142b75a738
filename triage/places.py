"""Place names in a text, resolved to the gazetteer's administrative units.

Candidates are word n-grams that are names of admin units or settlements
(exactly, or within a small edit distance for capitalised words), unless they
are everyday words (a village called "Bama" should not fire on Bambara "ba ma").
Homonyms are settled by the other places in the text and the reporter's
previous area: a "Boni" next to "Douentza" is the Boni of that cercle.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain

from rapidfuzz import fuzz, process

import gazetteer
from gazetteer import Place
from triage import lexicon
from triage.corpus import CORPUS
from triage.normalise import fold

# (the sources' folder, not this file's: a compiled build of it lives elsewhere)
DATA = CORPUS.parent
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
# French articles and conjunctions elided before a vowel: d'Ansongo, l'Oudalan, jusqu'à.
_ELIDED = re.compile(r"(?:d|l|qu|jusqu|lorsqu|puisqu)'(?=[^\W\d_]{2})", re.IGNORECASE)
# Words that make one village's name out of another ("Kain-Ouro", "Kelbo-Foulbe"):
# a hyphenated name with one of them is one place, not two.
COMPOUND_PARTS = {
    "ouro", "wouro", "ouest", "est", "nord", "sud", "centre", "etage", "alpha", "foulbe",
    "peulh", "peul", "mossi", "bozo", "kouara", "kwara", "tin", "koira", "koura", "sare",
}  # fmt: skip
# Short names of communes and cercles that are everyday words when written in lower
# case ("a la tele", "they say", "bla bla"): read as places only when capitalised.
LOWER_CASE_WORDS = {
    "say", "logo", "tele", "bla", "bam", "gory", "sony", "kola", "dah", "tao", "mena",
    "sana", "bale", "kai", "tuy", "soye", "falo",
}  # fmt: skip
# Words that make the next name an armed group's ("katiba Macina", "Ansarul Islam").
ARMED_GROUP_WORDS = {"katiba", "katibat", "ansar", "ansarul", "ansaroul"}
# before a name, these make it a person's: "la famille Diallo", "le vieux Sawadogo"
FAMILY_WORDS = {
    "famille", "family", "clan", "vieux", "vieille", "monsieur", "mr", "mme", "madame",
    "mister", "mrs", "tonton", "elhadj", "hadja",
}  # fmt: skip
# "at" a place, or a word that names one next: what may make a short lower-case name one
AT_WORDS = {"a", "vers", "at", "in", "village", "commune", "hameau"}
RIVER_WORDS = {"fleuve", "riviere", "river", "marigot"}
RIVER_CONTEXT = {*RIVER_WORDS, "crue", "rive", "rives", "berge", "berges"}
_PEOPLE_WORDS = frozenset(
    {*lexicon.COMMUNITIES, "community", "communaute", "clan", "tribu", "fraction"}
)
# Words after a village's name that tell its communities' or quarters' parts apart.
NAME_SUFFIXES = {
    "habe", "habbe", "peulh", "peul", "peuhl", "foulbe", "fulbe", "dogon", "bozo", "marka",
    "bambara", "sonrai", "rimaibe", "kado", "nord", "sud", "est", "ouest", "centre",
}  # fmt: skip
# Where Tabalé works (Liptako-Gourma and central Mali): between two otherwise equal
# homonyms, the one in these regions ("Sofara" of Djenné, not of Kayes).
FOCUS_REGIONS = frozenset({
    "ML04", "ML05", "ML06", "ML07", "ML08",  # Ségou, Mopti, Tombouctou, Gao, Kidal
    "BF49", "BF52", "BF54", "BF56",  # Centre-Nord, Est, Nord, Sahel
    "NE005", "NE006",  # Tahoua, Tillabéri
})  # fmt: skip
LEVEL_WEIGHT = {"cercle": 3.2, "commune": 3.0, "region": 2.5, "country": 0.5, "village": 1.0}
MAX_NGRAM = 3
# Words that are place names somewhere but mean something else in a report.
EXTRA_STOPWORDS = {
    "maouloud", "tabaski", "ramadan",  # feasts
    "mali", "niger", "burkina", "faso", "nigeria", "algerie", "algeria", "mauritanie",
    "ghana", "togo", "benin", "guinee", "senegal", "libye", "libya", "tchad", "centre",
    "nord", "sud", "est", "ouest", "village", "unknown", "inconnu", "inconnue",
    "marche", "route", "brousse", "foret", "ville", "commune", "cercle", "region", "camp",
    "bamako", "alerte", "attaque", "point", "focal", "chef", "gendarmerie", "police",
    "armee", "fama", "ecole", "mosquee", "puits", "fleuve", "riviere", "dozo", "peul",
    "dogon", "bambara", "bozo", "tabale", "allah", "dieu", "jam", "fofo", "hello",
    *lexicon.COMMUNITIES,  # "les Bellas", "the Foulse community": people, not hamlets
    "mission", "kalo", "sisan", "sogoma", "ngari", "ladde", "wuro", "mooto", "kunu",
    "mogo", "caman", "dugu", "sira", "kan", "boro", "borey", "jooni", "hande", "hanki", "hangki",
    "fondo",  # Songhay: road
    "kenema",  # Bambara kɛnɛma: outside
    "sinda",  # Songhay: they have no (i sinda nwaari)
    "bande",  # "une bande armée"
    "moto", "motos",  # "ALERTE VOL MOTO Sévaré": the code's word
    "foroba",  # Bambara: the collective field
    "barre",  # "ils ont barré le passage"
    # first names that are also a hamlet somewhere ("c'est Moussa de Kona")
    "moussa", "adama", "souleymane", "bakary", "sekou", "bourama", "ali",
    # people a report names by their role, lower-case words that are also hamlets
    "berger", "bergers", "eleveur", "eleveurs", "marabout", "maire", "imam", "vieux", "balle",
    "balles",
    # the flooded pasture of the Niger delta, fought over every season; French adjectives
    "bourgou", "bourgoutiere", "bourgoutieres", "fache", "fachee", "faches", "fachees",
    # everyday Bambara words that are also hamlets
    "kamalen", "kamalenw", "musow", "denmisenw", "kongo",  # kɔngɔ: hunger
    "ngoni",  # Fulfulde: they are (ɓe ngoni)
    "galle",  # Fulfulde: a household's compound
    # months, days and everyday capitalised words of French and English reports
    *lexicon.MONTHS, "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "the", "this", "there",
    "they", "their", "armed", "army", "forces", "state", "islamic", "group", "groups",
    "fulani", "peulh", "peuhl", "mossi", "tuareg", "touareg", "songhai", "bella", "arabe",
    "burkinabe", "malian", "malien", "nigerien", "koglweogo", "jnim", "isgs", "eigs",
    "gsim", "vdp", "minusma", "barkhane", "ansaroul", "ansarul", "ansar", "islam", "katiba",
    "inch", "salam", "merci", "allo", "alo",
    "bonjour", "bonsoir", "svp", "urgent", "alert", "gendarme",
    "gendarmes", "militaires", "soldats", "bandits", "jihadistes", "terroristes",
    "camp militaire", "camp des refugies", "poste de police",
    # communities: named in reports of tension, never places
    "peuls", "peule", "peules", "fulbe", "foulbe", "dogons", "bozos", "peulhs", "peuhls",
    "dozos", "touaregs", "tuaregs", "tamasheq", "sonrai", "sonrhai", "songhay",
    "mossis", "bambaras", "maure", "maures", "arabes", "bellah", "rimaibe", "marka", "markas",
    "haoussa", "djerma", "zarma", "gourmantche", "gourmantches", "bobo", "samogo", "minianka",
}  # fmt: skip


# Everyday words of Sahel French that are also villages: skipped in lower case only
# ("un camion bâché", "des maisons en banco"), still names when written with a capital.
# (French ones found by setting a French word list against the gazetteer, then read.)
EVERYDAY_WORDS = {
    # English words of partners' notes that are also hamlets ("A woman was killed")
    "woman", "going", "made", "side", "some", "one", "say", "dry", "you", "boy",
    "gonda",  # Songhay: has, holds ("borey kaŋ gonda marfa")
    "semene", "semen",  # "semaine" spelt by ear ("4 mor cete semène")
    "bangay",  # Songhay/Zarma: appeared ("… na bangay Ouallam ra")
    "bache", "baches", "banco", "boubou", "boubous", "forgeron", "forgerons", "gombo",
    "sabre", "sabres", "amasse", "ambassades", "balaye", "basse", "bosse", "bouge", "boude",
    "boute", "chateau", "couronne", "dalle", "embranchement", "festival", "galere", "gourde",
    "grade", "hippodrome", "malle", "manie", "messe", "moule", "nomades", "parade", "patte",
    "pelle", "pique", "poussa", "salle", "savane", "serre", "sonne", "soute", "stade",
    "table", "tasse", "terminus", "tomba", "tonton", "vitrine", "voyou", "doudou", "tabou",
    "pensa", "gourou", "boulon", "bambou", "bingo", "diabolo", "medina", "bongo", "tango",
    "tigre", "manga", "mignon", "memere", "nounou", "pepin", "patin", "baraka", "leproserie",
    "lazaret", "poudriere",
    "banana", "banabagatow", "banabagato",  # Bambara: fell ill ("denmisɛnw caman banana")
}  # fmt: skip


@dataclass(frozen=True)
class Mention:
    text: str  # as spelled in the report
    start: int
    candidates: tuple[Place, ...]
    exact: bool


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").replace("'", " ").split())


@cache
def _index() -> dict[str, tuple[Place, ...]]:
    return _names()[0]


def name_keys() -> list[str]:
    """Every place name the gazetteer knows, folded as `_key` folds the text's."""
    return list(_index())


@cache
def _shortened() -> frozenset[str]:
    """Names known only with a community's or quarter's word after them (`_short_names`):
    before "Tuareg community" such a name is a clan, not the place."""
    return _names()[1]


@cache
def _names() -> tuple[dict[str, tuple[Place, ...]], frozenset[str]]:
    names: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        key = _key(name)
        if len(key) >= 3:
            names.setdefault(key, []).append(place)

    for place in gazetteer.admin_units():
        add(place.name, place)
        if place.name.lower().endswith(" commune"):
            add(place.name[: -len(" commune")], place)
    for place in gazetteer.settlements():
        add(place.name, place)
        for alt in place.alt_names:
            add(alt, place)
    for common, source in gazetteer.COMMON_NAMES.items():
        names.setdefault(_key(common), []).extend(names[_key(source)])
    short = _short_names(names)
    names.update(short)
    return {k: tuple(dict.fromkeys(v)) for k, v in names.items()}, frozenset(short)


def _short_names(names: dict[str, list[Place]]) -> dict[str, list[Place]]:
    """ "Koulogon" for Koulogon Habé and Koulogon-Peulh: names the gazetteer only has
    with a community's or a quarter's word after them."""
    short: dict[str, list[Place]] = {}
    for key, places in names.items():
        first, _, rest = key.partition(" ")
        if rest in NAME_SUFFIXES and len(first) >= 4 and first not in names:
            short.setdefault(first, []).extend(places)
    return short


_extra: dict[str, tuple[Place, ...]] = {}


def register_names(entries: list[tuple[str, Place]], *, replace: bool = False) -> None:
    """Add names admins gave in the panel (villages, other spellings) to the matcher;
    with `replace`, they become the whole set (a deleted spelling stops matching).

    The new set is built aside and swapped in whole: a worker thread triaging
    meanwhile sees the old names or the new ones, never a half-emptied set.
    """
    global _extra
    names = {} if replace else dict(_extra)
    for name, place in entries:
        key = _key(name)
        if len(key) >= 3:
            names[key] = tuple(dict.fromkeys((*names.get(key, ()), place)))
    _extra = names


def _lookup(key: str) -> tuple[Place, ...] | None:
    found = _index().get(key)
    extra = _extra.get(key)
    if found and extra:
        return tuple(dict.fromkeys((*extra, *found)))
    return extra or found


@cache
def _stopwords() -> frozenset[str]:
    """Everyday words (lower-case in ordinary text) that must not be read as places.

    Any French word written in lower case will do; Bambara words must recur,
    because many villages are named with ordinary Bambara words.
    """
    common: set[str] = set()
    for name, least in (("french_sample.txt", 1), ("bambara_sample.txt", 3)):
        path = DATA / name
        if path.exists():
            counts = Counter(
                _key(word)
                for word in _WORD.findall(path.read_text(encoding="utf-8"))
                if word.islower()
            )
            common |= {w for w, n in counts.items() if n >= least}
    return frozenset(common | EXTRA_STOPWORDS | EVERYDAY_WORDS)


@cache
def _french_stopwords() -> frozenset[str]:
    """The everyday words of French reports (lower case in the French sample)."""
    path = DATA / "french_sample.txt"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return frozenset(_key(w) for w in _WORD.findall(text) if w.islower()) | EXTRA_STOPWORDS


def _heads_french(text: str, words: list[tuple[str, int]], keys: list[str], i: int) -> bool:
    """A capitalised Bambara word (no French one) opening a French sentence or a
    heading: "Koro: ...", "Koro les jeunes ..." name the town, as "Kɔrɔ" in Bambara
    text does not. The message's own heading ("Dire: ...") names a place even when
    it is a French word."""
    end = words[i][1] + len(words[i][0])
    if not i and text[end : end + 1] == ":" and not text[: words[i][1]].strip():
        return True  # "Dire: ils ont mis le feu…": the message's heading names the place
    if keys[i] in _french_stopwords():
        return False
    if i and ":" in text[words[i - 1][1] + len(words[i - 1][0]) : words[i][1]]:
        return True  # a form's field: "Provenance: Yoro", "Lieu: Koro"
    if text[end : end + 1] in (":", ","):
        return True
    # "Koro tirs", "Koro enlevement": a focal point's two words, the place then the incident
    return i + 1 < len(keys) and (
        keys[i + 1] in _french_stopwords() or keys[i + 1] in _INCIDENT_WORDS
    )


_INCIDENT_WORDS = frozenset(key.split(" ", 1)[0] for key in lexicon.STRUCTURED) | {
    "tirs", "coups", "attaques", "enlevements", "explosion",
}  # fmt: skip


@cache
def _fuzzy_names(admin_only: bool) -> dict[str, list[str]]:
    """Names of five letters or more, by first letter (admin units only, if asked)."""
    out: dict[str, list[str]] = {}
    for key, places in _index().items():
        if len(key) >= 5 and (not admin_only or any(p.level != "village" for p in places)):
            out.setdefault(key[0], []).append(key)
    return out


@lru_cache(maxsize=65536)
def _fuzzy_match(key: str, capitalised: bool, opening: bool = False) -> str | None:
    """The gazetteer name a misspelt word stands for (cached: the same typos recur).

    A capital inside a sentence marks a name: any village may be meant. Otherwise only
    communes, cercles and regions are looked for; a capital opening a sentence
    ("Teninkou apres l attaque", "Ouenkoro, on vient…") allows the looser cut-off of a
    name, among those units only.
    """
    pool = _fuzzy_names(not capitalised).get(key[0], [])
    cutoff = 85 if capitalised or opening else 88
    match = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=cutoff)
    if match is not None:
        return match[0]
    # two letters swapped ("Mcaina", "Faotma"): a ratio counts two edits, too many for a
    # short name, but a slip of typing keeps every letter
    for i in range(1, len(key) - 2):
        swapped = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
        places = _lookup(swapped) if swapped != key else None
        if places and (capitalised or any(p.level != "village" for p in places)):
            return swapped
    return None


def _sentence_start(text: str, words: list[tuple[str, int]], i: int) -> bool:
    """Whether word i opens a sentence (only the text since the previous word matters)."""
    start = words[i][1]
    since = words[i - 1][1] + len(words[i - 1][0]) if i else 0
    before = text[since:start].rstrip()
    return (not before and not i) or (bool(before) and before[-1] in ".!?:;\n")


@cache
def _multi_word_firsts() -> frozenset[str]:
    """First words of multi-word names: only those can start a longer match."""
    return frozenset(k.split(" ", 1)[0] for k in _index() if " " in k)


@cache
def _everyday() -> frozenset[str]:
    """Stopwords that cannot start a longer name: in lower case, skipped outright."""
    return _stopwords() - _multi_word_firsts()


def _may_start_a_name(words: list[tuple[str, int]], keys: list[str]) -> list[int]:
    """Positions where a name could start: a name or the first word of one, a capitalised
    word before another (a split name), a word long enough to be a misspelt one. The
    rest — most words — cannot, and are passed over without a look-up."""
    index, extra, stop, firsts, everyday = (
        _index(),
        _extra,
        _stopwords(),
        _multi_word_firsts(),
        _everyday(),
    )
    upper = [w[:1].isupper() for w, _ in words]
    upper.append(False)
    return [
        i
        for i, key in enumerate(keys)
        if not (key in everyday and not upper[i])  # an everyday word in lower case
        and (
            key in index
            or key in firsts
            or key in extra
            or (upper[i] and upper[i + 1])
            or _may_be_misspelt(key, upper[i], stop)
        )
    ]


def _may_be_misspelt(key: str, capitalised: bool, stop: frozenset[str]) -> bool:
    """Long enough to be a misspelt name (shorter if capitalised), and no everyday word."""
    return (capitalised and len(key) >= 5 or len(key) >= 7) and key not in stop


def _words(text: str) -> list[tuple[str, int]]:
    """Words and where they start; a hyphenated pair that is no name ("l'axe
    Djibo-Arbinda") is read as the two names it joins."""
    if "-" not in text and "'" not in text:  # most messages: the words as they are
        return [(m.group(0), m.start()) for m in _WORD.finditer(text)]
    out: list[tuple[str, int]] = []
    for m in _WORD.finditer(text):
        word, start = m.group(0), m.start()
        if word[-2:] in ("'s", "’s"):
            word = word[:-2]  # English "Niamey's river quarters": the place's
        if "'" in word:
            word, start = _unelided(word, start)
        if "-" in word and _two_names(word):
            for part in word.split("-"):
                out.append((part, start))
                start += len(part) + 1
        else:
            out.append((word, start))
    return out


def _unelided(word: str, start: int) -> tuple[str, int]:
    """ "près d'Arbinda", "la route d'Ansongo": the name without the article elided
    before it, unless the gazetteer knows the whole word ("D'Orowa")."""
    elided = _ELIDED.match(word)
    if elided is None or _lookup(_key(word)):
        return word, start
    return word[elided.end() :], start + elided.end()


def _two_names(word: str) -> bool:
    """Whether a hyphenated word joins names (a road's two ends), not one village's
    name the gazetteer lacks ("Kain-Ouro", "Kacham-Ouest" are single villages)."""
    if _lookup(_key(word)):
        return False
    parts = [_key(part) for part in word.split("-")]
    return all(len(part) >= 3 and part not in COMPOUND_PARTS and _lookup(part) for part in parts)


def mentions(text: str) -> list[Mention]:
    """Place names the text mentions, as spelled, in order."""
    text = text or ""
    words = _words(text)
    keys = [_key(w) for w, _ in words]

    def joined(i: int) -> bool:  # words i and i+1 are separated by spaces only
        end = words[i][1] + len(words[i][0])
        return not text[end : words[i + 1][1]].strip()

    def possessive(i: int) -> bool:  # "Niamey's": the place's, in English
        end = words[i][1] + len(words[i][0])
        return text[end : end + 2] in ("'s", "’s")

    shouting = sum(w.isupper() for w, _ in words) > len(words) / 2
    # the leading words in capitals: a focal point's coded head ("SIGNAL ECOLE FERMEE …")
    head = next((k for k, (w, _) in enumerate(words) if not w.isupper()), len(words))
    index, stop, firsts = _index(), _stopwords(), _multi_word_firsts()
    found: list[Mention] = []
    seen: set[str] = set()
    next_free = 0  # words before it belong to a name already found
    for i in _may_start_a_name(words, keys):
        if i < next_free or (i and keys[i - 1] in ARMED_GROUP_WORDS):
            continue  # "katiba Macina" is an armed group, not the place
        if keys[i + 1 : i + 2] == ["haram"]:
            continue  # Boko Haram: the group, not a village Boko
        if i and keys[i - 1] in FAMILY_WORDS:
            continue  # "la famille Diallo": a surname
        if i and keys[i - 1] in _I_AM and keys[i + 1 : i + 2] in (["de"], ["du"]):
            continue  # "c'est Oumar de Sah", "je suis Awa de Kona": the writer, from there
        if (
            (i and keys[i - 1] in RIVER_WORDS)
            or (keys[i + 1 : i + 2] == ["river"] and not possessive(i))  # not "Niamey's river"
            or (i > 1 and keys[i - 1] == "du" and keys[i - 2] in RIVER_CONTEXT)
        ):
            continue  # "le fleuve Bani", "the Bani river", "la crue du Bani": a river
        if (
            i + 1 < len(keys)
            and keys[i + 1] in _PEOPLE_WORDS
            and keys[i] in _shortened()
            and not _lookup(f"{keys[i]} {keys[i + 1]}")
        ):
            continue  # "the Ibichilam Tuareg community": a clan, not Ibichilam Est
        first, start = words[i]
        hit = None
        longest = 1
        if keys[i] in firsts:
            while longest < MAX_NGRAM and i + longest < len(words) and joined(i + longest - 1):
                longest += 1
        capitalised = first[:1].isupper() and (shouting or not first.isupper())
        spans: Iterable[tuple[int, str]] = (
            (n, " ".join(keys[i : i + n])) for n in range(longest, 0, -1)
        )
        if (
            capitalised
            and i + 1 < len(words)
            and words[i + 1][0][:1].isupper()
            and joined(i)
            and len(keys[i]) >= 2
            and keys[i] not in stop  # "ATTAQUE EN COURS A DJIBO": no "Adjibo"
            and len(keys[i]) + len(keys[i + 1]) >= 6
            and not _lookup(f"{keys[i]} {keys[i + 1]}")  # the spaced name comes first
        ):
            # "Sare Yamou" for the gazetteer's Sareyamou: names are split as often as joined
            spans = chain(((2, keys[i] + keys[i + 1]),), spans)
        next_free = i + 1
        for n, key in spans:
            candidates = _lookup(key)  # most words are no place: the cheapest test first
            if not candidates:
                continue
            if key in EXTRA_STOPWORDS or (
                key in stop
                and not (capitalised and not _sentence_start(text, words, i))
                and not (capitalised and _heads_french(text, words, keys, i))
            ):
                continue
            # a commune's or cercle's town in lower case ("gao attaque du camp"); a
            # village's short name would too often be an everyday word
            lower_ok = (
                not capitalised
                and len(key) < 5
                and key not in LOWER_CASE_WORDS
                and (
                    _major(candidates)
                    # a seat's short name just after "à" ("tirs a boni ce matin")
                    or (
                        len(key) == 4
                        and i
                        and keys[i - 1] in AT_WORDS
                        and any(_is_seat(p) for p in candidates)
                    )
                )
            )
            if len(key) < 4 and not capitalised and not lower_ok:
                continue
            if shouting and n == 1 and key in _french_stopwords() and i:
                continue  # capitals say nothing in "ALERTE ECOLE FERMEE Dangol-Bore"
            # lower case: long names, admins' names, and towns that are admin units
            # ("gao attaque du camp")
            if capitalised or len(key) >= 5 or key in _extra or lower_ok:
                last_word, last_start = words[i + n - 1]
                hit = Mention(text[start : last_start + len(last_word)], start, candidates, True)
                next_free = i + n
                break
        if hit is None:
            key = keys[i]
            # a capital opening a sentence says less ("Sighting of…" is no "Sighin")
            opening = (
                first[:1].isupper()
                and _sentence_start(text, words, i)
                and text[start + len(first) : start + len(first) + 1] != ":"
            )  # "Inates: …" is a heading, a place named on purpose
            # in a coded head in capitals ("SIGNAL ECOLE FERMEE Ouenkoro") a capital says
            # as little as in a shouted message
            upper = first[:1].isupper() and not opening and not shouting and not 0 < i < head
            if _may_be_misspelt(key, upper, stop):
                name = _fuzzy_match(key, upper, opening)
                if name is not None:
                    hit = Mention(first, start, index[name], exact=False)
        if hit is not None and _key(hit.text) not in seen:
            seen.add(_key(hit.text))
            found.append(hit)
    return found


# Words that introduce the writer by name ("slt c Oumar de Sah", "moi c'est Awa de …").
_I_AM = frozenset({"c", "c est", "cest", "suis", "moi"})


def _is_seat(place: Place) -> bool:
    """A settlement that is an administrative seat or a town (`gazetteer.seat_pcodes`)."""
    return place.level == "village" and place.pcode in gazetteer.seat_pcodes()


def _major(candidates: tuple[Place, ...]) -> bool:
    return any(p.level in ("region", "cercle", "commune") for p in candidates)


def _ancestors(place: Place) -> tuple[str, ...]:
    return _lineage(place.pcode)


@lru_cache(maxsize=65536)
def _lineage(pcode: str) -> tuple[str, ...]:
    """The pcode and its ancestors', nearest first (cached: the gazetteer does not change)."""
    out: list[str] = []
    current = gazetteer.by_pcode(pcode)
    while current is not None and len(out) < 6:
        out.append(current.pcode)
        current = gazetteer.by_pcode(current.parent_pcode) if current.parent_pcode else None
    return tuple(out)


def admin_of(place: Place) -> Place:
    """The administrative unit a place belongs to (itself if it is one)."""
    if place.level != "village":
        return place
    parent = gazetteer.by_pcode(place.parent_pcode) if place.parent_pcode else None
    return parent or gazetteer.by_pcode(place.country) or place


def _level_named(text: str, mention: Mention) -> str | None:
    """The level a report gives a name ("région de Gao", "Gao region", "cercle de
    Mopti"): Gao is a region, a cercle and a commune."""
    before = _key(text[max(0, mention.start - 12) : mention.start]).split()[-2:]
    end = mention.start + len(mention.text)
    after = _key(text[end : end + 10]).split()[:1]
    for level, words in _LEVEL_WORDS.items():
        named_after = bool(after) and after[0] in words  # "the Gao region"
        named_before = len(before) == 2 and before[0] in words and before[1] in _OF
        if named_after or named_before:  # "la région de Gao"
            return level
    return None


_OF = frozenset({"de", "du", "of"})
_LEVEL_WORDS = {
    "region": ("region", "regions"),
    "cercle": ("cercle", "province"),
    "commune": ("commune",),
}


@dataclass(frozen=True)
class Resolution:
    places: tuple[str, ...]
    place: Place | None
    ambiguous: bool
    fuzzy: bool


def resolve(text: str, last_area_pcode: str | None = None) -> Resolution:
    """The mentions, and the single most precise place the report is about."""
    found = mentions(text)
    if not found:
        return Resolution((), None, False, False)
    context: Counter[str] = Counter()
    for mention in found:
        # what a name most likely stands for (an admin unit, a commune's seat) sets the
        # context: "Kona près de Konna" is the Kona near the town of Konna, not one of
        # the Kona of Sikasso near a hamlet also called Konna
        likely = [c for c in mention.candidates if c.level != "village" or _is_seat(c)]
        for pcode in {a for c in likely or mention.candidates for a in _ancestors(c)}:
            context[pcode] += 1
    last = set(_lineage(last_area_pcode)) if last_area_pcode else set()

    def score(place: Place) -> float:
        value = LEVEL_WEIGHT.get(place.level, 1.0)
        ancestors = _ancestors(place)[1:]
        value += sum(1.5 for a in ancestors if context[a] > 1)
        value += sum(1.0 for a in ancestors if a in last)
        if place.country == "ML":
            value += 0.2
        if _is_seat(place):
            value += 0.8  # a commune's seat: the town reports name first
        if FOCUS_REGIONS.intersection(ancestors):
            value += 0.3  # between equals, the homonym where Tabalé works
        return value

    chosen: list[tuple[Place, Mention, bool]] = []
    for mention in found:
        level = _level_named(text, mention)
        if level and any(c.level == level for c in mention.candidates):
            # "la région de Tombouctou", "the Gao region": the region, not its cercle
            mention = replace(
                mention, candidates=tuple(c for c in mention.candidates if c.level == level)
            )
        if len(mention.candidates) == 1:
            chosen.append((mention.candidates[0], mention, False))
            continue
        ranked = sorted(((score(p), p) for p in mention.candidates), key=lambda s: -s[0])
        tie = ranked[0][0] - ranked[1][0] < 0.5
        chosen.append((ranked[0][1], mention, tie))
    # The report is about the most precise place it names; the first one on a tie.
    precision = {"village": 4, "commune": 3, "cercle": 2, "region": 1, "country": 0}
    best = max(chosen, key=lambda c: (precision.get(c[0].level, 0), -c[1].start))
    return Resolution(
        places=tuple(m.text for _, m, _ in chosen),
        place=best[0],
        ambiguous=best[2],
        fuzzy=not best[1].exact,
    )
