"""The matches of a connection's last narrow search, kept for the next keystroke.

A search whose matches are few (store/patients.py reads them all and sorts them itself) keeps
them here: each match's id and search text, in the list's order, with the words, the sort
order, the departments and the quick filters it was asked with. The next question on the same
connection that only narrows it (the same order and filters, and every earlier word inside one
of the new words: a word that grew by a letter, or a word added) is answered by filtering
the kept matches in Python, the words as substrings of the search text, which is what the
indexes find; more pages of the same search and its count come from them too.

The kept matches belong to the data they were read from: any change written on the
connection (``total_changes``) or by another connection (``PRAGMA data_version``) makes them
stale, and a restore, which writes pages without counting changes, calls ``forget``. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from typing import Any, NamedTuple

from desktop.store.list_filters import ListFilter

KEPT_CONNECTIONS = 4  # connections whose last search is kept (the window's, its reader's)


class Shape(NamedTuple):
    """What a search was asked with besides its words; a narrowing search has the same."""
    column: str
    descending: bool
    departments: tuple[str, ...] | None
    quick: ListFilter
    day: dt.date | None  # the quick filters' day (they judge deadlines against it)


def shape(column: str, descending: bool, departments: Sequence[str] | None,
          quick: ListFilter) -> Shape:
    return Shape(column, descending, None if departments is None else tuple(departments),
                 quick, quick.day() if quick else None)


class _Kept(NamedTuple):
    words: tuple[str, ...]
    shape: Shape
    stamp: tuple[int, int]
    matches: list[tuple[int, str]]  # (id, search text) in the list's order


# connection -> its kept matches, by the connection's id (a sqlite3.Connection takes no weak
# reference, and the store's reads get bare connections as well as sqlite-utils Databases),
# the most recent last; the entry holds the connection, so its id is not reused meanwhile
_kept: dict[int, tuple[Any, _Kept]] = {}
_lock = threading.Lock()  # the window's thread and background reads search at once


def _connection(db: Any) -> Any:
    return getattr(db, "conn", db)


def _get(db: Any) -> _Kept | None:
    conn = _connection(db)
    entry = _kept.get(id(conn))
    return entry[1] if entry is not None and entry[0] is conn else None


def _put(db: Any, kept: _Kept) -> None:
    conn = _connection(db)
    with _lock:
        _kept.pop(id(conn), None)
        _kept[id(conn)] = (conn, kept)
        while len(_kept) > KEPT_CONNECTIONS:
            del _kept[next(iter(_kept))]


def stamp(db: Any) -> tuple[int, int]:
    """What the data read now is: take it before reading the matches to keep."""
    return _connection(db).total_changes, db.execute("PRAGMA data_version").fetchone()[0]


def narrows(earlier: Sequence[str], words: Sequence[str]) -> bool:
    """Whether every patient matching ``words`` matches ``earlier`` too: each earlier word is
    part of one of the new words."""
    return all(any(old in new for new in words) for old in earlier)


def matches(db: Any, words: Sequence[str], asked: Shape,
            any_order: bool = False) -> list[tuple[int, str]] | None:
    """The matches of ``words`` (case-folded) in the list's order, from the kept matches of an
    earlier search they narrow; None when there are none to narrow. ``any_order``: the order
    does not matter (a count), only the departments and the quick filters. ``db``: a
    sqlite-utils Database or a connection."""
    kept = _get(db)
    if kept is None or not narrows(kept.words, words):
        return None
    if any_order:
        asked = Shape(kept.shape.column, kept.shape.descending, asked.departments,
                      asked.quick, asked.day)
    if kept.shape != asked:
        return None
    if kept.stamp != stamp(db):
        forget(db)
        return None
    if tuple(words) == kept.words:
        return kept.matches
    found = kept.matches
    for word in dict.fromkeys(words):  # a word the kept matches were found by they all hold
        if word not in kept.words:
            found = [match for match in found if word in match[1]]
    _put(db, _Kept(tuple(words), asked, kept.stamp, found))
    return found


def keep(db: Any, words: Sequence[str], asked: Shape, found: list[tuple[int, str]],
         read_at: tuple[int, int]) -> None:
    """Keep ``found``, every match of ``words`` in the list's order as read after ``stamp``
    gave ``read_at``, for the next search."""
    _put(db, _Kept(tuple(words), asked, read_at, found))


def forget(db: Any) -> None:
    """Drop the kept matches of ``db`` (its content was replaced without counted changes)."""
    with _lock:
        if _get(db) is not None:
            del _kept[id(_connection(db))]
