"""Keyboard alone: the shortcuts, Tab through every form in reading order, a mnemonic on every
field label, and a name for the screen reader on every input (what Qt's accessibility layer
really reports, not only what the code set)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop import store
from desktop.demo import fill_demo
from desktop.views.common.accessibility import fit_to_screen, label_name, with_mnemonic
from desktop.views.paper.export_dialog import ExportDialog
from desktop.views.paper.import_dialog import ImportDialog
from desktop.views.paper.print_dialog import PrintDialog
from desktop.views.paper.sign_dialog import SignDialog
from desktop.views.shell.patient_dialog import PatientDialog
from desktop.views.trust.settings_dialog import SettingsDialog

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
          QAbstractButton)
ROW_TOLERANCE = 12  # pixels: fields on one row may sit a little higher or lower


@pytest.fixture
def window(app_session, data_dir):
    from desktop.store import open_data_folder

    db = open_data_folder(str(data_dir))
    fill_demo(db, 8)
    db.close()
    window = app_session.start()
    patient = next(p for p in store.search_patients(app_session.db, limit=20)
                   if store.load_plan(app_session.db, p.id) is not None)
    assert window.open_patient(patient.id)
    return window


def test_shortcuts_for_new_patient_search_print_export_and_help(window):
    wanted = {"Ctrl+N": window.new_patient_action, "Ctrl+F": window.search_action,
              "Ctrl+P": window.plan_actions.print_action,
              "Ctrl+Shift+E": window.plan_actions.export_action, "F1": window.guide_action}
    for keys, action in wanted.items():
        assert QKeySequence(keys) in action.shortcuts(), keys
        assert action.isEnabled()
    every = [s.toString() for a in window.findChildren(type(window.new_patient_action))
             for s in a.shortcuts() if a.isEnabled()]
    assert len(every) == len(set(every)), f"a shortcut is used twice: {sorted(every)}"


def test_ctrl_f_puts_the_cursor_in_the_search(window, qtbot):
    window.workspace.tabs.currentWidget().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces. A combo box on Linux reports its value as the
    name (the label comes through a relation), so its own accessibleName is taken there."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def tab_walk(start: QWidget, inside: QWidget, qtbot, limit: int = 400) -> list[QWidget]:
    """Press Tab from ``start`` and record where the focus goes while it stays in ``inside``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen = [QApplication.focusWidget()]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is None or current is seen[0] or not inside.isAncestorOf(current):
            break
        assert current not in seen, f"Tab is caught in a loop at {describe(current)}"
        seen.append(current)
    else:
        pytest.fail(f"Tab never left {describe(inside)}")
    return seen


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} «{spoken_name(widget)}»"


def check_reading_order(fields: list[QWidget], root: QWidget) -> list[str]:
    """Each field after the one before: lower down, or on the same row further right. Going
    back up is allowed only into a new column to the right (a form laid out in columns)."""
    problems = []
    for before, after in zip(fields, fields[1:], strict=False):
        a = before.mapTo(root, QPoint(0, 0))
        b = after.mapTo(root, QPoint(0, 0))
        same_row = abs(b.y() - a.y()) <= ROW_TOLERANCE
        if same_row and b.x() < a.x():
            problems.append(f"{describe(after)} is left of {describe(before)} on one row")
        elif b.y() < a.y() - ROW_TOLERANCE and b.x() <= a.x() + before.width() // 2:
            problems.append(f"{describe(after)} is above {describe(before)}")
    return problems


def check_names(fields: list[QWidget]) -> list[str]:
    problems = []
    for field in fields:
        name = spoken_name(field)
        value = field.currentText() if isinstance(field, QComboBox) else ""
        if not name or (value and name == value):
            problems.append(f"{type(field).__name__} has no name of its own ({name!r})")
    return problems


def check_labels(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(root):
            if "&" not in label.text().replace("&&", ""):
                problems.append(f"label «{label.text()}» has no mnemonic")
    return problems


def walk_and_check(start: QWidget, inside: QWidget, qtbot) -> list[QWidget]:
    fields = tab_walk(start, inside, qtbot)
    problems = check_reading_order(fields, inside) + check_names(fields) + check_labels(inside)
    unreachable = [w for w in inside.findChildren(QWidget)
                   if isinstance(w, INPUTS) and not isinstance(w, QHeaderView)
                   and w.isVisibleTo(inside) and w.isEnabled()
                   and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w not in fields
                   and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))
                   and w.focusProxy() is None]
    problems += [f"{describe(w)} cannot be reached with Tab" for w in unreachable]
    assert problems == [], "\n".join(problems)
    return fields


@pytest.mark.parametrize("page", ["checklist", "consent", "plan", "decisions"])
def test_each_form_page_by_tab_in_reading_order_with_names(window, qtbot, page):
    workspace = window.workspace
    form = getattr(workspace, page)
    workspace.tabs.setCurrentWidget(form)
    first = next(w for w in [form, *form.findChildren(QWidget)]
                 if w.isVisibleTo(form) and w.isEnabled()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus and isinstance(w, INPUTS))
    fields = walk_and_check(first, form, qtbot)
    assert len(fields) >= 2  # at least the table and «Legg til rad»


@pytest.mark.parametrize("name", ["patient", "new_patient", "sign", "export", "import", "print",
                                  "settings"])
def test_each_dialog_by_tab_in_reading_order_with_names(window, qtbot, name):
    db, patient_id = window.db, window.current_patient_id()
    make = {"patient": lambda: PatientDialog(db, store.get_patient(db, patient_id), window),
            "new_patient": lambda: PatientDialog(db, parent=window),
            "sign": lambda: SignDialog(db, patient_id, window),
            "export": lambda: ExportDialog(db, patient_id, window),
            "import": lambda: ImportDialog(db, window),
            "print": lambda: PrintDialog(db, patient_id, window),
            "settings": lambda: SettingsDialog(db, window)}[name]
    dialog = make()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    first = dialog.focusWidget() or dialog.nextInFocusChain()
    fields = tab_walk(first, dialog, qtbot)
    # start the reading-order check at the first field in the dialog's focus chain
    fields.sort(key=lambda w: _chain_index(dialog, w))
    problems = (check_reading_order(fields, dialog) + check_names(fields)
                + check_labels(dialog))
    assert problems == [], "\n".join(problems)
    dialog.reject()


def _chain_index(dialog: QWidget, widget: QWidget) -> int:
    current, index = dialog.nextInFocusChain(), 0
    while current is not dialog and current is not widget and index < 2000:
        current, index = current.nextInFocusChain(), index + 1
    return index


def test_window_labels_get_free_mnemonics():
    used = {"f", "r"}
    assert with_mnemonic("Født:", used) == "F&ødt:"  # initial taken: the next free letter
    assert with_mnemonic("Telefon:", used) == "&Telefon:"
    assert with_mnemonic("Dato signert:", used) == "&Dato signert:"
    assert with_mnemonic("Dato til:", used) == "D&ato til:"  # both initials taken
    assert used >= {"d", "ø", "t"}
    assert with_mnemonic("Tid:", {"t", "i", "d"}) == "&Tid:"  # all taken: the first letter
    assert label_name("&Fødselsnummer/D-nummer:") == "Fødselsnummer/D-nummer"


def test_a_window_larger_than_the_screen_is_shrunk_onto_it(window):
    free = window.screen().availableGeometry()  # offscreen: 800 × 800
    window.resize(free.width() + 480, free.height() + 100)
    fit_to_screen(window)
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.width() >= window.minimumSizeHint().width()
    assert free.contains(window.frameGeometry().topLeft())


@pytest.mark.parametrize("page", ["plan", "decisions"])
def test_tab_leaves_a_row_table_and_enter_edits_a_cell(window, qtbot, page):
    """Issue 16 item 12: Tab goes from a filled table to «Legg til rad»; arrows move between
    cells; Enter starts editing."""
    workspace = window.workspace
    form = getattr(workspace, page)
    workspace.tabs.setCurrentWidget(form)
    table = form.rows.table
    if form.rows.model.rowCount() == 0:
        form.rows.add_button.click()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(form.rows.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex().column() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.rows.add_button


def test_tab_leaves_the_patient_list(window, qtbot):
    window.table.setFocus(Qt.FocusReason.TabFocusReason)
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.table
    assert window.table.currentIndex().row() == 0
