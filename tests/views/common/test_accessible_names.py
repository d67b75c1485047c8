"""The screen reader's view (issue 16 item 13): walk Qt's accessibility tree over every page of
the workspace and every dialog and fail on an input that has no name or shares its name with
another input of the same page; and the few names the issue asks for by text."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QToolButton, QWidget

from desktop import store
from desktop.demo import fill_demo
from desktop.store.session import as_session
from desktop.views.paper.export_dialog import ExportDialog
from desktop.views.paper.history_dialog import HistoryDialog
from desktop.views.paper.import_dialog import ImportDialog
from desktop.views.paper.print_dialog import PrintDialog
from desktop.views.paper.sign_dialog import SignDialog
from desktop.views.shell.guide_dialog import GuideDialog
from desktop.views.shell.patient_dialog import PatientDialog
from desktop.views.trust.log_view import LogView
from desktop.views.trust.login_dialog import LoginDialog
from desktop.views.trust.settings_dialog import SettingsDialog

Role = QAccessible.Role
INPUT_ROLES = {Role.EditableText, Role.ComboBox, Role.SpinBox, Role.Table, Role.CheckBox,
               Role.RadioButton, Role.Slider}


def spoken_name(interface: QAccessible) -> str:
    """The name read out. A combo box on Linux gives its value as the name (its own name goes
    through a relation), so the name the program set is taken there."""
    widget = interface.object()
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip()
    return interface.text(QAccessible.Text.Name).strip()


def inputs_of(root: QWidget) -> list[tuple[str, QWidget]]:
    """(name, widget) of every visible input under ``root`` in the accessibility tree."""
    found: list[tuple[str, QWidget]] = []

    def walk(interface) -> None:
        if interface is None or not interface.isValid():
            return
        widget = interface.object()
        if isinstance(widget, QWidget) and not widget.isVisibleTo(root):
            return
        if (interface.role() in INPUT_ROLES and isinstance(widget, QWidget)
                and not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))):
            found.append((spoken_name(interface), widget))
        for i in range(interface.childCount()):
            walk(interface.child(i))

    walk(QAccessible.queryAccessibleInterface(root))
    return found


def problems_of(root: QWidget, where: str) -> list[str]:
    named = inputs_of(root)
    counts = Counter(name for name, _widget in named)
    problems = [f"{where}: a {type(w).__name__} has no name" for name, w in named if not name]
    problems += [f"{where}: {counts[name]} inputs are read as «{name}»"
                 for name in sorted(counts) if name and counts[name] > 1]
    return problems


@pytest.fixture
def window(app_session, data_dir):
    from desktop.store import open_data_folder

    db = open_data_folder(str(data_dir))
    fill_demo(db, 6)
    db.close()
    window = app_session.start()
    patient = next(p for p in store.search_patients(app_session.db, limit=20)
                   if store.load_plan(app_session.db, p.id) is not None)
    assert window.open_patient(patient.id)
    return window


def test_every_workspace_page_names_each_input_once(window, qtbot):
    workspace = window.workspace
    workspace.checklist.has_existing_plan.setChecked(True)  # both lists of items shown
    problems = []
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        page = workspace.tabs.widget(index)
        qtbot.waitUntil(page.isVisible)
        problems += problems_of(page, workspace.tabs.tabText(index))
    assert problems == [], "\n".join(problems)


def test_the_plan_fields_are_read_as_their_labels(window):
    plan = window.workspace.plan
    window.workspace.show_tab("plan")

    def name(widget: QWidget) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)

    assert name(plan.prepared_by) == "Utarbeidet av"
    assert name(plan.municipality) == "i samarbeid med … kommune"
    assert name(plan.overall_goal) == "Overordnet målsetting"
    first = plan.scroll.nextInFocusChain()
    assert plan.scroll.focusPolicy() == first.focusPolicy().NoFocus  # no unnamed stop


def test_each_checklist_status_box_is_read_with_its_item(window):
    rows = window.workspace.checklist.start_box.rows
    rows[3].state.setCurrentIndex(rows[3].state.findData("done"))
    interface = QAccessible.queryAccessibleInterface(rows[3].state)
    assert rows[3].state.accessibleName() == "Status for punkt 4"
    assert interface.text(QAccessible.Text.Value) == "Utført"
    existing = window.workspace.checklist.existing_box.rows[0].state.accessibleName()
    assert existing == "Status for punkt 1 (eksisterende plan)"


def test_the_search_fields_clear_button_has_a_name(window, qtbot):
    window.search.setText("Nordmann")
    buttons = [b for b in window.search.findChildren(QToolButton) if b.isVisibleTo(window)]
    assert buttons, "the clear button shows when there is text"
    assert all(QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) == "Tøm feltet"
               for b in buttons)
    assert [p for p in problems_of(window, "main window") if "has no name" in p] == []


@pytest.mark.parametrize("name", ["patient", "new_patient", "sign", "export", "import", "print",
                                  "history", "settings", "log", "guide", "login"])
def test_every_dialog_names_each_input_once(window, qtbot, name):
    db, patient_id = window.db, window.current_patient_id()
    session = as_session(db)
    make = {"patient": lambda: PatientDialog(db, store.get_patient(db, patient_id), window),
            "new_patient": lambda: PatientDialog(db, parent=window),
            "sign": lambda: SignDialog(db, patient_id, window),
            "export": lambda: ExportDialog(db, patient_id, window),
            "import": lambda: ImportDialog(db, window),
            "print": lambda: PrintDialog(db, patient_id, window),
            "history": lambda: HistoryDialog(db, patient_id, window),
            "settings": lambda: SettingsDialog(db, window),
            "log": lambda: LogView(session, window),
            "guide": lambda: GuideDialog(window),
            "login": lambda: LoginDialog(db, parent=window)}[name]
    dialog = make()
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(type(window.workspace.tabs))
    pages = range(tabs.count()) if tabs is not None else [None]
    problems = []
    for index in pages:
        if index is not None:
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
        problems += problems_of(dialog, f"{name} {index if index is not None else ''}")
    dialog.reject()
    assert problems == [], "\n".join(problems)
