"""Compile triage's rule modules with mypyc into build/triage-native/ (see triage/native.py).

    python -m tools.compile_triage          # build, unless the build already matches
    python -m tools.compile_triage --force  # build again

The sources are compiled in a scratch copy, so no extension ever lands beside them
(where it would shadow a later edit); the extensions and the manifest of what they
were made from are then moved into place, the manifest last. Exits non-zero when the
build fails; triage then runs as pure Python.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _native():  # noqa: ANN202
    """triage/native.py alone: importing the package would load the rule modules."""
    spec = importlib.util.spec_from_file_location("_triage_native", ROOT / "triage" / "native.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


native = _native()


def build(force: bool = False) -> int:
    if native.usable() and not force:
        native.MANIFEST.touch()  # (for make: newer than sources touched but unchanged)
        print("triage: compiled rule modules are up to date")
        return 0
    with tempfile.TemporaryDirectory(prefix="tabale-mypyc-") as scratch:
        work = Path(scratch)
        for package in ("triage", "gazetteer"):  # what the rule modules import
            (work / package).mkdir()
            for source in (ROOT / package).glob("*.py"):
                shutil.copy2(source, work / package / source.name)
        modules = [f"triage/{name}.py" for name in native.MODULES]
        done = subprocess.run(  # noqa: S603 (a fixed command: this interpreter's mypyc)
            [sys.executable, "-m", "mypyc", "--ignore-missing-imports", *modules],
            cwd=work,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            print(done.stdout[-4000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
            print("triage: mypyc failed; triage runs as pure Python", file=sys.stderr)
            return 1
        shutil.rmtree(native.BUILD, ignore_errors=True)
        (native.BUILD / "triage").mkdir(parents=True)
        for extension in (work / "triage").glob("*.so"):
            shutil.move(extension, native.BUILD / "triage" / extension.name)
        for group in work.glob("*.so"):  # the modules' shared C library
            shutil.move(group, native.BUILD / group.name)
    native.MANIFEST.write_text(json.dumps(native.fingerprint(), indent=1), encoding="utf-8")
    print(f"triage: {len(native.MODULES)} rule modules compiled into {native.BUILD}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build even if up to date")
    return build(force=parser.parse_args().force)


if __name__ == "__main__":
    sys.exit(main())
