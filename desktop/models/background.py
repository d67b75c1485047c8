"""A read that runs off the window's thread, on a read-only connection of its own to the
window's database file (the remembered key of an encrypted one; store/cipher.py), so a slow
question never freezes the window. The models start one when a read outgrew its budget on the
window's thread (store/budget.py); the Indikatorer window counts on one.

A newer question, a reset model or a closed window cancels a read: SQLite is interrupted and
the answer, if any, goes nowhere. Nothing is written.

The read-only connections outlive their reads: a finished read gives its connection back
(``IDLE_READERS`` a file at most), and the next read on the same file and key takes it instead
of opening one (opening, and reading the schema on the first statement, costs about 20 ms at
a million patients), with its page cache and the search's kept matches (store/search_keep.py).
A connection is used by one read at a time, from that read's thread (``check_same_thread``
off, as it moves between threads); ``stop_all`` closes them.
"""

from __future__ import annotations

import sqlite3
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread, Signal

from desktop.store import budget, cipher, plain

if TYPE_CHECKING:
    import sqlite_utils

_running: set[BackgroundRead] = set()  # a thread must outlive the model that started it

IDLE_READERS = 2  # connections kept for later reads, per file and key
IDLE_FILES = 4  # files whose connections are kept (the most recently used)
_idle: dict[tuple[Path, bytes | None], list[sqlite3.Connection]] = {}
_idle_lock = threading.Lock()


def _take_reader(path: Path, key: bytes | None) -> sqlite3.Connection:
    """An idle read-only connection to ``path`` with ``key``, else a new one."""
    with _idle_lock:
        idle = _idle.get((path, key))
        if idle:
            return idle.pop()
    return cipher.connect(path, key, read_only=True, check_same_thread=False)


def _give_back(path: Path, key: bytes | None, connection: sqlite3.Connection) -> None:
    """Keep ``connection`` for a later read (closed when enough are kept)."""
    with _idle_lock:
        idle = _idle.pop((path, key), [])
        _idle[(path, key)] = idle  # the most recently used last
        if len(idle) < IDLE_READERS:
            idle.append(connection)
            connection = None  # type: ignore[assignment]
        while len(_idle) > IDLE_FILES:
            for old in _idle.pop(next(iter(_idle))):
                old.close()
    if connection is not None:
        connection.close()


def close_idle() -> None:
    """Close every kept connection (the window closes; none is reading)."""
    with _idle_lock:
        idle = [connection for kept in _idle.values() for connection in kept]
        _idle.clear()
    for connection in idle:
        connection.close()


def database_file(db: Any) -> Path | None:
    """The file a background read opens for ``db``; None: an in-memory database, which only
    its own connection sees (its reads stay on the caller's thread)."""
    return cipher.file_of(db)


class BackgroundRead(QThread):
    """``read(db)`` on its own connection; ``done`` carries the answer, ``failed`` the
    ``failure`` sentence the caller worded for the user (else SQLite's own text). ``plain``:
    ``db`` is the bare connection, as the window's own is at its start (store/opening.py: the
    list's reads only call ``execute``), else a sqlite-utils Database over it."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, read: Callable[[sqlite_utils.Database], Any],
                 key: bytes | None = None, failure: str | None = None,
                 plain: bool = False) -> None:
        super().__init__()
        self.path, self.key, self.read, self.failure = path, key, read, failure
        self.plain = plain
        self._connection: sqlite3.Connection | None = None
        self._holding = threading.Lock()  # cancel() interrupts only this read's connection
        self._cancelled = False
        _running.add(self)
        self.finished.connect(lambda: _running.discard(self))

    def run(self) -> None:
        sound = True  # the connection may serve a later read (not after an error but ours)
        try:
            connection = _take_reader(self.path, self.key)
            with self._holding:
                self._connection = connection
            if self._cancelled:
                return
            if self.plain:
                answer = self.read(connection)  # type: ignore[arg-type]  # reads only
            else:
                import sqlite_utils  # here: the window's start reads without it

                answer = self.read(sqlite_utils.Database(connection, execute_plugins=False))
        except sqlite3.Error as error:
            sound = self._cancelled
            if not self._cancelled:
                self.failed.emit(self.failure or str(error))
        else:
            if not self._cancelled:
                self.done.emit(answer)
        finally:
            with self._holding:
                held, self._connection = self._connection, None
            if held is not None:
                if sound and not held.in_transaction:
                    _give_back(self.path, self.key, held)
                else:
                    held.close()

    def cancel(self) -> None:
        """Nobody waits for this read any more: stop SQLite and drop the answer."""
        self._cancelled = True
        with warnings.catch_warnings():  # PySide warns of a signal nobody was connected to
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal in (self.done, self.failed):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
        with self._holding:  # not once given back: another read may have it then
            if self._connection is not None:
                try:
                    self._connection.interrupt()
                except sqlite3.ProgrammingError:  # closed meanwhile
                    pass


def start(db: Any, read: Callable[[sqlite_utils.Database], Any],
          on_done: Callable[[Any], None],
          on_failed: Callable[[str], None] | None = None) -> BackgroundRead | None:
    """Run ``read`` in the background on ``db``'s file and hand its answer to ``on_done`` on
    the window's thread; None when ``db`` has no file (the caller reads it itself)."""
    path = database_file(db)
    if path is None:
        return None
    worker = BackgroundRead(path, read, cipher.key_of(getattr(db, "conn", db)),
                            plain=plain.is_plain(db))
    worker.done.connect(on_done)
    if on_failed is not None:
        worker.failed.connect(on_failed)
    worker.start()
    return worker


def stop_all(wait_ms: int = 2000) -> None:
    """Cancel every read still running and wait for their threads (the window closes)."""
    for worker in list(_running):
        worker.cancel()
    for worker in list(_running):
        worker.wait(wait_ms)
    close_idle()


def soon(db: Any, read: Callable[[sqlite_utils.Database], Any], on_done: Callable[[Any], None],
         seconds: float | None = None) -> tuple[bool, Any]:
    """``read(db)`` on the window's thread when it takes at most ``seconds`` (None: the
    window's budget, budget.FRAME; no limit for an in-memory database): (True, the answer).
    Else the same read in the background, whose answer goes to ``on_done`` (a method of a
    QObject, so it runs on the window's thread): (False, the BackgroundRead). ``read`` is
    given the connection it runs on."""
    limit = (budget.FRAME if seconds is None else seconds) if database_file(db) else None
    try:
        with budget.within(db, limit):
            return True, read(db)
    except budget.OverBudget:
        return False, start(db, read, on_done)
