"""Triage under the ordinary noise of SMS: the corpus rewritten in ways that keep its labels.

    python -m bench.robustness [--show NAME]

Each corpus report is rewritten by each perturbation below (a greeting before
it and thanks after it, SMS abbreviations, letters swapped or dropped inside
words, place names misspelt…) and triaged by the model of the cross-validation
fold that did not see it. Printed per perturbation: category accuracy, urgent
recall and how many predictions moved from the report's own. Place names are
judged apart: does a misspelt name still resolve to the area the correct one
does? `--show NAME` lists the reports that perturbation moved. The LAST line:

    typo_cat_acc=… typo_urgent_recall=… courtesy_moved=… place_swap_same_area=…
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections.abc import Callable

from bench.triage import folds
from triage import model as learned
from triage import triage
from triage.corpus import CORPUS, language_rows, read_jsonl

_SMS = {
    "dans": "ds", "beaucoup": "bcp", "maintenant": "mtn", "pour": "pr", "avec": "avc",
    "tout": "tt", "tous": "ts", "qui": "ki", "quand": "qd", "sont": "st", "quelques": "qlq",
    "aujourd'hui": "ajd", "personnes": "pers", "village": "vlg", "matin": "mat1",
    "demain": "dm1", "les": "ls", "des": "ds", "il y a": "ya", "que": "ke",
}  # fmt: skip


def _sms(text: str) -> str:
    for word, short in _SMS.items():
        text = re.sub(rf"\b{re.escape(word)}\b", short, text, flags=re.IGNORECASE)
    return text


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _slips(rng: random.Random, swaps: int, drops: int) -> Callable[[str], str]:
    """Two letters swapped inside `swaps` words of 5+ letters, one dropped in `drops` of 6+."""

    def rewrite(text: str) -> str:
        words = text.split()
        long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        for i in rng.sample(long, min(swaps, len(long))):
            w, j = words[i], rng.randrange(1, len(words[i]) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        longer = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        for i in rng.sample(longer, min(drops, len(longer))):
            w, j = words[i], rng.randrange(1, len(words[i]) - 1)
            words[i] = w[:j] + w[j + 1 :]
        return " ".join(words)

    return rewrite


def perturbations(seed: int = 7) -> dict[str, Callable[[str], str]]:
    rng = random.Random(seed)
    return {
        "as written": lambda t: t,
        "capitals": str.upper,
        "no accents, lower case": _unaccented,
        "no punctuation": lambda t: re.sub(r"[.,;:!?()\"]", " ", t),
        "Salam aleykoum … Merci bcp": lambda t: f"Salam aleykoum. {t} Merci bcp",
        "Bonjour … Merci d'avance": lambda t: f"Bonjour, {t}. Merci d'avance",
        "Salut à tous … Merci de votre compréhension": lambda t: (
            f"Salut a tous. {t} Merci de votre comprehension"
        ),
        "… Que Dieu nous protège": lambda t: f"{t} Que Dieu nous protege",
        "… Je vous tiens informés.": lambda t: f"{t} Je vous tiens informés.",
        "then 'Les gens ont peur.'": lambda t: f"{t} Les gens ont peur.",
        "a name introduced: 'Bsr, c Amadou,'": lambda t: f"Bsr, c Amadou, {t}",
        "Ici le point focal de Bankass. …": lambda t: f"Ici le point focal de Bankass. {t}",
        "SMS abbreviations": _sms,
        "numbers in words": lambda t: re.sub(
            r"\b(2|3|4|5|10)\b",
            lambda m: {"2": "deux", "3": "trois", "4": "quatre", "5": "cinq", "10": "dix"}[
                m.group(1)
            ],
            t,
        ),
        "two letters swapped in two words": _slips(rng, swaps=2, drops=0),
        "a letter dropped in one word": _slips(rng, swaps=0, drops=1),
    }


def _place_slips(rows: list[dict], seed: int = 3) -> dict[str, tuple[int, int]]:
    """Labelled place names misspelt in the text: does the same area come out?"""
    rng = random.Random(seed)

    def swap(name: str) -> str | None:
        if len(name) < 5:
            return None
        j = rng.randrange(1, len(name) - 2)
        return name[:j] + name[j + 1] + name[j] + name[j + 2 :]

    def drop(name: str) -> str | None:
        if len(name) < 6:
            return None
        j = rng.randrange(1, len(name) - 1)
        return name[:j] + name[j + 1 :]

    out = {}
    for kind, rewrite in (("swap", swap), ("drop", drop)):
        same = total = 0
        for row in rows:
            meant = triage(row["text"]).area_pcode
            for name in row.get("places") or []:
                typed = rewrite(name) if name in row["text"] else None
                if meant is None or not typed or typed == name:
                    continue
                total += 1
                same += triage(row["text"].replace(name, typed)).area_pcode == meant
        out[kind] = (same, total)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", help="list the reports this perturbation moved")
    args = parser.parse_args(argv)
    rows = read_jsonl(CORPUS)
    kinds = perturbations()
    results: dict[str, list[tuple[int, str, bool, str, bool, str]]] = {k: [] for k in kinds}
    extra = language_rows()
    for held in folds(rows, 5):
        held_set = set(held)
        model = learned.train([r for i, r in enumerate(rows) if i not in held_set], extra)
        for i in held:
            row = rows[i]
            for name, rewrite in kinds.items():
                text = rewrite(row["text"])
                got = triage(text, channel=row.get("channel", "sms"), model=model)
                results[name].append(
                    (i, row["category"], bool(row.get("urgent")), got.category, got.urgent, text)
                )
    own = {i: (c, u) for i, _, _, c, u, _ in results["as written"]}
    figures = {}
    print(f"{'perturbation':46s} {'category':>8s} {'urgent':>7s} {'moved':>6s}")
    for name, got in results.items():
        accuracy = sum(gold == cat for _, gold, _, cat, _, _ in got) / len(got)
        urgent = [(g, u) for _, _, g, _, u, _ in got if g]
        recall = sum(u for _, u in urgent) / len(urgent)
        moved = sum(own[i] != (c, u) for i, _, _, c, u, _ in got)
        figures[name] = (accuracy, recall, moved)
        print(f"{name:46s} {accuracy:8.3f} {recall:7.3f} {moved:6d}")
        if args.show == name:
            for i, gold, gold_urgent, cat, urgent_now, text in got:
                if own[i] != (cat, urgent_now):
                    print(f"    {i}: {gold}/{gold_urgent} → {cat}/{urgent_now} | {text[:120]}")
    places = _place_slips(rows)
    for kind, (same, total) in places.items():
        print(f"place name, letters {kind:4s}: same area {same}/{total} ({same / total:.3f})")
    typo = figures["two letters swapped in two words"]
    courtesy = sum(figures[k][2] for k in kinds if "…" in k)  # the frames of courtesy
    swap_same, swap_total = places["swap"]
    print(
        f"typo_cat_acc={typo[0]:.3f} typo_urgent_recall={typo[1]:.3f} "
        f"courtesy_moved={courtesy} place_swap_same_area={swap_same / swap_total:.3f}"
    )


if __name__ == "__main__":
    main()
