"""The house, not only the chain: a database's schema must be exactly what the program's
migrations made at the database's own migration level (every table, index, trigger and view),
and its stored JSON must parse. The expected schema is built by applying the same migrations
to an empty in-memory database, so a new migration needs no change here."""

from __future__ import annotations

import functools
import re
import sqlite3

import sqlite_utils

from desktop.store.db import migrations

# (table, column) holding JSON the program wrote; NULL is allowed where the column is nullable
JSON_COLUMNS = (("checklists", "content"), ("consents", "content"),
                ("plan_versions", "content"), ("plan_versions", "signature"),
                ("print_snapshots", "patient"), ("users", "departments"))
_KIND = {"table": "tabellen", "index": "indeksen", "trigger": "triggeren", "view": "visningen"}


def _normalised(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def schema_of(conn) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, name) -> (tbl_name, normalised sql) for everything but SQLite's statistics and
    the migrations table itself (sqlite-utils keeps that one)."""
    found = {}
    for type_, name, tbl_name, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if name.startswith("sqlite_stat") or (
                tbl_name == migrations.migrations_table and type_ in ("table", "index")):
            continue
        found[(type_, name)] = (tbl_name, _normalised(sql))
    return found


def applied_names(conn) -> list[str]:
    try:
        return [row[0] for row in conn.execute(
            f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ? "
            "ORDER BY rowid", [migrations.name])]
    except sqlite3.OperationalError:
        return []


@functools.lru_cache(maxsize=8)
def expected_schema(applied: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, str]]:
    """The schema the program's migrations make when exactly ``applied`` have run."""
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    migrations.ensure_migrations_table(db)
    for migration in migrations._migrations:
        if migration.name in applied:
            with db.atomic():
                migration.fn(db)
    schema = schema_of(db.conn)
    db.close()
    return schema


def schema_faults(conn) -> list[str]:
    """One Norwegian line per extra, missing or changed table, index, trigger or view."""
    applied = applied_names(conn)
    known = {m.name for m in migrations._migrations}
    unknown = [name for name in applied if name not in known]
    if unknown:
        return ["Databasen er laget av en nyere versjon av programmet (" + ", ".join(unknown)
                + ")."]
    expected = expected_schema(tuple(applied))
    actual = schema_of(conn)
    faults = []
    order = {"table": 0, "view": 1, "index": 2, "trigger": 3}
    for key in sorted(set(expected) | set(actual), key=lambda k: (order.get(k[0], 4), k[1])):
        type_, name = key
        what = f"{_KIND.get(type_, type_).capitalize()} {name}"
        if key not in actual:
            faults.append(f"{what} mangler i databasen.")
        elif key not in expected:
            faults.append(f"{what} er lagt til utenfor programmet.")
        elif actual[key] != expected[key]:
            faults.append(f"{what} er endret utenfor programmet.")
    return faults


def json_faults(conn) -> list[str]:
    """Stored JSON that does not parse (SQLite's json_valid, fast over 100 000 rows)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    faults = []
    for table, column in JSON_COLUMNS:
        if table not in tables:
            continue
        rows = conn.execute(f"SELECT rowid FROM {table} WHERE {column} IS NOT NULL "
                            f"AND json_valid({column}) = 0 ORDER BY rowid").fetchall()
        if rows:
            ids = ", ".join(str(row[0]) for row in rows[:5]) + (" …" if len(rows) > 5 else "")
            faults.append(f"Lagret JSON i {table}.{column} kan ikke leses (rad {ids}).")
    return faults


def active_admins(conn) -> int:
    try:
        return conn.execute("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1"
                            ).fetchone()[0]
    except sqlite3.OperationalError:
        return 0
