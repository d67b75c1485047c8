"""Settings: the language is kept per user for the next start, the logo in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop import language, resources
from desktop.store import settings as stored
from desktop.views.trust.settings_dialog import SettingsDialog


@pytest.fixture
def user_settings(tmp_path, qapp):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    qapp.setOrganizationName("individuell-plan")
    qapp.setApplicationName("individuell-plan")
    language.set_chosen_language(None)
    yield
    language.set_chosen_language(None)


def test_language_and_logo_are_saved_and_cancel_keeps_both(db, qtbot, tmp_path, user_settings,
                                                           monkeypatch):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("nn"))
    logo = tmp_path / "logo.png"
    logo.write_bytes(resources.read_bytes(resources.DEFAULT_LOGO))
    assert dialog.set_logo_file(logo)
    dialog.reject()
    assert language.chosen_language() is None and stored.get_logo(db) is None

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nn"))
    assert dialog.set_logo_file(logo)
    dialog.accept()
    assert language.chosen_language() == "nn"
    assert stored.get_logo(db) == logo.read_bytes()
    monkeypatch.delenv(language.ENV_LANGUAGE, raising=False)
    assert language.current_language() == "nn"

    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.language.currentData() == "nn" and again.default_logo.isEnabled()
    again.default_logo.click()
    again.accept()
    assert stored.get_logo(db) is None


def test_a_file_that_is_no_picture_is_refused(db, qtbot, tmp_path, user_settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    assert not dialog.set_logo_file(text)
    assert shown and "PNG" in shown[0]
    dialog.accept()
    assert stored.get_logo(db) is None


def test_only_an_administrator_changes_the_logo_and_it_is_logged(db, qtbot, user_settings):
    from desktop.store import accounts, log
    from desktop.store.session import Session

    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "hemmelig-ord-9x")
    staff = accounts.add_user(db, admin, "ola.ansatt", "Ola Ansatt", "hemmelig-ord-9x",
                              departments=["Rusbehandling"])
    dialog = SettingsDialog(Session(db, staff))
    qtbot.addWidget(dialog)
    assert not dialog.choose_logo.isEnabled() and not dialog.default_logo.isEnabled()
    assert "administrator" in dialog.logo_note.text()

    dialog = SettingsDialog(Session(db, admin))
    qtbot.addWidget(dialog)
    assert dialog.choose_logo.isEnabled()
    assert dialog.set_logo_file(resources.resource_path(resources.DEFAULT_LOGO))
    dialog.accept()
    assert stored.get_logo(db) is not None
    entry = log.entries(db, kind=log.USER_ADMIN)[-1]
    assert entry.user == "kari.admin" and '"logo": "hospital"' in entry.detail
