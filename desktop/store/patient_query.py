"""The patient list's questions to the store, as one session may ask them.

``PatientListModel`` is fed by a ``PatientQuery`` and never reaches into the store or the
session itself: the window (or a test, or a benchmark) decides whose list it is by building
the query with the user's session. Qt-free; the searches are store.search_patients and
store.count_patients limited to the user's departments (store/access.py).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.records import PatientSummary
from desktop.records_deadlines import Deadline
from desktop.store.access import count_visible, search_visible, visible_departments
from desktop.store.deadlines import patient_deadlines
from desktop.store.list_filters import NO_FILTER, ListFilter, deadline_counts
from desktop.store.patients import patient_summary
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    import sqlite_utils


class PatientQuery:
    """Search, count and re-read the patients the session's user may see (a bare database:
    nobody logged in, so the whole database when it has no accounts or is a demo, else
    nobody; see access.visible_departments)."""

    def __init__(self, session: Session | sqlite_utils.Database) -> None:
        self.session = as_session(session)

    @property
    def db(self) -> sqlite_utils.Database:
        """The session's database to read (a window's plain connection at its start; see
        store/session.py): the list only reads."""
        return self.session.reading

    def on(self, db: sqlite_utils.Database) -> PatientQuery:
        """The same user's questions asked on another connection (a background read)."""
        return PatientQuery(Session(db, self.session.user))

    def search(self, text: str = "", order: str = "name", descending: bool = False,
               offset: int = 0, limit: int = 200,
               quick: ListFilter = NO_FILTER) -> list[PatientSummary]:
        """One page of matches for ``text`` (normalised by the caller) passing the ``quick``
        filters, sorted by ``order`` (a sort key of store.search_patients)."""
        return search_visible(self.session, text, order=order, descending=descending,
                              limit=limit, offset=offset, quick=quick)

    def count(self, text: str = "", cap: int | None = None,
              quick: ListFilter = NO_FILTER) -> int:
        """How many patients match ``text`` and the ``quick`` filters (with ``cap``: at most
        that many, counting stops there)."""
        return count_visible(self.session, text, cap=cap, quick=quick)

    def deadline_counts(self, today: dt.date | None = None) -> tuple[int, int]:
        """(overdue, due within 14 days) among the patients the user may see (log-in line)."""
        departments = visible_departments(self.session)
        return (0, 0) if departments == () else deadline_counts(self.db, departments, today)

    def deadlines(self, patient_id: int, today: dt.date | None = None) -> list[Deadline]:
        """One patient's open deadlines (the list's tooltip)."""
        return patient_deadlines(self.db, patient_id, today)

    def summary(self, patient_id: int) -> PatientSummary | None:
        """One patient's list line again, after its forms were saved."""
        return patient_summary(self.db, patient_id)
