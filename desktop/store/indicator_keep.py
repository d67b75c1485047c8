"""What the indicator report (reports/indicators.py, I3) keeps per patient, by triggers, so one
year's report reads small indexed tables instead of every patient's events.

- ``signed_plans``: one row per signed plan version, with the period it is valid in
  (first_day to last_day, ISO days; last_day '' = no end date, "til etter evaluering"); a newer
  signed version ends the older ones on its first day. The department is the patient's when
  the version was signed. Written when a version is signed or a signed version is imported.
- ``patient_tertials``: per patient and tertial, the department of the latest event of that
  tertial (by date, then by entry); events whose date has no month are not placed.

Migration 0023 creates both and fills them from the existing rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store import events as ev

if TYPE_CHECKING:
    import sqlite_utils


def _first_day(value: str) -> str:
    return (f"CASE length({value}) WHEN 4 THEN {value} || '-01-01' "
            f"WHEN 7 THEN {value} || '-01' ELSE {value} END")


def _last_day(value: str) -> str:
    return (f"CASE length({value}) WHEN 4 THEN {value} || '-12-31' "
            f"WHEN 7 THEN {value} || '-31' ELSE {value} END")


def _signed_first(row: str) -> str:
    """The first day of a signed version ``row`` (NEW or v): the plan's "gyldig fra", else the
    signing date, else the day the version was made."""
    start = (f"COALESCE(NULLIF(json_extract({row}.content, '$.valid_from'), ''), "
             f"NULLIF(json_extract({row}.signature, '$.signed_date'), ''), "
             f"substr({row}.created_at, 1, 10))")
    return _first_day(start)


def _signed_last(row: str) -> str:
    return _last_day(f"COALESCE(json_extract({row}.content, '$.valid_to'), '')")


def _sign_body() -> str:
    patient = "(SELECT patient_id FROM plans WHERE id = NEW.plan_id)"
    first = _signed_first("NEW")
    return (
        "INSERT OR REPLACE INTO signed_plans (patient_id, number, first_day, last_day, "
        f"department) SELECT p.id, NEW.number, {first}, {_signed_last('NEW')}, p.department "
        f"FROM patients AS p WHERE p.id = {patient}; "
        f"UPDATE signed_plans SET last_day = {first} WHERE patient_id = {patient} "
        f"AND number < NEW.number AND (last_day = '' OR last_day > {first}); ")


_TERTIAL_UPSERT = (
    "INSERT INTO patient_tertials (year, tertial, patient_id, on_date, event_id, department) "
    "VALUES (CAST(substr(NEW.on_date, 1, 4) AS INTEGER), "
    "(CAST(substr(NEW.on_date, 6, 2) AS INTEGER) - 1) / 4 + 1, NEW.patient_id, NEW.on_date, "
    "NEW.id, NEW.department) "
    "ON CONFLICT (year, tertial, patient_id) DO UPDATE SET on_date = excluded.on_date, "
    "event_id = excluded.event_id, department = excluded.department "
    "WHERE excluded.on_date > patient_tertials.on_date OR (excluded.on_date = "
    "patient_tertials.on_date AND excluded.event_id > patient_tertials.event_id); ")

ENDED = (f"kind = '{ev.STATE_CHANGED}' AND json_extract(detail, '$.state') = 'ended'")
"""The SQL condition of an event that ended the IP work (a partial index answers it)."""


def schema_sql() -> str:
    """The two tables, their triggers and the partial indexes the report's query names."""
    return f"""
        CREATE TABLE signed_plans (
            patient_id INTEGER NOT NULL,
            number INTEGER NOT NULL,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            department TEXT NOT NULL,
            PRIMARY KEY (patient_id, number)
        ) WITHOUT ROWID;
        CREATE TRIGGER plan_versions_signed_insert AFTER INSERT ON plan_versions
        WHEN NEW.signature IS NOT NULL BEGIN {_sign_body()} END;
        CREATE TRIGGER plan_versions_signed_update AFTER UPDATE OF signature ON plan_versions
        WHEN OLD.signature IS NULL AND NEW.signature IS NOT NULL BEGIN {_sign_body()} END;
        CREATE TABLE patient_tertials (
            year INTEGER NOT NULL,
            tertial INTEGER NOT NULL,
            patient_id INTEGER NOT NULL,
            on_date TEXT NOT NULL,
            event_id INTEGER NOT NULL,
            department TEXT NOT NULL,
            PRIMARY KEY (year, tertial, patient_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER process_events_tertial AFTER INSERT ON process_events
        WHEN length(NEW.on_date) >= 7 BEGIN {_TERTIAL_UPSERT} END;
        CREATE INDEX process_events_ended ON process_events(patient_id, on_date)
        WHERE {ENDED};
        CREATE INDEX process_events_signed ON process_events(on_date, patient_id, department)
        WHERE {signed_where()};
        CREATE INDEX process_events_revised ON process_events(on_date, patient_id, department)
        WHERE {revised_where()};
        CREATE INDEX process_events_plan_item ON process_events(on_date, patient_id, department)
        WHERE {plan_item_where()};
    """


def signed_where() -> str:
    """I5: a version signed by the patient and a coordinator."""
    return (f"kind = '{ev.PLAN_SIGNED}' AND json_extract(detail, '$.by_patient') "
            "AND json_extract(detail, '$.by_coordinator')")


def revised_where() -> str:
    """I6: a signed version numbered 2 or higher."""
    return (f"kind = '{ev.PLAN_SIGNED}' "
            "AND CAST(COALESCE(json_extract(detail, '$.version'), 0) AS INTEGER) >= 2")


PLAN_ITEM = 10  # the first checklist's "Planen utformet" (I5)


def plan_item_where() -> str:
    """I5: the first checklist's item 10 done."""
    return (f"kind = '{ev.CHECKLIST_DONE}' AND json_extract(detail, '$.list') = 'start' "
            f"AND json_extract(detail, '$.item') = {PLAN_ITEM}")


def refill(db: sqlite_utils.Database) -> None:
    """Fill both tables from the existing plan versions and events (the migration; a repair)."""
    db.execute("DELETE FROM signed_plans")
    db.execute(
        "INSERT INTO signed_plans (patient_id, number, first_day, last_day, department) "
        f"SELECT p.patient_id, v.number, {_signed_first('v')}, {_signed_last('v')}, "
        "pa.department FROM plan_versions AS v JOIN plans AS p ON p.id = v.plan_id "
        "JOIN patients AS pa ON pa.id = p.patient_id WHERE v.signature IS NOT NULL")
    # a newer signed version ends the older ones on its first day
    db.execute(
        "UPDATE signed_plans AS old SET last_day = newer.first_day FROM ("
        "SELECT a.patient_id, a.number, MIN(b.first_day) AS first_day FROM signed_plans AS a "
        "JOIN signed_plans AS b ON b.patient_id = a.patient_id AND b.number > a.number "
        "GROUP BY a.patient_id, a.number) AS newer "
        "WHERE newer.patient_id = old.patient_id AND newer.number = old.number "
        "AND (old.last_day = '' OR old.last_day > newer.first_day)")
    db.execute("DELETE FROM patient_tertials")
    db.execute(
        "INSERT INTO patient_tertials (year, tertial, patient_id, on_date, event_id, department) "
        "SELECT year, tertial, patient_id, on_date, id, department FROM ("
        "SELECT CAST(substr(on_date, 1, 4) AS INTEGER) AS year, "
        "(CAST(substr(on_date, 6, 2) AS INTEGER) - 1) / 4 + 1 AS tertial, patient_id, on_date, "
        "id, department, ROW_NUMBER() OVER (PARTITION BY patient_id, substr(on_date, 1, 4), "
        "(CAST(substr(on_date, 6, 2) AS INTEGER) - 1) / 4 ORDER BY on_date DESC, id DESC) AS n "
        "FROM process_events WHERE length(on_date) >= 7) WHERE n = 1")
