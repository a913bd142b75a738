"""The compiled rule modules (triage/native.py): used only when built from these very
sources, and giving the same results as the Python they were compiled from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from triage import native, triage
from triage.corpus import CORPUS, read_jsonl

ROOT = Path(__file__).resolve().parents[2]


def _sources(folder: Path) -> Path:
    folder.mkdir()
    (folder / "classify.py").write_text("RULES = 1\n")
    (folder / "lexicon.py").write_text("WORDS = ['attaque']\n")
    return folder


def _build(folder: Path, source: Path) -> Path:
    (folder / "triage").mkdir(parents=True)
    for name in native.MODULES:
        (folder / "triage" / f"{name}.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (folder / "manifest.json").write_text(json.dumps(native.fingerprint(source)))
    return folder


def test_a_build_is_used_only_while_its_sources_are_unchanged(tmp_path, monkeypatch):
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    source = _sources(tmp_path / "src")
    build = _build(tmp_path / "build", source)
    assert native.usable(build, source)

    (source / "lexicon.py").write_text("WORDS = ['attaque', 'tirs']\n")  # a word added since
    assert not native.usable(build, source)


def test_no_build_a_broken_one_or_the_pure_switch_mean_python(tmp_path, monkeypatch):
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    source = _sources(tmp_path / "src")
    assert not native.usable(tmp_path / "nothing", source)

    build = _build(tmp_path / "build", source)
    (build / "triage" / "places.cpython-311-x86_64-linux-gnu.so").unlink()
    assert not native.usable(build, source)  # a module missing

    build = _build(tmp_path / "again", source)
    (build / "manifest.json").write_text("{not json")
    assert not native.usable(build, source)

    build = _build(tmp_path / "third", source)
    monkeypatch.setenv(native.PURE_ENV, "1")
    assert not native.usable(build, source)


def _rows() -> list[dict]:
    rows = read_jsonl(CORPUS)
    for path in sorted((ROOT / "bench" / "sets").glob("s1[78]*.jsonl")):
        rows += read_jsonl(path)
    return rows


_DUMP = """
import json, sys
from triage import native, triage
texts = json.load(sys.stdin)
out = [list(map(str, triage(t, channel=c).__dict__.values())) for t, c in texts]
json.dump({"native": native.active(), "out": out}, sys.stdout)
"""


@pytest.mark.skipif(not native.active(), reason="the compiled rule modules are not built")
def test_compiled_and_pure_python_triage_agree():
    """Every field of every corpus report and of the latest development sets, both ways
    (the build is the same code: a difference is a compiler's, or a source read from
    the wrong folder)."""
    texts = [(row["text"], row.get("channel", "sms")) for row in _rows()]
    env = {**os.environ, native.PURE_ENV: "1"}
    done = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", _DUMP],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    pure = json.loads(done.stdout)
    assert pure["native"] is False
    compiled = [list(map(str, triage(t, channel=c).__dict__.values())) for t, c in texts]
    pairs = zip(pure["out"], compiled, strict=True)
    differ = [texts[i][0] for i, (a, b) in enumerate(pairs) if a != b]
    assert not differ, differ[:5]
    assert len(compiled) > 400
