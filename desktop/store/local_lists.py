"""The hospital's own lists of measure names and life areas: kept by administrators, offered as
completions, never forced. A plan keeps the words it was given: removing an entry changes no
plan. CSV import is all or nothing, a bad line named by its number."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import ValidationError
from desktop.records_measures import DEFAULT_LIFE_AREAS
from desktop.store import accounts
from desktop.store.accounts import AccountError, User
from desktop.store.log import USER_ADMIN, log_event

if TYPE_CHECKING:
    import sqlite_utils

LIST_MEASURES = "measures"
LIST_LIFE_AREAS = "life_areas"
LISTS = (LIST_MEASURES, LIST_LIFE_AREAS)
MAX_ENTRY = 200


def _t(text: str) -> str:
    return translate("records", text)


def seed_life_areas(db: sqlite_utils.Database) -> None:
    """The default life areas (run by migration 0012)."""
    for position, name in enumerate(DEFAULT_LIFE_AREAS):
        db.execute("INSERT OR IGNORE INTO local_lists (kind, position, value) VALUES (?, ?, ?)",
                   [LIST_LIFE_AREAS, position, name])


def entries(db: sqlite_utils.Database, kind: str) -> list[str]:
    return [row[0] for row in db.execute(
        "SELECT value FROM local_lists WHERE kind = ? ORDER BY position, id", [kind])]


def life_areas(db: sqlite_utils.Database) -> list[str]:
    return entries(db, LIST_LIFE_AREAS)


def complete(db: sqlite_utils.Database, kind: str, prefix: str, limit: int = 10) -> list[str]:
    """Entries containing ``prefix`` (case-insensitive), those starting with it first."""
    needle = prefix.strip().casefold()
    found = [e for e in entries(db, kind) if needle in e.casefold()]
    found.sort(key=lambda e: not e.casefold().startswith(needle))
    return found[:limit]


def _admin(db: sqlite_utils.Database, actor: User) -> None:
    fresh = accounts.get_user(db, actor.username)
    if fresh is None or not fresh.active or not fresh.is_admin:
        raise AccountError(_t("Bare administratorer kan endre listene."))


def _kind(kind: str) -> str:
    if kind not in LISTS:
        raise ValidationError(_t("Ukjent liste."))
    return kind


def _clean(value: str, line: int | None = None) -> str:
    text = " ".join((value or "").split())
    where = _t("Linje {n}: ").format(n=line) if line is not None else ""
    if not text:
        raise ValidationError(where + _t("Skriv et navn."))
    if len(text) > MAX_ENTRY:
        raise ValidationError(where + _t("Navnet er lengre enn {n} tegn.").format(n=MAX_ENTRY))
    return text


def set_entries(db: sqlite_utils.Database, actor: User, kind: str, values: list[str]) -> None:
    """Replace a list (administrators only); duplicates are kept once, in their first place."""
    _admin(db, actor)
    _kind(kind)
    cleaned = list(dict.fromkeys(_clean(v) for v in values))
    with db.atomic():
        db.execute("DELETE FROM local_lists WHERE kind = ?", [kind])
        for position, value in enumerate(cleaned):
            db.execute("INSERT INTO local_lists (kind, position, value) VALUES (?, ?, ?)",
                       [kind, position, value])
        log_event(db, USER_ADMIN, None, {"action": "local_list", "list": kind,
                                         "entries": len(cleaned)}, user=actor.username)


def add_entry(db: sqlite_utils.Database, actor: User, kind: str, value: str) -> None:
    set_entries(db, actor, kind, [*entries(db, _kind(kind)), value])


def remove_entry(db: sqlite_utils.Database, actor: User, kind: str, value: str) -> None:
    set_entries(db, actor, kind, [e for e in entries(db, _kind(kind)) if e != value])


def export_csv(db: sqlite_utils.Database, kind: str) -> str:
    """The list as CSV: a header line "navn", then one entry a line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["navn"])
    for value in entries(db, _kind(kind)):
        writer.writerow([value])
    return out.getvalue()


def import_csv(db: sqlite_utils.Database, actor: User, kind: str, text: str) -> int:
    """Replace the list with the CSV's first column (a first line "navn" is a header). A bad
    line is reported by its number and nothing is imported. Returns the number of entries."""
    _admin(db, actor)
    _kind(kind)
    values = []
    for number, row in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), start=1):
        if number == 1 and row and row[0].strip().casefold() == "navn":
            continue
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) > 1 and any(cell.strip() for cell in row[1:]):
            raise ValidationError(_t("Linje {n}: bare én kolonne er tillatt.").format(n=number))
        values.append(_clean(row[0], number))
    if not values:
        raise ValidationError(_t("Filen har ingen navn."))
    set_entries(db, actor, kind, values)
    return len(dict.fromkeys(values))
