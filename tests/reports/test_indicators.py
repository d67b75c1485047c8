"""Counting I1-I10 per tertial and category from the process events (shared/spec/indicators.md)."""

from __future__ import annotations

import pytest

from desktop import store
from desktop.records import Patient
from desktop.reports import indicators as ind
from desktop.store import events as ev

BUP, VOP = "Barne- og ungdomspsykiatri", "Voksenpsykiatri"


def _patient(db, department: str = VOP, name: str = "Kari Tenkt") -> int:
    return store.add_patient(db, Patient(name=name, department=department)).id


def _event(db, pid: int, kind: str, on_date: str, department: str | None = None,
           detail: dict | None = None) -> None:
    with db.atomic():
        ev.record_event(db, pid, kind, on_date, detail, department=department)


def _informed(db, on: str, department: str = VOP) -> int:
    pid = _patient(db, department)
    _event(db, pid, ev.INFORMED, on)
    return pid


@pytest.mark.parametrize(("on", "tertial"), [("2026-04-30", 1), ("2026-05-01", 2),
                                             ("2026-08-31", 2), ("2026-09-01", 3),
                                             ("2026-05", 2), ("2026", ind.NO_TERTIAL)])
def test_tertial_boundaries(db, on, tertial):
    assert ind.tertial_of(on) == tertial
    _informed(db, on)
    report = ind.count(db, 2026)
    assert report.tables["I1"].count(VOP, tertial) == 1
    assert sum(report.tables["I1"].count(ind.TOTAL, t) for t in report.columns) == 1


def test_year_only_dates_on_their_own_column(db):
    _informed(db, "2026")
    report = ind.count(db, 2026)
    assert report.columns == (1, 2, 3, ind.NO_TERTIAL)
    assert ind.column_label(ind.NO_TERTIAL) == "uten tertial"
    assert ind.count(db, 2025).tables["I1"].count(ind.TOTAL, ind.NO_TERTIAL) == 0


def test_a_patient_counts_once_per_tertial(db):
    pid = _informed(db, "2026-01-05")
    _event(db, pid, ev.INFORMED, "2026-02-05")
    _event(db, pid, ev.INFORMED, "2026-06-05")
    table = ind.count(db, 2026).tables["I1"]
    assert (table.count(VOP, 1), table.count(VOP, 2), table.count(VOP, 3)) == (1, 1, 0)


def test_department_at_the_time_of_the_event(db):
    pid = _informed(db, "2026-02-01", department=BUP)
    db.execute("UPDATE patients SET department = ? WHERE id = ?", [VOP, pid])
    _event(db, pid, ev.INFORMED, "2026-06-01")
    table = ind.count(db, 2026).tables["I1"]
    assert (table.count(BUP, 1), table.count(VOP, 1)) == (1, 0)
    assert (table.count(BUP, 2), table.count(VOP, 2)) == (0, 1)


def test_totalt_is_the_sum_and_unmapped_departments_are_listed(db):
    _informed(db, "2026-02-01", BUP)
    _informed(db, "2026-02-01", VOP)
    _informed(db, "2026-02-01", "Post 3")
    report = ind.count(db, 2026)
    assert report.tables["I1"].count(ind.TOTAL, 1) == 2
    assert report.unmapped_departments() == ["Post 3"]
    assert report.tables["I1"].unmapped == {("Post 3", 1): 1}
    ind.set_department_category(db, "Post 3", VOP)
    assert ind.category_of(db, "Post 3") == VOP
    assert ind.count(db, 2026).tables["I1"].count(ind.TOTAL, 1) == 3
    with pytest.raises(ValueError):
        ind.set_department_category(db, "Post 3", "Kirurgi")


def test_started_needs_information_consent_and_cooperation(db):
    pid = _informed(db, "2025-12-01")
    _event(db, pid, ev.NOTIFY_CONSENT_GIVEN, "2026-01-10")
    assert ind.count(db, 2026).tables["I2"].count(ind.TOTAL, 1) == 0
    _event(db, pid, ev.NOTICE_SENT, "2026-05-02")
    _event(db, pid, ev.NOTICE_SENT, "2026-09-02")
    report = ind.count(db, 2026)
    i2 = report.tables["I2"]
    assert (i2.count(VOP, 1), i2.count(VOP, 2), i2.count(VOP, 3)) == (0, 1, 0)
    i3 = report.tables["I3"]
    assert (i3.count(VOP, 1), i3.count(VOP, 2), i3.count(VOP, 3)) == (0, 1, 1)
    _event(db, pid, ev.STATE_CHANGED, "2026-06-01", detail={"state": "ended"})
    assert ind.count(db, 2026).tables["I3"].count(VOP, 3) == 0


def test_i2_never_above_i1(db):
    for month in ("02", "06", "10"):
        pid = _informed(db, f"2026-{month}-01")
        _event(db, pid, ev.CONSENT_GIVEN, f"2026-{month}-02")
        _event(db, pid, ev.CHECKLIST_DONE, f"2026-{month}-03",
               detail={"list": "start", "item": 8})
    _informed(db, "2026-03-01")
    report = ind.count(db, 2026)
    for tertial in ind.TERTIALS:
        for category in (*ind.CATEGORIES, ind.TOTAL):
            assert (report.tables["I2"].count(category, tertial)
                    <= report.tables["I1"].count(category, tertial))
    assert report.tables["I2"].count(ind.TOTAL, 1) == 1


def test_plans_revisions_and_declines(db):
    pid = _patient(db)
    _event(db, pid, ev.PLAN_SIGNED, "2026-03-01",
           detail={"version": 1, "by_patient": True, "by_coordinator": True})
    _event(db, pid, ev.PLAN_SIGNED, "2026-07-01",
           detail={"version": 2, "by_patient": True, "by_coordinator": False})
    _event(db, _patient(db), ev.DECLINED_IP, "2026-10-01")
    report = ind.count(db, 2026)
    assert report.tables["I5"].count(VOP, 1) == 1
    assert report.tables["I5"].count(VOP, 2) == 0
    assert report.tables["I6"].count(VOP, 2) == 1
    assert report.tables["I10"].count(VOP, 3) == 1


def test_suppression():
    assert ind.shown(3, True) == "<5"
    assert ind.shown(3, False) == "3"
    assert ind.shown(0, True) == "0"
    assert ind.shown(5, True) == "5"


def test_a_user_sees_only_their_departments(db):
    from desktop.store.accounts import User

    _informed(db, "2026-02-01", BUP)
    _informed(db, "2026-02-01", VOP)
    nurse = User(1, "sykepleier", "S", "user", (BUP,), True, 0, "", False)
    report = ind.count(db, 2026, departments=ind.visible_departments(nurse))
    assert report.tables["I1"].count(ind.TOTAL, 1) == 1
    assert report.tables["I1"].count(VOP, 1) == 0
    admin = User(2, "admin", "A", "admin", (), True, 0, "", False)
    assert ind.visible_departments(admin) is None


def test_a_user_of_two_departments_sees_both_and_a_lacking_name_counts_as_it_is(db):
    _informed(db, "2026-02-01", BUP)
    _informed(db, "2026-06-01", VOP)
    _informed(db, "2026-02-01", "Rusbehandling")
    _informed(db, "2026", "Post 9")  # a name the department list lacks
    report = ind.count(db, 2026, departments=(BUP, VOP))
    assert report.tables["I1"].cells == {(BUP, 1): 1, (VOP, 2): 1}
    assert report.columns == (1, 2, 3)
    every = ind.count(db, 2026, tertials=(1,))
    assert every.tables["I1"].cells == {(BUP, 1): 1, ("Rusbehandling", 1): 1}
    assert every.tables["I1"].unmapped == {("Post 9", ind.NO_TERTIAL): 1}
    assert ind.count(db, 2026, departments=("Post 9",)).tables["I1"].unmapped == {
        ("Post 9", ind.NO_TERTIAL): 1}


def test_counting_leaves_the_connections_page_cache_as_it_was(db):
    db.execute("PRAGMA cache_size = -3000")
    ind.count(db, 2026)
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -3000


def test_demo_has_figures_in_every_category(db, rng):
    import datetime as dt

    from desktop.demo import fill_demo

    fill_demo(db, 60)
    year = dt.date.today().year
    report = ind.count(db, year)
    for category in ind.CATEGORIES:
        assert sum(report.tables["I1"].count(category, t) for t in report.columns) > 0


def test_meetings_count_under_the_department_at_the_time(db):
    from desktop.records_people import Meeting
    from desktop.store.meetings import save_meeting

    pid = _informed(db, "2026-02-01", department=BUP)
    save_meeting(db, Meeting(patient_id=pid, kind="ansvarsgruppemote",
                             starts_at="2026-03-14T13:00"))
    save_meeting(db, Meeting(patient_id=pid, kind="samarbeidsmote", starts_at="2026-03-20"))
    save_meeting(db, Meeting(patient_id=pid, kind="planmote", starts_at="2026-03-21"))  # not I9
    db.execute("UPDATE patients SET department = ? WHERE id = ?", [VOP, pid])  # moved later
    table = ind.count(db, 2026).tables["I9"]
    assert (table.count(BUP, 1), table.count(VOP, 1)) == (2, 0)  # meetings, not patients


def test_the_kept_start_dates_equal_a_count_from_every_event(db):
    """ip_started is kept by a trigger as events are appended; recomputing it from all events
    (what the migration does) gives the same rows."""
    for n, (informed, consent, cooperation) in enumerate([
            ("2025-11-01", "2026-01-05", "2026-05-02"), ("2026-02", "2026-02-10", "2026"),
            ("2026-03-01", None, "2026-03-05")]):
        pid = _informed(db, informed, department=(BUP, VOP, VOP)[n])
        if consent:
            _event(db, pid, ev.CONSENT_GIVEN, consent)
        _event(db, pid, ev.NOTICE_SENT, cooperation)
        _event(db, pid, ev.INFORMED, "2024-01-01")  # an earlier first, entered afterwards
    kept = db.execute("SELECT * FROM ip_started ORDER BY patient_id").fetchall()
    assert [row[1] for row in kept] == ["2026-05-02", "2026-02-10"]  # the third lacks consent
    ev.refill_started(db)
    assert db.execute("SELECT * FROM ip_started ORDER BY patient_id").fetchall() == kept


def test_coordinators_in_two_columns_and_once_in_i8(db):
    pid = _patient(db)
    _event(db, pid, ev.COORDINATOR_HOSPITAL, "2026-02-01")
    _event(db, pid, ev.COORDINATOR_MUNICIPAL, "2026-03-01")
    other = _patient(db)
    _event(db, other, ev.COORDINATOR_MUNICIPAL, "2026-03-01")
    report = ind.count(db, 2026)
    assert report.tables["I8"].count(VOP, 1) == 2
    parts = dict(report.parts_of("I8"))
    assert [part.count(VOP, 1) for part in parts.values()] == [1, 2]  # hospital, municipality
    assert ind.count(db, 2026, indicators=("I1",)).parts == {}


def _demo_year(db) -> None:
    from desktop.demo import fill_demo

    fill_demo(db, 40, seed=14)


def _figures(report: ind.Report) -> tuple:
    return ({k: (t.cells, t.unmapped) for k, t in report.tables.items()},
            {k: (t.cells, t.unmapped) for k, t in report.parts.items()})


def test_two_connections_count_what_one_counts(db, monkeypatch):
    _demo_year(db)
    year = int(db.execute("SELECT max(substr(on_date, 1, 4)) FROM process_events")
               .fetchone()[0])
    opened = []
    second = ind._second_connection
    monkeypatch.setattr(ind, "_second_connection",
                        lambda d: opened.append(second(d)) or opened[-1])
    both = ind.count(db, year)
    assert opened and opened[0] is not None  # the file's report used a second connection
    monkeypatch.setattr(ind, "_second_connection", lambda d: None)
    alone = ind.count(db, year)
    assert _figures(both) == _figures(alone)
    assert both.tables["I3"].count(ind.TOTAL, 1) > 0


def test_an_uncommitted_change_is_counted_on_the_callers_connection(db):
    pid = _patient(db)
    db.conn.execute("BEGIN")
    ev.record_event(db, pid, ev.INFORMED, "2026-03-01")
    assert ind._second_connection(db) is None  # it would not see the event
    assert ind.count(db, 2026).tables["I1"].count(VOP, 1) == 1
    db.conn.rollback()


def test_a_failure_on_either_connection_stops_the_count(db, monkeypatch):
    import sqlite3

    _informed(db, "2026-02-01")

    class Broken:
        def execute(self, *_args):
            raise sqlite3.OperationalError("disk I/O error")

        def interrupt(self) -> None:
            pass

        def close(self) -> None:
            pass

    monkeypatch.setattr(ind, "_second_connection", lambda d: Broken())
    with pytest.raises(sqlite3.OperationalError):
        ind.count(db, 2026)
