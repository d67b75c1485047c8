"""The log-in dialog over an encrypted data folder: the typed password unlocks the database
before anything of it is read; a wrong one is refused and counted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

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
