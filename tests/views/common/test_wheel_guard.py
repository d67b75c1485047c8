"""The mouse wheel over a status box or a date that has no focus scrolls the page and changes
nothing (issue 16 item 11)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDateEdit

from desktop import store
from desktop.records import Patient
from desktop.views.common.wheel_guard import guard_wheel


def wheel(widget, steps: int = -1) -> None:
    """One notch of the wheel over the middle of ``widget``, delivered as Qt delivers it."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_a_status_box_scrolls_the_checklist(app_session, qtbot):
    window = app_session.start()
    store.add_patient(app_session.db, Patient(name="Åse Hjul", id_number="14838516573"))
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() is not None)
    window.resize(1366, 768)
    window.workspace.show_tab("checklist")
    page = window.workspace.checklist
    state = page.start_box.rows[1].state
    window.table.setFocus()
    bar = page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    before = bar.value()
    wheel(state)
    assert state.currentIndex() == 0
    assert bar.value() > before  # the page moved instead

    state.setFocus()  # a user who clicked into the box may use the wheel on it
    qtbot.waitUntil(state.hasFocus)
    wheel(state)
    assert state.currentIndex() == 1


def test_wheel_over_an_unfocused_date_changes_nothing(qtbot):
    edit = QDateEdit()
    qtbot.addWidget(edit)
    guard_wheel(edit)
    before = edit.date()
    wheel(edit, 1)
    assert edit.date() == before
