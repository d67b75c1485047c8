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


def test_the_headers_one_read_equals_the_flags_state_and_coordinator_read_apart(db) -> None:
    """The header reads the flags, the state of the IP work and the hospital's coordinator
    once (the notices, the state and the coordinator are not read a second time); what it gets
    equals each of them read on its own, before and after notices, a state and a coordinator
    are recorded."""
    from desktop.records_process import (
        IP_STARTED,
        REPLY_APPOINTED,
        Contact,
        HospitalCoordinator,
        IpState,
        Notice,
    )
    from desktop.store import notices, process

    patient = store.add_patient(db, Patient(name="Ola Nordmann", birth_date="1980"))

    def apart() -> tuple:
        return (ip_work.flags(db, patient.id), process.load_ip_state(db, patient.id).state,
                process.load_hospital_coordinator(db, patient.id))

    seen = [ip_work.flags_state_and_hospital(db, patient.id)]
    assert seen[-1] == apart()
    notices.save_notice(db, patient.id, Notice())
    notices.import_notice(db, patient.id, Notice(
        reply_outcome=REPLY_APPOINTED, reply_coordinator=Contact(name="Kari Berg")))
    process.set_ip_state(db, patient.id, IpState(state=IP_STARTED, date="2026-11-02"))
    process.save_hospital_coordinator(db, patient.id, HospitalCoordinator(name="Per Lege"))
    read = (store.load_plan(db, patient.id), store.load_checklist(db, patient.id))
    seen.append(ip_work.flags_state_and_hospital(db, patient.id, read))
    assert seen[-1] == apart()
    assert seen[-1][0].coordinator.name == "Kari Berg"  # the newest notice's reply
    assert seen[-1][1] == IP_STARTED and seen[-1][2].name == "Per Lege"
    assert seen[0][1] != IP_STARTED and not seen[0][2].name
