"""The Indikatorer window counts on its own thread: it shows "Teller …" and stays usable, a
newer choice supersedes a running count, and closing the window while counting is safe."""

from __future__ import annotations

import datetime as dt
import sqlite3

from desktop import store
from desktop.records import Patient
from desktop.reports import indicators as ind
from desktop.store import accounts, unlock
from desktop.store import events as ev
from desktop.store.session import Session
from desktop.views.reports import indicator_counting
from desktop.views.reports.indicator_counting import IndicatorCount, database_file
from desktop.views.reports.indicators_window import IndicatorsWindow

VOP = "Voksenpsykiatri"


def _informed(db, on: str, count: int) -> None:
    for n in range(count):
        pid = store.add_patient(db, Patient(name=f"Kari Tenkt {n}", department=VOP)).id
        with db.atomic():
            ev.record_event(db, pid, ev.INFORMED, on, None)


def _window(qtbot, db) -> IndicatorsWindow:
    window = IndicatorsWindow(Session(db), today=dt.date(2026, 12, 1))
    qtbot.addWidget(window)
    return window


def test_the_count_runs_off_the_ui_thread_with_a_busy_line(qtbot, db):
    _informed(db, "2026-02-01", 6)
    window = _window(qtbot, db)
    assert window.counting and window.message.text() == "Teller …"
    assert not window.pdf_button.isEnabled() and window.year.isEnabled()  # choices stay open
    qtbot.waitUntil(lambda: not window.counting, timeout=10_000)
    assert window.message.text() == "" and window.pdf_button.isEnabled()
    assert window.report.tables["I1"].count(VOP, 1) == 6
    assert window.chart.series()  # the chart is drawn after the figures


def test_a_new_choice_supersedes_the_running_count(qtbot, db):
    _informed(db, "2026-02-01", 6)
    _informed(db, "2025-06-01", 2)
    window = _window(qtbot, db)
    first = window._count
    window.year.setValue(2025)
    window.year.setValue(2026)
    window.year.setValue(2025)
    assert first is not window._count
    first.wait(10_000)
    qtbot.waitUntil(lambda: not window.counting, timeout=10_000)
    qtbot.wait(50)  # a superseded count's late result would arrive now
    assert window.report.year == 2025
    assert window.report.tables["I1"].count(VOP, 2) == 2


def test_closing_while_counting_is_safe(qtbot, db):
    _informed(db, "2026-02-01", 3)
    window = _window(qtbot, db)
    running = window._count
    window.close()
    window.deleteLater()
    assert running.wait(10_000)
    qtbot.waitUntil(lambda: running not in indicator_counting._running, timeout=5_000)


def test_a_cancelled_count_stops_sqlite_and_reports_nothing(qtbot, db, monkeypatch):
    _informed(db, "2026-02-01", 3)
    path = database_file(db)
    results: list = []
    count = IndicatorCount(path, 2026, ind.TERTIALS, tuple(ind.INDICATORS), None)
    count.counted.connect(results.append)
    count.failed.connect(results.append)

    def endless(database, *choices):  # a count that only an interrupt ends
        started.append(True)
        database.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                         "SELECT COUNT(*) FROM n").fetchone()
        raise AssertionError("not interrupted")

    started: list = []
    monkeypatch.setattr(ind, "count", endless)
    count.start()
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    qtbot.wait(100)  # inside the statement
    count.cancel()
    assert count.wait(10_000)
    qtbot.wait(20)
    assert results == []
    assert database_file(store.open_db(":memory:")) is None


def test_an_unreadable_database_gives_one_sentence(qtbot, tmp_path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 100)
    count = IndicatorCount(broken, 2026, ind.TERTIALS, ("I1",), None)
    with qtbot.waitSignal(count.failed, timeout=10_000) as failed:
        count.start()
    assert failed.args == ["Tallene kunne ikke telles."]
    count.wait(5_000)


def test_an_in_memory_database_is_counted_at_once(qtbot):
    memory = store.open_db(":memory:")
    _informed(memory, "2026-02-01", 2)
    window = _window(qtbot, memory)
    assert not window.counting and window.report.tables["I1"].count(VOP, 1) == 2


def test_a_failed_count_says_so_in_one_sentence(qtbot, db, monkeypatch):
    def broken(*_args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(ind, "count", broken)
    window = _window(qtbot, db)
    qtbot.waitUntil(lambda: not window.counting, timeout=10_000)
    assert window.message.text() == "Tallene kunne ikke telles."
    assert window.pdf_button.isEnabled() and window.report is None


def test_the_count_opens_an_encrypted_database_with_the_log_ins_key(qtbot, data_dir, fast_hash):
    """The thread's own connection finds the key the log-in unwrapped (as a ward's real,
    encrypted database needs), not just a clear test file."""
    db = store.open_data_folder(data_dir)
    accounts.create_first_admin(db, "admin", "Ada Admin", "rød ekorn hopper lavt")
    _informed(db, "2026-02-01", 6)
    db.close()
    db, admin = unlock.log_in(data_dir, "admin", "rød ekorn hopper lavt")
    with open(database_file(db), "rb") as file:
        assert not file.read(16).startswith(b"SQLite format 3")  # encrypted at rest
    window = IndicatorsWindow(Session(db, admin), today=dt.date(2026, 12, 1))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.counting, timeout=10_000)
    assert window.message.text() == ""
    assert window.report.tables["I1"].count(VOP, 1) == 6
    db.close()
