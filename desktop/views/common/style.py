"""The few colours and parts the screens share, so that an error, a hint or a dialog's buttons
look the same everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from desktop.palette import ERROR_STYLE, HINT_STYLE, error_border

__all__ = ["ERROR_STYLE", "HINT_STYLE", "MessageLabel", "error_border", "error_label",
           "fit_window", "ok_cancel_buttons"]

MESSAGE_MIN_WIDTH = 240  # a refusal never squeezed to a column of single words


def fit_window(widget: QWidget) -> None:
    """Let ``widget``'s window grow (never shrink) to the height its layout needs at its
    width, within the screen: Qt does not grow a shown window whose wrapped text got longer,
    so a long sentence would be clipped."""
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    width = window.width()
    needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    screen = window.screen().availableGeometry().height() if window.screen() else needed
    if needed > window.height():
        window.resize(width, min(needed, max(screen, window.height())))


class MessageLabel(QLabel):
    """A wrapping label for a dialog's error or hint whose window grows with its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMinimumWidth(MESSAGE_MIN_WIDTH)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        fit_window(self)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name (show() calls it)
        super().setVisible(visible)
        if visible:
            fit_window(self)


def error_label(parent: QWidget) -> QLabel:
    """A hidden, wrapping red line for a dialog's one-sentence refusal (its window grows to
    show it whole)."""
    label = MessageLabel(parent)
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


def set_style(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` a style sheet unless it has that one already: every new sheet, even an
    equal one, polishes the widget and its children again (a patient's opening sets many)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
