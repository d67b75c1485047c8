"""The patient list's questions to the store, as one user may ask them.

``PatientListModel`` is fed by a ``PatientQuery`` and never reaches into the store or the
session itself: the window (or a test, or a benchmark) decides whose list it is by building
the query with the logged-in user. Qt-free; the searches are store.search_patients and
store.count_patients limited to the user's departments (store/access.py).
"""

from __future__ import annotations

import sqlite_utils

from desktop.records import PatientSummary
from desktop.store.access import count_visible, search_visible
from desktop.store.accounts import User
from desktop.store.patients import patient_summary


class PatientQuery:
    """Search, count and re-read the patients ``user`` may see (None: the whole database when
    it has no accounts or is a demo, else nobody; see access.visible_departments)."""

    def __init__(self, db: sqlite_utils.Database, user: User | None = None) -> None:
        self.db = db
        self.user = user

    def search(self, text: str = "", order: str = "name", descending: bool = False,
               offset: int = 0, limit: int = 200) -> list[PatientSummary]:
        """One page of matches for ``text`` (normalised by the caller), sorted by ``order``
        (a sort key of store.search_patients)."""
        return search_visible(self.db, self.user, text, order=order, descending=descending,
                              limit=limit, offset=offset)

    def count(self, text: str = "") -> int:
        """How many patients match ``text``."""
        return count_visible(self.db, self.user, text)

    def summary(self, patient_id: int) -> PatientSummary | None:
        """One patient's list line again, after its forms were saved."""
        return patient_summary(self.db, patient_id)
