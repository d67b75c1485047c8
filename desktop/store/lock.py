"""One writer per data folder: an operating-system file lock held for the life of the process
(the window) or of one command. A second copy is told who holds it and does not write.

The lock is an advisory lock on ``individuell-plan.lock`` (flock on Linux/macOS, msvcrt on
Windows). The operating system releases it when the process ends, also after a crash or a kill,
so a stale lock file never blocks anyone.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from desktop.i18n import translate
from desktop.store.safe_files import lock_fd

LOCK_FILE = "individuell-plan.lock"


class FolderInUse(Exception):
    """Another process writes to this data folder; the message is one Bokmål sentence."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    return lock_fd(fd)


class WriterLock:
    """The data folder's writer lock; ``acquire`` raises FolderInUse when another holds it."""

    def __init__(self, folder: Path) -> None:
        # the resolved real path: a symlinked (or differently spelled) folder is the same folder
        self.path = Path(folder).expanduser().resolve() / LOCK_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> WriterLock:
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise FolderInUse(self._refusal())
        # Windows locks byte 0, so the holder's note starts after it
        note = f" {os.getpid()} {_host()} {dt.datetime.now():%d.%m.%Y %H:%M}\n"
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, note.encode("utf-8"))
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        os.close(fd)  # closing the descriptor drops the lock

    def _refusal(self) -> str:
        try:
            pid, host, *since = self.path.read_text(encoding="utf-8").split()
        except (OSError, ValueError, UnicodeDecodeError):
            pid, host, since = "?", "?", []
        return translate(
            "lock", "Individuell plan er allerede åpent med den samme datamappen (prosess {pid} "
                    "på {host}, fra {since}). Bruk det vinduet, eller lukk det først: to kopier "
                    "skal aldri skrive samtidig.").format(pid=pid, host=host,
                                                          since=" ".join(since) or "?")

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def folder_in_use(folder: Path) -> str | None:
    """The refusal a second copy would get, or None when the folder is free (for a read-only
    look, e.g. `check`, that never needs the lock itself)."""
    if not (Path(folder).expanduser().resolve() / LOCK_FILE).exists():
        return None
    probe = WriterLock(folder)
    try:
        probe.acquire()
    except FolderInUse as in_use:
        return str(in_use)
    probe.release()
    return None


def _host() -> str:
    """This computer's name for the lock's note: the kernel's node name where there is one
    (what socket.gethostname gives, without importing socket into every command)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()
