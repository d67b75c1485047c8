"""The start's first paint comes before any Python filter on the whole application (issue 17
item 1): one that sees the start's events has PySide make the Python types of all of Qt at
once. The first window is polished by a filter of its own, the application's accessibility
polisher and the workspace's undo keys come right after the paint (or, for the undo keys, at a
patient opened before it), and both then work as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import store
from desktop.records import Patient

ROOT = Path(__file__).resolve().parents[3]

AT_PAINT = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QToolButton
from desktop.app import main_window_for, make_application
from desktop.store import opening

class AtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            clear = [b.accessibleName() for b in window.search.findChildren(QToolButton)]
            seen.append((app.property("accessibility_polisher"), window._undo_keys_routed,
                         window.menuBar().actions()[0].text(), clear))
        return False

seen = []
app = make_application([], at_start=True)
"""

# the application's polisher comes once PySide's types are made, a few per turn
# (views/common/qt_types.py): then an object of a class of Qt's own finds them made
WAIT_FOR_POLISHER = """
from PySide6 import QtWidgets
for _ in range(1000):
    if app.property('accessibility_polisher') is True:
        break
    QTest.qWait(10)
assert app.property('accessibility_polisher') is True
assert 'QWizard' in vars(QtWidgets)  # made before the filter on the application came
"""


def _run(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                   check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def _folder(folder: Path) -> Path:
    db = store.open_data_folder(folder)
    store.add_patient(db, Patient(name="Liv Lunde", department="Voksenpsykiatri"))
    db.close()
    return folder


def test_the_first_window_is_polished_before_its_paint_and_the_rest_after(
        tmp_path: Path) -> None:
    _run(AT_PAINT + (
        f"window = main_window_for(opening.open_data_folder({str(_folder(tmp_path))!r}))\n"
        "watch = AtPaint()\n"
        "window.installEventFilter(watch)\n"
        "window.show()\n"
        "QTest.qWaitForWindowExposed(window)\n"
        "app.processEvents()\n"
        "polisher, routed, file_menu, clear = seen[0]\n"
        "assert polisher == \"after the first window's paint\" and not routed, seen\n"
        "assert file_menu == '&Fil' and clear == ['Tøm feltet'], seen  # polished, as before\n"
        + WAIT_FOR_POLISHER +
        "assert window._undo_keys_routed\n"
        # a window shown after the paint is polished by the application's filter
        "dialog = QDialog(window)\n"
        "form = QFormLayout(dialog)\n"
        "edit = QLineEdit(dialog)\n"
        "label = QLabel('Navn', dialog)\n"
        "label.setBuddy(edit)\n"
        "form.addRow(label, edit)\n"
        "dialog.show()\n"
        "assert label.text() == '&Navn' and edit.accessibleName() == 'Navn', label.text()\n"))


def test_the_log_in_screen_is_polished_first_and_the_application_after_its_paint(
        tmp_path: Path) -> None:
    _run(AT_PAINT.replace("window.search", "window.username").replace(
        "window._undo_keys_routed", "False").replace(
        "window.menuBar().actions()[0].text()", "window.username.accessibleName()") + (
        "from desktop.views.common import accessibility\n"
        "from desktop.views.trust.login_dialog import LoginDialog\n"
        f"window = LoginDialog(opening.open_data_folder({str(_folder(tmp_path))!r}))\n"
        "accessibility.polish_first(window)  # as run_with_login\n"
        "watch = AtPaint()\n"
        "window.installEventFilter(watch)\n"
        "window.open()\n"
        "QTest.qWaitForWindowExposed(window)\n"
        "app.processEvents()\n"
        "polisher, _, name, _ = seen[0]\n"
        "assert polisher == \"after the first window's paint\" and name, seen\n"
        + WAIT_FOR_POLISHER))


def test_a_patient_opened_before_the_paint_has_its_undo_keys(app_session, qtbot) -> None:
    """The undo keys' router comes at the first patient opened when that is before the
    window's first paint (shown, the patient opened before the event loop has painted it)."""
    from desktop.app import main_window_for, make_application

    make_application()
    app_session.db = store.open_data_folder(str(app_session.data_dir))
    anne = store.add_patient(app_session.db, Patient(name="Anne Angre"))
    window = main_window_for(app_session.db)
    app_session.window = window
    qtbot.addWidget(window)
    window.show()
    assert not window._undo_keys_routed
    window.show_patient(anne.id, at_once=True)  # (a list pick before the paint waits for it)
    assert window._undo_keys_routed
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.workspace.show_tab("consent")
    place = window.workspace.consent.place
    place.setFocus()
    qtbot.keyClicks(place, "Hamar")
    qtbot.keyClick(place, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert place.text() == ""
    assert window.workspace.undo_stack.canRedo()  # the workspace's undo, not the field's own
