"""The few colours and parts the screens share, so that an error, a hint or a dialog's buttons
look the same everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from desktop.palette import ERROR_STYLE, HINT_STYLE, error_border

__all__ = ["ERROR_STYLE", "HINT_STYLE", "error_border", "error_label", "ok_cancel_buttons"]


def error_label(parent: QWidget) -> QLabel:
    """A hidden, wrapping red line for a dialog's one-sentence refusal."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def ok_cancel_buttons(dialog: QDialog, ok_text: str, on_ok: Callable[[], None] | None = None
                      ) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's buttons: ``ok_text`` (runs ``on_ok``, default accept) and Avbryt.
    Returns the button box and its OK button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialog", "Avbryt"))
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
