"""The window's opening of its data folder (store/opening.py): sqlite-utils imported on a
thread of its own, and the session's database made writable once it is there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# a fresh process: the test session has imported sqlite-utils long ago
_ON_A_THREAD = """
import json, sys, threading
from desktop import store
from desktop.store import opening
from desktop.store.session import Session

store.open_data_folder(sys.argv[1]).close()  # a current database (sqlite-utils made it)
for name in [m for m in sys.modules if m == "sqlite_utils" or m.startswith("sqlite_utils.")]:
    del sys.modules[name]  # as in the window's process, where nothing has imported it yet
imported_on = []


class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "sqlite_utils":
            imported_on.append(threading.current_thread().name)
        return None


sys.meta_path.insert(0, Watch())
session = Session(opening.open_data_folder(sys.argv[1]))
plain_before = not session.ready_to_write
waits = list(opening.make_writable(session))
db = session.db
print(json.dumps({"imported_on": imported_on, "plain_before": plain_before,
                  "waited": bool(waits), "running": opening.writer_import_running(),
                  "wal": db.execute("PRAGMA journal_mode").fetchone()[0]}))
"""


def test_sqlite_utils_is_imported_on_a_thread_and_the_connection_then_wrapped(data_dir) -> None:
    done = subprocess.run([sys.executable, "-c", _ON_A_THREAD, str(data_dir)],
                          capture_output=True, text=True, check=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          cwd=Path(__file__).parents[2])
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["imported_on"] == ["import-sqlite-utils"]  # not the caller's thread
    assert result["plain_before"] and result["waited"] and not result["running"]
    assert result["wal"] == "wal"  # set up for writing as store/db.py sets up its own
