"""What every command shares: the exit codes, the refusal, and opening the data folder and the
command's session. Each command is ``cmd_x(args, user) -> exit status``, where ``user`` is who
logged in with --user (see trust.command_context)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, cast

from desktop import paths

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.store.accounts import User
    from desktop.store.session import Session

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class Refused(Exception):
    """A command refused its input; the message is one Norwegian line for standard error."""


def open_store(args: argparse.Namespace, reading: bool = False) -> sqlite_utils.Database:
    """Open (creating if needed) the database in the chosen data folder. ``reading``: the
    command only reads, through ``db.execute``; a database whose schema is current then opens
    on a plain sqlite3 connection, without importing sqlite-utils (store/plain.py)."""
    folder = paths.data_dir(args.data_dir)
    if reading:
        from desktop.store import plain

        conn = plain.open_current(paths.database_path(folder), paths.backup_dir(folder))
        if conn is not None:  # has every read method the store's reads call (execute, close)
            return cast("sqlite_utils.Database", conn)
    from desktop import store

    return store.open_data_folder(folder)


def open_session(args: argparse.Namespace, user: User | None,
                 reading: bool = False) -> Session:
    """The command's session: the data folder's database (see open_store for ``reading``)
    and the user who logged in with --user (None: nobody, on a database without accounts or a
    demo database)."""
    from desktop.store.session import Session

    return Session(open_store(args, reading), user)
