"""Database copies that are whole or absent: written to a ``.partial`` file held under a lock
while it is written, synced, then renamed; and the removal of partial files a kill left behind
(the lock tells a dead writer's file from one another process is still writing)."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from desktop.store import cipher

PARTIAL = ".partial"


def fsync_path(path: Path) -> None:
    """Sync a file or a folder (a folder cannot be opened on Windows; NTFS orders renames)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def lock_fd(fd: int) -> bool:
    """An flock beside SQLite's own fcntl locks; on Windows an open file cannot be deleted,
    which is protection enough."""
    if sys.platform == "win32":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """SQLite's online backup of ``source`` into ``target`` through ``target.partial``; an
    encrypted source gives a copy encrypted with the same key."""
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        lock_fd(fd)
        dest = cipher.connect(partial, cipher.key_of(source))  # encrypted as the source is
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        fsync_path(partial)
        os.replace(partial, target)
        fsync_path(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)


def remove_partials(folder: Path, pattern: str = f"*{PARTIAL}") -> list[Path]:
    """Remove the partial files (``pattern``) in ``folder`` whose writer is gone; returns
    them."""
    removed = []
    for path in folder.glob(pattern) if folder.is_dir() else ():
        if sys.platform == "win32":  # a file another process has open cannot be deleted
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
            continue
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            continue
        try:
            if not lock_fd(fd):
                continue  # another process is writing it right now
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
        finally:
            os.close(fd)
    return removed
