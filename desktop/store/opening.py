"""The window's opening of its data folder (issue 17 item 1): the log-in screen or the list is
painted without importing sqlite-utils (about 150 ms, a third of a bare Qt window's start).

A database whose schema is current and that has nothing left to clean up opens on a plain
connection (store/plain.py: the same folder tidy-up, private file, foreign keys); anything
else - a new folder, pending migrations (with the backup before them), an interrupted export's
files - goes through store/db.py's full opening as before. Writing is never done on the plain
connection: a store.session.Session over it wraps the same connection in sqlite-utils (WAL,
full sync) the first time its ``db`` is asked for, and the log-in screen does the same before
it writes (views/trust/login_dialog.py). After its first paint the window imports
sqlite-utils a part per turn of its event loop and makes the session's database writable
(views/shell/main_window.py), before a person can have clicked anything.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop import paths
from desktop.store import plain

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.store.session import Session


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


def make_writable(session: Session) -> Iterator[None]:
    """The session's database made writable a part at a time (plain.WRITER_IMPORTS), yielding
    between parts; nothing to do when it already is. Asking for ``session.db`` meanwhile
    finishes at once."""
    from desktop.store import deadlines  # noqa: F401  (its hook keeps the list's column)

    if session.ready_to_write:
        return
    yield from plain.writer_imports()
    session.db  # noqa: B018  (wraps the connection)
