"""A plain ``sqlite3`` connection for what only reads at first: the command line's `list`
(issue 17 item 6), and the window's start up to its first paint (item 1; store/opening.py).
Importing sqlite-utils costs more than a bare Python start, so a database whose schema is
already current is read without it.

The store's read functions only call ``db.execute(...)``, which a ``sqlite3.Connection`` has
too. A database that needs migrating, has a temporary file to clean up, or does not exist yet
gets ``None`` here, and the caller opens it through store/db.py as before. Every write goes
through sqlite-utils: ``writable`` wraps the same connection in a sqlite-utils Database set up
as store/db.py sets up its own (WAL, full sync), and store.session.Session does that before
anything is written through it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.store import cipher
from desktop.store.safe_files import PARTIAL, remove_partials

if TYPE_CHECKING:
    import sqlite_utils

MIGRATION_SET = "individuell-plan"
# The names of store/db.py's migrations, in its order; tests/store/test_plain.py checks that
# they are exactly the ones its Migrations object knows (a new migration is added here too).
MIGRATIONS = (
    "0001_initial", "0002_access_log", "0003_prints", "0005_accounts", "0006_log_head",
    "0007_list_sort_indexes", "0008_seals", "0009_process", "0010_search_index",
    "0011_participants_meetings_letters", "0012_mappings_local_lists", "0016_next_deadline",
    "0013_departments", "0022_indicator_started", "0015_incomplete_consent",
    "0019_patient_deadlines", "0026_coordinator_users", "0023_indicator_plans", "0025_search",
)
def owner_only(path: Path, mode: int) -> None:
    """Readable by the program's user only (0700 folders, 0600 files); on Windows the per-user
    data folder under the user's profile is already private."""
    if sys.platform == "win32":
        return
    try:
        os.chmod(path, mode)
    except OSError:
        pass


def tidy(path: Path, backup_folder: Path) -> None:
    """What every opening of a database file does first: a private folder, and no partial copy
    left by a killed backup, restore or encryption."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    owner_only(path.parent, 0o700)
    remove_partials(backup_folder)  # copies a kill interrupted
    if backup_folder.is_dir():
        owner_only(backup_folder, 0o700)
    remove_partials(path.parent, f"{path.name}.restore{PARTIAL}")  # an interrupted restore
    remove_partials(path.parent, f"{path.name}.encrypt{PARTIAL}")  # an interrupted conversion


def open_current(path: Path, backup_folder: Path,
                 key: bytes | None = None) -> sqlite3.Connection | None:
    """The database at ``path`` on a plain connection when its schema is current (every
    migration this program knows applied) and no interrupted delivery left a file to remove;
    else None. An encrypted file opens with ``key`` or a remembered one (store/cipher.py)."""
    if not path.is_file():
        return None
    tidy(path, backup_folder)
    owner_only(path, 0o600)
    conn = cipher.connect(path, key or cipher.key_for(path), check_same_thread=False)
    try:
        applied = {row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
        leftovers = conn.execute("SELECT 1 FROM pending_files LIMIT 1").fetchone()
    except Exception:  # no tables yet, or a key that does not open it: the full opening says
        conn.close()
        return None
    if leftovers is not None or not applied.issuperset(MIGRATIONS):
        conn.close()
        return None
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def configure(db: Any) -> None:
    """Every connection that writes (a sqlite-utils Database or a connection): foreign keys,
    a synced disk at each commit, and a wait for another writer's lock."""
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA busy_timeout = 5000")


def is_plain(db: Any) -> bool:
    """Whether ``db`` is a bare connection (of open_current), not yet a sqlite-utils Database."""
    return isinstance(db, sqlite3.Connection | cipher.CipherConnection)


def writable(conn: Any) -> sqlite_utils.Database:
    """The same connection as a sqlite-utils Database for writing, set up as store/db.py's
    opening sets up its own (WAL, full sync); ``conn`` already one is returned as it is. The
    hook that keeps the list's next-deadline column (store/deadlines.py) is in place in every
    process that reads the list, which imports it."""
    if not is_plain(conn):
        return conn
    import sqlite_utils  # (waits for opening.import_writer_meanwhile's thread, if it runs)

    db = sqlite_utils.Database(conn, execute_plugins=False)
    if cipher.file_of(conn) is not None:
        db.enable_wal()
    configure(db)
    return db
