"""Issue 15 items 6 and 7 in the window, driven through real widgets: the own-password page and
the nødtilgang page in Innstillinger, the password rules in the first-administrator dialog, the
nødtilgang banner in the workspace (gone at the lock and at expiry), the flagged self-granted
departments in the log view, and the nødtilgang uses on the innsyn print."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop import language, store
from desktop.app import main_window_for
from desktop.demo import fill_demo
from desktop.reports.access_report import save_access_report
from desktop.store import access, accounts, policy
from desktop.store.log import SELF_GRANT, USER_ADMIN, entries
from desktop.store.session import EmergencyGrant
from desktop.store.session import Session as UserSession
from desktop.views.trust.emergency_page import EmergencyPage
from desktop.views.trust.log_view import EMERGENCY_BACKGROUND, LogView
from desktop.views.trust.login_dialog import LoginDialog
from desktop.views.trust.password_page import PasswordPage
from desktop.views.trust.session import Session
from desktop.views.trust.settings_dialog import SettingsDialog
from tests.views.trust.session_helpers import end_session

pytestmark = pytest.mark.usefixtures("fast_hash")
REASON = "Innlagt akutt i natt, vakthavende trenger planen"


@pytest.fixture
def ward(db):
    fill_demo(db, 20)
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "styrer-passord-1")
    vera = accounts.add_user(db, admin, "vera", "Vera Voksen", "passord-voksen",
                             departments=["Voksenpsykiatri", "Rusbehandling"])
    return db, admin, vera


@pytest.fixture
def user_settings(tmp_path, qapp):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    language.set_chosen_language(None)
    yield
    language.set_chosen_language(None)


def _tab(dialog: SettingsDialog, title: str):
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    return dialog.tabs.widget(titles.index(title)) if title in titles else None


def _other_patient(db, user):
    return next(p for p in store.search_patients(db, limit=100)
                if p.department not in user.departments)


def test_a_user_changes_their_own_password_in_innstillinger(qtbot, ward,
                                                            user_settings) -> None:
    db, _, vera = ward
    session = UserSession(db, vera)
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    page = _tab(dialog, "Passord")
    assert isinstance(page, PasswordPage) and _tab(dialog, "Nødtilgang") is None  # staff
    qtbot.keyClicks(page.current, "passord-voksen")
    qtbot.keyClicks(page.new, "passord123456")
    qtbot.keyClicks(page.repeat, "passord123456")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisibleTo(page) and "mest brukte" in page.error.text()
    assert page.new.text() == ""  # never left in a field
    qtbot.keyClicks(page.current, "feil passord her")
    qtbot.keyClicks(page.new, "korrekt hest batteri")
    qtbot.keyClicks(page.repeat, "korrekt hest batteri")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert "nåværende passordet er feil" in page.error.text()
    qtbot.keyClicks(page.current, "passord-voksen")  # saving Innstillinger changes it too
    qtbot.keyClicks(page.new, "korrekt hest batteri")
    qtbot.keyClicks(page.repeat, "korrekt hest batteri")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert accounts.authenticate(db, "vera", "korrekt hest batteri")
    last = [json.loads(e.detail) for e in entries(db, kind=USER_ADMIN)][-1]
    assert last == {"action": "change_own_password", "username": "vera"}
    assert "korrekt hest" not in " ".join(e.detail for e in entries(db))


def test_a_refused_password_keeps_innstillinger_open(qtbot, ward, user_settings) -> None:
    db, _, vera = ward
    dialog = SettingsDialog(UserSession(db, vera))
    qtbot.addWidget(dialog)
    page = _tab(dialog, "Passord")
    qtbot.keyClicks(page.current, "passord-voksen")
    qtbot.keyClicks(page.new, "korrekt hest batteri")
    qtbot.keyClicks(page.repeat, "korrekt hest batteri!")
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page and "ikke like" in page.error.text()


def test_an_administrator_sets_how_long_nodtilgang_lasts(qtbot, ward, user_settings) -> None:
    db, admin, _ = ward
    dialog = SettingsDialog(UserSession(db, admin))
    qtbot.addWidget(dialog)
    page = _tab(dialog, "Nødtilgang")
    assert isinstance(page, EmergencyPage) and page.hours.value() == 4
    page.hours.setValue(2)
    dialog.accept()
    assert policy.emergency_hours(db) == 2
    assert json.loads(entries(db, kind=USER_ADMIN)[-1].detail)["emergency_hours"] == 2


def test_the_first_administrator_dialog_follows_the_password_rules(qtbot, db) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first_name, "Kari Admin")
    qtbot.keyClicks(dialog.first_username, "kari")
    for field in (dialog.first_password, dialog.first_repeat):
        qtbot.keyClicks(field, "passord123456")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert "mest brukte" in dialog.error.text() and not accounts.has_accounts(db)


@pytest.fixture
def window_session(qtbot, ward, data_dir):
    db, _, vera = ward
    made = Session(db, data_dir, main_window_for)
    made.open_window(vera)
    yield made
    end_session(made)


def test_the_workspace_shows_nodtilgang_with_its_reason_until_the_lock(qtbot, ward,
                                                                       window_session) -> None:
    db, _, vera = ward
    window = window_session.window
    other = _other_patient(db, vera)
    mine = access.search_visible(window_session.user_session)[0].id
    assert window.open_patient(mine)
    assert not window.workspace.header.emergency.isVisibleTo(window)
    access.emergency_open(window_session.user_session, other.id, REASON)
    assert window.open_patient(other.id)
    banner = window.workspace.header.emergency
    assert banner.isVisibleTo(window) and REASON in banner.text() and "nødtilgang" in banner.text()
    window_session.lock("by_user")
    assert window.current_patient_id() is None  # closed at the lock, saved first
    assert not access.may_see(window_session.user_session, other.id)
    assert not banner.isVisibleTo(window)


def test_an_expired_nodtilgang_closes_the_patient(qtbot, ward, window_session) -> None:
    db, _, vera = ward
    window = window_session.window
    session = window_session.user_session
    other = _other_patient(db, vera)
    access.emergency_open(session, other.id, REASON)
    assert window.open_patient(other.id)
    window_session.end_expired_emergency()
    assert window.current_patient_id() == other.id  # four hours are not over
    grant = session.emergency_grants[other.id]
    session.emergency_grants[other.id] = EmergencyGrant(
        other.id, grant.reason, grant.started - dt.timedelta(hours=5),
        dt.datetime.now() - dt.timedelta(minutes=1))
    window_session.end_expired_emergency()
    assert window.current_patient_id() is None
    assert not any(action.isEnabled() for action in window._patient_actions)


def test_self_granted_departments_are_flagged_in_the_log_view(qtbot, ward) -> None:
    db, admin, _ = ward
    accounts.update_user(db, admin, "kari.admin", "Kari Admin", accounts.ROLE_ADMIN,
                         ["Voksenpsykiatri"])
    view = LogView(db)
    qtbot.addWidget(view)
    kinds = [view.table.item(r, LogView.COL_KIND).text() for r in range(view.table.rowCount())]
    row = kinds.index("Ga seg selv avdelinger")
    assert view.table.item(row, 0).background().color() == EMERGENCY_BACKGROUND
    assert "nye avdelinger: Voksenpsykiatri" in view.table.item(row, LogView.COL_DETAIL).text()
    view.kind.setCurrentIndex(view.kind.findText("Ga seg selv avdelinger"))
    assert view.kind.currentData() == (SELF_GRANT,)
    assert view.table.rowCount() == 1


def test_the_innsyn_print_lists_the_nodtilgang_uses(ward, tmp_path) -> None:
    db, _, vera = ward
    other = _other_patient(db, vera)
    access.emergency_open(UserSession(db, vera), other.id, REASON)
    saved = save_access_report(db, other.id, tmp_path / "innsyn.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        saved.read_bytes())).pages)
    assert "Nødtilgang: åpnet av noen utenfor avdelingen din" in text
    first_table = text.split("Hele tilgangsloggen")[0]
    assert "Vera Voksen (vera)" in first_table and "vakthavende trenger planen" in first_table


def test_an_administrator_is_warned_at_log_in_about_a_trigger_added_outside(
        qtbot, ward, data_dir, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    db, admin, vera = ward
    db.execute("CREATE TRIGGER silence BEFORE INSERT ON access_log "
               "WHEN NEW.user = 'vera' BEGIN SELECT RAISE(IGNORE); END")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    for user in (vera, admin):  # staff are not told (nor made to wait for the check)
        made = Session(db, data_dir, main_window_for)
        made.open_window(user)
        if user is admin:  # the check runs beside the window; its warning comes after
            qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        end_session(made)
    (warning,) = shown
    assert "silence" in warning and "individuell-plan check" in warning
