"""The plan's history: every version with period, status and signatures, and viewing or
reprinting the selected version."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop import store
from desktop.demo import add_demo_patient
from desktop.models.plan_versions_model import PlanVersionsModel
from desktop.views.paper.history_dialog import HistoryDialog

TODAY = dt.date(2026, 3, 14)


@pytest.fixture
def revised(db, rng):
    """A patient with a signed version 1 and a draft version 2."""
    return add_demo_patient(db, rng, TODAY, "revised")


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_lists_every_version_with_period_status_and_signatures(qtbot, db, revised):
    dialog = HistoryDialog(db, revised.id)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    assert model.rowCount() == 2
    first = store.get_version(db, revised.id, 1)
    assert _cell(model, 0, PlanVersionsModel.COL_NUMBER) == "1"
    assert _cell(model, 0, PlanVersionsModel.COL_STATUS).startswith("Signert ")
    assert first.signature.patient_name in _cell(model, 0, PlanVersionsModel.COL_SIGNED_BY)
    assert first.signature.coordinator_name in _cell(model, 0, PlanVersionsModel.COL_SIGNED_BY)
    assert _cell(model, 1, PlanVersionsModel.COL_STATUS) == "Utkast, ikke signert"
    period = _cell(model, 1, PlanVersionsModel.COL_PERIOD)
    assert period.startswith(first.plan.valid_from[8:10])  # dd first, the Norwegian way
    assert dialog.selected_number() == 2  # the newest is selected


def test_view_opens_the_print_dialog_on_the_selected_version(qtbot, db, revised):
    dialog = HistoryDialog(db, revised.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    dialog.view_button.click()
    shown = dialog.print_dialog
    assert shown is not None and shown.isVisible()
    assert shown.version_number == 1
    assert "signert" in shown.version_label.text()
    from_history = shown.pdf_bytes
    shown.reject()
    # the same version again gives the same document
    dialog.open_version(dialog.table.model().index(0, 0))
    assert dialog.print_dialog.pdf_bytes == from_history


def test_without_versions_nothing_can_be_opened(qtbot, db, rng):
    patient = add_demo_patient(db, rng, TODAY, "new")
    dialog = HistoryDialog(db, patient.id)
    qtbot.addWidget(dialog)
    assert dialog.table.model().rowCount() == 0
    assert not dialog.view_button.isEnabled()
    assert "ingen versjoner" in dialog.summary.text()

