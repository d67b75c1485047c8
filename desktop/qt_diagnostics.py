"""The window's side of the technical log: Qt's own messages go to the log, and an uncaught
error shows one sentence (with the log file) once per burst, never on top of itself."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import diagnostics

BURST_SECONDS = 3.0  # errors within this time after the notice was closed are only logged
_qt_logger = logging.getLogger("qt")
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def error_sentence(path: Path | None) -> str:
    if path is None:
        return QCoreApplication.translate(
            "Diagnostics", "Noe gikk galt, og feilen kunne ikke skrives i loggen.")
    return QCoreApplication.translate(
        "Diagnostics", "Noe gikk galt. Feilen er skrevet i loggen: {path}").format(path=path)


class ErrorNotice(QObject):
    """Shows the error sentence in the GUI thread, whichever thread reported the error."""

    _reported = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.showing = False
        self.closed_at = -BURST_SECONDS
        self.shown: list[str] = []  # the sentences shown, for the log and the tests
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, path: Path | None) -> None:
        self._reported.emit(path)

    def _show(self, path: Path | None) -> None:
        if self.showing or time.monotonic() - self.closed_at < BURST_SECONDS:
            return  # one notice per burst; the log has every error
        self.showing = True
        try:
            text = error_sentence(path)
            self.shown.append(text)
            box = QMessageBox(QMessageBox.Icon.Critical, QApplication.applicationDisplayName(),
                              text, QMessageBox.StandardButton.Ok,
                              QApplication.activeWindow())
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        finally:
            self.showing = False
            self.closed_at = time.monotonic()


class QtMessageLog:
    """Qt's warnings and errors into the log (a critical one also tells the user); the handler
    that was installed before (pytest-qt's in the tests) still gets every message."""

    def __init__(self, notice: ErrorNotice | None) -> None:
        self.notice = notice
        self.previous = qInstallMessageHandler(self.handle)

    def handle(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        where = f" ({context.category})" if context.category not in (None, "default") else ""
        _qt_logger.log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)
        if kind == QtMsgType.QtFatalMsg:
            logging.shutdown()  # Qt aborts next
        elif kind == QtMsgType.QtCriticalMsg and self.notice is not None:
            self.notice.report(diagnostics.current_log())
        if self.previous is not None:
            self.previous(kind, context, message)

    def uninstall(self) -> None:
        qInstallMessageHandler(self.previous)


def install(app: QApplication) -> Callable[[], None]:
    """Exception hooks and the Qt message handler for the window (after ``setup_logging``);
    returns the function that puts the previous ones back."""
    notice = ErrorNotice(app)
    restore_hooks = diagnostics.install_excepthooks(notice.report)
    messages = QtMessageLog(notice)

    def uninstall() -> None:
        messages.uninstall()
        restore_hooks()
        notice.deleteLater()

    return uninstall


def tell_now(path: Path | None) -> None:
    """The sentence at once, for an error that ended the window's start (no event loop runs)."""
    if QApplication.instance() is not None:
        QMessageBox.critical(None, QApplication.applicationDisplayName(), error_sentence(path))
