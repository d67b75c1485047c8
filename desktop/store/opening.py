"""The window's opening of its data folder (issue 17 item 1): the log-in screen or the list is
painted without importing sqlite-utils (about 150 ms, a third of a bare Qt window's start).

A database whose schema is current and that has nothing left to clean up opens on a plain
connection (store/plain.py: the same folder tidy-up, private file, foreign keys); anything
else - a new folder, pending migrations (with the backup before them), an interrupted export's
files - goes through store/db.py's full opening as before. Writing is never done on the plain
connection: a store.session.Session over it wraps the same connection in sqlite-utils (WAL,
full sync) the first time its ``db`` is asked for, and the log-in screen does the same before
it writes (views/trust/login_dialog.py). After its first paint the window has sqlite-utils
imported on a thread, which holds that thread 150-180 ms in one piece (the package's
``__init__`` imports all its modules, with click, pluggy and dateutil), and then makes the
session's database writable (views/shell/main_window.py), before a person can have clicked
anything. Its own thread stays free meanwhile, and builds the workspace's pages after it
(views/workspace/workspace.py): the two at once would share Python's lock, and each turn of
the build would take twice as long.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop import paths
from desktop.store import plain

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.store.session import Session

# how long the window waits before it looks again whether the thread is done (a turn's look
# costs next to nothing; the import takes some 150 ms)
LOOK_AGAIN_MS = 10
_writer_import: threading.Thread | None = None


def open_data_folder(folder: str | os.PathLike[str] | None = None,
                     key: bytes | None = None) -> sqlite_utils.Database:
    """The data folder's database as store.open_data_folder opens it, but on a plain
    connection when its schema is current (read through it, write through a Session's ``db``
    or ``plain.writable``)."""
    chosen = paths.data_dir(folder)
    conn = plain.open_current(paths.database_path(chosen), paths.backup_dir(chosen), key)
    if conn is not None:
        return conn  # type: ignore[return-value]  # reads only until made writable (above)
    from desktop.store import db

    return db.open_data_folder(chosen, key)


def import_writer_meanwhile() -> threading.Thread:
    """Start, once per process, a thread that imports sqlite-utils (what ``writable`` needs).
    ``writable`` called meanwhile waits for it at its own import, which Python's import lock
    holds until the thread's is done; a failed import is met again, and said, there."""
    global _writer_import
    if _writer_import is None:
        _writer_import = threading.Thread(target=_import_writer, name="import-sqlite-utils",
                                          daemon=True)
        _writer_import.start()
    return _writer_import


def writer_import_running() -> bool:
    """Whether the thread of ``import_writer_meanwhile`` is importing now."""
    return _writer_import is not None and _writer_import.is_alive()


def _import_writer() -> None:
    try:
        import sqlite_utils  # noqa: F401
    except ImportError:  # writable's own import raises it again, where it can be said
        logging.getLogger(__name__).exception("Importing sqlite-utils failed")


def make_writable(session: Session) -> Iterator[int]:
    """The session's database made writable: sqlite-utils imported on a thread, and the
    connection wrapped once it is there. Yields the milliseconds to wait before looking again;
    nothing to do when it already is writable. Asking for ``session.db`` meanwhile waits for
    the import and wraps the connection itself."""
    from desktop.store import deadlines  # noqa: F401  (its hook keeps the list's column)

    if session.ready_to_write:
        return
    import_writer_meanwhile()
    while writer_import_running():
        yield LOOK_AGAIN_MS
    session.db  # noqa: B018  (wraps the connection)
