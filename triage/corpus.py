"""The labelled rows triage learns from: the shipped corpus, extra language samples, corrections."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "dev_reports.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus_rows() -> list[dict]:
    return read_jsonl(CORPUS)


def language_rows() -> list[dict]:
    """Text with only a language label: Bambara and French samples, hand-written phrases."""
    rows = read_jsonl(DATA / "phrases.jsonl")
    for name, lang in (("bambara_sample.txt", "bm"), ("french_sample.txt", "fr")):
        path = DATA / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            rows += [{"text": line, "lang": lang} for line in lines[:600] if line.strip()]
    return rows
