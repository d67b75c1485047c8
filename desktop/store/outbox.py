"""Nothing leaves without its log entry: a file that leaves the program (export, a print saved
as PDF, innsyn) is written to a temporary file in the destination folder, its log entry is
committed, and only then is it renamed into place and the folder synced.

Before the temporary file is written its path is committed to ``pending_files``; the row goes
once the file is renamed (or removed). A kill anywhere in between leaves a row, and the next
start (store.open_db) removes the temporary file it names: there is never a finished file
without its log entry, nor a leftover (the temporary names are ``.NAME.XXXXXXXX.ip-tmp``).
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import ValidationError
from desktop.store.clock import now
from desktop.store.safe_files import fsync_path

if TYPE_CHECKING:
    import sqlite_utils

TEMP_SUFFIX = ".ip-tmp"


class DeliveryFailed(ValidationError):
    """The file was not delivered (and nothing is left of it); one Bokmål sentence."""


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def _forget(db: sqlite_utils.Database, temporary: Path) -> None:
    temporary.unlink(missing_ok=True)
    with db.atomic():
        db.execute("DELETE FROM pending_files WHERE path = ?", [str(temporary)])


def _give_up(db: sqlite_utils.Database, temporary: Path) -> None:
    temporary.unlink(missing_ok=True)
    try:
        _forget(db, temporary)
    except sqlite3.Error:
        pass  # the row stays; the next start removes what it names


def _write(temporary: Path, data: bytes) -> None:
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def deliver(db: sqlite_utils.Database, path: Path | str, data: bytes,
            record: Callable[[], None]) -> Path:
    """Write ``data`` to ``path``; ``record`` writes the log entry (it runs in a transaction
    that commits before the file gets its name). Raises DeliveryFailed with one sentence; an
    error ``record`` raises (a refusal) passes through, with the temporary file removed."""
    if db.conn.in_transaction:
        raise RuntimeError("deliver inside a transaction: the log entry must commit first")
    path = Path(path)
    temporary = temp_path(path)
    with db.atomic():
        db.execute("INSERT INTO pending_files (path, created_at) VALUES (?, ?)",
                   [str(temporary), now()])
    try:
        _write(temporary, data)
    except OSError as error:
        _forget(db, temporary)
        raise DeliveryFailed(translate("outbox", "Filen kunne ikke lagres: {reason}").format(
            reason=error.strerror or error)) from None
    try:
        with db.atomic():
            record()
    except sqlite3.Error as error:
        _give_up(db, temporary)
        raise DeliveryFailed(translate(
            "outbox", "Loggføringen kunne ikke lagres ({reason}), så filen er ikke laget."
        ).format(reason=error)) from None
    except BaseException:  # e.g. a refused recipient: no file, and the refusal as it was
        _give_up(db, temporary)
        raise
    try:
        os.replace(temporary, path)
        fsync_path(path.parent)
    except OSError as error:
        _forget(db, temporary)
        raise DeliveryFailed(translate(
            "outbox", "Filen kunne ikke få navnet sitt: {reason}").format(
                reason=error.strerror or error)) from None
    with db.atomic():
        db.execute("DELETE FROM pending_files WHERE path = ?", [str(temporary)])
    return path


def remove_leftovers(db: sqlite_utils.Database) -> list[Path]:
    """At start: remove the temporary files an interrupted delivery left; returns them."""
    rows = db.execute("SELECT path FROM pending_files").fetchall()
    removed = []
    for (name,) in rows:
        temporary = Path(name)
        if not temporary.parent.is_dir():
            continue  # e.g. a USB stick that is not plugged in: tried again at the next start
        try:
            if temporary.exists():
                temporary.unlink()
                removed.append(temporary)
        except OSError:
            continue
        with db.atomic():
            db.execute("DELETE FROM pending_files WHERE path = ?", [name])
    return removed
