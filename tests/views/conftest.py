"""Fixtures for driving the whole window: start (and restart) the app on the test's data folder,
and stand-ins for modal message boxes and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.app import main_window_for, make_application
from desktop.store import open_data_folder


class AppSession:
    """Starts the main window like run_app does; ``restart()`` closes it and opens the same
    data folder again, as a user quitting and starting the program would."""

    def __init__(self, qtbot, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.window = None
        self.db = None

    def start(self):
        make_application()
        self.db = open_data_folder(str(self.data_dir))
        self.window = main_window_for(self.db)
        self.qtbot.addWidget(self.window)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        return self.window

    def close(self) -> None:
        if self.window is not None:
            assert self.window.close(), "the window refused to close"
            self.window = None
        if self.db is not None:
            self.db.close()
            self.db = None

    def restart(self):
        self.close()
        return self.start()


@pytest.fixture
def app_session(qtbot, data_dir: Path):
    session = AppSession(qtbot, data_dir)
    yield session
    if session.window is not None:
        session.window.close()
    if session.db is not None:
        session.db.close()


class MessageBoxes:
    """Records the questions and notices the program shows and gives the chosen answer."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.abouts: list[str] = []
        self.answer = QMessageBox.StandardButton.No

    def question(self, _parent, title, text, *_args, **_kwargs):
        self.questions.append(f"{title}\n{text}")
        return self.answer

    def about(self, _parent, title, text):
        self.abouts.append(f"{title}\n{text}")


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "question", boxes.question)
    monkeypatch.setattr(QMessageBox, "about", boxes.about)
    return boxes


def _with_modal_dialog(open_dialog: Callable[[], None],
                       interact: Callable[[QWidget], None]) -> None:
    """Run ``open_dialog`` (which calls exec()) and let ``interact`` work in the dialog as the
    user would; a dialog ``interact`` left open is cancelled so the test cannot hang."""
    seen: list[QWidget] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        seen.append(dialog)
        try:
            interact(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    open_dialog()
    assert seen, "no dialog was shown"


@pytest.fixture
def modal_dialog():
    """``modal_dialog(open_dialog, interact)``: see _with_modal_dialog."""
    return _with_modal_dialog
