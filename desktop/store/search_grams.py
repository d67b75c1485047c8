"""The index of short search words: every two-character piece of each patient's search text.

The trigram index (patients_fts) finds words of three or more characters; a word of one or two
characters used to scan every patient's search text. ``patients_grams`` holds, for each
patient, every distinct pair of neighbouring characters of the search text with a space
appended (so the last character starts a pair too). A two-character word is then one lookup
of its pair, and a one-character word a range of the pairs that begin with it. The search
text is case-folded by the store, so the pairs are too: a lower-case å, æ or ø finds
upper-case names, and å stays apart from a. Triggers keep the pairs in the writing
transaction, computed in SQL from a table of positions (a trigger cannot hold a recursive
query), so every writer (the store, an import, a bulk load) keeps them right. A search text
longer than ``POSITIONS`` characters (no name is) would have its tail unindexed.

Qt-free; migration 0025 calls ``create``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

POSITIONS = 4000  # characters of a search text that are indexed

_PAIRS = ("SELECT DISTINCT substr({text} || ' ', i, 2) FROM search_positions "
          "WHERE i <= length({text})")
_ADD = ("INSERT OR IGNORE INTO patients_grams (gram, patient_id) "
        "SELECT DISTINCT substr({text} || ' ', i, 2), {id} FROM search_positions "
        "WHERE i <= length({text})")


def create(db: sqlite_utils.Database) -> None:
    """The table, its triggers and the pairs of every existing patient."""
    db.executescript(
        f"""
        CREATE TABLE search_positions (i INTEGER PRIMARY KEY);
        CREATE TABLE patients_grams (
            gram TEXT NOT NULL,
            patient_id INTEGER NOT NULL,
            PRIMARY KEY (gram, patient_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER patients_grams_insert AFTER INSERT ON patients
        BEGIN
            {_ADD.format(text='NEW.search_text', id='NEW.id')};
        END;
        CREATE TRIGGER patients_grams_delete AFTER DELETE ON patients
        BEGIN
            DELETE FROM patients_grams WHERE patient_id = OLD.id
                AND gram IN ({_PAIRS.format(text='OLD.search_text')});
        END;
        CREATE TRIGGER patients_grams_update AFTER UPDATE OF search_text, id ON patients
        WHEN OLD.search_text IS NOT NEW.search_text OR OLD.id IS NOT NEW.id
        BEGIN
            DELETE FROM patients_grams WHERE patient_id = OLD.id
                AND gram IN ({_PAIRS.format(text='OLD.search_text')});
            {_ADD.format(text='NEW.search_text', id='NEW.id')};
        END;
        """
    )
    db.execute(f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
               f"WHERE i < {POSITIONS}) INSERT INTO search_positions (i) SELECT i FROM n")
    # pair by pair in index order, so the table's b-tree is written from left to right
    db.execute("INSERT INTO patients_grams (gram, patient_id) "
               "SELECT DISTINCT substr(p.search_text || ' ', s.i, 2) AS gram, p.id "
               "FROM patients p JOIN search_positions s ON s.i <= length(p.search_text) "
               "ORDER BY gram, p.id")


def pair_range(word: str) -> tuple[str, str]:
    """The pairs (low inclusive, high exclusive) whose patients hold ``word`` (one or two
    characters, case-folded): the pair itself, or every pair beginning with the character."""
    if len(word) == 2:
        return word, word + "\x00"
    return word, chr(ord(word) + 1)


def holders_sql(word: str) -> tuple[str, list[str]]:
    """SQL of the ids of the patients whose search text holds ``word`` (with its params)."""
    low, high = pair_range(word)
    return "SELECT patient_id FROM patients_grams WHERE gram >= ? AND gram < ?", [low, high]


def holders_at_least(db: sqlite_utils.Database, word: str, enough: int) -> int:
    """How many pairs of ``word`` are indexed, counted up to ``enough`` (a one-character word
    may count a patient more than once: an estimate for choosing the plan, never a count)."""
    low, high = pair_range(word)
    return db.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM patients_grams WHERE gram >= ? AND gram < ? "
        "LIMIT ?)", [low, high, enough]).fetchone()[0]
