"""Screenshots of the deadlines (docs/screenshots/deadlines-*.png, docs/guide/img/frister*.png):
the patient list with its Neste frist column, the quick filter Forfalt on and the line of what
is due; the Frister view; both at 1366 × 768 in the real window.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/deadline_screenshots.py
Uses a temporary demo database (synthetic people only) dated today.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import store  # noqa: E402
from desktop.app import main_window_for, make_application  # noqa: E402
from desktop.demo import fill_demo  # noqa: E402

SIZE = (1366, 768)


def main() -> None:
    app = make_application([])
    shots, guide = ROOT / "docs" / "screenshots", ROOT / "docs" / "guide" / "img"
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "demo.sqlite")
        fill_demo(db, 60, today=dt.date.today())
        window = main_window_for(db)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        window.splitter.setSizes([760, 600])
        window.deadlines.bar.overdue.click()
        window.table.selectRow(0)
        app.processEvents()
        for path in (shots / "deadlines-list-1366x768.png", guide / "frister-liste.png"):
            window.grab().save(str(path))
        view = window.deadlines.show_view()
        view.resize(*SIZE)
        app.processEvents()
        for path in (shots / "deadlines-view-1366x768.png", guide / "frister.png"):
            view.grab().save(str(path))
        view.resize(1000, 600)
        app.processEvents()
        view.grab().save(str(shots / "deadlines-view.png"))
        view.close()
        window.close()
        db.close()


if __name__ == "__main__":
    main()
