"""Nothing leaves without its log entry: the entry commits before the file gets its name; a
failed commit or a kill leaves neither a file nor a temporary one (after the next start)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths, store
from desktop.store import log, outbox

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = CHILD.parents[2]


def _pending(db) -> list:
    return db.execute("SELECT path FROM pending_files").fetchall()


def test_the_file_arrives_with_its_entry_and_nothing_else(db, tmp_path) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    target = outbox.deliver(db, out / "plan.pdf", b"%PDF whole",
                            lambda: log.log_event(db, log.PRINT, None, {"form": "innsyn"}))
    assert target.read_bytes() == b"%PDF whole"
    assert [p.name for p in out.iterdir()] == ["plan.pdf"]
    assert log.entries(db)[-1].kind == log.PRINT and _pending(db) == []


def test_a_failed_commit_removes_the_temporary_file_and_says_so(db, tmp_path) -> None:
    def full_disk() -> None:
        log.log_event(db, log.EXPORT, None, {"file": "x.zip"})
        raise sqlite3.OperationalError("database or disk is full")

    before = len(log.entries(db))
    with pytest.raises(outbox.DeliveryFailed, match="Loggføringen kunne ikke lagres .*ikke laget"):
        outbox.deliver(db, tmp_path / "x.zip", b"secret", full_disk)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]  # the data folder only
    assert len(log.entries(db)) == before and _pending(db) == []


def test_a_kill_before_the_commit_leaves_no_file_and_no_leftover(data_dir, tmp_path) -> None:
    db_path = paths.database_path(data_dir)
    store.open_db(db_path).close()
    out = tmp_path / "usb"
    out.mkdir()
    target = out / "plan.zip"
    child = subprocess.run([sys.executable, str(CHILD), str(db_path), "deliver", str(target)],
                           capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert child.returncode == 9, child.stderr
    left = list(out.iterdir())
    assert len(left) == 1 and left[0].name.endswith(outbox.TEMP_SUFFIX)  # as the kill left it
    assert not target.exists()
    db = store.open_db(db_path)  # the next start
    try:
        assert list(out.iterdir()) == [] and _pending(db) == []
        assert not log.entries(db, kind=log.EXPORT)
    finally:
        db.close()


def test_deliver_refuses_to_run_inside_a_transaction(db, tmp_path) -> None:
    with db.atomic(), pytest.raises(RuntimeError):
        outbox.deliver(db, tmp_path / "x.pdf", b"x", lambda: None)
