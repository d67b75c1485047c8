"""Integrity check of a database file: SQLite's own checks plus the program's invariants."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from desktop.i18n import translate
from desktop.store.db import migrations
from desktop.store.log import verify_chain
from desktop.store.write_errors import WriteFailure, classify_write_error


def _is_access(error: BaseException) -> bool:
    """A sound database behind a folder that cannot be written (SQLite needs to write the
    -shm file beside it even to read): not a damaged database."""
    return classify_write_error(error) == WriteFailure.READ_ONLY


def _unreadable(path: Path) -> str:
    return translate("check", "Kan ikke lese/skrive databasen i {folder}: mappen er "
                              "skrivebeskyttet eller du mangler tilgang. Databasen er ikke "
                              "nødvendigvis skadet.").format(folder=path.parent)


def check_database(path: Path) -> list[str]:
    """Return one Norwegian line per fault; an empty list means the database is sound."""
    if not path.exists():
        return [f"Fant ingen database i {path.parent}."]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as error:
        if _is_access(error):
            return [_unreadable(path)]
        return [translate("check", "Databasen kan ikke åpnes: {error}").format(error=error)]
    faults: list[str] = []
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            faults += [f"Integritetsfeil: {line}" for line in result]
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            faults.append(f"Rad {rowid} i {table} peker til en {parent}-rad som ikke finnes.")
        faults += verify_chain(conn)
        pending = migrations.pending(sqlite_utils.Database(conn))
        if pending:
            faults.append("Databasen er ikke oppgradert: " + ", ".join(m.name for m in pending))
    except sqlite3.DatabaseError as error:
        faults.append(_unreadable(path) if _is_access(error) else
                      translate("check", "Databasen er skadet: {error}").format(error=error))
    finally:
        conn.close()
    return faults
