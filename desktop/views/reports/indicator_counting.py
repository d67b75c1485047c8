"""Counting the indicators off the UI thread, so Rapporter → Indikatorer never freezes at
100 000 patients (issue 14). The thread opens its own read-only connection to the window's
database file (store/cipher.py, the remembered key of an encrypted one) and runs the Qt-free
``reports.indicators.count``; nothing is written. A newer choice or a closed window cancels a
count: SQLite is interrupted and the result, if any, goes nowhere.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QThread, Signal

from desktop.i18n import translate
from desktop.reports import indicators as ind
from desktop.store import cipher

database_file = cipher.file_of  # None: an in-memory database, counted on the caller's thread

_running: set[IndicatorCount] = set()  # a thread must outlive a window closed while it counts


class IndicatorCount(QThread):
    """One count; ``counted`` carries the Report, ``failed`` one sentence."""

    counted = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, year: int, tertials: tuple[int, ...],
                 indicators: tuple[str, ...], departments: tuple[str, ...] | None) -> None:
        super().__init__()
        self.path = path
        self.choices = (year, tertials, indicators, departments)
        self._connection: sqlite3.Connection | None = None
        self._cancelled = False
        _running.add(self)
        self.finished.connect(lambda: _running.discard(self))

    def run(self) -> None:
        try:
            self._connection = cipher.connect(self.path, read_only=True)
            if self._cancelled:
                return
            report = ind.count(sqlite_utils.Database(self._connection), *self.choices)
        except sqlite3.Error:
            if not self._cancelled:
                self.failed.emit(translate("IndicatorsWindow", "Tallene kunne ikke telles."))
        else:
            if not self._cancelled:
                self.counted.emit(report)
        finally:
            connection, self._connection = self._connection, None
            if connection is not None:
                connection.close()

    def cancel(self) -> None:
        """Nobody waits for this count any more: stop SQLite and drop the result."""
        self._cancelled = True
        for signal in (self.counted, self.failed):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass
        connection = self._connection
        if connection is not None:
            try:
                connection.interrupt()
            except sqlite3.ProgrammingError:  # closed meanwhile
                pass
