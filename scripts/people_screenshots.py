"""Screenshots of the Deltakere and Møter pages (docs/screenshots/participants*.png,
meetings.png): a demo patient with meetings and a long participant list, one of them reserved
against, in the real window at 1366 × 768.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/people_screenshots.py
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
from desktop.records_people import KIND_PROVIDER, Participant  # noqa: E402
from desktop.store import meetings, participants  # noqa: E402

SIZE = (1366, 768)
SERVICES = ("Hjemmetjenesten", "NAV Byen", "Psykisk helse og rus, Byen kommune", "Byen skole",
            "Fysioterapi, Byen kommune", "Boligkontoret")


def main() -> None:
    app = make_application([])
    out = ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "demo.sqlite")
        patients = fill_demo(db, 40, today=dt.date(2026, 11, 22))
        patient = max(patients, key=lambda p: (len(meetings.list_meetings(db, p.id)),
                                                len(participants.list_participants(db, p.id))))
        for n in range(14):  # a long list: many services around one patient
            participants.save_participant(db, Participant(
                patient_id=patient.id, kind=KIND_PROVIDER, name=f"Tjenesteyter {n + 1} Berg",
                role="kontaktperson", organisation=SERVICES[n % len(SERVICES)],
                phone=f"91{n:02d} 00 00", in_group=n % 3 == 0,
                contributes="oppfølging i hverdagen"))
        people = participants.list_participants(db, patient.id)
        consent = store.load_consent(db, patient.id)
        consent.reservations = people[2].name
        store.save_consent(db, patient.id, consent)
        window = main_window_for(db)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        window.open_patient(patient.id)
        workspace = window.workspace
        workspace.tabs.setCurrentWidget(workspace.participants)
        app.processEvents()
        window.grab().save(str(out / "participants.png"))
        page = workspace.participants
        page.table.selectRow(0)
        app.processEvents()
        page.grab().save(str(out / "participants-edit.png"))
        workspace.tabs.setCurrentWidget(workspace.meetings)
        workspace.meetings.list.setCurrentRow(0)
        app.processEvents()
        window.grab().save(str(out / "meetings.png"))
        window.close()
        db.close()


if __name__ == "__main__":
    main()
