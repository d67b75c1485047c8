"""Indicators I1-I10 per tertial and report category, counted from the dated process events
(shared/spec/indicators.md). Qt-free: the window, the command line and the files read this.

A patient counts under the department written on the event (their department when it
happened); the department maps to a report category through ``category_of``. Distinct patients
per cell, except I9 (meetings). A year-only date counts in the "uten tertial" column.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

import sqlite_utils

from desktop.i18n import translatable, translate
from desktop.store import departments as department_list
from desktop.store import events as ev
from desktop.store.session import Session, as_session

CATEGORIES = department_list.CATEGORIES
TOTAL = "Totalt"
NO_TERTIAL = 0  # the "uten tertial" column
TERTIALS = (1, 2, 3)
DEFINITION_VERSION = "1"  # of the definitions below; a merge refuses other versions
SUPPRESS_BELOW = 5

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
                       "arbeidet ikke er avsluttet før tertialet og noe skjedde i tertialet."),
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
_COOPERATION_ITEM = 8  # the first checklist's cooperation meeting
_PLAN_ITEM = 10
_MEETING_KINDS = ("samarbeidsmote", "ansvarsgruppemote")


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

    @property
    def columns(self) -> tuple[int, ...]:
        """The chosen tertials, then "uten tertial" when any year-only date was counted."""
        extra = any(t == NO_TERTIAL for table in self.tables.values()
                    for (_c, t) in [*table.cells, *table.unmapped])
        return (*self.tertials, NO_TERTIAL) if extra else self.tertials

    def unmapped_departments(self) -> list[str]:
        return sorted({d for table in self.tables.values() for (d, _t) in table.unmapped})


def shown(count: int, suppress: bool) -> str:
    """The cell's text: "<5" for a small non-zero count when suppressing."""
    return f"<{SUPPRESS_BELOW}" if suppress and 0 < count < SUPPRESS_BELOW else str(count)


def column_label(tertial: int) -> str:
    return translate("indicators", "uten tertial") if tertial == NO_TERTIAL else f"T{tertial}"


class _Counter:
    """Sets of counted keys per (indicator, category or department, tertial)."""

    def __init__(self, db: sqlite_utils.Database, year: int, tertials: tuple[int, ...],
                 departments: tuple[str, ...] | None) -> None:
        self.mapping = department_categories(db)
        self.renamed = department_list.current_names(db)  # events keep the name of their day
        self.db, self.year, self.tertials = db, year, set(tertials)
        self.departments = None if departments is None else set(departments)
        self.sets: dict[tuple[str, str, bool, int], set] = defaultdict(set)

    def add(self, indicator: str, key: object, department: str, on_date: str) -> None:
        if not on_date.startswith(str(self.year)):
            return
        tertial = tertial_of(on_date)
        if tertial != NO_TERTIAL and tertial not in self.tertials:
            return
        department = self.renamed.get(department, department)
        if self.departments is not None and department not in self.departments:
            return
        category = category_of(self.db, department, self.mapping)
        where = department if category is None else category
        self.sets[(indicator, where, category is not None, tertial)].add(key)

    def tables(self, indicators: tuple[str, ...]) -> dict[str, Table]:
        out = {i: Table(i) for i in indicators}
        for (indicator, where, mapped, tertial), keys in self.sets.items():
            if indicator in out:
                target = out[indicator].cells if mapped else out[indicator].unmapped
                target[(where, tertial)] = len(keys)
        return out


def _detail(text: str) -> dict:
    return json.loads(text or "{}")


def _started(db: sqlite_utils.Database, year: int) -> dict[int, tuple[str, str]]:
    """Per patient the I2 date and department: the latest of the first informed, first consent
    and first cooperation, when all three happened by the end of ``year``."""
    first: dict[int, list[tuple[str, str]]] = defaultdict(list)
    groups = {ev.INFORMED: 0, ev.CONSENT_GIVEN: 1, ev.NOTIFY_CONSENT_GIVEN: 1,
              ev.NOTICE_SENT: 2, ev.COORDINATOR_MUNICIPAL: 2, ev.CHECKLIST_DONE: 2}
    cases = " ".join(f"WHEN '{kind}' THEN {n}" for kind, n in groups.items())
    # SQLite's bare column with MIN(): the department of the row holding the first date
    rows = db.execute(
        f"SELECT patient_id, CASE kind {cases} END AS grp, MIN(on_date), department "
        f"FROM process_events WHERE kind IN ({','.join('?' * len(groups))}) AND on_date < ? "
        "AND (kind != ? OR (json_extract(detail, '$.list') = 'start' "
        "AND json_extract(detail, '$.item') = ?)) GROUP BY patient_id, grp",
        [*groups, str(year + 1), ev.CHECKLIST_DONE, _COOPERATION_ITEM])
    for patient_id, _group, on_date, department in rows:
        first[patient_id].append((on_date, department))
    return {pid: max(got) for pid, got in first.items() if len(got) == 3}


def count(db: sqlite_utils.Database, year: int, tertials: tuple[int, ...] = TERTIALS,
          indicators: tuple[str, ...] = tuple(INDICATORS),
          departments: tuple[str, ...] | None = None) -> Report:
    """The report of ``year``: ``departments`` None counts every department."""
    counter = _Counter(db, year, tertials, departments)
    started = _started(db, year)
    for pid, (on_date, department) in started.items():
        counter.add("I2", pid, department, on_date)
    ended: dict[int, str] = {}
    active: dict[tuple[int, int], str] = {}  # (patient, tertial) -> the last department
    rows = db.execute("SELECT patient_id, kind, on_date, department, detail FROM process_events "
                      "WHERE on_date >= ? AND on_date < ? ORDER BY on_date, id",
                      [str(year), str(year + 1)])
    for pid, kind, on_date, department, detail in rows:
        for indicator, kinds in _SIMPLE.items():
            if kind in kinds:
                counter.add(indicator, pid, department, on_date)
        if kind == ev.PLAN_SIGNED:
            d = _detail(detail)
            if d.get("by_patient") and d.get("by_coordinator"):
                counter.add("I5", pid, department, on_date)
            if int(d.get("version") or 0) >= 2:
                counter.add("I6", pid, department, on_date)
        elif kind == ev.CHECKLIST_DONE:
            d = _detail(detail)
            if d.get("list") == "start" and d.get("item") == _PLAN_ITEM:
                counter.add("I5", pid, department, on_date)
        elif kind == ev.STATE_CHANGED and _detail(detail).get("state") == "ended":
            ended.setdefault(pid, on_date)
        active[(pid, tertial_of(on_date))] = department + "\x00" + on_date
    for (pid, tertial), where in active.items():
        begun = started.get(pid)
        department, on_date = where.split("\x00")
        if begun is None or tertial == NO_TERTIAL or begun[0] > tertial_bounds(year, tertial)[1]:
            continue
        if pid in ended and ended[pid] < tertial_bounds(year, tertial)[0]:
            continue
        counter.add("I3", pid, department, on_date)
    meetings = db.execute(
        "SELECT m.id, m.starts_at, p.department FROM meetings m JOIN patients p "
        "ON p.id = m.patient_id WHERE m.kind IN (?, ?) AND m.starts_at >= ? AND m.starts_at < ?",
        [*_MEETING_KINDS, str(year), str(year + 1)])
    for meeting_id, starts_at, department in meetings:
        counter.add("I9", meeting_id, department, starts_at[:10])
    return Report(year, tuple(tertials), counter.tables(indicators), departments)


def visible_departments(user) -> tuple[str, ...] | None:
    """What a user may count: an administrator (or nobody logged in) all, a user their own."""
    if user is None or user.is_admin:
        return None
    return tuple(user.departments)

