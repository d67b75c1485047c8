"""Screenshots of the main window and the four forms for the README (docs/screenshots/).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/form_screenshots.py
Uses a temporary demo database (synthetic people only) and the real window at 1366 × 800.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QScrollArea  # noqa: E402

from desktop import store  # noqa: E402
from desktop.app import main_window_for, make_application  # noqa: E402
from desktop.demo import fill_demo  # noqa: E402

SIZE = (1366, 800)


def _revised_patient(db, patients) -> int:
    """A patient whose plan was signed and then revised: every form is filled."""
    for patient in patients:
        if len(store.plan_versions(db, patient.id)) == 2:
            return patient.id
    raise SystemExit("no revised demo patient")


def main() -> None:
    app = make_application([])
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "demo.sqlite")
        # a fixed day, so that the same data gives the same pictures
        patients = fill_demo(db, 60, today=dt.date(2026, 11, 22))
        window = main_window_for(db)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        window.open_patient(_revised_patient(db, patients))
        workspace = window.workspace
        window.search.setText("berg")  # search as you type
        QTest.qWait(400)
        workspace.tabs.setCurrentWidget(workspace.plan)
        app.processEvents()
        window.grab().save(str(out / "main-window.png"))
        window.search.clear()
        QTest.qWait(400)
        for name, page in (("checklist", workspace.checklist), ("consent", workspace.consent),
                           ("plan", workspace.plan), ("decisions", workspace.decisions)):
            workspace.tabs.setCurrentWidget(page)
            app.processEvents()
            if name == "plan":  # the goals and the rows table are what the plan is about
                scroll = page.findChild(QScrollArea)
                top = page.overall_goal.mapTo(scroll.widget(), QPoint(0, 0)).y()
                scroll.verticalScrollBar().setValue(top - 60)
                app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
        window.close()
        db.close()


if __name__ == "__main__":
    main()
