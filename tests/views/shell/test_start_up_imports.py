"""The main window starts without what only printing and handover need: importing it (and the
log-in's window factory) loads neither ReportLab nor pyzipper nor pikepdf, nor what they bring
(Cryptodome, cffi's C parser, xml), nor Qt's PDF, printing or chart modules; the dialogs that
use them import them when first opened. Nor does it load the workspace's form pages (built after
the first paint, see test_workspace_building.py) or the dialogs a menu opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("reportlab", "pyzipper", "pikepdf", "Cryptodome", "cffi", "pycparser", "xml")
QT_HEAVY = ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport",
            "PySide6.QtCharts")
BUILT_LATER = tuple(f"desktop.views.workspace.{name}" for name in (
    "checklist_form", "consent_form", "plan_form", "decisions_form", "crisis_page",
    "notice_page", "participants_page", "meetings_page", "mapping_page")) + (
    "desktop.views.shell.patient_dialog", "desktop.views.trust.log_view",
    "desktop.views.trust.users_dialog", "desktop.views.trust.emergency_dialog")


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        cwd=ROOT, capture_output=True, text=True, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return set(done.stdout.split())


def _loaded_after(code: str) -> set[str]:
    return {name.split(".")[0] for name in _modules_after(code)}


def test_importing_the_main_window_loads_no_printing_or_handover_library() -> None:
    modules = _modules_after("import desktop.views.shell.main_window, desktop.views.trust.session,"
                             " desktop.app")
    loaded = {name.split(".")[0] for name in modules}
    assert "PySide6" in loaded  # the probe did import the window
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
    assert not modules & set(QT_HEAVY), sorted(modules & set(QT_HEAVY))
    assert not modules & set(BUILT_LATER), sorted(modules & set(BUILT_LATER))


def test_the_pages_bring_their_modules_when_built(tmp_path: Path) -> None:
    modules = _modules_after("from desktop.app import make_application\n"
                             "from desktop.store import open_data_folder\n"
                             "from desktop.views.workspace.workspace import Workspace\n"
                             "make_application([])\n"
                             f"Workspace(open_data_folder({str(tmp_path)!r})).build_pages()")
    pages = {name for name in BUILT_LATER if ".workspace." in name}
    assert pages <= modules, sorted(pages - modules)


PAINTED = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from desktop.store import opening

class AtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append("sqlite_utils" in sys.modules)
        return False

seen = []
watch = AtPaint()
"""


def _current(folder: Path) -> None:
    from desktop import store
    from desktop.records import Patient

    db = store.open_data_folder(folder)
    store.add_patient(db, Patient(name="Liv Lunde", department="Voksenpsykiatri"))
    db.close()


def test_the_window_is_painted_before_sqlite_utils_is_imported(tmp_path: Path) -> None:
    """On a current database the list is read and painted on a plain connection; right after
    the paint the same connection becomes the session's sqlite-utils Database."""
    _current(tmp_path)
    modules = _modules_after(PAINTED + (
        "from desktop.app import main_window_for, make_application\n"
        "app = make_application([])\n"
        f"window = main_window_for(opening.open_data_folder({str(tmp_path)!r}))\n"
        "window.installEventFilter(watch)\n"
        "window.show()\n"
        "QTest.qWaitForWindowExposed(window)\n"
        "assert seen == [False], seen\n"
        "while not window.writable_later.done:\n"
        "    QTest.qWait(5)\n"
        "import sqlite_utils\n"
        "assert isinstance(window.session.db, sqlite_utils.Database)\n"))
    assert "sqlite_utils" in modules  # then, not before


def test_the_log_in_screen_is_painted_before_sqlite_utils_is_imported(tmp_path: Path) -> None:
    """The log-in screen too (run_with_login's opening); its OK writes through sqlite-utils."""
    _current(tmp_path)
    modules = _modules_after(PAINTED + (
        "from desktop.app import make_application\n"
        "from desktop.views.trust.login_dialog import LoginDialog\n"
        "app = make_application([])\n"
        f"dialog = LoginDialog(opening.open_data_folder({str(tmp_path)!r}))\n"
        "dialog.installEventFilter(watch)\n"
        "dialog.open()\n"
        "QTest.qWaitForWindowExposed(dialog)\n"
        "assert seen == [False], seen\n"
        "dialog.first_name.setText('Anne Admin')\n"
        "dialog.first_username.setText('anne.admin')\n"
        "dialog.first_password.setText('et langt passord 123')\n"
        "dialog.first_repeat.setText('et langt passord 123')\n"
        "dialog._submit()\n"
        "assert dialog.user is not None and dialog.user.is_admin, dialog.error.text()\n"))
    assert "sqlite_utils" in modules


def test_the_print_dialog_still_brings_them_when_opened() -> None:
    loaded = _loaded_after("import desktop.views.paper.print_dialog, "
                           "desktop.views.paper.export_dialog\n"
                           "from desktop import reports\nreports.render_pdf")
    assert {"reportlab", "pyzipper", "pikepdf"} <= loaded
    assert {"PySide6.QtPdf", "PySide6.QtPrintSupport"} <= _modules_after(
        "import desktop.views.paper.print_dialog")
