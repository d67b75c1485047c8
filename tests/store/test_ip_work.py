"""The two flags of hospital messages read from the version and checklist an opening has just
read equal the flags read from the store at every stage."""

from __future__ import annotations

import dataclasses

from desktop import store
from desktop.records import Coordinator, Patient, Plan
from desktop.store import ip_work


def _both(db, patient_id: int) -> tuple[ip_work.Flags, ip_work.Flags]:
    read = (store.load_plan(db, patient_id), store.load_checklist(db, patient_id))
    return ip_work.flags(db, patient_id), ip_work.flags(db, patient_id, read)


def test_the_flags_from_what_an_opening_read_equal_the_flags_from_the_store(db) -> None:
    patient = store.add_patient(db, Patient(name="Ola Nordmann", birth_date="1980"))
    stages = []
    stored, given = _both(db, patient.id)  # nothing recorded: no version at all
    stages.append(stored)
    assert stored == given
    store.save_plan(db, patient.id, Plan(municipal_coordinator=Coordinator(name="Kari Berg")))
    stored, given = _both(db, patient.id)
    stages.append(stored)
    assert stored == given
    checklist = dataclasses.replace(store.load_checklist(db, patient.id), declined=True,
                                    declined_date="2026-11-01")
    store.save_checklist(db, patient.id, checklist)
    stored, given = _both(db, patient.id)
    stages.append(stored)
    assert stored == given
    assert [s.plan for s in stages] == [ip_work.FLAG_NO, ip_work.FLAG_STARTED,
                                        ip_work.FLAG_STARTED]
    assert stages[0].coordinator is None and stages[1].coordinator.name == "Kari Berg"
