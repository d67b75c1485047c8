"""Crash test: a child process saves through the store and reports each acknowledged save; the
test kills it with SIGKILL at random moments, then checks the database and that every
acknowledged save is there."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import store
from desktop.store.check import check_database

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = CHILD.parents[2]
KILLS = int(os.environ.get("CRASH_TEST_KILLS", "100"))


def _run_and_kill(db_path: Path, first: int, rng: random.Random) -> list[str]:
    child = subprocess.Popen([sys.executable, str(CHILD), str(db_path), str(first)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if rng.random() < 0.1:  # now and then while it is still opening the database
        time.sleep(rng.uniform(0, 0.15))
    else:
        assert child.stdout.readline() == "ready\n", child.stderr.read()
        time.sleep(rng.uniform(0, 0.04))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    assert child.returncode == -signal.SIGKILL
    return [line for line in out.splitlines(keepends=True) if line.endswith("\n")]


@pytest.mark.slow
def test_no_acknowledged_save_is_lost_when_the_writer_is_killed(tmp_path) -> None:
    db_path = tmp_path / "crash.sqlite"
    store.open_db(db_path).close()
    rng = random.Random(20260301)
    acked: set[str] = set()
    last_plan = -1
    saves = 0
    for round_ in range(KILLS):
        for line in _run_and_kill(db_path, round_ * 1_000_000, rng):
            kind, _, number = line.strip().partition(" ")
            if kind == "patient":
                acked.add(f"Krasj Test {number}")
                saves += 1
            elif kind == "plan":
                last_plan = max(last_plan, int(number))
                saves += 1
        conn = sqlite3.connect(db_path)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        names = {row[0] for row in conn.execute("SELECT name FROM patients")}
        assert acked <= names, f"round {round_}: lost {sorted(acked - names)[:3]}"
        conn.close()
    assert saves > KILLS  # the kills fell among real saves, not only at start-up
    assert check_database(db_path) == []  # integrity, foreign keys and the log chain
    db = store.open_db(db_path)
    goal = json.loads(db.execute(
        "SELECT content FROM plan_versions ORDER BY number DESC LIMIT 1").fetchone()[0])
    assert int(goal["overall_goal"].split()[-1]) >= last_plan
    db.close()
