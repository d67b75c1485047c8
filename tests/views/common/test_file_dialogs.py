"""Qt's own file dialog (not the system's) is used, so it speaks the language chosen in the
program: its buttons and labels come from the qtbase catalogue desktop/language.py installs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from desktop import language
from desktop.app import make_application
from desktop.views.common import file_dialogs


def _texts_of_the_open_dialog(result: dict) -> None:
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QFileDialog) and w.isVisible())
    box = dialog.findChild(QDialogButtonBox)
    result["buttons"] = {b.text().replace("&", "") for b in box.buttons()}
    result["labels"] = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    result["native"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.reject()


@pytest.mark.parametrize(("code", "buttons", "label"), [
    ("nb", {"Lagre", "Avbryt"}, "Filnavn:"),
    ("nn", {"Lagra", "Avbryt"}, "Filnamn:"),
])
def test_the_save_dialog_speaks_the_chosen_language(code, buttons, label, qtbot, tmp_path):
    make_application()
    try:
        language.install(code)
        result: dict = {}
        QTimer.singleShot(300, lambda: _texts_of_the_open_dialog(result))
        assert file_dialogs.save_file_name(None, "Lagre", str(tmp_path / "plan.pdf"),
                                           "PDF (*.pdf)") == ""
        assert result["native"], "Qt's own dialog, the one the catalogue translates"
        assert result["buttons"] == buttons
        assert label in result["labels"]
    finally:
        language.install("nb")
