"""The window's session: log-in before the window, the patient list limited to the user's
departments, the idle lock (nothing typed is lost; the next person must log in), and the
administrators' menu."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop import paths, store
from desktop.app import main_window_for
from desktop.demo import fill_demo
from desktop.store import access, accounts, policy
from desktop.store.log import LOCK, LOGIN, entries
from desktop.store.session import Session as UserSession
from desktop.views.paper.sign_dialog import SignDialog
from desktop.views.shell.patient_dialog import PatientDialog
from desktop.views.trust.dialog_cover import LockCover
from desktop.views.trust.session import Session
from tests.views.trust.session_helpers import end_session

pytestmark = pytest.mark.usefixtures("fast_hash")


@pytest.fixture
def session(qtbot, db, data_dir):
    fill_demo(db, 30)
    policy.create_demo_accounts(db)
    made = Session(db, data_dir, main_window_for)
    yield made
    end_session(made)


def _log_in(qtbot, dialog, username: str, password: str) -> None:
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_log_in_comes_first_and_the_list_shows_own_departments(qtbot, session, db) -> None:
    session.start()
    assert session.window is None and session.dialog is not None
    _log_in(qtbot, session.dialog, "demo.voksen", "demo-passord-ansatt")
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    user = accounts.get_user(db, "demo.voksen")
    model = session.window.model
    assert model.total() == access.count_visible(UserSession(db, user)) < 30
    shown = {model.summary(row).department for row in range(model.rowCount())}
    assert shown <= set(user.departments)
    assert entries(db)[-1].kind == LOGIN
    assert not hasattr(session.window, "admin_menu")


def test_the_idle_lock_hides_the_window_and_the_same_user_resumes(qtbot, session, db) -> None:
    user = accounts.authenticate(db, "demo.voksen", "demo-passord-ansatt")
    session.open_window(user)
    window = session.window
    patient_id = access.search_visible(UserSession(db, user))[0].id
    assert window.open_patient(patient_id)
    session.idle.set_minutes(0.002)  # 120 ms
    session.idle.start()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    lock = entries(db)[-1]
    assert (lock.kind, lock.user) == (LOCK, "demo.voksen") and "idle" in lock.detail
    assert "Vera Voksen" in session.dialog.intro.text()
    _log_in(qtbot, session.dialog, "demo.voksen", "demo-passord-ansatt")
    qtbot.waitUntil(window.isVisible)
    assert session.window is window and window.current_patient_id() == patient_id


def test_the_idle_lock_covers_an_open_dialog_and_the_same_user_finds_it_again(
        qtbot, session, db) -> None:
    """A dialog run with exec() (the print preview) stays open under the lock's sheet: its
    content is hidden and takes no input, and after the log-in it is as it was."""
    user = accounts.authenticate(db, "demo.voksen", "demo-passord-ansatt")
    session.open_window(user)
    window = session.window
    assert window.open_patient(access.search_visible(UserSession(db, user))[0].id)
    session.idle.set_minutes(0.002)  # 120 ms
    seen = {}

    def while_printing() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, while_printing)
            return
        seen["dialog"], seen["title"] = dialog, dialog.windowTitle()
        session.idle.start()  # nobody touches the keyboard while the preview is open
        QTimer.singleShot(20, when_locked)

    def when_locked() -> None:
        if session.dialog is None:
            QTimer.singleShot(20, when_locked)
            return
        dialog = seen["dialog"]
        cover = dialog.findChild(LockCover)
        seen["locked"] = (dialog.isVisible(), cover is not None and cover.isVisible(),
                          cover is not None and cover.geometry() == dialog.rect(),
                          dialog.windowTitle(), window.isVisible(),
                          entries(db)[-1].kind)
        _log_in(qtbot, session.dialog, "demo.voksen", "demo-passord-ansatt")
        qtbot.waitUntil(window.isVisible)
        seen["after"] = (dialog.findChild(LockCover) is None or not dialog.findChild(
            LockCover).isVisible(), dialog.windowTitle(), dialog.isVisible())
        dialog.reject()

    QTimer.singleShot(0, while_printing)
    window.plan_actions.print_plan()  # returns when the user closes the dialog
    assert seen["title"].startswith("Skriv ut")
    assert seen["locked"] == (True, True, True, "Individuell plan – låst", False, LOCK)
    assert seen["after"] == (True, seen["title"], True)


def test_text_typed_in_a_dialog_survives_the_idle_lock(qtbot, session, db) -> None:
    user = accounts.authenticate(db, "demo.voksen", "demo-passord-ansatt")
    session.open_window(user)
    window = session.window
    patient_id = access.search_visible(UserSession(db, user))[0].id
    assert window.open_patient(patient_id)
    dialog = PatientDialog(db, store.get_patient(db, patient_id), window)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "Storgata 1, 2317 Hamar")
    assert dialog.address.text() == "Storgata 1, 2317 Hamar"
    session.idle.set_minutes(0.002)
    session.idle.start()
    qtbot.waitUntil(lambda: session.dialog is not None, timeout=2000)
    assert dialog.isVisible() and not dialog.address.isEnabled()  # covered, no input
    assert dialog.findChild(LockCover).isVisible()
    _log_in(qtbot, session.dialog, "demo.voksen", "demo-passord-ansatt")
    qtbot.waitUntil(window.isVisible)
    assert dialog.isVisible() and dialog.address.isEnabled()
    assert dialog.address.text() == "Storgata 1, 2317 Hamar"
    assert dialog.findChild(LockCover) is None or not dialog.findChild(LockCover).isVisible()
    dialog.reject()


def test_another_user_at_the_lock_never_sees_the_dialog(qtbot, session, db) -> None:
    vera = accounts.authenticate(db, "demo.voksen", "demo-passord-ansatt")
    session.open_window(vera)
    patient_id = access.search_visible(UserSession(db, vera))[0].id
    assert session.window.open_patient(patient_id)
    dialog = SignDialog(session.user_session, patient_id, session.window)
    dialog.open()
    qtbot.waitExposed(dialog)
    session.lock()
    _log_in(qtbot, session.dialog, "demo.barn", "demo-passord-ansatt")
    qtbot.waitUntil(lambda: session.user.username == "demo.barn")
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)


def test_another_user_at_the_lock_gets_their_own_window(qtbot, session, db) -> None:
    vera = accounts.authenticate(db, "demo.voksen", "demo-passord-ansatt")
    session.open_window(vera)
    first = session.window
    first.open_patient(access.search_visible(UserSession(db, vera))[0].id)
    session.lock()
    _log_in(qtbot, session.dialog, "demo.barn", "demo-passord-ansatt")
    qtbot.waitUntil(lambda: session.window is not None and session.window is not first)
    assert session.user.username == "demo.barn"
    assert session.window.current_patient_id() is None  # Vera's patient is not shown to him
    bendik = accounts.get_user(db, "demo.barn")
    model = session.window.model
    assert {model.summary(r).department for r in range(model.rowCount())} <= set(
        bendik.departments)


def test_administrators_get_their_menu_but_no_patients(qtbot, session, db) -> None:
    admin = accounts.authenticate(db, "demo.admin", "demo-passord-admin")
    session.open_window(admin)
    titles = [action.text() for action in session.window.admin_menu.actions()]
    assert "Brukere…" in titles and "Tilgangslogg…" in titles
    assert session.window.model.total() == 0


def test_a_backup_is_taken_when_due(session, data_dir) -> None:
    session.backup_if_due()
    session.wait_for_backup()
    assert list(paths.backup_dir(data_dir).glob("individuell-plan-*-auto.sqlite"))


def test_a_second_copy_says_so_and_writes_nothing(qtbot, data_dir, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.store.lock import WriterLock
    from desktop.views.trust.session import run_with_login

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    with WriterLock(data_dir):
        assert run_with_login(QApplication.instance(), str(data_dir), main_window_for) == 1
    assert "allerede åpent" in shown[0]
    assert not paths.database_path(data_dir).exists()


def test_a_folder_that_cannot_be_written_gives_a_clear_message(qtbot, data_dir,
                                                               monkeypatch) -> None:
    import sqlite3

    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.store import opening
    from desktop.store.lock import folder_in_use
    from desktop.views.trust.session import run_with_login

    def read_only(*_args, **_kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(opening, "open_data_folder", read_only)
    assert run_with_login(QApplication.instance(), str(data_dir), main_window_for) == 1
    assert "skrivebeskyttet" in shown[0] and "disken er full" in shown[0]
    assert folder_in_use(data_dir) is None  # the lock was let go


def test_lock_now_is_logged_as_locked_by_the_user(qtbot, session, db) -> None:
    from desktop.store.audit import describe

    user = accounts.authenticate(db, "demo.voksen", "demo-passord-ansatt")
    session.open_window(user)
    window = session.window
    (action,) = [a for a in window.file_menu.actions() if a.text() == "Lås nå"]
    action.trigger()
    assert not window.isVisible()
    lock = entries(db)[-1]
    assert (lock.kind, lock.user) == (LOCK, "demo.voksen")
    assert "låst av brukeren" in describe(lock.kind, lock.detail)
    assert "ikke i bruk" not in describe(lock.kind, lock.detail)
