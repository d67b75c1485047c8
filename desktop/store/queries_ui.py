"""Small read-only queries the window needs beside the forms (Qt-free)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

_STAFF_SQL = """
WITH recent AS (
    SELECT content FROM checklists ORDER BY patient_id DESC LIMIT :documents
), names AS (
    SELECT json_extract(item.value, '$.done_by') AS name
    FROM recent, json_each(recent.content, '$.start') AS item
    UNION ALL
    SELECT json_extract(item.value, '$.done_by')
    FROM recent, json_each(recent.content, '$.existing') AS item
)
SELECT trim(name) AS name, COUNT(*) AS uses FROM names
WHERE trim(coalesce(name, '')) != ''
GROUP BY trim(name) ORDER BY uses DESC, name LIMIT :limit
"""


# Per open database: (SQLite's data_version when read, arguments, names). The names change only
# when a checklist is saved: forget_staff_names is called by the store in that transaction, and
# data_version changes when another process (another ward PC) has written to the file.
_staff_cache: weakref.WeakKeyDictionary[sqlite_utils.Database, tuple[int, tuple, list[str]]] = \
    weakref.WeakKeyDictionary()


def recent_staff_names(db: sqlite_utils.Database, documents: int = 300,
                       limit: int = 40) -> list[str]:
    """Staff names used for «Utført av» in the newest patients' checklists (the primary key
    walks backwards, so this stays instant at 100 000 patients), in alphabetical order. Read
    once and kept until a checklist is saved, here or by another process."""
    version = db.execute("PRAGMA data_version").fetchone()[0]
    cached = _staff_cache.get(db)
    if cached is not None and cached[:2] == (version, (documents, limit)):
        return list(cached[2])
    rows = db.execute(_STAFF_SQL, {"documents": documents, "limit": limit}).fetchall()
    names = sorted((row[0] for row in rows), key=str.casefold)
    _staff_cache[db] = (version, (documents, limit), names)
    return list(names)


def forget_staff_names(db: sqlite_utils.Database) -> None:
    """A checklist was saved: read the staff names again next time."""
    _staff_cache.pop(db, None)
