"""Patients: add, update, find, and the fast search behind the patient list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records_base import PatientSummary, ValidationError, format_partial_date
from desktop.store import search_grams, search_keep
from desktop.store.clock import now
from desktop.store.list_filters import NO_FILTER, ListFilter
from desktop.store.session import Session, as_session
from desktop.store.where import Where

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.records_patient import Patient

# Norwegian alphabetical order: æ, ø, å after z (SQLite's binary order would put å first).
_SORT_MAP = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "é": "e", "ü": "y"})

SORT_COLUMNS = {
    "name": "sort_name",
    "birth_date": "birth_date",
    "department": "department",
    "consent": "consent_state",
    "plan_from": "plan_from",
    "evaluation_date": "evaluation_date",
    "plan_status": "plan_status",
    "ip_state": "ip_state",
    "next_deadline": "next_deadline",
}

# the index that walks the list in each sort order (the name, then the id, break ties)
_SORT_INDEXES = {
    "sort_name": "patients_sort_name",
    "birth_date": "patients_birth_sort",
    "department": "patients_department",
    "consent_state": "patients_consent_sort",
    "plan_from": "patients_plan_from_sort",
    "evaluation_date": "patients_evaluation_sort",
    "plan_status": "patients_status_sort",
    "ip_state": "patients_ip_state_sort",
    "next_deadline": "patients_next_deadline_sort",
}

_SUMMARY_COLUMNS = ("id, name, birth_date, id_number, department, consent_state, consent_to, "
                    "plan_from, plan_to, evaluation_date, plan_status, plan_version, ip_state, "
                    "next_deadline, next_deadline_kind")
_PATIENT_FIELDS = ("name", "birth_date", "id_number", "address", "phone", "department",
                   "municipality")


def sort_key(name: str) -> str:
    return name.casefold().translate(_SORT_MAP)


def search_text(patient: Patient) -> str:
    """What search-as-you-type matches: name, birth date both ways, and the id number."""
    return " ".join([patient.name.casefold(), patient.birth_date,
                     format_partial_date(patient.birth_date), patient.id_number])


def _row(patient: Patient) -> dict:
    row = {name: getattr(patient, name) for name in _PATIENT_FIELDS}
    row["sort_name"] = sort_key(patient.name)
    row["search_text"] = search_text(patient)
    row["updated_at"] = now()
    return row


class NumberTaken(ValidationError):
    """Another patient has this fødselsnummer (``patient_id``); the same sentence whatever
    department that patient belongs to."""

    def __init__(self, patient_id: int) -> None:
        super().__init__(translate(
            "records", "Det finnes allerede en pasient med dette fødselsnummeret."))
        self.patient_id = patient_id


def _check_unique_number(db: sqlite_utils.Database, patient: Patient) -> None:
    if not patient.id_number:
        return
    clash = db.execute("SELECT id FROM patients WHERE id_number = ? AND id IS NOT ?",
                       [patient.id_number, patient.id]).fetchone()
    if clash:
        raise NumberTaken(clash[0])


def log_number_taken(session: Session | sqlite_utils.Database, taken: NumberTaken,
                     action: str) -> None:
    """Log the refusal (kind ``refused``, the other patient's id) in the session's user's name
    once no transaction that would roll it back is open; inside one, the caller logs after its
    rollback."""
    from desktop.store.log import REFUSED

    session = as_session(session)
    if not session.db.conn.in_transaction:
        session.log(REFUSED, taken.patient_id, {"action": action})


def add_patient(session: Session | sqlite_utils.Database, patient: Patient) -> Patient:
    """Validate and insert; returns the stored patient with its id. A fødselsnummer another
    patient has is refused (NumberTaken) and the refusal logged in the session's user's name
    (a bare database: nobody logged in)."""
    db = as_session(session).db
    patient = patient.validated()
    try:
        with db.atomic():
            _check_unique_number(db, patient)
            row = _row(patient)
            row["created_at"] = row["updated_at"]
            cursor = db.execute(
                f"INSERT INTO patients ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()))
    except NumberTaken as taken:
        log_number_taken(session, taken, "new_patient")
        raise
    patient.id = cursor.lastrowid
    return patient


def update_patient(session: Session | sqlite_utils.Database, patient: Patient) -> Patient:
    """Validate and store; a fødselsnummer another patient has is refused and logged as in
    add_patient."""
    db = as_session(session).db
    patient = patient.validated()
    try:
        with db.atomic():
            _check_unique_number(db, patient)
            row = _row(patient)
            db.execute(f"UPDATE patients SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                       [*row.values(), patient.id])
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'patient_deadlines'"
                          ).fetchone():  # the Frister view reads the department there
                db.execute("UPDATE patient_deadlines SET department = ? WHERE patient_id = ?",
                           [patient.department, patient.id])
    except NumberTaken as taken:
        log_number_taken(session, taken, "change_number")
        raise
    return patient


def get_patient(db: sqlite_utils.Database, patient_id: int) -> Patient | None:
    row = db.execute(f"SELECT id, {', '.join(_PATIENT_FIELDS)} FROM patients WHERE id = ?",
                     [patient_id]).fetchone()
    if row is None:
        return None
    from desktop.records_patient import Patient  # here: `list` reads no patient (no dataclasses)

    return Patient(*row)


def find_patient(db: sqlite_utils.Database, key: str) -> Patient | None:
    """A patient by the program's id or by fødselsnummer / D-nummer."""
    key = key.strip()
    if not (key.isascii() and key.isdigit()):  # isdigit() alone accepts "１２" and "١٢"
        return None
    if len(key) == 11:
        row = db.execute("SELECT id FROM patients WHERE id_number = ?", [key]).fetchone()
        return get_patient(db, row[0]) if row else None
    return get_patient(db, int(key))


TRIGRAM = 3  # the full-text index finds words of at least this many characters


def _fts_phrase(words: Sequence[str]) -> str:
    """An FTS5 query matching every word as a substring (trigram phrases, quotes doubled)."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _where(text: str, departments: Sequence[str] | None = None,
           quick: ListFilter = NO_FILTER, driven: Sequence[str] = (),
           walked: Sequence[str] = ()) -> Where:
    """Every word of ``text`` (long ones through the trigram index, short ones as substrings
    of the search text, the ``driven`` short words also through the index of character
    pairs, which then leads the query, the ``walked`` ones through that index alone: its
    pairs hold every character and every two neighbouring ones of the search text, so a
    patient holds a word of one or two characters exactly when the word's pairs list the
    patient) and, when given, the departments and the quick filters."""
    words = text.casefold().split()
    where = Where()
    indexed = [word for word in words if len(word) >= TRIGRAM]
    if indexed:
        where.add("id IN (SELECT rowid FROM patients_fts WHERE patients_fts MATCH ?)",
                  _fts_phrase(indexed))
    for word in (*driven, *walked):
        sql, params = search_grams.holders_sql(word)
        where.add(f"id IN ({sql})", *params)
    for word in words:
        if len(word) < TRIGRAM and word not in walked:
            where.contains("search_text", word)
    return quick.add_to(where.one_of("department", departments))


FILTERED_FARTHER = 3  # a quick filter moves the point of a broad search (see _Plan)
WALKED_FARTHER = 4  # short words held by up to this many times as many walk by their pairs


def broad_from(patients: int) -> int:
    """How many matches make a search broad among ``patients`` (see ``_Plan``)."""
    return max(1000, int((100 * patients) ** 0.5))


class _Plan:
    """How a search finds its matches. ``driven``: the short words so few patients hold that
    their patients are read from the index of character pairs. ``broad``: every word matches
    so many patients that walking the list in its order and keeping the matches finds a page
    sooner than reading and sorting them all. ``scan``: only common short words, whose full
    count scans the narrow covering index patients_search. ``walked``: short words of a
    broad search of two characters held by fewer than ``WALKED_FARTHER`` times as many (a
    word of one character is held by too many, and its holders repeat); their patients, read
    from the pairs, are looked up while walking the sort column's index, which then needs
    no patient's row (the walk by the search text reads one row per index entry, some five
    times as long, and reading m pairs costs about a sixth of m rows: the two meet near
    sqrt(1600 * N), four times as far).

    Sorting m matches costs m row reads; the walk reads about page * N / m index entries of
    N patients. They cost the same near m = sqrt(100 * N), 3 000 at 100 000 patients. A quick
    filter passes a fraction f of the patients, so the walk reads 1/f times as many: the
    point moves to sqrt(100 * N / f), taken as three times as far (f about a tenth)."""

    def __init__(self, db: sqlite_utils.Database, text: str,
                 quick: ListFilter = NO_FILTER) -> None:
        words = text.casefold().split()
        threshold = broad_from(db.execute("SELECT max(id) FROM patients").fetchone()[0] or 0)
        threshold *= FILTERED_FARTHER if quick else 1
        short = list(dict.fromkeys(word for word in words if len(word) < TRIGRAM))
        # (a one-character word is held by too many for the walk by its pairs: not counted
        # that far)
        walk_from = threshold * WALKED_FARTHER
        holders = {word: search_grams.holders_at_least(
            db, word, walk_from if len(word) == 2 else threshold) for word in short}
        self.driven = [word for word in short if holders[word] < threshold]
        indexed = [word for word in words if len(word) >= TRIGRAM]
        narrow_long = bool(indexed) and db.execute(
            "SELECT COUNT(*) FROM (SELECT rowid FROM patients_fts WHERE patients_fts MATCH ? "
            "LIMIT ?)", [_fts_phrase(indexed), threshold]).fetchone()[0] < threshold
        self.broad = bool(words) and not self.driven and not narrow_long
        self.walked = [word for word in short
                       if self.broad and len(word) == 2 and holders[word] < walk_from]
        self.scan = bool(short) and not self.driven and not indexed


def search_patients(db: sqlite_utils.Database, text: str = "", order: str = "name",
                    descending: bool = False, limit: int = 200, offset: int = 0,
                    departments: Sequence[str] | None = None,
                    quick: ListFilter = NO_FILTER) -> list[PatientSummary]:
    """One page of the patient list, matching every word of ``text`` (and, when given, only
    patients of ``departments`` passing the ``quick`` filters)."""
    column = SORT_COLUMNS.get(order, "sort_name")
    direction = "DESC" if descending else "ASC"
    ordering = f"ORDER BY {column} {direction}, sort_name {direction}, id LIMIT ? OFFSET ?"
    if not text.split():  # the whole list: walk the index of the sort column
        where = _where(text, departments, quick)
        rows = db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM patients {where.sql()} {ordering}",
                          [*where.params, limit, offset]).fetchall()
        return [PatientSummary(*row) for row in rows]
    # a search: the page's ids first (kept matches of the search it narrows, or from an
    # index), then those rows
    words = text.casefold().split()
    asked = search_keep.shape(column, descending, departments, quick)
    found = search_keep.matches(db, words, asked)
    if found is None:
        plan = _Plan(db, text, quick)
        where = _where(text, departments, quick, plan.driven, plan.walked)
        if plan.broad:  # walk the sort column's index, keeping the matches, to the page
            ids = [row[0] for row in db.execute(
                f"SELECT id FROM patients INDEXED BY {_SORT_INDEXES[column]} {where.sql()} "
                f"{ordering}", [*where.params, limit, offset])]
        else:  # few matches: read them all, sort them here and keep them for the next key
            found, read_at = _matches(db, where, ordering)
            search_keep.keep(db, words, asked, found, read_at)
    if found is not None:
        ids = [match[0] for match in found[offset:offset + limit]]
    if not ids:
        return []
    rows = db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM patients "
                      f"WHERE id IN ({', '.join('?' * len(ids))})", ids).fetchall()
    by_id = {row[0]: PatientSummary(*row) for row in rows}
    return [by_id[i] for i in ids]


def _matches(db: sqlite_utils.Database, where: Where,
             ordering: str) -> tuple[list[tuple[int, str]], tuple[int, int]]:
    """Every match of ``where`` as (id, search text) in the list's order (``ordering``, whose
    LIMIT is given none), and the data's stamp before the read (search_keep)."""
    read_at = search_keep.stamp(db)
    rows = db.execute(f"SELECT id, search_text FROM patients {where.sql()} {ordering}",
                      [*where.params, -1, 0]).fetchall()
    return rows, read_at


def count_patients(db: sqlite_utils.Database, text: str = "",
                   departments: Sequence[str] | None = None, cap: int | None = None,
                   quick: ListFilter = NO_FILTER) -> int:
    """How many patients match; with ``cap``, counting stops there (the result is then at most
    ``cap``, and equal to it when there are that many or more)."""
    words = text.casefold().split()
    found = search_keep.matches(db, words, search_keep.shape("", False, departments, quick),
                                any_order=True) if words else None
    if found is not None:
        return len(found) if cap is None else min(len(found), cap)
    plan = _Plan(db, text, quick)
    where = _where(text, departments, quick, plan.driven)
    # the covering index holds no quick filter's column: with a filter on, its own index leads
    source = "patients INDEXED BY patients_search" if plan.scan and not quick else "patients"
    if cap is None:
        return db.execute(f"SELECT COUNT(*) FROM {source} {where.sql()}",
                          where.params).fetchone()[0]
    return db.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {source} {where.sql()} LIMIT ?)",
                      [*where.params, cap]).fetchone()[0]


def patient_summary(db: sqlite_utils.Database, patient_id: int) -> PatientSummary | None:
    row = db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM patients WHERE id = ?",
                     [patient_id]).fetchone()
    return PatientSummary(*row) if row else None
