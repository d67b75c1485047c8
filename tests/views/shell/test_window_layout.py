"""The window keeps its size and splitter between starts, and the toolbar's Undo and Redo do
not change width when they name what they undo (issue 16 item 14)."""

from __future__ import annotations

from desktop import store
from desktop.records import Patient


def test_size_and_splitter_survive_a_restart(app_session, qtbot):
    window = app_session.start()
    window.resize(760, 540)  # the offscreen screen is 800x600
    window.splitter.setSizes([300, 460])
    qtbot.waitUntil(lambda: window.size().width() == 760)
    sizes = window.splitter.sizes()
    window = app_session.restart()
    assert (window.width(), window.height()) == (760, 540)
    assert window.splitter.sizes() == sizes


def test_undo_button_keeps_its_width(app_session, qtbot):
    window = app_session.start()
    store.add_patient(app_session.db, Patient(name="Åse Bredde", id_number="14838516573"))
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() is not None)
    button = window.toolbar.widgetForAction(window.undo_action)
    width = button.width()
    qtbot.keyClicks(window.workspace.checklist.start_box.rows[0].note, "Merknad")
    assert window.undo_action.text() == "Angre endring i sjekkliste"
    assert button.width() == width
    assert button.text() == "Angre"
