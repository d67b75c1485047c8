"""Qt's own file dialogs instead of the system's: the system dialog (GTK, KDE, Windows) speaks
the desktop's language, not the language chosen in the program, while Qt's dialog reads the
qtbase catalogue desktop/language.py installs, so "Lagre", "Avbryt" and "Filnavn:" follow the
user's choice of Bokmål, Nynorsk or English. (Qt's print dialog is its own widget on Linux and
follows the same catalogue; on Windows Qt always shows the system's print dialog.)"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

OPTIONS = QFileDialog.Option.DontUseNativeDialog


def open_file_name(parent: QWidget | None, title: str, folder: str, pattern: str) -> str:
    """The file the user chose to open, or "" when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, folder, pattern, "", OPTIONS)
    return path


def open_file_names(parent: QWidget | None, title: str, folder: str, pattern: str) -> list[str]:
    """The files the user chose to open, or [] when cancelled."""
    paths, _filter = QFileDialog.getOpenFileNames(parent, title, folder, pattern, "", OPTIONS)
    return paths


def save_file_name(parent: QWidget | None, title: str, suggested: str, pattern: str) -> str:
    """Where the user chose to save, or "" when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, pattern, "", OPTIONS)
    return path
