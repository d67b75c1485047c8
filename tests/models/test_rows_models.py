"""The plan-row and decision-row table models: Qt's model contract, editing, dates, moving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop import palette
from desktop.models.decision_rows_model import DecisionRowsModel
from desktop.models.plan_rows_model import PlanRowsModel
from desktop.models.rows_model import DateColumnRole
from desktop.records import DecisionRow, PlanRow

EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


def _plan_model(qtbot) -> PlanRowsModel:
    model = PlanRowsModel()
    model.set_rows([
        PlanRow(goal="Bolig: egen leilighet", measures="Søknad\nHjemmebesøk", start="2012-07",
                responsible="Boligkontoret", evaluation="2012-11-15", comment="", ended=""),
        PlanRow(goal="Arbeid", start="2013"),
        PlanRow(goal="Fritid: svømme"),
    ])
    return model


def _goals(model: PlanRowsModel) -> list[str]:
    return [row.goal for row in model.rows()]


@pytest.mark.parametrize("model_class", [PlanRowsModel, DecisionRowsModel])
def test_models_pass_qtmodeltester(qtmodeltester, model_class):
    model = model_class()
    model.set_rows([model.record_type(), model.record_type()])
    # The tester stays connected: it also checks the signals of the changes below.
    qtmodeltester.check(model)
    assert model.insertRows(1, 2)
    assert model.move_row(0, 1)
    assert model.move_row(3, -1)
    assert model.setData(model.index(0, 0), "Mål", Qt.ItemDataRole.EditRole)
    assert model.removeRows(0, 1)
    model.set_rows([])
    assert model.rowCount() == 0


def test_headers_follow_the_paper_form():
    model = PlanRowsModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Delmål", "Tiltak", "Dato for oppstart", "Ansvarlig person og instans",
                       "Dato for evaluering", "Kommentar/evaluering", "Avsluttet (dato)"]
    decisions = DecisionRowsModel()
    assert decisions.headerData(0, Qt.Orientation.Horizontal) == "Vedtak, planer og avtaler"
    assert decisions.columnCount() == 6


def test_dates_show_norwegian_and_store_iso(qtbot):
    model = _plan_model(qtbot)
    start = model.index(0, PlanRowsModel.COL_START)
    assert model.data(start, DISPLAY) == "07.2012"
    assert model.data(model.index(0, PlanRowsModel.COL_EVALUATION), DISPLAY) == "15.11.2012"
    assert model.data(start, DateColumnRole) is True
    assert model.data(model.index(0, PlanRowsModel.COL_GOAL), DateColumnRole) is False

    for typed, stored in (("15.07.2012", "2012-07-15"), ("7.2013", "2013-07"), ("2014", "2014"),
                          ("", "")):
        with qtbot.waitSignal(model.dataChanged) as blocker:
            assert model.setData(start, typed, EDIT)
        assert blocker.args[2] == [DISPLAY, EDIT, Qt.ItemDataRole.ToolTipRole]
        assert model.rows()[0].start == stored


def test_a_text_that_is_not_a_date_is_kept_marked_and_changes_no_date(qtbot):
    model = _plan_model(qtbot)
    index = model.index(1, PlanRowsModel.COL_START)
    with qtbot.waitSignal(model.input_refused) as blocker:
        assert model.setData(index, "31.02.2013", EDIT)
    assert model.rows()[1].start == "2013"  # the date it had
    assert model.data(index, DISPLAY) == "31.02.2013"  # what was typed
    message = blocker.args[0]
    assert message.startswith("Rad 2, «Dato for oppstart»: ")
    assert "finnes ikke" in message
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) == QColor(palette.RED_BACKGROUND)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == QColor(palette.ERROR_TEXT)
    assert "15.07.2012" in model.data(index, Qt.ItemDataRole.ToolTipRole)  # what it expects

    with qtbot.waitSignal(model.input_refused) as blocker:
        assert model.setData(index, "neste uke", EDIT)
    assert "er ikke en dato" in blocker.args[0]
    assert model.rows()[1].typed == {"start": "neste uke"}

    assert model.setData(index, "Juli/august 2012", EDIT)  # read as July, text kept
    assert (model.rows()[1].start, model.data(index, DISPLAY)) == ("2012-07", "Juli/august 2012")
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None
    assert "Leses som 07.2012" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.setData(index, "15.7.2012", EDIT)
    assert model.rows()[1].typed == {} and model.data(index, DISPLAY) == "15.07.2012"


def test_a_period_that_ends_before_it_starts_is_marked(qtbot):
    model = DecisionRowsModel()
    model.set_rows([DecisionRow(decision="BPA", period_from="2025-06")])
    end = model.index(0, DecisionRowsModel.COL_PERIOD_TO)
    assert model.setData(end, "01.2025", EDIT)
    assert model.data(end, Qt.ItemDataRole.BackgroundRole) == QColor(palette.RED_BACKGROUND)
    assert "slutter (01.2025) før den begynner (06.2025)" in model.data(
        end, Qt.ItemDataRole.ToolTipRole)
    assert model.setData(end, "12.2025", EDIT)
    assert model.data(end, Qt.ItemDataRole.BackgroundRole) is None
    plan = _plan_model(qtbot)
    ended = plan.index(0, PlanRowsModel.COL_ENDED)
    assert plan.setData(ended, "2011", EDIT)  # the measure started 07.2012
    assert plan.data(ended, Qt.ItemDataRole.BackgroundRole) == QColor(palette.RED_BACKGROUND)


def test_text_is_kept_and_unchanged_text_emits_nothing(qtbot):
    model = _plan_model(qtbot)
    index = model.index(2, PlanRowsModel.COL_MEASURES)
    assert model.setData(index, "Støttekontakt\nto timer i uka\n", EDIT)
    assert model.rows()[2].measures == "Støttekontakt\nto timer i uka"
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Tiltak:\nStøttekontakt\nto timer i uka"
    with qtbot.assertNotEmitted(model.dataChanged):
        assert model.setData(index, "Støttekontakt\nto timer i uka", EDIT)
    assert not model.setData(index, "x", DISPLAY)


def test_insert_remove_and_move_rows(qtbot):
    model = _plan_model(qtbot)
    assert model.insertRows(1, 1)
    assert _goals(model) == ["Bolig: egen leilighet", "", "Arbeid", "Fritid: svømme"]
    assert isinstance(model.rows()[1], PlanRow)
    assert not model.insertRows(9, 1)

    with qtbot.waitSignal(model.rowsMoved):
        assert model.move_row(3, -1)
    assert _goals(model) == ["Bolig: egen leilighet", "", "Fritid: svømme", "Arbeid"]
    assert model.move_row(0, 1)
    assert _goals(model) == ["", "Bolig: egen leilighet", "Fritid: svømme", "Arbeid"]
    assert not model.move_row(0, -1)
    assert not model.move_row(3, 1)
    assert model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 4)
    assert _goals(model) == ["Fritid: svømme", "Arbeid", "", "Bolig: egen leilighet"]
    assert not model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 1)

    assert model.removeRows(2, 1)
    assert _goals(model) == ["Fritid: svømme", "Arbeid", "Bolig: egen leilighet"]
    assert not model.removeRows(2, 5)
    assert model.rowCount() == 3


def test_rows_are_copies(qtbot):
    original = [DecisionRow(decision="Kriseplan")]
    model = DecisionRowsModel()
    model.set_rows(original)
    model.setData(model.index(0, DecisionRowsModel.COL_PERIOD_TO), "12.2025", EDIT)
    assert original[0].period_to == ""
    out = model.rows()
    out[0].decision = "endret"
    assert model.rows()[0] == DecisionRow(decision="Kriseplan", period_to="2025-12")
