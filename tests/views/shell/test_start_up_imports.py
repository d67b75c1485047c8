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


def test_the_print_dialog_still_brings_them_when_opened() -> None:
    loaded = _loaded_after("import desktop.views.paper.print_dialog, "
                           "desktop.views.paper.export_dialog\n"
                           "from desktop import reports\nreports.render_pdf")
    assert {"reportlab", "pyzipper", "pikepdf"} <= loaded
    assert {"PySide6.QtPdf", "PySide6.QtPrintSupport"} <= _modules_after(
        "import desktop.views.paper.print_dialog")
