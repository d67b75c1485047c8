"""The import preview reads the file off the UI thread (issue 16 item 18): the window keeps
running while a large or slow file is read, a progress bar shows it, and «Avbryt» drops the
reading with nothing written."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.exchange import importer
from desktop.views.paper.import_dialog import ImportDialog
from tests.views.paper.test_import_dialog import PASS, answers, package, source  # noqa: F401

SLOW_SECONDS = 0.8  # a network drive, or a large package to decrypt and check


@pytest.fixture
def slow_reading(monkeypatch):
    """The real reading of the real file, made slow; records the thread it ran on."""
    real = importer.read_document
    seen = {}

    def slow(path, passphrase=""):
        import threading

        seen["thread"] = threading.current_thread()
        found = real(path, passphrase)
        time.sleep(SLOW_SECONDS)
        return found

    monkeypatch.setattr(importer, "read_document", slow)
    return seen


def _start(qtbot, db, answers, package):  # noqa: F811
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    answers["file"] = str(package)
    dialog.browse()
    qtbot.keyClicks(dialog.secret_edit, PASS)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    return dialog


def _contents(db) -> dict[str, int]:
    """How many rows each table holds (the access log included)."""
    return {name: db[name].count for name in db.table_names()
            if not name.startswith("patients_fts")}


def test_the_window_keeps_running_while_a_file_is_read(qtbot, db, answers, package,  # noqa: F811
                                                       slow_reading):
    import threading

    dialog = _start(qtbot, db, answers, package)
    assert dialog.reading and dialog.progress.isVisible() and dialog.cancel_read_button.isVisible()
    assert not dialog.read_button.isEnabled()
    ticks = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(dialog.reading))
    timer.start(20)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10_000)
    timer.stop()
    assert ticks.count(True) >= 10, "the event loop ran while the file was read"
    assert slow_reading["thread"] is not threading.main_thread()
    assert dialog.preview is not None and dialog.preview_box.isVisible()
    assert not dialog.progress.isVisible() and dialog.read_button.isEnabled()


def test_cancel_drops_the_reading_and_writes_nothing(qtbot, db, answers, package,  # noqa: F811
                                                     slow_reading):
    before = _contents(db)
    dialog = _start(qtbot, db, answers, package)
    assert dialog.reading
    qtbot.mouseClick(dialog.cancel_read_button, Qt.MouseButton.LeftButton)
    assert not dialog.reading and not dialog.progress.isVisible()
    qtbot.wait(int(SLOW_SECONDS * 1000) + 400)  # the thread ends; its result goes nowhere
    assert dialog.preview is None and not dialog.preview_box.isVisible()
    assert dialog.message.text() == "" and not dialog.import_button.isEnabled()
    assert _contents(db) == before


def test_closing_the_dialog_while_reading_is_safe(qtbot, db, answers, package,  # noqa: F811
                                                  slow_reading):
    before = _contents(db)
    dialog = _start(qtbot, db, answers, package)
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(int(SLOW_SECONDS * 1000) + 400)
    assert _contents(db) == before
