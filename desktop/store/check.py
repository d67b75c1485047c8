"""Integrity check of a database file: SQLite's own checks plus the program's invariants (the
log's chain and head, the schema the migrations made, the seals of signed versions and print
snapshots, stored JSON), and the log compared with the backups' copies of it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import sqlite_utils

from desktop.i18n import translate
from desktop.store import cipher
from desktop.store.db import migrations
from desktop.store.log import verify_chain
from desktop.store.schema_check import json_faults, schema_faults
from desktop.store.seals import seal_faults
from desktop.store.write_errors import WriteFailure, classify_write_error


def _is_access(error: BaseException) -> bool:
    """A sound database behind a folder that cannot be written (SQLite needs to write the
    -shm file beside it even to read): not a damaged database."""
    return classify_write_error(error) == WriteFailure.READ_ONLY


def _unreadable(path: Path) -> str:
    return translate("check", "Kan ikke lese/skrive databasen i {folder}: mappen er "
                              "skrivebeskyttet eller du mangler tilgang. Databasen er ikke "
                              "nødvendigvis skadet.").format(folder=path.parent)


def verify_connection(conn: sqlite3.Connection) -> list[str]:
    """Every check that needs only the file itself (also run on a file before a restore)."""
    faults: list[str] = []
    result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        faults += [f"Integritetsfeil: {line}" for line in result]
        return faults  # a damaged file: the other checks would only repeat it
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        faults.append(f"Rad {rowid} i {table} peker til en {parent}-rad som ikke finnes.")
    faults += verify_chain(conn)
    faults += schema_faults(conn)
    faults += json_faults(conn)
    faults += seal_faults(conn)
    return faults


def _open_ro(path: Path) -> sqlite3.Connection:
    return cipher.connect(path, read_only=True)


def _last_entry(conn: sqlite3.Connection) -> tuple[int, str] | None:
    return conn.execute("SELECT id, hash FROM access_log ORDER BY id DESC LIMIT 1").fetchone()


def _hash_at(conn: sqlite3.Connection, id_: int) -> str | None:
    row = conn.execute("SELECT hash FROM access_log WHERE id = ?", [id_]).fetchone()
    return row[0] if row else None


def _restored_after(live: sqlite3.Connection, copy: sqlite3.Connection, folder: Path,
                    last: tuple[int, str]) -> int | None:
    """The id of a live restore entry the copy's log goes beyond: what the copy has from there
    on was replaced by the restore, and is vouched for by the safety copy the restore entry
    names (never rotated away), which must hold the copy's newest entry unchanged."""
    for id_, detail in live.execute("SELECT id, detail FROM access_log WHERE kind = 'restore' "
                                    "AND id <= ? ORDER BY id", [last[0]]).fetchall():
        if _hash_at(copy, id_) == _hash_at(live, id_):
            continue  # the copy was made after this restore
        try:
            safety = folder / Path(str(json.loads(detail)["safety_copy"])).name
            conn = _open_ro(safety)
            try:
                vouched = _hash_at(conn, last[0]) == last[1]
            finally:
                conn.close()
        except (ValueError, KeyError, TypeError, sqlite3.DatabaseError):
            vouched = False
        return id_ if vouched else None
    return None


def _first_differences(live: sqlite3.Connection, copy: sqlite3.Connection,
                       upto: int) -> tuple[list[int], list[int]]:
    """Ids of the copy's entries missing from the live log, and of those changed there."""
    ours = live.execute("SELECT id, hash FROM access_log WHERE id <= ? ORDER BY id", [upto])
    missing, changed = [], []
    mine = next(ours, None)
    for id_, hash_ in copy.execute("SELECT id, hash FROM access_log WHERE id <= ? ORDER BY id",
                                   [upto]):
        while mine is not None and mine[0] < id_:
            mine = next(ours, None)
        if mine is None or mine[0] != id_:
            missing.append(id_)
        elif mine[1] != hash_:
            changed.append(id_)
    return missing, changed


def _line(ids: list[int], name: str, what: str) -> str:
    more = f" (og {len(ids) - 1} til)" if len(ids) > 1 else ""
    return (f"Oppføring {ids[0]}{more} i tilgangsloggen i sikkerhetskopien {name} {what} i "
            "databasen: loggen er skrevet om.")


def backup_log_faults(live: sqlite3.Connection, folder: Path, live_path: Path | None = None
                      ) -> list[str]:
    """An entry in any readable backup must be in the live log, unchanged. The live chain is
    verified separately, so a backup's newest entry found unchanged vouches for all before it;
    only a mismatch is looked at entry by entry."""
    faults: list[str] = []
    for path in sorted(folder.glob("*.sqlite")) if folder.is_dir() else ():
        if live_path is not None and path.resolve() == live_path.resolve():
            continue
        try:
            copy = _open_ro(path)
            try:
                last = _last_entry(copy)
                if last is None:
                    continue
                if _hash_at(live, last[0]) == last[1]:
                    continue
                restored = _restored_after(live, copy, folder, last)
                upto = last[0] if restored is None else restored - 1
                if _hash_at(live, upto) == _hash_at(copy, upto):
                    continue
                missing, changed = _first_differences(live, copy, upto)
            finally:
                copy.close()
        except sqlite3.DatabaseError:
            continue  # not readable: it vouches for nothing
        if missing:
            faults.append(_line(missing, path.name, "mangler"))
        if changed:
            faults.append(_line(changed, path.name, "er endret"))
    return faults


def check_database(path: Path, backup_folder: Path | None = None) -> list[str]:
    """Return one Norwegian line per fault; an empty list means the database is sound.
    ``backup_folder`` (default: ``backups`` beside the database) holds the copies the log is
    compared with."""
    if not path.exists():
        return [f"Fant ingen database i {path.parent}."]
    try:
        conn = _open_ro(path)
    except sqlite3.Error as error:
        if _is_access(error):
            return [_unreadable(path)]
        return [translate("check", "Databasen kan ikke åpnes: {error}").format(error=error)]
    faults: list[str] = []
    try:
        faults += verify_connection(conn)
        pending = migrations.pending(sqlite_utils.Database(conn, execute_plugins=False))
        if pending:
            faults.append("Databasen er ikke oppgradert: " + ", ".join(m.name for m in pending))
        if not any(fault.startswith("Integritetsfeil") for fault in faults):
            faults += backup_log_faults(conn, backup_folder or path.parent / "backups", path)
    except sqlite3.DatabaseError as error:
        faults.append(_unreadable(path) if _is_access(error) else
                      translate("check", "Databasen er skadet: {error}").format(error=error))
    finally:
        conn.close()
    return faults
