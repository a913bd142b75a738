"""Real Tabalé worker processes for the fail-over tests (killed with real signals)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def flask_process(command: str, config: dict, log: Path, **env_extra: str) -> subprocess.Popen:
    """`flask --app wsgi <command>` with the test application's configuration."""
    env = {**os.environ, **{k: str(v) for k, v in config.items()}, **env_extra}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "wsgi", command],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
