"""Which language a report is written in: fr, bm, ff, ses, en, or mixed.

A character n-gram model trained on the corpus, Bambara and French samples and
a few hand-written Fulfulde, Songhay and English phrases, checked against
function words: French and Bambara mixed in one SMS is common and is neither.
"""

from __future__ import annotations

import math
from functools import cache

from triage.corpus import DATA

FRENCH = {
    "le", "la", "les", "des", "du", "de", "et", "est", "sont", "ont", "dans", "pour", "avec",
    "qui", "que", "il", "ils", "elle", "nous", "on", "pas", "au", "aux", "ce", "cette", "un",
    "une", "mon", "notre", "sur", "par", "village", "depuis", "ici", "tout", "mais", "leur",
    "cest",  # "c'est", one word since "c" stands for it
}  # fmt: skip
BAMBARA = {
    "ka", "ye", "be", "te", "ni", "ma", "don", "ke", "do", "min", "ko", "fe", "kan", "kono",
    "sisan", "kunu", "mogo", "caman", "u", "an", "bee", "tile", "dugu", "sugu", "foro",
    "misi", "misiw", "sonw", "cogo", "bila", "nana", "taara", "yen", "dron", "dorron", "doron",
    "sogoma", "fila", "saba", "naani", "duuru",  # numbers: "mɔgɔ fila sara"
}  # fmt: skip

# Bambara words of reports that French never uses: one of them in French grammar is
# code-switching ("lakoli datugura … parce que les karamogow ne sont pas payés").
BAMBARA_CONTENT = {
    "tasuma", "lakoli", "datugura", "karamogo", "karamogow", "dogotoro", "dogotoroso",
    "marifa", "marifaw", "marifatigi", "marifatigiw", "binkanni", "siran", "sonw", "misiw",
    "sagaw", "mogow", "kele", "bolila", "dugutigi", "sorodasiw", "cikelaw", "fulaw",
}  # fmt: skip
# Fulfulde and Songhay words a French SMS borrows ("Jam. Les wuyɓe ont pris nos na'i"),
# and that tell a message in one of them from one the model has too few words of.
FULFULDE = {
    "jam", "waali", "wuybe", "nai", "hande", "hannde", "subaka", "hanki", "hangki", "jemma",
    "ladde", "wuro", "yimbe", "worbe", "ngari", "ngarii", "mbari", "mbarii", "nanngi", "nanngii",
    "ndogi", "ndogii", "ngujjii", "jooni", "lekkol", "uddaama", "alaa", "lamdo", "fetelaaji",
    "jogiibe",
}  # fmt: skip
SONGHAY = {
    "fofo", "borey", "boro", "hunkuna", "susubay", "koyra", "hawey", "alboro", "wayborey",
    "zankey", "baani", "hinka", "hinza", "waranka", "zey", "zuru", "jamaa",
}  # fmt: skip
FULFULDE_SONGHAY = FULFULDE | SONGHAY

# English function words: reports from NGO staff and partners are often in English,
# and few English phrases were there to learn from.
ENGLISH = {
    "the", "of", "and", "was", "were", "has", "have", "had", "this", "near", "yesterday",
    "morning", "from", "with", "is", "are", "they", "their", "been", "in", "into", "at",
    "by", "who", "which", "after", "while", "there",
    # words of an English alert that French never uses
    "alert", "attack", "market", "men", "people", "gunmen", "soldiers", "please", "help",
    # a person's English: pronouns, questions, common verbs (none a French or Bambara word)
    "you", "we", "my", "your", "our", "us", "need", "can", "could", "would", "will",
    "what", "where", "when", "how", "why", "does", "did", "not", "get", "find", "want",
    "thank", "thanks", "that", "it", "should", "just", "some", "any", "about", "because",
    "very", "know", "give", "send", "food", "water", "house", "family", "money", "to",
    "for", "if", "am", "he", "she", "his", "her", "them", "cases", "deaths", "outbreak",
    "so", "far", "no",
}  # fmt: skip


# English words of five letters or more that end in "w", as Bambara plurals do.
_ENGLISH_W = frozenset({
    "below", "follow", "window", "shadow", "yellow", "tomorrow", "widow", "widows",
    "borrow", "narrow", "sorrow", "throw", "elbow", "swallow", "arrow", "fellow", "hollow",
    "outlaw", "curfew", "review", "interview", "overview", "preview", "nephew", "renew",
    "withdraw", "straw", "screw",
})  # fmt: skip


def bambara_plural(word: str) -> bool:
    """Bambara marks the plural with a final "w" (marifatigiw, cikɛlaw, sorodasiw), which
    French words never end with: a plural the word list lacks still counts."""
    return len(word) >= 5 and word[-1] == "w" and word not in BAMBARA and word not in _ENGLISH_W


def identify(
    words: list[str], model_proba: dict[str, float], hint: str | None
) -> tuple[str, float]:
    lang, confidence = max(model_proba.items(), key=lambda kv: kv[1])
    french = sum(map(FRENCH.__contains__, words))
    bambara = sum(map(BAMBARA.__contains__, words)) + sum(map(bambara_plural, words))
    if bambara >= 2 and french:
        # Bambara's postposition "la" and "cɛ" (between) read as French "la" and "ce"
        french -= words.count("la") + words.count("ce")
    if bambara >= 2 and words.count("ni") >= 2:
        bambara -= words.count("ni") - 1  # French "ni eau ni nourriture" is one Bambara "ni"
    if lang == "mixed" and bambara >= 2 and not french and not french_words().intersection(words):
        return "bm", max(confidence, 0.6)  # Bambara throughout: no French word to mix with
    if (
        lang == "mixed"
        and not bambara
        and french >= 2
        and BAMBARA_CONTENT.isdisjoint(words)
        and FULFULDE_SONGHAY.isdisjoint(words)
    ):
        return "fr", max(confidence, 0.6)  # French throughout: no local word to mix with
    french_content = not french_words().isdisjoint(words) or not FRENCH_NEWS.isdisjoint(words)
    local_content = not BAMBARA_CONTENT.isdisjoint(words)
    if lang in ("fr", "bm") and bambara >= 2 and (french >= 2 or (french and french_content)):
        return "mixed", max(confidence, 0.6)
    if lang == "bm" and french >= 2 and french_content and (bambara or local_content):
        return "mixed", max(confidence, 0.6)  # "sanji ye so 12 ci Sofara, pas de mort"
    if (
        lang == "bm"
        and bambara >= 2
        and sum(w in french_words() or w in FRENCH_NEWS for w in set(words)) >= 2
    ):
        # "attaque a Sio ce matin, mɔgɔ duuru sara": French words beside the Bambara,
        # whose little words ("a", "ce") Bambara has too
        return "mixed", max(confidence, 0.6)
    if lang == "fr" and french >= 2 and not BAMBARA_CONTENT.isdisjoint(words):
        return "mixed", max(confidence, 0.6)
    if lang in ("fr", "ff", "ses") and french >= 2 and not FULFULDE_SONGHAY.isdisjoint(words):
        # "on" and "de" are Fulfulde words too ("On jaraama", ɗe)
        grammar = french - words.count("on") - words.count("de")
        local = sum(map(FULFULDE_SONGHAY.__contains__, words))
        if grammar >= 2 and local >= (2 if lang == "fr" else 1):
            return "mixed", max(confidence, 0.6)  # French grammar, Fulfulde or Songhay words
    fulfulde = sum(map(FULFULDE.__contains__, words))
    songhay = sum(map(SONGHAY.__contains__, words))
    if lang not in ("ff", "ses") and max(fulfulde, songhay) >= 2 and french <= 1 and bambara < 2:
        # "Wuyɓe ngujjii na'i men hanki jemma": Fulfulde words throughout ("men", "to" are
        # Fulfulde too, not English)
        return ("ff" if fulfulde >= songhay else "ses"), 0.6
    # and English verb forms ("kidnapped", "killing"): French words seldom end so
    english = sum(w in ENGLISH or (len(w) > 4 and w.endswith(("ed", "ing"))) for w in words)
    both = french - words.count("on") - words.count("village")  # English words too
    if (
        lang in ("fr", "en")
        and not bambara
        and both >= 2
        and english >= 2
        and both <= 3 * english
        and english <= 3 * both
    ):
        # "the convoy to Djibo est bloqué, armed men on the road, on attend les
        # instructions": French and English in turn (an English note with a French
        # force's or place's name has many more English words)
        return "mixed", max(confidence, 0.6)
    if lang != "en" and english >= 2 and english > french + fulfulde + songhay and not bambara:
        return "en", max(confidence, 0.6)
    if lang == "bm" and french >= 3 and french > bambara:
        # French grammar throughout: mixed only if a Bambara word is there too.
        return ("mixed" if bambara else "fr"), 0.6
    if (
        lang in ("bm", "mixed")
        and not bambara
        and not english
        and BAMBARA_CONTENT.isdisjoint(words)
        and FULFULDE_SONGHAY.isdisjoint(words)
        and not french_words().isdisjoint(words)
    ):
        # "2 mort Sio", "feu brousse Sio": no local word (nothing to mix), a French one
        return "fr", 0.6
    if confidence < 0.4 and hint:
        return hint, confidence
    return lang, confidence


# French words of the news a Bambara SMS ends with ("…, des blessés", "ils prêchent"):
# the samples' everyday French lacks them.
FRENCH_NEWS = frozenset({
    "blesse", "blesses", "blessee", "blessees", "morts", "tues", "tuee", "attaque",
    "attaques", "enleve", "enleves", "prechent", "preche", "voles", "brules", "fuient",
    "deplaces", "tirs", "armes", "victime", "victimes",
})  # fmt: skip


@cache
def french_words() -> frozenset[str]:
    """Words of four letters or more in the French sample that the Bambara sample never
    uses (loanwords such as "moto" are Bambara too)."""
    from triage.normalise import tokens

    def words(name: str) -> set[str]:
        path = DATA / name
        return set(tokens(path.read_text(encoding="utf-8"))) if path.exists() else set()

    return frozenset(
        w for w in words("french_sample.txt") - words("bambara_sample.txt") if len(w) >= 4
    )


class WordLanguage:
    """Naive Bayes over whole words: the acknowledgement's language in a few microseconds.

    The webhook must answer before triage runs, in the reporter's language. The
    shared n-gram model costs ≈ 0.1 ms per message (numpy on every feature);
    a dictionary look-up per word is as accurate on the corpus, cross-validated
    (0.942 both), at a tenth of the cost. Triage still decides the report's
    language with the full model; this one only chooses the acknowledgement's.
    """

    def __init__(self, rows: list[tuple[list[str], str]], alpha: float = 0.5) -> None:
        docs: dict[str, int] = {}
        counts: dict[str, dict[str, int]] = {}
        for words, lang in rows:
            docs[lang] = docs.get(lang, 0) + 1
            seen = counts.setdefault(lang, {})
            for word in words:
                seen[word] = seen.get(word, 0) + 1
        self.languages = tuple(sorted(docs))
        vocabulary = {w for seen in counts.values() for w in seen}
        totals = {lang: sum(counts[lang].values()) + alpha * len(vocabulary) for lang in docs}
        documents = sum(docs.values())
        self.prior = tuple(math.log(docs[lang] / documents) for lang in self.languages)
        # Unknown words are skipped, so a known word carries its log-likelihood
        # relative to an unseen word's: most of a message's rows are near zero.
        self.table = {
            word: tuple(
                math.log(counts[lang].get(word, 0) + alpha) - math.log(alpha)
                for lang in self.languages
            )
            for word in vocabulary
        }
        self.unseen = tuple(math.log(alpha / totals[lang]) for lang in self.languages)

    def proba(self, words: list[str]) -> dict[str, float]:
        scores = list(self.prior)
        count = 0
        for word in words:
            row = self.table.get(word)
            if row is not None:
                count += 1
                for i, value in enumerate(row):
                    scores[i] += value
        # every known word also carries the language's unseen-word likelihood
        scores = [s + count * u for s, u in zip(scores, self.unseen, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {lang: e / total for lang, e in zip(self.languages, exps, strict=True)}
