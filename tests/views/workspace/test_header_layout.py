"""A patient whose header wraps onto more lines than the last one's: the header and the page
under it are laid out in the turn of the opening (what is painted then is the settled window),
not a turn later."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop import store
from desktop.records import Patient
from desktop.records_process import HospitalCoordinator
from desktop.store import process


def _places(window) -> list[tuple[int, int, int, int]]:
    workspace = window.workspace
    return [w.geometry().getRect() for w in (workspace.header, workspace.header.flags,
                                             workspace.tabs)]


def test_a_taller_header_is_laid_out_in_the_turn_of_the_opening(app_session, qtbot) -> None:
    window = app_session.start()
    window.resize(800, 700)
    short = store.add_patient(app_session.db, Patient(name="Kort Topp", birth_date="1980"))
    long = store.add_patient(app_session.db, Patient(
        name="Lang Topp", birth_date="1981", department="Voksenpsykiatri",
        municipality="Nordre Follo"))
    process.save_hospital_coordinator(app_session.db, long.id, HospitalCoordinator(
        name="Anne-Marie Christiansen Bakkeløkken", phone="+47 000 00 003"))
    qtbot.waitUntil(lambda: window.workspace.pages_built, timeout=10_000)
    for patient in (short, long, short):
        assert window.open_patient(patient.id)
        QApplication.processEvents()  # one turn
        one_turn = _places(window)
        for _ in range(5):
            QApplication.processEvents()
        assert _places(window) == one_turn
    window.open_patient(long.id)
    QApplication.processEvents()
    tall = window.workspace.header.height()
    window.open_patient(short.id)
    QApplication.processEvents()
    assert window.workspace.header.height() < tall  # the test's two headers do differ
