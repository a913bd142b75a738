"""Which language a report is written in: fr, bm, ff, ses, en, or mixed.

A character n-gram model trained on the corpus, Bambara and French samples and
a few hand-written Fulfulde, Songhay and English phrases, checked against
function words: French and Bambara mixed in one SMS is common and is neither.
"""

from __future__ import annotations

FRENCH = {
    "le", "la", "les", "des", "du", "de", "et", "est", "sont", "ont", "dans", "pour", "avec",
    "qui", "que", "il", "ils", "elle", "nous", "on", "pas", "au", "aux", "ce", "cette", "un",
    "une", "mon", "notre", "sur", "par", "village", "depuis", "ici", "tout", "mais", "leur",
}  # fmt: skip
BAMBARA = {
    "ka", "ye", "be", "te", "ni", "ma", "don", "ke", "do", "min", "ko", "fe", "kan", "kono",
    "sisan", "kunu", "mogo", "caman", "u", "an", "bee", "tile", "dugu", "sugu", "foro",
    "misi", "misiw", "sonw", "cogo", "bila", "nana", "taara", "yen", "dron", "dorron",
}  # fmt: skip


def identify(
    words: list[str], model_proba: dict[str, float], hint: str | None
) -> tuple[str, float]:
    lang, confidence = max(model_proba.items(), key=lambda kv: kv[1])
    french = sum(w in FRENCH for w in words)
    bambara = sum(w in BAMBARA for w in words)
    if lang in ("fr", "bm") and french >= 2 and bambara >= 2:
        return "mixed", max(confidence, 0.6)
    if lang == "bm" and french >= 3 and french > bambara:
        # French grammar throughout: mixed only if a Bambara word is there too.
        return ("mixed" if bambara else "fr"), 0.6
    if confidence < 0.4 and hint:
        return hint, confidence
    return lang, confidence
