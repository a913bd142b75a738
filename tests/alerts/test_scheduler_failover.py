"""Two real scheduler processes: one is elected, the other takes over when it is killed.

On PostgreSQL the election is an advisory lock held by the leader's connection;
on SQLite a file lock in the instance folder. Both are exercised, with real
`flask scheduler` processes and a SIGKILL, not a simulated failure.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from models import JobRun
from tests.processes import flask_process

ROOT = Path(__file__).resolve().parents[2]


def scheduler_process(config_overrides: dict, log: Path) -> subprocess.Popen:
    return flask_process(
        "scheduler",
        config_overrides,
        log,
        ESCALATION_CHECK_SECONDS="1",
        SCHEDULER_ELECTION_SECONDS="0.3",
        LOG_LEVEL="INFO",
    )


def runs(db) -> list[JobRun]:  # noqa: ANN001
    with db.read_session() as s:
        return list(s.scalars(select(JobRun).where(JobRun.job_id == "escalation")))


def wait_for(predicate, timeout: float = 30.0) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_one_scheduler_runs_and_the_other_takes_over_when_it_dies(
    app, db, config_overrides, tmp_path
):
    procs = [scheduler_process(config_overrides, tmp_path / f"scheduler{i}.log") for i in range(2)]
    try:
        assert wait_for(lambda: len(runs(db)) >= 4), (tmp_path / "scheduler0.log").read_text()
        runners = {r.runner for r in runs(db)}
        assert len(runners) == 1, f"two schedulers ran: {runners}"
        leader_pid = int(runners.pop().rsplit(":", 1)[1])
        leader = next(p for p in procs if p.pid == leader_pid)
        follower = next(p for p in procs if p.pid != leader_pid)

        os.kill(leader.pid, signal.SIGKILL)
        leader.wait(10)
        killed_at = len(runs(db))
        assert wait_for(
            lambda: sum(r.runner.endswith(f":{follower.pid}") for r in runs(db)) >= 3
        ), (tmp_path / "scheduler1.log").read_text()

        all_runs = runs(db)
        assert len(all_runs) > killed_at
        ticks = Counter(r.scheduled_for for r in all_runs)
        assert max(ticks.values()) == 1, "a scheduled tick ran twice"
        assert {r.runner for r in all_runs if r.id > killed_at} == {
            next(r.runner for r in all_runs if r.runner.endswith(f":{follower.pid}"))
        }
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(p.pid, signal.SIGKILL)
