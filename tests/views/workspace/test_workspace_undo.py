"""The undo keys' router is a filter on the whole application only while the focus is inside
the workspace (a Python filter there sees every event of the program, and an opening of a
patient has some 200), and Ctrl+Z still reaches the workspace's undo once a field has it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import store
from desktop.records import Patient


def test_the_router_is_on_the_application_only_while_the_focus_is_in_the_workspace(
        app_session, qtbot) -> None:
    window = app_session.start()
    anne = store.add_patient(app_session.db, Patient(name="Anne Fokus"))
    window.reload_list()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    window.open_patient(anne.id)
    router = window._undo_router
    qtbot.waitUntil(lambda: window._undo_keys_routed)
    assert not router.installed  # the focus is in the list: an opening sees no filter

    note = window.workspace.checklist.start_box.rows[0].note
    note.setFocus()
    qtbot.waitUntil(lambda: router.installed)
    qtbot.keyClicks(note, "Merknad")
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note.text() == ""
    assert window.workspace.undo_stack.canRedo()  # the workspace's undo, not the field's own

    window.search.setFocus()
    qtbot.waitUntil(lambda: not router.installed)
    qtbot.keyClicks(window.search, "xyz")
    qtbot.keyClick(window.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.search.text() == ""  # the search field's own undo
    assert note.text() == ""

    note.setFocus()
    qtbot.waitUntil(lambda: router.installed)
    window.close()
    assert not router.installed
