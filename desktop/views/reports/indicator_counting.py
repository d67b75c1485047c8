"""Counting the indicators off the UI thread, so Rapporter → Indikatorer never freezes at
100 000 patients (issue 14): a background read (models/background.py: its own read-only
connection to the window's database file) of the Qt-free ``reports.indicators.count``. A
newer choice or a closed window cancels a count; its result, if any, goes nowhere.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from desktop.i18n import translate
from desktop.models import background
from desktop.reports import indicators as ind

database_file = background.database_file  # None: an in-memory database, counted on the spot
_running = background._running


class IndicatorCount(background.BackgroundRead):
    """One count; ``counted`` carries the Report, ``failed`` one sentence."""

    def __init__(self, path: Path, year: int, tertials: tuple[int, ...],
                 indicators: tuple[str, ...], departments: tuple[str, ...] | None) -> None:
        self.choices = (year, tertials, indicators, departments)
        super().__init__(path, self._count,
                         failure=translate("IndicatorsWindow", "Tallene kunne ikke telles."))

    def _count(self, db: sqlite_utils.Database) -> ind.Report:
        return ind.count(db, *self.choices)

    @property
    def counted(self):  # the Report
        return self.done
