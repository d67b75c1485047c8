"""The patient list's quick filters (Forfalt, Innen 14 dager, Venter svar fra kommunen) as
conditions of the list's search; Qt-free.

They read what the store keeps on the patient row for the list with each save
(``next_deadline``, the earliest open deadline; ``awaiting_reply``; ``coordinator_key`` and
``coordinator_user``, see store/coordinator_users.py),
indexed, so a filter change costs one indexed query like a keystroke in the search.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from desktop.store.where import Where

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["ListFilter", "NO_FILTER", "SOON_DAYS", "deadline_counts", "name_key"]

SOON_DAYS = 14  # "Innen 14 dager"


def name_key(name: str) -> str:
    """A name as Mine compares it: spaces collapsed, case folded (æøå too); also the key of
    store/coordinator_users.py's matching of typed names to users."""
    return " ".join(name.split()).casefold()


class ListFilter(NamedTuple):
    """Which quick filters are on (they combine with AND, and with the search); ``today`` is
    the day the deadlines are judged against (None: the computer's date)."""
    overdue: bool = False  # Forfalt: the earliest open deadline has passed
    soon: bool = False  # Innen 14 dager: a deadline within 14 days (overdue ones included)
    awaiting_reply: bool = False  # Venter svar fra kommunen: a notice sent, no reply yet
    mine: str = ""  # Mine: my name (the account's) as the plan's coordinator or a participant
    username: str = ""  # ... and my username: a coordinator picked among the users is found by it
    today: dt.date | None = None

    def __bool__(self) -> bool:
        return self.overdue or self.soon or self.awaiting_reply or bool(self.mine)

    def day(self) -> dt.date:
        return self.today or dt.date.today()

    def add_to(self, where: Where) -> Where:
        """These filters' conditions added to ``where`` (the search's)."""
        day = self.day()
        if self.overdue:
            where.add("next_deadline > '' AND next_deadline < ?", day.isoformat())
        if self.soon:
            where.add("next_deadline > '' AND next_deadline <= ?",
                      (day + dt.timedelta(days=SOON_DAYS)).isoformat())
        if self.awaiting_reply:
            where.add("awaiting_reply = 1")  # kept by store/deadlines.py with each save
        if self.mine:
            # a coordinator or participant picked among the users is mine by my username; one
            # typed by hand without a user (namesakes, or before 0026) by my name
            where.add("(coordinator_user = ? OR (coordinator_user = '' AND coordinator_key = ?) "
                      "OR id IN (SELECT patient_id FROM participants WHERE username = ?) "
                      "OR id IN (SELECT patient_id FROM participants WHERE username = '' "
                      "AND name = ? COLLATE NOCASE))", self.username or "\0",
                      name_key(self.mine), self.username or "\0", " ".join(self.mine.split()))
        return where


NO_FILTER = ListFilter()


def deadline_counts(db: sqlite_utils.Database, departments: tuple[str, ...] | None,
                    today: dt.date | None = None) -> tuple[int, int]:
    """(patients whose earliest deadline has passed, patients with one due within 14 days
    and none passed) among ``departments`` (None: all): the log-in line, from the indexed
    column in one query."""
    day = today or dt.date.today()
    soon = (day + dt.timedelta(days=SOON_DAYS)).isoformat()
    if departments is None:  # two counts of the covering index's ranges: a third of the time
        row = db.execute(  # of the sum below (7 against 20 ms at 100 000 patients)
            "SELECT (SELECT count(*) FROM patients WHERE next_deadline > '' "
            "AND next_deadline < :day), (SELECT count(*) FROM patients "
            "WHERE next_deadline >= :day AND next_deadline <= :soon)",
            {"day": day.isoformat(), "soon": soon}).fetchone()
        return int(row[0]), int(row[1])
    where = Where().add("next_deadline > ''").add("next_deadline <= ?", soon)
    where.one_of("department", departments)  # one pass over the departments' patients
    row = db.execute(
        "SELECT COALESCE(SUM(next_deadline < ?), 0), COALESCE(SUM(next_deadline >= ?), 0) "
        f"FROM patients {where.sql()}", [day.isoformat(), day.isoformat(), *where.params]
    ).fetchone()
    return int(row[0]), int(row[1])
