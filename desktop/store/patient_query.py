"""The patient list's questions to the store, as one session may ask them.

``PatientListModel`` is fed by a ``PatientQuery`` and never reaches into the store or the
session itself: the window (or a test, or a benchmark) decides whose list it is by building
the query with the user's session. Qt-free; the searches are store.search_patients and
store.count_patients limited to the user's departments (store/access.py).
"""

from __future__ import annotations

import sqlite_utils

from desktop.records import PatientSummary
from desktop.store.access import count_visible, search_visible
from desktop.store.patients import answered_by_index, patient_summary
from desktop.store.session import Session, as_session


class PatientQuery:
    """Search, count and re-read the patients the session's user may see (a bare database:
    nobody logged in, so the whole database when it has no accounts or is a demo, else
    nobody; see access.visible_departments)."""

    def __init__(self, session: Session | sqlite_utils.Database) -> None:
        self.session = as_session(session)
        self.db = self.session.db

    def search(self, text: str = "", order: str = "name", descending: bool = False,
               offset: int = 0, limit: int = 200) -> list[PatientSummary]:
        """One page of matches for ``text`` (normalised by the caller), sorted by ``order``
        (a sort key of store.search_patients)."""
        return search_visible(self.session, text, order=order, descending=descending,
                              limit=limit, offset=offset)

    def count(self, text: str = "", cap: int | None = None) -> int:
        """How many patients match ``text`` (with ``cap``: at most that many, counting stops
        there)."""
        return count_visible(self.session, text, cap=cap)

    @staticmethod
    def answers_at_once(text: str) -> bool:
        """Whether searching ``text`` is a lookup in an index (no typing pause needed)."""
        return answered_by_index(text)

    def summary(self, patient_id: int) -> PatientSummary | None:
        """One patient's list line again, after its forms were saved."""
        return patient_summary(self.db, patient_id)
