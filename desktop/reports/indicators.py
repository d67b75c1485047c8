"""Indicators I1-I10 per tertial and report category, counted from the dated process events
(shared/spec/indicators.md). Qt-free: the window, the command line and the files read this.

A patient counts under the department written on the event (their department when it
happened); the department maps to a report category through ``category_of``. Distinct patients
per cell, except I9 (meetings). A year-only date counts in the "uten tertial" column.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, cast

import sqlite_utils

from desktop.i18n import translatable, translate
from desktop.store import cipher
from desktop.store import departments as department_list
from desktop.store import events as ev
from desktop.store import indicator_keep as keep
from desktop.store.session import Session, as_session

CATEGORIES = department_list.CATEGORIES
TOTAL = "Totalt"
NO_TERTIAL = 0  # the "uten tertial" column
TERTIALS = (1, 2, 3)
DEFINITION_VERSION = "2"  # of the definitions below; a merge refuses other versions
# (2: I3 counts an active signed plan without an event)
SUPPRESS_BELOW = 5
PART_HOSPITAL, PART_MUNICIPAL = "sykehus", "kommune"
PARTS = {PART_HOSPITAL: translatable("indicators", "koordinator på sykehuset"),
         PART_MUNICIPAL: translatable("indicators", "koordinator i kommunen")}

INDICATORS = {
    "I1": translatable("indicators", "Informert om retten til IP"),
    "I2": translatable("indicators", "Påbegynt IP"),
    "I3": translatable("indicators", "Pasienter med IP"),
    "I4": translatable("indicators", "Innhentet eksisterende plan"),
    "I5": translatable("indicators", "Plan utformet med pasient og koordinator"),
    "I6": translatable("indicators", "Reviderte IP"),
    "I7": translatable("indicators", "Melding til kommunen sendt"),
    "I8": translatable("indicators", "Koordinator oppnevnt"),
    "I9": translatable("indicators", "Samarbeids- og ansvarsgruppemøter"),
    "I10": translatable("indicators", "Ønsker ikke IP"),
}
DEFINITIONS = {
    "I1": translatable("indicators", "Pasienter informert om retten til IP i tertialet "
                       "(sjekkpunkt 4, samtykkets informasjonsdato eller skriftlig informasjon "
                       "ved nei)."),
    "I2": translatable("indicators", "Første tertial der pasienten er informert, har samtykket "
                       "og har et bindende samarbeid med kommunen (melding sendt, "
                       "samarbeidsmøte holdt eller koordinator i kommunen oppnevnt)."),
    "I3": translatable("indicators", "Pasienter med påbegynt IP i eller før tertialet, der "
                       "arbeidet ikke er avsluttet før tertialet og noe skjedde i tertialet "
                       "(en hendelse, eller en signert plan som gjaldt i tertialet)."),
    "I4": translatable("indicators", "Pasienter der en eksisterende plan ble innhentet."),
    "I5": translatable("indicators", "Sjekkpunkt 10 utført, eller en versjon signert av "
                       "pasienten og en koordinator."),
    "I6": translatable("indicators", "Pasienter med en signert planversjon nummer 2 eller "
                       "høyere."),
    "I7": translatable("indicators", "Pasienter med en melding til kommunen sendt."),
    "I8": translatable("indicators", "Pasienter som fikk koordinator på sykehuset eller i "
                       "kommunen oppnevnt."),
    "I9": translatable("indicators", "Antall samarbeids- og ansvarsgruppemøter holdt (møter, "
                       "ikke pasienter)."),
    "I10": translatable("indicators", "Pasienter som sa nei til IP."),
}
_SIMPLE = {"I1": (ev.INFORMED,), "I4": (ev.EXISTING_PLAN_OBTAINED,), "I7": (ev.NOTICE_SENT,),
           "I8": (ev.COORDINATOR_HOSPITAL, ev.COORDINATOR_MUNICIPAL), "I10": (ev.DECLINED_IP,)}
# a patient (I9: a meeting) has at most one row per tertial in these statements: no DISTINCT
_ONE_ROW_EACH = ("I2", "I3", "I9")
_MEETING_KINDS = ("samarbeidsmote", "ansvarsgruppemote")
_PLANS = " plans"  # the key of I3's statement of active signed plans


def tertial_of(on_date: str) -> int:
    """1, 2 or 3 for a date with a month; NO_TERTIAL for a year-only date."""
    if len(on_date) < 7:
        return NO_TERTIAL
    return (int(on_date[5:7]) - 1) // 4 + 1


def tertial_bounds(year: int, tertial: int) -> tuple[str, str]:
    first = {1: "01-01", 2: "05-01", 3: "09-01"}[tertial]
    last = {1: "04-30", 2: "08-31", 3: "12-31"}[tertial]
    return f"{year}-{first}", f"{year}-{last}"


def department_categories(db: sqlite_utils.Database) -> dict[str, str]:
    """The administrator's mapping, from the department list (store/departments.py), former
    names included."""
    return department_list.category_map(db)


def category_of(db: sqlite_utils.Database, department: str,
                mapping: dict[str, str] | None = None) -> str | None:
    """The report category of ``department``, None when unmapped. The one lookup every count
    uses; a department named as a category maps to it unasked."""
    mapping = department_categories(db) if mapping is None else mapping
    if department in mapping:
        return mapping[department]
    return department if department in CATEGORIES else None


def set_department_category(session: Session | sqlite_utils.Database, department: str,
                            category: str | None) -> None:
    """Map ``department`` to ``category`` (None removes the mapping); a department the list
    lacks is added."""
    department = " ".join(department.split())
    if not department or (category is not None and category not in CATEGORIES):
        raise ValueError(translate("indicators", "Velg en avdeling og en av kategoriene."))
    session = as_session(session)
    if department_list.get_department(session.db, department) is None:
        department_list.add_department(session, department, category)
    else:
        department_list.set_category(session, department, category)


@dataclass
class Table:
    """One indicator: counts per (category, tertial) and per unmapped (department, tertial)."""
    indicator: str
    cells: dict[tuple[str, int], int] = field(default_factory=dict)
    unmapped: dict[tuple[str, int], int] = field(default_factory=dict)

    def count(self, category: str, tertial: int) -> int:
        if category == TOTAL:
            return sum(self.cells.get((c, tertial), 0) for c in CATEGORIES)
        return self.cells.get((category, tertial), 0)


@dataclass
class Report:
    year: int
    tertials: tuple[int, ...]
    tables: dict[str, Table]
    departments: tuple[str, ...] | None  # None: all
    # I8's two columns, "I8:sykehus" and "I8:kommune" (a patient given both counts once in I8)
    parts: dict[str, Table] = field(default_factory=dict)

    @property
    def columns(self) -> tuple[int, ...]:
        """The chosen tertials, then "uten tertial" when any year-only date was counted."""
        extra = any(t == NO_TERTIAL for table in self.tables.values()
                    for (_c, t) in [*table.cells, *table.unmapped])
        return (*self.tertials, NO_TERTIAL) if extra else self.tertials

    def unmapped_departments(self) -> list[str]:
        return sorted({d for table in self.tables.values() for (d, _t) in table.unmapped})

    def parts_of(self, indicator: str) -> list[tuple[str, Table]]:
        """(label, table) of the indicator's columns (I8: hospital, municipality)."""
        return [(translate("indicators", label), self.parts[f"{indicator}:{key}"])
                for key, label in PARTS.items() if f"{indicator}:{key}" in self.parts]


def shown(count: int, suppress: bool) -> str:
    """The cell's text: "<5" for a small non-zero count when suppressing."""
    return f"<{SUPPRESS_BELOW}" if suppress and 0 < count < SUPPRESS_BELOW else str(count)


def column_label(tertial: int) -> str:
    return translate("indicators", "uten tertial") if tertial == NO_TERTIAL else f"T{tertial}"


_TERTIAL_SQL = ("CASE WHEN length({d}) < 7 THEN 0 "
                "ELSE (CAST(substr({d}, 6, 2) AS INTEGER) - 1) / 4 + 1 END")
REPORT_CACHE_KIB = 256 * 1024  # the page cache while counting (allocated as used)
_CELL = 1 << 20  # a cell's number is tertial * _CELL + the number of the name it counts under


def _ended_sql(year: int) -> str:
    """(patient_id, on_date): the first time the year's IP work was ended (avsluttet)."""
    return (f"SELECT patient_id, MIN(on_date) AS on_date FROM process_events "
            f"INDEXED BY process_events_ended WHERE {keep.ENDED} AND on_date >= '{year}' "
            f"AND on_date < '{year + 1}' GROUP BY patient_id")


def _active_plans_sql(year: int, tertials: tuple[int, ...]) -> str:
    """I3 of each of ``tertials`` by an active signed plan: patients with no event in the
    tertial whose newest signed version valid in it overlaps it (a version without an end
    date until a newer one or the end of the IP work), who had begun by its end and whose IP
    work was not ended before it starts; counted under the department where that version was
    signed. One pass over the year's signed versions finds the newest of every tertial."""
    bounds = {t: tertial_bounds(year, t) for t in tertials}
    newest = ", ".join(
        f"MAX(CASE WHEN first_day <= '{last}' AND (last_day = '' OR last_day >= '{first}') "
        f"THEN number END) AS n{t}" for t, (first, last) in bounds.items())
    chosen = " UNION ALL ".join(f"SELECT {t} AS tertial, '{first}' AS first_day, '{last}' AS "
                                f"last_day" for t, (first, last) in bounds.items())
    newest_of = ("CASE chosen.tertial " + " ".join(f"WHEN {t} THEN plan.n{t}" for t in tertials)
              + " END")
    return f"""
        SELECT 'I3', plan.patient_id, version.department, chosen.first_day
          FROM (SELECT patient_id, {newest},
                       (SELECT on_date FROM ip_started WHERE patient_id = s.patient_id)
                       AS begun,
                       COALESCE((SELECT MIN(on_date) FROM process_events
                                 INDEXED BY process_events_ended WHERE {keep.ENDED}
                                 AND patient_id = s.patient_id), '9999') AS ended
                  FROM signed_plans AS s
                 WHERE first_day <= '{year}-12-31'
                   AND (last_day = '' OR last_day >= '{year}-01-01')
                 GROUP BY patient_id) AS plan
          JOIN ({chosen}) AS chosen ON {newest_of} IS NOT NULL
               AND plan.begun <= chosen.last_day AND plan.ended >= chosen.first_day
          -- the department of the version, looked up only for the patients counted
          JOIN signed_plans AS version ON version.patient_id = plan.patient_id
               AND version.number = {newest_of}
         WHERE NOT EXISTS (SELECT 1 FROM patient_tertials AS seen WHERE seen.year = {year}
               AND seen.tertial = chosen.tertial AND seen.patient_id = plan.patient_id)"""


def _branch(indicator: str, where: str, window: str, index: str = "") -> str:
    indexed = f"INDEXED BY {index} " if index else ""
    return (f"SELECT '{indicator}', patient_id, department, on_date FROM process_events "
            f"{indexed}WHERE {where} AND {window}")


def _kinds(kinds: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{kind}'" for kind in kinds)
    return f"kind IN ({quoted})"


def _year_events(year: int, tertials: tuple[int, ...] = TERTIALS) -> dict[str, str]:
    """Per indicator the SQL of (indicator, patient_id, department, on_date) of the year's
    rows that count for it (I8's: the part, "I8:sykehus" or "I8:kommune", as its indicator).
    Each is grouped on its own (smaller sorts than one union, and only the chosen indicators
    are read); each branch reads an index only (covering, or partial on its JSON condition)."""
    window = f"on_date >= '{year}' AND on_date < '{year + 1}'"
    statements = {indicator: _branch(indicator, _kinds(kinds), window)
                  for indicator, kinds in _SIMPLE.items() if indicator != "I8"}
    signed = _branch("I5", keep.signed_where(), window, "process_events_signed")
    item = _branch("I5", keep.plan_item_where(), window, "process_events_plan_item")
    statements["I5"] = f"{signed} UNION ALL {item}"
    statements["I6"] = _branch("I6", keep.revised_where(), window, "process_events_revised")
    statements["I8"] = (
        f"SELECT CASE kind WHEN '{ev.COORDINATOR_HOSPITAL}' THEN 'I8:{PART_HOSPITAL}' "
        f"ELSE 'I8:{PART_MUNICIPAL}' END, patient_id, department, on_date FROM process_events "
        f"WHERE {_kinds(_SIMPLE['I8'])} AND {window}")
    # the table itself: one row per patient, read in order, costs less than the index and a
    # look-up of each begun patient
    statements["I2"] = (f"SELECT 'I2', patient_id, department, on_date FROM ip_started "
                        f"NOT INDEXED WHERE {window}")
    statements["I3"] = f"""
        -- the last event of each patient in each tertial, kept in patient_tertials
        SELECT 'I3', seen.patient_id, seen.department, seen.on_date
          FROM patient_tertials AS seen
          JOIN ip_started AS begun ON begun.patient_id = seen.patient_id
          LEFT JOIN ({_ended_sql(year)}) AS ended ON ended.patient_id = seen.patient_id
         WHERE seen.year = {year} AND seen.tertial IN ({", ".join(map(str, tertials))})
           AND begun.on_date <= CASE seen.tertial WHEN 1 THEN '{year}-04-30'
                                WHEN 2 THEN '{year}-08-31' ELSE '{year}-12-31' END
           AND (ended.on_date IS NULL OR ended.on_date >= CASE seen.tertial
                WHEN 1 THEN '{year}-01-01' WHEN 2 THEN '{year}-05-01' ELSE '{year}-09-01' END)"""
    # I3's patients without an event in a tertial, disjoint from the statement above: counted
    # on their own (on the second connection while the events part runs) and added
    statements[f"I3{_PLANS}"] = _active_plans_sql(year, tertials)
    statements["I9"] = f"""
        SELECT 'I9', m.id, COALESCE((
            -- the patient's department when the meeting was held: that of their latest
            -- event by then, else today's
            SELECT e.department FROM process_events AS e
             WHERE e.patient_id = m.patient_id AND e.on_date <= substr(m.starts_at, 1, 10)
             ORDER BY e.on_date DESC, e.id DESC LIMIT 1), p.department),
            substr(m.starts_at, 1, 10)
          FROM meetings AS m JOIN patients AS p ON p.id = m.patient_id
         WHERE m.kind IN ({", ".join(f"'{k}'" for k in _MEETING_KINDS)})
           AND m.starts_at >= '{year}' AND m.starts_at < '{year + 1}'"""
    return statements


def _department_codes(db: sqlite_utils.Database, departments: tuple[str, ...] | None
                      ) -> tuple[str, list[str | int], list[str]]:
    """SQL of the number of the name (a category or, unmapped, today's department name) an
    event's department counts under, the parameters, and the names (number n is names[n - 1]).
    0 is a name the list lacks, counted as it is (all departments only); NULL is outside
    ``departments`` (today's names) when given. Former names count under today's name. Whole
    numbers sort several times faster than names, and one CASE is evaluated per row."""
    mapping = department_categories(db)
    renames = department_list.current_names(db)
    pairs: list[tuple[str, str]] = []
    for name in sorted({*mapping, *renames, *renames.values(), *CATEGORIES,
                        *(departments or ())}):
        today = renames.get(name, name)
        if departments is None or today in departments:
            pairs.append((name, category_of(db, today, mapping) or today))
        elif name in departments:  # a former name chosen on its own counts as it is
            pairs.append((name, name))
    names = sorted({shown for _name, shown in pairs})
    number = {shown: n for n, shown in enumerate(names, start=1)}
    params: list[str | int] = [value for name, shown in pairs for value in (name, number[shown])]
    other = "0" if departments is None else "NULL"
    return f"CASE department{' WHEN ? THEN ?' * len(pairs)} ELSE {other} END", params, names


def count(db: sqlite_utils.Database, year: int, tertials: tuple[int, ...] = TERTIALS,
          indicators: tuple[str, ...] = tuple(INDICATORS),
          departments: tuple[str, ...] | None = None) -> Report:
    """The report of ``year``: ``departments`` None counts every department. Distinct
    patients (I9: meetings) per indicator, category (or unmapped department) and tertial,
    counted in SQL over one year of events (ip_started brings the earlier years' I2)."""
    year = int(year)
    tertials = tuple(int(t) for t in tertials)
    code_sql, code_params, names = _department_codes(db, departments)
    statements = _year_events(year, tertials)
    with _report_cache(db):
        tables = _counted(db, tertials, indicators, statements, code_sql, code_params, names)
    parts = {key: tables.pop(key) for key in list(tables) if ":" in key}
    return Report(year, tuple(tertials), tables, departments, parts)


@contextmanager
def _report_cache(db: sqlite_utils.Database) -> Iterator[None]:
    """A larger page cache while counting (it also bounds the sorts kept in memory): at
    1 000 000 patients the default 2 MB made the per-patient look-ups re-read pages and the
    year's sorts spill to files. Pages are allocated only as used, and the connection's own
    size comes back afterwards."""
    before = db.execute("PRAGMA main.cache_size").fetchone()[0]
    db.execute(f"PRAGMA main.cache_size = {-REPORT_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA main.cache_size = {int(before)}")


def _counted(db: sqlite_utils.Database, tertials: tuple[int, ...],
             indicators: tuple[str, ...], statements: dict[str, str], code_sql: str,
             code_params: list[str | int], names: list[str]) -> dict[str, Table]:
    """The tables of ``indicators`` (and I8's parts), one grouped statement each, grouped by
    one whole number per cell (names sort several times slower); where a patient has one row
    per tertial the rows are counted in a hash here instead (at a million patients the sort
    grows faster than the rows). The few result rows are sorted out here: a HAVING clause
    cost a third of I3's statement. The rows of a name the list lacks (number 0), seldom
    any, are grouped by name in a second statement."""
    tertial_sql = _TERTIAL_SQL.format(d="on_date")
    tables = {i: Table(i) for i in indicators}
    if "I8" in indicators:
        tables |= {f"I8:{part}": Table(f"I8:{part}") for part in PARTS}

    def rows_of(conn: Any, key: str) -> list[tuple[str, int, list[int]]]:
        """(category or name, tertial, tallies) of one statement, read on ``conn``."""
        indicator = key.removesuffix(_PLANS)
        tallies = ["COUNT(*)" if indicator in _ONE_ROW_EACH else "COUNT(DISTINCT patient_id)"]
        if indicator == "I8":  # and its two parts, in the same pass
            tallies += [f"COUNT(DISTINCT CASE indicator WHEN 'I8:{part}' THEN patient_id END)"
                        for part in PARTS]
        counted = f"WITH counted (indicator, patient_id, department, on_date) AS " \
                  f"({statements[key]}) "
        tally_sql, cell_sql = ", ".join(tallies), f"{tertial_sql} * {_CELL} + {code_sql}"
        if indicator in _ONE_ROW_EACH:  # COUNT(*): a hash here instead of SQLite's sort
            grouped = [(cell, n) for cell, n in Counter(map(itemgetter(0), conn.execute(
                f"{counted}SELECT {cell_sql} FROM counted", code_params))).items()]
        else:
            grouped = conn.execute(f"{counted}SELECT {cell_sql}, {tally_sql} FROM counted "
                                   "GROUP BY 1", code_params).fetchall()
        rows, unknown = [], False
        for cell, *tally in grouped:
            if cell is not None:  # else outside the chosen departments
                tertial, code = divmod(cell, _CELL)
                if code:
                    rows.append((names[code - 1], tertial, tally))
                else:
                    unknown = True
        if unknown:
            rows += [(name, tertial, tally) for tertial, name, *tally in conn.execute(
                f"{counted}SELECT {tertial_sql}, department, {tally_sql} FROM counted "
                f"WHERE {code_sql} = 0 GROUP BY 1, 2", code_params).fetchall()]
        return rows

    keys = [key for i in indicators for key in ((i, f"{i}{_PLANS}") if i == "I3" else (i,))]
    read = _on_two_connections(db, keys, rows_of)
    for indicator in indicators:
        rows = read[indicator] + read.get(f"{indicator}{_PLANS}", [])
        tables_of = [tables[indicator], *(tables[f"I8:{part}"] for part in PARTS
                                          if indicator == "I8")]
        for where, tertial, tally in rows:
            if tertial not in (NO_TERTIAL, *tertials):
                continue
            for table, n in zip(tables_of, tally, strict=True):
                if n:  # (I3's two statements add up)
                    target = table.cells if where in CATEGORIES else table.unmapped
                    target[(where, tertial)] = target.get((where, tertial), 0) + n
    return tables


# the heavier statements first, so that the two connections finish about together
_WEIGHT = {"I3": 6, f"I3{_PLANS}": 4, "I8": 2, "I5": 2, "I2": 2}


def _on_two_connections(db: sqlite_utils.Database, indicators: list[str],
                        work: Callable[[Any, str], Any]) -> dict[str, Any]:
    """``work(connection, key)`` of every statement, on ``db`` and on a second read-only
    connection to its file in a thread: SQLite lets go of Python's lock while it steps, so the
    statements run on two cores and the report comes in about half the time (the CPU time is
    the same). An in-memory database (or one indicator) is counted on ``db`` alone. A read
    that fails (or an interrupted ``db``: the window cancelled) stops the other."""
    waiting = sorted(indicators, key=lambda i: -_WEIGHT.get(i, 1))
    second = _second_connection(db) if len(waiting) > 1 else None
    if second is None:
        return {indicator: work(db, indicator) for indicator in waiting}
    done: dict[str, Any] = {}
    failed: list[BaseException] = []
    lock = threading.Lock()

    def next_one() -> str | None:
        with lock:
            return waiting.pop(0) if waiting and not failed else None

    def run(conn: Any) -> None:
        while (indicator := next_one()) is not None:
            try:
                done[indicator] = work(conn, indicator)
            except BaseException as error:  # raised again on the caller's thread
                failed.append(error)
                return

    helper = threading.Thread(target=run, args=(second,), name="indicator-count", daemon=True)
    helper.start()
    try:
        run(db)
    finally:
        if failed:
            second.interrupt()
        helper.join()
        second.close()
    if failed:
        raise failed[0]
    return done


def _second_connection(db: sqlite_utils.Database) -> sqlite3.Connection | None:
    """A read-only connection to ``db``'s file (with its key); None for an in-memory one, or
    while ``db`` holds a transaction the other connection would not see."""
    path, own = cipher.file_of(db), cast(Any, getattr(db, "conn", db))
    if path is None or own.in_transaction:
        return None
    conn = cipher.connect(path, cipher.key_of(own), read_only=True, check_same_thread=False)
    conn.execute(f"PRAGMA cache_size = {-REPORT_CACHE_KIB}")
    return conn


def visible_departments(user) -> tuple[str, ...] | None:
    """What a user may count: an administrator (or nobody logged in) all, a user their own."""
    if user is None or user.is_admin:
        return None
    return tuple(user.departments)

