"""What the idle lock does with an open dialog (issue 16 item 10): the dialog stays open, with
all that was typed in it, under an opaque sheet that hides its content (a dialog shows patient
data too) and takes no input; its title says the program is locked. The same user's log-in
takes the sheet away and the dialog is as it was. Hiding or rejecting the dialog instead would
end a dialog's exec() and lose the text; a sheet leaves the dialog's own loop running."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget


class LockCover(QWidget):
    """The sheet over one dialog; follows the dialog's size."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.title = dialog.windowTitle()
        self.enabled = [child for child in dialog.findChildren(QWidget, options=(
            Qt.FindChildOption.FindDirectChildrenOnly)) if child.isEnabled() and child is not self]
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.Window)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Programmet er låst. Logg inn igjen for å fortsette her; det "
                              "du har skrevet, er tatt vare på."), self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        for child in self.enabled:
            child.setEnabled(False)  # no input reaches the dialog under the sheet
        dialog.setWindowTitle(self.tr("Individuell plan – låst"))
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.dialog.rect())
        return False

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        self.dialog.setWindowTitle(self.title)
        for child in self.enabled:
            child.setEnabled(True)
        self.hide()
        self.deleteLater()


def cover_open_dialogs(keep_out: QWidget | None = None) -> list[LockCover]:
    """Put a sheet over every visible dialog (not ``keep_out``, the log-in)."""
    return [LockCover(widget) for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not keep_out
            and widget.findChild(LockCover) is None]


def uncover(covers: list[LockCover]) -> None:
    """The same user is back: every dialog as it was."""
    for cover in covers:
        cover.remove()


def close_covered(covers: list[LockCover]) -> None:
    """Someone else logs in or the program quits: the dialogs close unanswered."""
    for cover in covers:
        dialog = cover.dialog
        cover.remove()
        dialog.reject()
