"""Rapporter → Indikatorer with real widgets: the tables show what reports.indicators counts,
small cells hide until asked, the chart is drawn, footnotes survive a reopen, a user sees only
their own departments, and every file leaves through the outbox with its log entry."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import Qt

from desktop import store
from desktop.models.indicator_table_model import COUNT_ROLE, IndicatorTableModel
from desktop.records import Patient
from desktop.reports import indicators as ind
from desktop.store import events as ev
from desktop.store.accounts import User
from desktop.store.session import Session
from desktop.views.reports import indicators_window as window_module
from desktop.views.reports.indicators_window import IndicatorsWindow

VOP, BUP = "Voksenpsykiatri", "Barne- og ungdomspsykiatri"


def _informed(db, department: str, on: str, count: int) -> None:
    for n in range(count):
        pid = store.add_patient(db, Patient(name=f"Kari Tenkt {n}", department=department)).id
        with db.atomic():
            ev.record_event(db, pid, ev.INFORMED, on, None, department=department)


@pytest.fixture
def counted(db):
    _informed(db, VOP, "2026-03-10", 7)
    _informed(db, BUP, "2026-06-02", 2)
    _informed(db, "Slagenheten", "2026-10-01", 1)  # no category: listed, never dropped
    return db


def _window(qtbot, db, user=None) -> IndicatorsWindow:
    window = IndicatorsWindow(Session(db, user), today=dt.date(2026, 12, 1))
    qtbot.addWidget(window)
    _counted(qtbot, window)
    return window


def _counted(qtbot, window: IndicatorsWindow) -> None:
    """The count runs on its own thread: wait until its figures are shown."""
    qtbot.waitUntil(lambda: not window.counting, timeout=10_000)


def _cell(window, indicator: str, row_name: str, column: int) -> str:
    model = window.tables[indicator].model()
    row = next(r for r in range(model.rowCount())
               if row_name in model.headerData(r, Qt.Orientation.Vertical))
    return model.index(row, column).data()


def test_tables_show_the_counts_with_small_cells_hidden_until_asked(qtbot, counted):
    window = _window(qtbot, counted)
    assert set(window.tables) == {*ind.INDICATORS, "I8:koordinator på sykehuset",
                                  "I8:koordinator i kommunen"}  # I8's two columns
    assert _cell(window, "I1", VOP, 0) == "7"
    assert _cell(window, "I1", BUP, 1) == "<5"
    assert _cell(window, "I1", ind.TOTAL, 1) == "<5"
    assert _cell(window, "I1", "Slagenheten", 2) == "<5"  # the unmapped department's own row
    window.show_small.setChecked(True)
    assert _cell(window, "I1", BUP, 1) == "2"
    assert _cell(window, "I1", "Slagenheten", 2) == "1"


def test_choosing_an_indicator_and_tertials_counts_again(qtbot, counted):
    window = _window(qtbot, counted)
    window.indicator.setCurrentIndex(window.indicator.findData("I1"))
    _counted(qtbot, window)
    assert list(window.tables) == ["I1"]
    window.tertial_boxes[0].setChecked(False)
    _counted(qtbot, window)
    assert window.report.tertials == (2, 3)
    for box in window.tertial_boxes:
        box.setChecked(False)
    assert window.report is None and window.message.text() == "Velg minst ett tertial."


def test_the_chart_draws_one_bar_set_per_category(qtbot, counted):
    window = _window(qtbot, counted)
    window.show_small.setChecked(True)
    window.chart_indicator.setCurrentIndex(window.chart_indicator.findData("I1"))
    series = window.chart.series()
    assert len(series) == 1 and isinstance(series[0], QBarSeries)
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in series[0].barSets()}
    assert set(sets) == set(ind.CATEGORIES)
    assert sets[VOP] == [7, 0, 0] and sets[BUP] == [0, 2, 0]
    window.show_small.setChecked(False)  # hidden cells are not drawn either
    sets = {s.label(): [s.at(i) for i in range(s.count())]
            for s in window.chart.series()[0].barSets()}
    assert sets[BUP] == [0, 0, 0]
    assert "ikke tegnet" in window.chart_note.text()


def test_a_user_sees_only_their_departments(qtbot, counted):
    nurse = User(2, "hilde", "Hilde Brå", "staff", (BUP,), True, 0, "", False)
    window = _window(qtbot, counted, nurse)
    window.show_small.setChecked(True)
    assert _cell(window, "I1", VOP, 0) == "0"
    assert _cell(window, "I1", BUP, 1) == "2"
    assert [window.department.itemData(i) for i in range(window.department.count())] == [
        (BUP,), (BUP,)]


def test_footnotes_are_kept_for_the_year_across_a_reopen(qtbot, counted):
    window = _window(qtbot, counted)
    window.notes.setPlainText("Tallene for T3 er foreløpige.")
    window.close()  # a pending save runs on close
    again = _window(qtbot, counted)
    assert again.notes.toPlainText() == "Tallene for T3 er foreløpige."
    again.year.setValue(2025)
    _counted(qtbot, again)
    assert again.notes.toPlainText() == ""


def test_files_leave_through_the_outbox_logged(qtbot, counted, tmp_path, monkeypatch):
    window = _window(qtbot, counted)
    targets = iter([tmp_path / "rapport", tmp_path / "rapport", tmp_path / "regionen"])
    monkeypatch.setattr(window_module, "choose_save_path", lambda *a: str(next(targets)))
    window.save_csv()
    window.save_pdf()
    window.save_fhir()
    assert (tmp_path / "rapport.csv").read_text(encoding="utf-8").startswith(
        "category;tertial;indicator;count")
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
    bundle = json.loads((tmp_path / "regionen.json").read_text(encoding="utf-8"))
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} == {"MeasureReport"}
    kinds = [row[0] for row in counted.execute(
        "SELECT kind FROM access_log WHERE detail LIKE '%indicators%' ORDER BY id")]
    assert kinds == ["export", "print", "export"]


def test_merging_two_files_shows_their_sum_and_refuses_one_twice(qtbot, counted, tmp_path,
                                                                  monkeypatch):
    from desktop.reports import indicator_files as files

    window = _window(qtbot, counted)
    first = tmp_path / "a.json"
    files.save_fhir(Session(counted), ind.count(counted, 2026), first)
    monkeypatch.setattr(window_module, "choose_open_paths", lambda *a: [str(first)])
    window.merge_files()
    _counted(qtbot, window)  # the merged tables are laid out a few per turn too
    window.show_small.setChecked(True)
    assert _cell(window, "I1", VOP, 0) == "7"
    assert "a.json" in window.source_line.text()
    monkeypatch.setattr(window_module, "choose_open_paths", lambda *a: [str(first)] * 2)
    window.merge_files()
    assert "allerede talt med" in window.message.text()


def test_the_tables_are_laid_out_one_per_turn_and_small_counts_rebuild_nothing(qtbot, counted):
    window = _window(qtbot, counted)
    window.show_small.setChecked(True)
    window._show_tables()
    assert window.counting and len(window.tables) < 3  # the rest come in later turns
    _counted(qtbot, window)
    assert list(window.tables)[0] == "I1" and "I10" in window.tables
    assert _cell(window, "I1", BUP, 1) == "2"
    views = dict(window.tables)
    window.show_small.setChecked(False)
    assert window.tables == views  # the same views, told to hide small counts
    assert _cell(window, "I1", BUP, 1) == "<5"


def test_the_table_model_passes_qt_model_tester(qtmodeltester, counted):
    model = IndicatorTableModel(ind.count(counted, 2026), "I1")
    qtmodeltester.check(model)
    assert model.index(model.rowCount() - 1, 2).data(COUNT_ROLE) == 1  # Slagenheten, T3


def test_tab_alone_reaches_every_control_in_reading_order(qtbot, counted):
    window = _window(qtbot, counted)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.year.setFocus()
    walked = []
    for _ in range(40):
        widget = window.focusWidget()
        if walked and widget is walked[0]:
            break
        walked.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    expected = [window.year, *window.tertial_boxes, window.indicator, window.department,
                window.show_small, *window.tables.values(), window.notes,
                window.chart_indicator, window.chart_view, window.print_button,
                window.pdf_button, window.csv_button, window.fhir_button,
                window.merge_button, window.close_button]
    assert walked == expected  # every control once, then round again: no trap
    assert all(w.accessibleName() or w.text() for w in walked)  # a name for a screen reader
    window.notes.setFocus()
    qtbot.keyClick(window.notes, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is window.tables["I10"]
