"""The people around the patient on paper: the plan's participant section and "Kopi til",
the contact list on one page (A4 and A5), and signed versions that still reprint byte for
byte (their participants frozen at the first print)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import store
from desktop.demo import add_demo_patient
from desktop.records import Consent
from desktop.records_people import (
    CHANNEL_POST,
    KIND_GP,
    KIND_NEXT_OF_KIN,
    KIND_PATIENT,
    Participant,
)
from desktop.reports import render_patient_pdf
from desktop.store import distribution, participants

DAY1 = dt.date(2026, 3, 14)
LATER = dt.date(2026, 9, 1)
SECTION = "Deltakere i planarbeidet og hva de bidrar med"


def _people(db, pid) -> list[Participant]:
    return [participants.save_participant(db, p) for p in (
        Participant(patient_id=pid, kind=KIND_PATIENT, name="Selve Pasienten"),
        Participant(patient_id=pid, kind=KIND_NEXT_OF_KIN, name="Kari Hansen", role="mor",
                    phone="912 34 567", when_to_call="Kvelder etter 17", in_group=True,
                    contributes="Følger til møter"),
        Participant(patient_id=pid, kind=KIND_GP, name="Dr. Per Lie",
                    organisation="Hamar legesenter", phone="62 51 00 00",
                    when_to_call="Hverdager 08–15.30", contributes="Legemiddelliste"))]


@pytest.fixture
def draft(db, rng):
    return add_demo_patient(db, rng, DAY1, "draft")


def test_the_plan_shows_participants_after_the_coordinators(db, draft, pdftext) -> None:
    before = "\n".join(pdftext.pages(render_patient_pdf(db, draft.id, forms=["plan"],
                                                        today=DAY1)))
    assert SECTION not in before and "Kopi til" not in before
    _people(db, draft.id)
    text = "\n".join(pdftext.pages(render_patient_pdf(db, draft.id, forms=["plan"],
                                                      today=DAY1)))
    assert pdftext.missing([SECTION, "Kari Hansen", "Følger til møter", "Dr. Per Lie",
                            "Legemiddelliste", "Ansvarsgruppen"], text) == []
    assert "Selve Pasienten" not in text
    squeezed = pdftext.squeeze(text)
    assert squeezed.index(pdftext.squeeze("Koordinator i kommunen")) < \
        squeezed.index(pdftext.squeeze(SECTION)) < \
        squeezed.index(pdftext.squeeze("Overordnet målsetting"))


def test_the_plan_ends_with_kopi_til(db, draft, pdftext) -> None:
    people = _people(db, draft.id)
    store.save_consent(db, draft.id, Consent(given=True, share_with_team=True))
    distribution.record_copy(db, draft.id, people[2].id, CHANNEL_POST, version_number=1,
                             today=DAY1)
    distribution.record_copy(db, draft.id, None, CHANNEL_POST, version_number=1, today=DAY1)
    pages = pdftext.pages(render_patient_pdf(db, draft.id, forms=["plan", "decisions"],
                                             today=DAY1))
    assert pdftext.squeeze(f"Kopi til: Dr. Per Lie, {draft.name}") in \
        pdftext.squeeze(pages[-1])


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_the_contact_list_is_one_page(db, draft, pdftext, paper) -> None:
    _people(db, draft.id)
    pages = pdftext.pages(render_patient_pdf(db, draft.id, forms=["contacts"], paper=paper,
                                             today=DAY1))
    assert len(pages) == 1
    assert pdftext.missing(["Hvem kan du kontakte?", "Kari Hansen", "mor", "912 34 567",
                            "Kvelder etter 17", "Dr. Per Lie", "Fastlege", "62 51 00 00",
                            "Hverdager 08–15.30", "Når kan du ringe"], pages[0]) == []


def test_the_participants_form_lists_everyone(db, draft, pdftext) -> None:
    _people(db, draft.id)
    text = pdftext.pages(render_patient_pdf(db, draft.id, forms=["participants"],
                                            today=DAY1))[0]
    assert pdftext.missing(["Deltakere i planarbeidet", "Kari Hansen", "Hamar legesenter"],
                           text) == []


def test_a_signed_version_keeps_the_participants_of_its_first_print(db, rng, pdftext) -> None:
    patient = add_demo_patient(db, rng, DAY1, "signed")
    people = _people(db, patient.id)
    first = render_patient_pdf(db, patient.id, paper="A5", today=DAY1)
    assert SECTION in "\n".join(pdftext.pages(first))
    people[1].contributes = "Endret etter signering"
    participants.save_participant(db, people[1])
    participants.delete_participant(db, people[2].id)
    assert render_patient_pdf(db, patient.id, paper="A5", version_number=1, today=LATER) == first
    # a contact list printed now shows today's people
    now = pdftext.pages(render_patient_pdf(db, patient.id, forms=["contacts"], today=LATER))[0]
    assert "Dr. Per Lie" not in now


def test_a_version_printed_before_participants_existed_reprints_the_same(db, rng) -> None:
    patient = add_demo_patient(db, rng, DAY1, "signed")
    first = render_patient_pdf(db, patient.id, today=DAY1)
    # as if printed before migration 0011: no frozen participant list
    db.execute("DELETE FROM print_snapshot_participants")
    _people(db, patient.id)
    assert render_patient_pdf(db, patient.id, today=LATER) == first
