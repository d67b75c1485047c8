"""The trust screens driven as a user would: log-in (first administrator, demo accounts, lockout),
user administration, the log view with nødtilgang highlighted, the emergency dialog, the idle
lock, and the innsyn PDF."""

from __future__ import annotations

import io
import sqlite3

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop import paths, store
from desktop.demo import fill_demo
from desktop.reports.access_report import save_access_report
from desktop.store import access, accounts, policy
from desktop.store.log import EMERGENCY, LOGIN, entries
from desktop.store.session import Session
from desktop.views.trust.emergency_dialog import EmergencyDialog
from desktop.views.trust.idle_lock import IdleWatcher
from desktop.views.trust.log_view import EMERGENCY_BACKGROUND, LogView
from desktop.views.trust.login_dialog import LoginDialog
from desktop.views.trust.users_dialog import UsersDialog

pytestmark = pytest.mark.usefixtures("fast_hash")


@pytest.fixture
def ward(db):
    fill_demo(db, 20)
    policy.create_demo_accounts(db)
    return db


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _other_patient(db, user):
    return next(p for p in store.search_patients(db, limit=100)
                if p.department not in user.departments and p.id_number)


def test_first_start_creates_the_first_administrator(qtbot, db) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.pages.currentIndex() == LoginDialog.PAGE_FIRST
    qtbot.keyClicks(dialog.first_name, "Kari Admin")
    qtbot.keyClicks(dialog.first_username, "kari")
    qtbot.keyClicks(dialog.first_password, "hemmelig-tekst-1")
    qtbot.keyClicks(dialog.first_repeat, "hemmelig-tekst-2")
    _ok(qtbot, dialog)
    assert dialog.error.isVisibleTo(dialog) and "ikke like" in dialog.error.text()
    assert not accounts.has_accounts(db)
    dialog.first_repeat.clear()
    qtbot.keyClicks(dialog.first_repeat, "hemmelig-tekst-1")
    _ok(qtbot, dialog)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.user.is_admin and dialog.user.username == "kari"


def test_demo_accounts_are_shown_on_a_demo_database_only(qtbot, ward) -> None:
    dialog = LoginDialog(ward)
    qtbot.addWidget(dialog)
    assert dialog.pages.currentIndex() == LoginDialog.PAGE_LOGIN
    assert dialog.demo.isVisibleTo(dialog) and "demo.admin" in dialog.demo.text()
    admin = accounts.get_user(ward, "demo.admin")
    accounts.add_user(ward, admin, "ekte", "Ekte Bruker", "ekstra-langt-ord", accounts.ROLE_ADMIN)
    real = LoginDialog(ward)
    qtbot.addWidget(real)
    assert not real.demo.isVisibleTo(real) and "demo-passord-admin" not in real.demo.text()


def test_login_errors_and_the_lockout_show_in_the_dialog(qtbot, ward) -> None:
    dialog = LoginDialog(ward, locked_by="Vera Voksen")
    qtbot.addWidget(dialog)
    assert "Vera Voksen" in dialog.intro.text()
    for _ in range(3):
        dialog.username.setText("demo.voksen")
        qtbot.keyClicks(dialog.password, "feil-passord")
        _ok(qtbot, dialog)
        assert dialog.password.text() == ""  # never left in the field
    assert "låst" in dialog.error.text()
    assert dialog.result() != LoginDialog.DialogCode.Accepted


def test_a_reset_password_must_be_replaced_at_log_in(qtbot, ward) -> None:
    admin = accounts.get_user(ward, "demo.admin")
    accounts.reset_password(ward, admin, "demo.barn", "midlertidig-passord")
    dialog = LoginDialog(ward)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "demo.barn")
    qtbot.keyClicks(dialog.password, "midlertidig-passord")
    _ok(qtbot, dialog)
    assert dialog.pages.currentIndex() == LoginDialog.PAGE_NEW_PASSWORD
    qtbot.keyClicks(dialog.new_password, "mitt-nye-passord")
    qtbot.keyClicks(dialog.new_repeat, "mitt-nye-passord")
    _ok(qtbot, dialog)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert accounts.authenticate(ward, "demo.barn", "mitt-nye-passord")


def test_users_dialog_lists_and_deactivates(qtbot, ward) -> None:
    admin = accounts.get_user(ward, "demo.admin")
    dialog = UsersDialog(ward, admin)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, UsersDialog.COL_USERNAME).text()
             for r in range(dialog.table.rowCount())]
    assert sorted(names) == ["demo.admin", "demo.barn", "demo.voksen"]
    row = names.index("demo.barn")
    dialog.table.selectRow(row)
    assert dialog.active_button.text() == "Deaktiver"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    row = [u.username for u in dialog.users].index("demo.barn")
    assert dialog.table.item(row, UsersDialog.COL_STATUS).text() == "Deaktivert"
    assert not accounts.get_user(ward, "demo.barn").active


def test_emergency_access_from_the_dialog_is_logged(qtbot, ward) -> None:
    user = accounts.get_user(ward, "demo.voksen")
    other = _other_patient(ward, user)
    dialog = EmergencyDialog(Session(ward, user))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.number, other.id_number)
    qtbot.keyClicks(dialog.reason, "kort")
    _ok(qtbot, dialog)
    assert "begrunnelse" in dialog.error.text() and not entries(ward, kind=EMERGENCY)
    qtbot.keyClicks(dialog.reason, ", akutt innlagt, lege trenger planen")
    _ok(qtbot, dialog)
    assert dialog.patient_id == other.id
    assert [e.patient_id for e in entries(ward, kind=EMERGENCY)] == [other.id]


def test_log_view_filters_and_highlights_emergency_access(qtbot, ward, data_dir) -> None:
    user = accounts.authenticate(ward, "demo.voksen", "demo-passord-ansatt")
    other = _other_patient(ward, user)
    access.emergency_open(Session(ward, user), other.id, "Akutt innlagt, trengte planen")
    view = LogView(ward)
    qtbot.addWidget(view)
    assert not view.warning.isVisibleTo(view)
    kinds = [view.table.item(r, LogView.COL_KIND).text() for r in range(view.table.rowCount())]
    row = kinds.index("Nødtilgang")
    assert view.table.item(row, 0).background().color() == EMERGENCY_BACKGROUND
    assert view.table.item(row, LogView.COL_DETAIL).text().startswith("Begrunnelse: Akutt")
    view.kind.setCurrentIndex(view.kind.findText("Innlogging"))
    assert {view.table.item(r, LogView.COL_KIND).text()
            for r in range(view.table.rowCount())} == {"Innlogging"}
    view.kind.setCurrentIndex(0)
    view.patient.setText(other.id_number)
    view.refresh()
    assert view.innsyn_button.isEnabled()
    assert {view.table.item(r, LogView.COL_PATIENT).text()
            for r in range(view.table.rowCount())} == {f"{other.name} ({other.id})"}
    ward.close()
    conn = sqlite3.connect(paths.database_path(data_dir))
    conn.execute("DROP TRIGGER access_log_no_delete")
    conn.execute("DELETE FROM access_log WHERE kind = 'emergency'")
    conn.commit()
    conn.close()
    reopened = store.open_db(paths.database_path(data_dir))
    tampered = LogView(reopened)
    qtbot.addWidget(tampered)
    assert tampered.warning.isVisibleTo(tampered) and "slettet" in tampered.warning.text()
    reopened.close()


def test_innsyn_pdf_lists_who_accessed_the_patient(ward, tmp_path) -> None:
    user = accounts.get_user(ward, "demo.voksen")
    other = _other_patient(ward, user)
    access.emergency_open(Session(ward, user), other.id, "Akutt innlagt, trengte planen")
    out = tmp_path / "ut"
    out.mkdir()
    saved = save_access_report(ward, other.id, out / "innsyn.pdf")
    assert [p.name for p in out.iterdir()] == ["innsyn.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(
        saved.read_bytes())).pages)
    assert other.name in text and "Vera Voksen" in text
    assert "Nødtilgang" in text and "Akutt innlagt" in text
    assert entries(ward)[-1].detail == '{"form": "innsyn"}'


def test_idle_watcher_fires_after_quiet_and_input_postpones_it(qtbot) -> None:
    watcher = IdleWatcher(0.004)  # 240 ms
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    qtbot.wait(150)
    watcher.eventFilter(None, _key_event())
    qtbot.wait(150)
    assert not fired  # 300 ms passed, but input came after 150
    qtbot.waitUntil(lambda: bool(fired), timeout=1000)
    watcher.stop()


def _key_event():
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")


def test_login_is_logged(ward) -> None:
    accounts.authenticate(ward, "demo.admin", "demo-passord-admin")
    assert entries(ward)[-1].kind == LOGIN
