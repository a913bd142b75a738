"""Triage's rule modules compiled to C by mypyc, used when a build matches the sources.

Triage spends its time in plain Python over a message's few dozen words: look-ups,
prefixes, short loops, a hundred small rules. mypyc (mypy's compiler) turns these
annotated modules into C extensions that run the same code ≈ 1.3–1.4× faster
(docs/performance.md), with no change of result — tested by triaging the corpus both
ways (`tests/triage/test_native.py`).

The sources stay the truth. `python -m tools.compile_triage` (run by `make`) writes
the extensions under `build/triage-native/` with the digest of every triage source
they were made from; `activate` puts them first on the package's path only while
that digest and the Python they were built for still match. A rule edited since, a
machine without a C compiler, or `TABALE_PURE_TRIAGE=1` (to compare, or to debug
with a Python debugger): the pure-Python modules run, as they always can.

This module must import nothing of triage: the package imports it first, and
importing it is what activates a matching build.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

# Compiled: the rule modules. Not the learned model's (`model`, `language`: their
# objects are pickled), not the lexicon's data, nor this package's entry point.
MODULES = (
    "normalise", "matching", "cues", "taking", "classify", "figures", "urgency",
    "casualties", "places", "courtesy", "spelling", "fastlinear",
)  # fmt: skip
SOURCE = Path(__file__).resolve().parent
BUILD = SOURCE.parent / "build" / "triage-native"
MANIFEST = BUILD / "manifest.json"
PURE_ENV = "TABALE_PURE_TRIAGE"

_active = False


def fingerprint(source: Path = SOURCE) -> dict[str, str]:
    """What a build must match: every triage source (the compiled modules read the
    others' names and types) and the interpreter's ABI."""
    digests = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(source.glob("*.py"))
    }
    return {"python": sys.implementation.cache_tag, "platform": sys.platform, **digests}


def usable(build: Path = BUILD, source: Path = SOURCE) -> bool:
    """Whether a build is there and was made from these very sources."""
    if os.environ.get(PURE_ENV):
        return False
    try:
        built = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return built == fingerprint(source) and all(
        any((build / "triage").glob(f"{name}.*.so")) for name in MODULES
    )


def activate(package_path: list[str], build: Path = BUILD) -> bool:
    """Put a matching build before the sources on the package's path (once, before any
    rule module is imported); the shared library of the group on `sys.path`."""
    global _active
    if _active or not usable(build):
        return _active
    package_path.insert(0, str(build / "triage"))
    sys.path.append(str(build))
    _active = True
    return True


def active() -> bool:
    """Whether the rule modules in use are the compiled ones."""
    return _active


if __name__ == "triage.native" and (package := sys.modules.get("triage")) is not None:
    activate(package.__path__)  # the package imports this module before any other
