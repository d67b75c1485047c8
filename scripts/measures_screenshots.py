"""Screenshots of the measures screens (docs/screenshots/measure-*.png): the plan's detail pane,
the evaluation dialog, the Kartlegging and Kriseplan pages, the revision dialog and the local
lists page, with a demo patient that has them all, in the real window at 1366 × 768.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/measures_screenshots.py revise lists
(copies go to docs/guide/img for the guide's chapter; then scripts/guide_screenshots.py
--html-only rebuilds the guide)
Uses a temporary demo database (synthetic people only).
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
from desktop.store import mapping  # noqa: E402
from desktop.store.session import Session  # noqa: E402

SIZE = (1366, 768)


def _richest(db, patients):
    """The demo patient with the most to show: a crisis plan, mappings, evaluated rows."""
    def score(patient):
        plan = store.load_plan(db, patient.id).plan
        return (plan.crisis is not None, len(mapping.list_mappings(db, patient.id)),
                sum(len(r.evaluations) for r in plan.rows))
    return max(patients, key=score)


def main() -> None:
    app = make_application([])
    out = ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "demo.sqlite")
        patients = fill_demo(db, 40, today=dt.date(2026, 11, 22))
        patient = _richest(db, patients)
        window = main_window_for(db)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        window.open_patient(patient.id)
        workspace = window.workspace
        workspace.show_tab("plan")
        plan = workspace.plan
        evaluated = next((i for i, r in enumerate(plan.rows.model.rows()) if r.evaluations), 0)
        plan.select_row(evaluated)
        app.processEvents()
        plan.scroll.ensureWidgetVisible(plan.measure)
        app.processEvents()
        window.grab().save(str(out / "measure-detail.png"))

        from desktop.views.workspace.evaluation_dialog import EvaluationDialog
        dialog = EvaluationDialog(Session(db), patient.id, evaluated, window)
        dialog.patient_view.setPlainText("Jeg klarer å handle selv nå, men trenger følge til "
                                         "banken.")
        dialog.professional_view.setPlainText("Delmålet er delvis nådd. Hun handler selv to "
                                              "ganger i uka; følget til banken fortsetter.")
        dialog.conclusions.button(0).setChecked(True)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / "measure-evaluation.png"))
        dialog.done(0)

        workspace.tabs.setCurrentWidget(workspace.mapping)
        app.processEvents()
        window.grab().save(str(out / "measure-mapping.png"))
        workspace.tabs.setCurrentWidget(workspace.crisis)
        app.processEvents()
        window.grab().save(str(out / "measure-crisis.png"))
        for extra in sys.argv[1:]:  # further shots named on the command line (revise, lists)
            grab = getattr(sys.modules[__name__], f"shot_{extra}")
            grab(app, db, window, patient, out)
        window.close()
        db.close()
    guide = ROOT / "docs" / "guide" / "img"
    for shot, picture in GUIDE_PICTURES.items():  # the guide's chapter on measures shows them
        if (out / shot).exists():
            (guide / picture).write_bytes((out / shot).read_bytes())


GUIDE_PICTURES = {"measure-detail.png": "tiltak.png", "measure-evaluation.png": "evaluering.png",
                  "measure-mapping.png": "kartlegging.png", "measure-crisis.png": "kriseplan.png",
                  "measure-revise.png": "revider.png"}


def shot_revise(app, db, window, patient, out) -> None:
    from desktop.views.paper.revise_dialog import ReviseDialog
    dialog = ReviseDialog(Session(db), patient.id, window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "measure-revise.png"))
    dialog.done(0)


def shot_lists(app, db, window, patient, out) -> None:
    from desktop.views.trust.local_lists_page import LocalListsPage
    page = LocalListsPage(Session(db), window)
    page.kind.setCurrentIndex(1)  # the life areas (the measure names start empty)
    page.resize(700, 480)
    page.show()
    app.processEvents()
    page.grab().save(str(out / "measure-lists.png"))
    page.close()


if __name__ == "__main__":
    main()
