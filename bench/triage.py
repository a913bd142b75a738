"""Triage quality and speed on a labelled file in TAXONOMY.md's corpus format.

    python -m bench.triage [PATH.jsonl] [--folds 5]

Prints a per-category precision/recall/F1 table, the most frequent
confusions, and as its last line:

    macro_f1=… urgent_recall=… urgent_precision=… place_recall=… place_precision=…
    lang_acc=… false_alarm=… msgs_per_s=…

When PATH is the corpus triage trains on (the default), figures are k-fold
cross-validated: the learned models are rebuilt on k-1 folds and judged on the
held-out fold, so no message is scored by a model that saw it.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from triage import matching, native, places, triage
from triage import model as learned
from triage.corpus import CORPUS, language_rows, read_jsonl

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev_reports.jsonl"


def fold_name(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def folds(rows: list[dict], k: int, seed: int = 13) -> list[list[int]]:
    """Stratified by category, deterministic."""
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_category[row.get("category", "")].append(i)
    out: list[list[int]] = [[] for _ in range(k)]
    rng = random.Random(seed)
    position = 0
    for category in sorted(by_category):
        items = by_category[category]
        rng.shuffle(items)
        for i in items:
            out[position % k].append(i)
            position += 1
    return out


def fmt(value: float | None) -> str:
    return "na" if value is None else f"{value:.3f}"


def ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", default=None)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    path = Path(args.path) if args.path else (SHARED if SHARED.exists() else CORPUS)
    rows = read_jsonl(path)
    is_training = (
        hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(CORPUS.read_bytes()).digest()
    )

    predictions: list = [None] * len(rows)
    triage("attaque a Bandiagara")  # load the gazetteer before timing
    if is_training:
        print(f"{path}: the training corpus — {args.folds}-fold cross-validation")
        extra = language_rows()
        corpus = read_jsonl(CORPUS)
        for held in folds(corpus, args.folds):
            held_set = set(held)
            model = learned.train([r for i, r in enumerate(corpus) if i not in held_set], extra)
            for i in held:
                predictions[i] = triage(
                    rows[i]["text"], channel=rows[i].get("channel", "sms"), model=model
                )
    else:
        print(f"{path}: held-out file — the shipped model, trained on the whole corpus")
        learned.current()
        for i, row in enumerate(rows):
            predictions[i] = triage(row["text"], channel=row.get("channel", "sms"))

    report(rows, predictions, speed(rows))


def speed(rows: list[dict], rounds: int = 3) -> float:
    """Messages/s of the shipped model, one core, on this file's texts.

    The per-word caches are emptied first, so every word is met for the first
    time (the pessimistic case); a second pass shows the steady state, where
    the words of a region's SMS are mostly known. The best of `rounds` is kept
    for each (a shared machine's noise only ever slows a pass down). The LAST
    line reports the first.
    """
    model = learned.current()
    texts = [(r["text"], r.get("channel", "sms")) for r in rows]
    cold = warm = 0.0
    for _ in range(rounds):
        model._fast.clear()  # rebuilt below with empty word caches
        model._compiled()
        places._key.cache_clear()
        figures = []
        for _ in range(2):
            matching.stem_positions.cache_clear()  # per message: never reused across texts
            start = time.perf_counter()
            for text, channel in texts:
                triage(text, channel=channel, model=model)
            figures.append(len(texts) / (time.perf_counter() - start))
        cold, warm = max(cold, figures[0]), max(warm, figures[1])
    build = "compiled (mypyc)" if native.active() else "pure Python"
    print(f"\nspeed: {cold:.0f} msg/s with every word new, {warm:.0f} msg/s once seen [{build}]")
    return cold


def report(rows: list[dict], predictions: list, speed: float) -> None:
    labels = sorted({r["category"] for r in rows if r.get("category")})
    tp, fp, fn = Counter(), Counter(), Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    for row, pred in zip(rows, predictions, strict=True):
        gold = row.get("category")
        if not gold:
            continue
        if pred.category == gold:
            tp[gold] += 1
        else:
            fp[pred.category] += 1
            fn[gold] += 1
            confusions[(gold, pred.category)] += 1
    print(f"\n{'category':24s} {'prec':>6s} {'rec':>6s} {'f1':>6s} {'n':>4s}")
    f1s = []
    for label in labels:
        p = ratio(tp[label], tp[label] + fp[label]) or 0.0
        r = ratio(tp[label], tp[label] + fn[label]) or 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        print(f"{label:24s} {p:6.3f} {r:6.3f} {f1:6.3f} {tp[label] + fn[label]:4d}")
    print("\nmost frequent confusions (gold -> predicted):")
    for (gold, pred), n in confusions.most_common(8):
        print(f"  {gold:22s} -> {pred:22s} {n}")

    urgent_rows = [
        (r["urgent"], p.urgent)
        for r, p in zip(rows, predictions, strict=True)
        if r.get("urgent") is not None
    ]
    u_tp = sum(1 for g, p in urgent_rows if g and p)
    u_fn = sum(1 for g, p in urgent_rows if g and not p)
    u_fp = sum(1 for g, p in urgent_rows if p and not g)
    labelled_places = returned_places = hit_recall = hit_precision = 0
    for row, pred in zip(rows, predictions, strict=True):
        if row.get("places") is None:
            continue
        gold = {fold_name(p) for p in row["places"]}
        got = {fold_name(p) for p in pred.places}
        labelled_places += len(gold)
        returned_places += len(got)
        hit_recall += len(gold & got)
        hit_precision += len(got & gold)
    langs = [(r["lang"], p.lang) for r, p in zip(rows, predictions, strict=True) if r.get("lang")]
    others = [
        p.category for r, p in zip(rows, predictions, strict=True) if r.get("category") == "other"
    ]
    false_alarm = ratio(sum(1 for c in others if c != "other"), len(others))
    macro = sum(f1s) / len(f1s) if f1s else None
    print(
        f"\nurgent: tp={u_tp} fn={u_fn} fp={u_fp}   places: labelled={labelled_places} "
        f"returned={returned_places}   lang: {sum(a == b for a, b in langs)}/{len(langs)}"
    )
    print(
        f"macro_f1={fmt(macro)} urgent_recall={fmt(ratio(u_tp, u_tp + u_fn))} "
        f"urgent_precision={fmt(ratio(u_tp, u_tp + u_fp))} "
        f"place_recall={fmt(ratio(hit_recall, labelled_places))} "
        f"place_precision={fmt(ratio(hit_precision, returned_places))} "
        f"lang_acc={fmt(ratio(sum(a == b for a, b in langs), len(langs)))} "
        f"false_alarm={fmt(false_alarm)} msgs_per_s={speed:.0f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
