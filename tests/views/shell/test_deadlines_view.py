"""Deadlines in the window, as a nurse starting a shift uses them: the line of what is due,
the Forfalt filter, the Frister view and a double-click that lands in the right field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import store
from desktop.models.deadlines_model import DeadlinesModel
from desktop.models.patient_list_model import PatientListModel
from desktop.records import Consent, Patient, Plan, PlanRow
from desktop.store.deadline_list import GROUP_LATER, GROUP_OVERDUE
from desktop.views.paper import print_dialog

TODAY = dt.date.today()


def _day(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


def _patients(db) -> tuple[int, int]:
    late = store.add_patient(db, Patient(name="Åse Forfalt", birth_date="1980-01-01",
                                         department="BUP")).id
    store.save_plan(db, late, Plan(evaluation_date=_day(60), rows=[
        PlanRow(goal="Bo selv", evaluation=_day(100)),
        PlanRow(goal="Jobb", evaluation=_day(-3), responsible="Kari Nav")]))
    later = store.add_patient(db, Patient(name="Bo Senere", birth_date="1990-01-01",
                                          department="BUP")).id
    store.save_plan(db, later, Plan(evaluation_date=_day(40)))
    return late, later


def _names(window) -> list[str]:
    model = window.model
    return [model.data(model.index(r, PatientListModel.COL_NAME)) for r in range(model.rowCount())]


def test_filter_forfalt_then_double_click_lands_in_the_field(app_session, qtbot):
    window = app_session.start()
    late, _later = _patients(app_session.db)
    window.reload_list()
    bar = window.deadlines.bar
    bar.refresh_summary()
    assert bar.summary.text() == '<a href="frister">1 frist er forfalt</a>'
    qtbot.waitUntil(lambda: len(_names(window)) == 2)

    qtbot.mouseClick(bar.overdue, Qt.MouseButton.LeftButton)
    assert _names(window) == ["Åse Forfalt"]
    bar.overdue.click()
    assert len(_names(window)) == 2

    window.deadlines.action.trigger()
    view = window.deadlines.view
    qtbot.waitExposed(view)
    model = view.model
    assert model.counts() == [1, 0, 0, 3]
    overdue = model.group_index(GROUP_OVERDUE)
    qtbot.waitUntil(lambda: model.rowCount(overdue) == 1)
    assert model.rowCount(model.group_index(GROUP_LATER)) == 3
    cell = model.index(0, DeadlinesModel.COL_PATIENT, overdue)
    assert model.data(cell) == "Åse Forfalt"
    assert model.data(model.index(0, DeadlinesModel.COL_RESPONSIBLE, overdue)) == "Kari Nav"
    rect = view.tree.visualRect(cell)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    workspace = window.workspace
    assert window.current_patient_id() == late
    assert workspace.tabs.currentWidget() is workspace.plan
    table = workspace.plan.rows.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    current = table.currentIndex()
    assert (current.row(), workspace.plan.rows.model.columns[current.column()].field) == (
        1, "evaluation")
    assert window.table.selectionModel().currentIndex().row() == window.model.row_of(late)


def test_the_view_follows_a_save_and_opens_the_consent(app_session, qtbot):
    window = app_session.start()
    late, _later = _patients(app_session.db)
    view = window.deadlines.show_view()
    assert view.model.counts() == [1, 0, 0, 3]
    window.show_patient(late)
    store.save_consent(app_session.db, late, Consent(given=True, valid_from=_day(-300),
                                                     valid_to=_day(-1)))
    window.workspace.saved.emit(late)
    assert view.model.counts() == [2, 0, 0, 3]
    consent = next(line.deadline for line in view.model.query().page(GROUP_OVERDUE)
                   if line.deadline.form == "consent")
    widget = window.deadlines.open_deadline(consent)
    assert window.workspace.tabs.currentWidget() is window.workspace.consent
    assert widget is window.workspace.consent.valid_to.line
    view.kind.setCurrentIndex(view.kind.findData("consent_end"))
    assert view.model.counts() == [1, 0, 0, 0]


def test_fristliste_from_the_view(app_session, qtbot, tmp_path, monkeypatch):
    window = app_session.start()
    _patients(app_session.db)
    view = window.deadlines.show_view()
    target = tmp_path / "fristliste.pdf"
    monkeypatch.setattr(print_dialog, "choose_save_path", lambda *args: str(target))
    assert view.save_pdf() == target
    assert target.read_bytes().startswith(b"%PDF")
    prints = app_session.db.execute(
        "SELECT COUNT(*) FROM access_log WHERE kind = 'print'").fetchone()[0]
    assert prints == 2


def test_mine_shows_for_a_logged_in_user_and_filters_by_my_name(db, qtbot, fast_hash):
    from desktop.records import Coordinator
    from desktop.store import accounts
    from desktop.store.patient_query import PatientQuery
    from desktop.store.session import Session
    from desktop.views.shell.deadlines_bar import DeadlinesBar
    from desktop.views.workspace.workspace import Workspace

    mine = store.add_patient(db, Patient(name="Åse Min", department="BUP")).id
    store.save_plan(db, mine, Plan(hospital_coordinator=Coordinator(name="Berit Bup")))
    store.add_patient(db, Patient(name="Bo Annen", department="BUP"))
    admin = accounts.create_first_admin(db, "admin", "Admin", "furu-elv-lykt-stein-7")
    nurse = accounts.add_user(db, admin, "bup", "Berit Bup", "gran-sjø-fyr-3x", departments=["BUP"])
    assert DeadlinesBar(PatientQuery(db)).mine.isHidden()  # nobody logged in: no "Mine"
    bar = DeadlinesBar(PatientQuery(Session(db, nurse)))
    qtbot.addWidget(bar)
    assert not bar.mine.isHidden()
    with qtbot.waitSignal(bar.filter_changed) as changed:
        bar.mine.click()
    model = PatientListModel(PatientQuery(Session(db, nurse)))
    model.set_filter(changed.args[0])
    assert [model.summary(r).id for r in range(model.rowCount())] == [mine]

    workspace = Workspace(Session(db, nurse))
    qtbot.addWidget(workspace)
    workspace.open_patient(mine)
    assert "Berit Bup (bup)" in _completions(workspace)


def _completions(workspace) -> list[str]:
    users = workspace.plan.coordinators.users
    return [users.item(r).text() for r in range(users.rowCount())]


def test_picking_myself_as_coordinator_makes_the_patient_mine_not_my_namesakes(
        db, qtbot, fast_hash):
    """Two users share a name: the one picked as coordinator sees the patient under Mine,
    the other does not (the username is kept, not only the name)."""
    from desktop.store import accounts
    from desktop.store.list_filters import ListFilter
    from desktop.store.patient_query import PatientQuery
    from desktop.store.session import Session
    from desktop.views.workspace.coordinators_box import HOSPITAL, USERNAME_ROLE
    from desktop.views.workspace.workspace import Workspace

    admin = accounts.create_first_admin(db, "admin", "Admin", "furu-elv-lykt-stein-7")
    me = accounts.add_user(db, admin, "kari1", "Kari Nordmann", "gran-sjø-fyr-3x",
                           departments=["BUP"])
    namesake = accounts.add_user(db, admin, "kari2", "Kari Nordmann", "bjørk-elv-fjell-9",
                                 departments=["BUP"])
    patient = store.add_patient(db, Patient(name="Åse Min", department="BUP")).id
    workspace = Workspace(Session(db, me))
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.open_patient(patient)
    workspace.show_tab("plan")  # a page is filled when it is shown
    assert _completions(workspace)[-2:] == ["Kari Nordmann (kari1)", "Kari Nordmann (kari2)"]
    field = workspace.plan.coordinators.fields[HOSPITAL]["name"]
    field.setFocus()
    qtbot.keyClicks(field, "kari")
    popup = workspace.plan.coordinators.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = popup.model()
    (row,) = [r for r in range(shown.rowCount())
              if shown.index(r, 0).data(USERNAME_ROLE) == "kari1"]
    popup.setCurrentIndex(shown.index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "Kari Nordmann"  # the name is filled in, not the list's label
    workspace.flush()
    assert store.load_plan(db, patient).plan.hospital_coordinator.name == "Kari Nordmann"
    assert db.execute("SELECT coordinator_user FROM patients").fetchone()[0] == "kari1"

    def mine(user) -> list[int]:
        model = PatientListModel(PatientQuery(Session(db, user)))
        model.set_filter(ListFilter(mine=user.display_name, username=user.username))
        return [model.summary(r).id for r in range(model.rowCount())]

    assert mine(me) == [patient]
    assert mine(namesake) == []  # the same name, another user: not theirs


def test_the_line_of_what_is_due_is_counted_in_the_background_when_slow(app_session, qtbot,
                                                                        monkeypatch):
    from desktop.models import background
    from desktop.store import budget

    window = app_session.start()
    _patients(app_session.db)
    bar = window.deadlines.bar
    monkeypatch.setattr(budget, "STEPS", 1)  # every read overruns at SQLite's first look
    monkeypatch.setattr(budget, "FRAME", 0.0)
    try:
        bar.summary.setText("")
        bar.refresh_summary()
        assert bar.summary.text() == ""  # not counted on the window's thread
        qtbot.waitUntil(lambda: bar.summary.text() != "", timeout=5000)
        assert bar.summary.text() == '<a href="frister">1 frist er forfalt</a>'
    finally:
        background.stop_all()
