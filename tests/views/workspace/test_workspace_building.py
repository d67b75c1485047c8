"""The workspace's pages are built after the window is painted (issue 17 item 1): a page per turn
of the event loop while the window is on screen, or all at once when a patient is opened (or a
page asked for) sooner; the result is the same window, with names and mnemonics on every field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop import store
from desktop.records import Patient
from desktop.views.workspace.workspace import Workspace


def test_a_workspace_not_shown_builds_its_pages_when_one_is_asked_for(qtbot, data_dir):
    from desktop.store import open_data_folder

    db = open_data_folder(str(data_dir))
    workspace = Workspace(db)
    qtbot.addWidget(workspace)
    assert not workspace.pages_built
    assert workspace.flush() and not workspace.has_unsaved_changes()  # nothing to save yet
    assert not workspace.pages_built
    assert workspace.tabs.count() == 0  # the tab widget is there; its pages are not
    checklist = workspace.checklist  # asked for: every page is built now
    assert workspace.pages_built
    assert workspace.pages[0] is checklist
    assert workspace.tabs.count() == 9
    assert [workspace.tabs.widget(i) for i in range(5)] == workspace.pages
    db.close()


def test_the_pages_are_built_in_the_idle_time_after_the_window_shows(app_session, qtbot):
    window = app_session.start()
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.pages_built, timeout=20_000)
    assert workspace.tabs.count() == 9
    # polished as if they had been there when the window was shown: a name on every field
    # with a label, and a mnemonic on every label
    labels = [label for label in workspace.findChildren(QLabel) if label.buddy() is not None
              and not label.text().lstrip().startswith("<")]
    assert labels
    assert all("&" in label.text() for label in labels), [
        label.text() for label in labels if "&" not in label.text()]


def test_a_patient_opened_before_the_idle_build_builds_the_pages_then(app_session, qtbot):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Tidlig Åpnet"))
    window.reload_list()
    window.open_patient(patient.id)  # no turn of the event loop since the paint
    assert window.workspace.pages_built
    assert window.current_patient_id() == patient.id
    assert window.workspace.stack.currentIndex() == 1


def test_a_hidden_window_builds_no_pages_until_it_shows_again(qtbot, data_dir, monkeypatch):
    from desktop.store import open_data_folder

    db = open_data_folder(str(data_dir))
    workspace = Workspace(db)
    qtbot.addWidget(workspace)
    steps: list[int] = []
    monkeypatch.setattr(Workspace, "_build_step", lambda self: steps.append(1))
    workspace._build_later()  # a turn that comes while the window is hidden (locked, closed)
    assert steps == [] and not workspace.pages_built
    monkeypatch.undo()
    workspace.show()  # painted again: the idle build goes on
    qtbot.waitUntil(lambda: workspace.pages_built, timeout=20_000)
    db.close()


def test_printing_warms_up_once_the_pages_are_built(app_session, qtbot, monkeypatch):
    """The warm-up thread (ReportLab's imports) would take the GIL from the pages' building."""
    from desktop.views.shell.main_window import MainWindow

    calls: list[bool] = []
    monkeypatch.setattr(MainWindow, "_warm_up_printing", staticmethod(
        lambda: calls.append(app_session.window.workspace.pages_built)))
    window = app_session.start()
    qtbot.waitUntil(lambda: window.workspace.pages_built, timeout=20_000)
    qtbot.waitUntil(lambda: calls == [True])
    window.hide()
    window.show()  # shown again (after a lock): warmed up again, which is once per process
    qtbot.waitUntil(lambda: calls == [True, True])


def test_the_idle_build_leaves_the_empty_workspace_in_sight(app_session, qtbot, monkeypatch):
    """Its last turns show the opened workspace once and hide it again (the first opening's
    polish and layout done ahead): between two turns the empty page is the one in sight."""
    seen: list[int] = []
    step = Workspace._build_step

    def watched(self: Workspace) -> None:
        step(self)
        seen.append(self.stack.currentIndex())

    monkeypatch.setattr(Workspace, "_build_step", watched)
    window = app_session.start()
    qtbot.waitUntil(lambda: window.workspace.pages_built, timeout=20_000)
    assert len(seen) > 20 and set(seen) == {0}  # many short turns, none with the pages shown
    patient = store.add_patient(app_session.db, Patient(name="Etter Bygging"))
    window.reload_list()
    window.open_patient(patient.id)
    assert window.workspace.stack.currentIndex() == 1


def test_pages_built_in_steps_are_the_pages_built_at_once(qtbot):
    """The same widgets in the same order (so the same Tab order, names and texts)."""
    from PySide6.QtWidgets import QWidget

    from desktop.views.workspace.checklist_form import ChecklistForm
    from desktop.views.workspace.consent_form import ConsentForm
    from desktop.views.workspace.plan_form import PlanForm

    def described(page: QWidget) -> list[tuple[str, str]]:
        return [(type(w).__name__, w.accessibleName()) for w in page.findChildren(QWidget)]

    for make in (lambda **kw: ChecklistForm(**kw), lambda **kw: ConsentForm(**kw),
                 lambda **kw: PlanForm(**kw)):
        at_once, in_steps = make(), make(in_steps=True)
        qtbot.addWidget(at_once)
        qtbot.addWidget(in_steps)
        steps = sum(1 for _ in in_steps.steps)
        assert steps >= 2
        assert described(in_steps) == described(at_once)
