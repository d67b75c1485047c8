"""I3 "Pasienter med IP": a patient with IP counts in a tertial with an event in it, or with an
active signed plan within its period (shared/spec/indicators.md), even with no event then."""

from __future__ import annotations

from desktop import store
from desktop.records import Patient, Plan, Signature
from desktop.reports import indicators as ind
from desktop.store import events as ev
from desktop.store import forms
from desktop.store.indicator_keep import refill

BUP, VOP = "Barne- og ungdomspsykiatri", "Voksenpsykiatri"


def _event(db, pid: int, kind: str, on_date: str, detail: dict | None = None) -> None:
    with db.atomic():
        ev.record_event(db, pid, kind, on_date, detail)


def _begun(db, on: str = "2025-03-01", department: str = VOP) -> int:
    """A patient whose IP work began (I2) on ``on``."""
    pid = store.add_patient(db, Patient(name="Kari Tenkt", department=department)).id
    for kind in (ev.INFORMED, ev.CONSENT_GIVEN, ev.NOTICE_SENT):
        _event(db, pid, kind, on)
    return pid


def _signed(db, pid: int, valid_from: str, valid_to: str = "", signed: str = "") -> None:
    forms.save_plan(db, pid, Plan(valid_from=valid_from, valid_to=valid_to))
    forms.sign_version(db, pid, Signature(patient_name="Kari Tenkt",
                                          coordinator_name="Ola Koordinator",
                                          signed_date=signed or valid_from))


def _i3(db, year: int = 2026, category: str = VOP) -> tuple[int, ...]:
    table = ind.count(db, year).tables["I3"]
    return tuple(table.count(category, t) for t in ind.TERTIALS)


def test_an_active_signed_plan_counts_without_an_event(db):
    pid = _begun(db)
    _signed(db, pid, "2025-06-01", "2026-06-30")
    assert _i3(db) == (1, 1, 0)  # no event in 2026; the plan runs to 30 June
    assert _i3(db, 2025) == (1, 1, 1)


def test_an_expired_plan_does_not_count(db):
    pid = _begun(db)
    _signed(db, pid, "2025-05-01", "2025-12-31")
    assert _i3(db) == (0, 0, 0)


def test_a_plan_without_an_end_counts_until_the_ip_work_ended(db):
    pid = _begun(db)
    _signed(db, pid, "2025-05")
    assert _i3(db) == (1, 1, 1)
    _event(db, pid, ev.STATE_CHANGED, "2025-11-20", {"state": "ended"})
    assert _i3(db) == (0, 0, 0)
    assert _i3(db, 2025)[2] == 1  # ended in T3 2025: counted there, not after


def test_the_ip_work_ended_in_the_year_before_the_tertial(db):
    pid = _begun(db)
    _signed(db, pid, "2026-01-10", "2026-12-31")
    _event(db, pid, ev.STATE_CHANGED, "2026-04-10", {"state": "ended"})
    assert _i3(db) == (1, 0, 0)  # T1 by its events; the plan does not outlive the end


def test_a_plan_needs_the_ip_work_begun(db):
    pid = store.add_patient(db, Patient(name="Per Tenkt", department=VOP)).id
    _signed(db, pid, "2025-06-01", "2026-12-31")
    assert _i3(db) == (0, 0, 0)


def test_a_newer_version_ends_the_older_and_a_patient_counts_once(db):
    pid = _begun(db, department=BUP)
    _signed(db, pid, "2025-06-01")
    db.execute("UPDATE patients SET department = ? WHERE id = ?", [VOP, pid])
    _signed(db, pid, "2026-05-01", "2026-12-31", signed="2026-05-03")
    # T1: the first version (signed in BUP) without an event; T2: the signing, under VOP
    assert (_i3(db, category=BUP), _i3(db)) == ((1, 0, 0), (0, 1, 1))
    periods = db.execute("SELECT number, first_day, last_day FROM signed_plans "
                         "ORDER BY number").fetchall()
    assert periods == [(1, "2025-06-01", "2026-05-01"), (2, "2026-05-01", "2026-12-31")]


def test_the_kept_tables_equal_a_refill_from_every_row(db):
    """signed_plans and patient_tertials are kept by triggers; the migration's refill from the
    existing rows gives the same rows (events entered out of date order, a month-only date)."""
    pid = _begun(db)
    _signed(db, pid, "2025", "2026-02")
    _signed(db, pid, "2026-01-15")
    _event(db, pid, ev.REPLY, "2026-03-01")
    _event(db, pid, ev.REPLY, "2026-02")
    _event(db, pid, ev.REPLY, "2026-03-01")  # same day, entered later: the latest
    _event(db, pid, ev.REPLY, "2026")
    tables = ("signed_plans", "patient_tertials")
    kept = [db.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() for t in tables]
    assert kept[0][0][2:4] == ("2025-01-01", "2026-01-15")
    refill(db)
    assert [db.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall()
            for t in tables] == kept
