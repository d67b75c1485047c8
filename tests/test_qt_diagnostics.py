"""The window's diagnostics: an error in a Qt slot reaches sys.excepthook, lands in the log with
its traceback and without the person, and shows one sentence once per burst."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qCritical, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop import diagnostics, qt_diagnostics
from tests.test_diagnostics import FNR, NAME

SENTENCE = "Noe gikk galt. Feilen er skrevet i loggen: {path}"


class Window:
    """The technical log and the hooks as the window installs them, put back afterwards."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.notice = qt_diagnostics.ErrorNotice()
        self.restore = diagnostics.install_excepthooks(self.notice.report)
        self.messages = qt_diagnostics.QtMessageLog(self.notice)
        self.boxes: list[str] = []

    def close_boxes(self, qtbot, count: int, screenshot: Path | None = None) -> None:
        """Wait until ``count`` notices were shown, closing each as the user would."""

        def close() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                self.boxes.append(box.text())
                if screenshot is not None:
                    box.grab().save(str(screenshot))
                box.accept()
            if len(self.boxes) < count:
                QTimer.singleShot(20, close)

        QTimer.singleShot(20, close)
        qtbot.waitUntil(lambda: len(self.boxes) >= count and not self.notice.showing,
                        timeout=5000)

    def written(self) -> str:
        return self.log_file.read_text(encoding="utf-8")


@pytest.fixture
def window(data_dir: Path, qapp) -> Iterator[Window]:
    log_file = diagnostics.setup_logging(data_dir)
    assert log_file is not None
    installed = Window(log_file)
    yield installed
    installed.messages.uninstall()
    installed.restore()
    diagnostics.stop_logging()


def save_the_form() -> None:
    raise ValueError(f"Ugyldig verdi for {NAME}, {FNR}")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_told_once(window: Window, qtbot, tmp_path) -> None:
    button = QPushButton("Lagre")
    qtbot.addWidget(button)
    button.clicked.connect(save_the_form)
    button.show()
    qtbot.mouseClick(button, qt_diagnostics.Qt.MouseButton.LeftButton)
    window.close_boxes(qtbot, 1, tmp_path / "notice.png")
    assert window.boxes == [SENTENCE.format(path=window.log_file)]
    written = window.written()
    assert "Uncaught exception" in written and "Traceback (most recent call last):" in written
    assert "in save_the_form" in written and "ValueError: (message left out" in written
    assert NAME not in written and "Nordmann" not in written and FNR not in written
    assert (tmp_path / "notice.png").stat().st_size > 0


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_shows_one_notice(window: Window, qtbot) -> None:
    button = QPushButton("Lagre")
    qtbot.addWidget(button)
    button.clicked.connect(save_the_form)
    for _ in range(3):
        button.click()  # three errors before the notice is read
    window.close_boxes(qtbot, 1)
    button.click()  # right after closing: still the same burst
    qtbot.wait(100)
    assert window.boxes == [SENTENCE.format(path=window.log_file)]
    assert window.notice.shown == window.boxes
    assert window.written().count("Uncaught exception") == 4  # the log has every one


def test_an_error_while_the_notice_shows_only_goes_to_the_log(window: Window, qtbot,
                                                             monkeypatch) -> None:
    inside: list[bool] = []

    def exec_and_fail_again(box: QMessageBox) -> int:
        window.notice._show(window.log_file)  # no second box on top of the first
        inside.append(window.notice.showing)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_and_fail_again)
    window.notice.report(window.log_file)
    qtbot.waitUntil(lambda: bool(inside))
    assert len(window.notice.shown) == 1 and inside == [True]
    assert not window.notice.showing


def test_an_error_in_a_thread_is_told_in_the_window(window: Window, qtbot) -> None:
    worker = threading.Thread(target=save_the_form, name="backup")
    worker.start()
    worker.join()
    window.close_boxes(qtbot, 1)
    assert window.boxes == [SENTENCE.format(path=window.log_file)]
    assert "Uncaught exception in thread backup" in window.written()


def test_qt_messages_go_to_the_log(window: Window, qtbot) -> None:
    qWarning("QLayout: a warning of Qt's own")
    assert "WARNING qt " in window.written() and "a warning of Qt's own" in window.written()
    assert window.notice.shown == []  # warnings are not the user's business
    qCritical(f"a critical message about {FNR}")
    window.close_boxes(qtbot, 1)
    assert "ERROR qt " in window.written() and FNR not in window.written()


def test_install_hooks_in_and_out(qapp) -> None:
    import sys

    before = sys.excepthook
    uninstall = qt_diagnostics.install(qapp)
    assert sys.excepthook is not before
    uninstall()
    assert sys.excepthook is before


def test_a_window_that_fails_to_start_says_so(data_dir: Path, qapp, monkeypatch) -> None:
    from desktop import app, cli

    def broken_start(_args) -> int:
        save_the_form()
        return 0

    shown: list[str] = []
    monkeypatch.setattr(app, "run_app", broken_start)
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert cli.main([]) == cli.EXIT_REFUSED
    log_file = data_dir / "logs" / "individuell-plan.log"
    assert shown == [SENTENCE.format(path=log_file)]
    written = log_file.read_text(encoding="utf-8")
    assert "The command (window) failed" in written and "in broken_start" in written
    assert NAME not in written and FNR not in written
