"""SMS reality into comparable tokens: case, accents, stretched letters, abbreviations.

"Ya bcp d hommes armés ds le villaaage mtn" and "il y a beaucoup d'hommes
armes dans le village maintenant" must look alike to the lexicon and the model.
Bambara's ɛ ɔ ɲ ŋ are folded to the ASCII spellings SMS writers use (e, o, ny,
ng), so "mɔgɔ" and "mogo" are one word.
"""

from __future__ import annotations

import re
import unicodedata

LETTERS = str.maketrans(
    {
        "ɛ": "e", "Ɛ": "e", "ɔ": "o", "Ɔ": "o", "ɲ": "ny", "Ɲ": "ny", "ŋ": "ng", "Ŋ": "ng",
        "ε": "e", "Ε": "e",  # Greek epsilon, which some phone keyboards offer for ɛ
        "ɓ": "b", "Ɓ": "b", "ɗ": "d", "Ɗ": "d", "ƴ": "y", "Ƴ": "y", "ɣ": "g",
        "ñ": "ny", "Ñ": "ny",  # Fulfulde's ñ is Bambara's ɲ ("ñaami", "nyaami": ate)
        "œ": "oe", "æ": "ae", "ß": "ss", "’": " ", "'": " ", "`": " ", "ʼ": " ",
    }
)  # fmt: skip

# Common French SMS abbreviations -> the words they stand for. Values never
# contain a key, so normalising twice changes nothing.
ABBREVIATIONS = {
    "slt": "salut", "bjr": "bonjour", "bsr": "bonsoir", "ds": "dans", "ki": "qui",
    "st": "sont", "ls": "les", "vlg": "village", "vlgs": "villages", "pers": "personnes",
    "qlq": "quelques", "qlqs": "quelques", "qd": "quand", "ts": "tous", "tts": "toutes",
    "cmt": "comment", "tj": "toujours", "jrs": "jours",
    "pr": "pour", "bcp": "beaucoup", "ya": "il y a", "g": "j ai", "c": "cest",
    "mtn": "maintenant", "mnt": "maintenant", "qq": "quelques", "qqs": "quelques",
    "qqn": "quelqu un", "tjrs": "toujours", "tjr": "toujours", "tt": "tout", "tte": "toute",
    "pk": "pourquoi", "pq": "pourquoi", "pcq": "parce que", "jsuis": "je suis",
    "chui": "je suis", "jss": "je suis", "stp": "s il te plait", "svp": "s il vous plait",
    "auj": "aujourd hui", "ajd": "aujourd hui", "dc": "donc", "ns": "nous", "vs": "vous",
    "ms": "mais", "koi": "quoi", "kan": "quand", "kel": "quel", "kelk": "quelque",
    "bocou": "beaucoup", "bcoup": "beaucoup", "pdt": "pendant", "ss": "sous",
    "gd": "grand", "hr": "heure", "hrs": "heures", "h": "heure", "min": "minutes",
    "ac": "avec", "avc": "avec", "vrmt": "vraiment", "msg": "message", "tel": "telephone",
    "jms": "jamais", "rdv": "rendez vous", "fds": "forces de securite", "fs": "forces de securite",
    "gens": "gens", "kk": "quelques", "pt": "peut", "pa": "pas", "pas": "pas",
    "attak": "attaque", "atak": "attaque", "attac": "attaque", "ataque": "attaque",
    "attake": "attaque", "mor": "morts", "mors": "morts", "blese": "blesse",
    "blesee": "blessee", "bleses": "blesses",
    # spellings by ear ("a cose des attak", "pa de medcin", "on vand des fusi")
    "cose": "cause", "koz": "cause", "medcin": "medecin", "medsin": "medecin",
    "vand": "vend", "vandent": "vendent", "fusi": "fusil", "fusis": "fusils",
    "depui": "depuis", "maintenan": "maintenant", "ojourdui": "aujourd hui",
    "ojordui": "aujourd hui", "kidnaper": "kidnappe", "kidnapper": "kidnappe",
    "exploxion": "explosion", "explosition": "explosion", "inondasion": "inondation",
    "jiadiste": "jihadiste", "jiadistes": "jihadistes", "djihadistes": "jihadistes",
    "militair": "militaire", "militer": "militaire", "blesser": "blesses",
    "vach": "vache", "vachs": "vaches", "animo": "animaux", "deplasse": "deplace",
    "deplasses": "deplaces", "trafik": "trafic", "manje": "mange", "mezon": "maison",
    "mezons": "maisons", "chan": "champ", "chans": "champs",
    "pri": "pris", "ecol": "ecole", "ecols": "ecoles", "pren": "prend", "corp": "corps",
    "encor": "encore", "partou": "partout", "ambulanc": "ambulance", "brouss": "brousse",
    "charette": "charrette", "charettes": "charrettes", "jihadist": "jihadiste",
    "jihadists": "jihadistes", "mosque": "mosquee",
    "bef": "boeufs", "befs": "boeufs", "beuf": "boeuf", "beufs": "boeufs", "boef": "boeuf",
    "boefs": "boeufs", "nui": "nuit", "brul": "brule", "bandi": "bandits",
    "bandis": "bandits", "incendi": "incendie", "secour": "secours", "rte": "route",
    "dz": "des", "bonbe": "bombe", "bonbes": "bombes", "prene": "prennent",
    "prenne": "prennent", "chak": "chaque", "tro": "trop", "dpuis": "depuis",
    "deplase": "deplace", "deplases": "deplaces",
    "atake": "attaque", "ataker": "attaquer", "atack": "attaque", "antendu": "entendu",
    "fusiade": "fusillade", "djiadiste": "jihadiste", "djiadistes": "jihadistes",
    "teroriste": "terroriste", "teroristes": "terroristes", "bracage": "braquage",
    "raket": "racket", "jandarme": "gendarme", "jandarmes": "gendarmes",
    # an apostrophe left out: "lhopital", "lecole", "jai" ("cest" stays one word, as "c"
    # is written for it; "dun" is Bambara, to eat)
    "lhopital": "l hopital", "lecole": "l ecole", "larmee": "l armee", "lattaque": "l attaque",
    "jai": "j ai", "quil": "qu il", "quils": "qu ils", "bloke": "bloque", "nou": "nous",
    "frape": "frappe", "frapes": "frappes", "frapee": "frappee", "fraper": "frapper",
    "mintnan": "maintenant", "mintenan": "maintenant", "maintnan": "maintenant",
    "meurtr": "meurtre", "palu": "paludisme", "semene": "semaine", "semen": "semaine",
    "cete": "cette", "enfan": "enfants",
}  # fmt: skip
# A disease just before: "le palu tu les enfants" is "tue" (kills), not "tu" (you).
_DISEASE_BEFORE_TU = frozenset({"paludisme", "maladie", "cholera", "rougeole", "meningite"})
# "il son la": after a subject pronoun, "son" is "sont" spelt by ear (never "his").
_SONT_AFTER = frozenset({"il", "ils", "elles"})
_ARMED_WHO = frozenset({"gens", "hommes", "individus", "personnes", "jeunes"})
_ARTICLES = frozenset({"le", "du", "au", "un", "les", "des", "aux"})
# Bambara words "kan" (on) follows: after them it is no French "kan" (quand) spelt short.
_BAMBARA_BEFORE_KAN = frozenset({
    "sira", "u", "an", "o", "dugu", "kungo", "ji", "so", "foro", "sugu", "mobili", "moto",
    "fen", "mogo", "mogow", "ne", "i", "aw",
})  # fmt: skip

_REPEATS = re.compile(r"([a-z])\1{2,}")
# Fulfulde "na'i" (cattle): the apostrophe is a glottal stop inside the word, not an
# elision; split, "ɓe na'i" would read as Bambara "bɛ na" (is coming)
_NAI = re.compile(r"\b([nN])a['’ʼ]i\b")
# Digits and letters apart: SMS glue them ("5h", "2morts", "1000f", "30mn").
_TOKENS = re.compile(r"[a-z]+|[0-9]+")


def fold(text: str) -> str:
    """Lower case, local letters to ASCII spellings, accents removed."""
    text = text or ""
    if "'" in text or "’" in text or "ʼ" in text:
        text = _NAI.sub(r"\1ai", text)
    if text.isascii():  # most SMS: nothing to decompose
        return text.translate(LETTERS).lower()
    text = unicodedata.normalize("NFKC", text).translate(LETTERS).lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_SAID_AS_ONE_WORDS = {"mat": "matin", "dm": "demain", "bi": "bien", "rie": "rien"}
_SAID_AS_ONE = re.compile(r"\b(" + "|".join(_SAID_AS_ONE_WORDS) + r")1\b")


def tokens(text: str) -> list[str]:
    """Normalised tokens: folded, stretched letters squeezed, abbreviations expanded."""
    out: list[str] = []
    previous = ""
    folded = _REPEATS.sub(r"\1", fold(text))
    if "1" in folded:  # "ce mat1", "a dm1", "bi1": a syllable said as "un"
        folded = _SAID_AS_ONE.sub(lambda m: _SAID_AS_ONE_WORDS[m.group(1)], folded)
    for word in _TOKENS.findall(folded):
        previous, raw = word, previous
        if word == "est" and raw == "c":
            continue  # "c'est", "c est": the "cest" that "c" stands for, said once
        if word == "son" and out and out[-1] in _SONT_AFTER:
            out[-1], word = ("ils" if out[-1] == "il" else out[-1]), "sont"
        elif word == "bless" and out and number(out[-1]) is not None:
            word = "blesses"  # "3 bless a Boni" (not "God bless you")
        elif word == "arme" and out and out[-1] in _ARMED_WHO:
            word = "armes"  # "dz gens armé", the plural's ending dropped as it is not heard
        elif word in ("tire", "tir") and out and out[-1] in ("ils", "il"):
            word = "tirent"  # "ils tire partou", "il tir partou" (the plural is not heard)
        elif word == "sein" and out and out[-1] in ("il", "elle"):
            word = "saigne"  # "il sein bcp": he bleeds a lot
        elif word == "tu" and out and out[-1] in _DISEASE_BEFORE_TU:
            word = "tue"  # "le palu tu les enfants"
        elif word == "pri" and out and out[-1] in _ARTICLES:
            word = "prix"  # "le pri du sac de riz" (not "ils on pri", taken)
        elif word == "plu" and out[-3:] == ["il", "y", "a"]:
            word = "plus"  # "ya plu 2 medecin" (not "il a plu", it rained)
        elif word == "kan" and out and out[-1] in _BAMBARA_BEFORE_KAN:
            out.append(word)  # Bambara "sira kan" (on the road), not French "quand"
            continue
        out.extend(ABBREVIATIONS.get(word, word).split())
    return out


def normalise(text: str) -> str:
    return " ".join(tokens(text))


# -- numbers ------------------------------------------------------------------
NUMBER_WORDS = {
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "dizaine": 10, "douzaine": 12, "quinzaine": 15,
    "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "centaine": 100,
    # Bambara
    "kelen": 1, "fila": 2, "saba": 3, "naani": 4, "duuru": 5, "woro": 6,
    "wooro": 6, "wolonwula": 7, "segin": 8, "seegin": 8, "konontun": 9, "kononton": 9,
    "tan": 10, "mugan": 20, "bisaba": 30, "binaani": 40, "biduuru": 50, "keme": 100,
    # Fulfulde
    "goo": 1, "go": 1, "gooto": 1, "didi": 2, "tati": 3, "nay": 4, "nayi": 4, "jowi": 5,
    "dido": 2, "tato": 3, "nayo": 4, "njoyo": 5,  # counting people: yimɓe ɗiɗo, two people
    "sappo": 10,
    # Songhay
    "afoo": 1, "hinka": 2, "hinza": 3, "taaci": 4, "guu": 5, "iddu": 6, "iyye": 7,
    "ahakku": 8, "yagga": 9, "woy": 10,
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip


def number(token: str) -> int | None:
    """The number a token stands for (digits or a number word), or None."""
    if token.isdigit():
        return int(token) if len(token) <= 5 else None
    return NUMBER_WORDS.get(token)
