"""The log-in dialog over an encrypted data folder: the typed password unlocks the database
before anything of it is read; a wrong one is refused and counted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop import paths, store
from desktop.store import accounts, cipher, keyring, unlock
from desktop.views.trust.login_dialog import LoginDialog

pytestmark = pytest.mark.usefixtures("fast_hash")

PASSWORD = "lang og hemmelig setning"


@pytest.fixture
def encrypted(data_dir):
    db = store.open_data_folder(data_dir)
    accounts.create_first_admin(db, "kari", "Kari Admin", PASSWORD)
    db.close()
    db, _ = unlock.log_in(data_dir, "kari", PASSWORD)
    db.close()
    cipher.forget_all()
    assert cipher.is_encrypted(paths.database_path(data_dir))
    return data_dir


def _log_in(qtbot, dialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_dialog_unlocks_an_encrypted_database(qtbot, encrypted) -> None:
    dialog = LoginDialog(None, folder=encrypted)
    qtbot.addWidget(dialog)
    assert dialog.pages.currentIndex() == LoginDialog.PAGE_LOGIN
    assert not dialog.demo.isVisibleTo(dialog)
    _log_in(qtbot, dialog, "kari", "feil passord her")
    assert "Feil brukernavn eller passord" in dialog.error.text()
    assert dialog.db is None and dialog.result() != LoginDialog.DialogCode.Accepted
    assert keyring.read(encrypted)["attempts"]["kari"]["failed"] == 1
    _log_in(qtbot, dialog, "kari", PASSWORD)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.user.username == "kari" and dialog.db is not None
    assert cipher.key_of(dialog.db.conn) is not None
    assert accounts.has_accounts(dialog.db)
    dialog.db.close()


def _answer_login(username: str, password: str, seen: list) -> None:
    """When the application's first log-in shows, type into it; when the window shows, close
    it (which ends the application)."""
    def step() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, LoginDialog) and widget.isVisible():
                widget.username.setText(username)
                widget.password.setText(password)
                widget.findChild(QDialogButtonBox).button(
                    QDialogButtonBox.StandardButton.Ok).click()
                QTimer.singleShot(50, step)
                return
            if widget.isVisible() and hasattr(widget, "workspace"):
                seen.append(widget.windowTitle())
                widget.close()
                return
        QTimer.singleShot(50, step)

    QTimer.singleShot(50, step)


def test_the_application_encrypts_at_the_first_log_in_and_then_unlocks(qtbot, data_dir) -> None:
    from desktop.app import main_window_for
    from desktop.views.trust.session import run_with_login

    db = store.open_data_folder(data_dir)
    accounts.create_first_admin(db, "kari", "Kari Admin", PASSWORD)
    db.close()
    app = QApplication.instance()
    seen: list = []
    _answer_login("kari", PASSWORD, seen)
    assert run_with_login(app, str(data_dir), main_window_for) == 0
    assert seen and cipher.is_encrypted(paths.database_path(data_dir))
    cipher.forget_all()
    _answer_login("kari", PASSWORD, seen)
    assert run_with_login(app, str(data_dir), main_window_for) == 0
    assert len(seen) == 2
    db = store.open_data_folder(data_dir)  # the key this run unwrapped
    kinds = [row[0] for row in db.execute("SELECT kind FROM access_log ORDER BY id")]
    db.close()
    assert kinds.count("login") == 2 and kinds.count("logout") == 2
