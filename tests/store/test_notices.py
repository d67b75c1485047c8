"""The main flow: assessment, consent to notify, the notice refused without consent, sent,
overdue the day after its due date, reminded, answered with a coordinator who fills the plan,
checklist items 6 and 7 done, and the journal note's exact text."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import store
from desktop.records import STATE_DONE, Consent, Patient, ValidationError
from desktop.records_process import (
    ASSESS_IP,
    IP_NOTIFIED,
    IP_STARTED,
    REPLY_APPOINTED,
    Assessment,
    Contact,
    HospitalCoordinator,
    IpState,
    KEUnit,
    Notice,
    NotifyConsent,
)
from desktop.reports.journal import journal_note
from desktop.store import events, ip_work, notices, process


@pytest.fixture
def patient(db) -> Patient:
    return store.add_patient(db, Patient(name="Ola Nordmann", birth_date="1980",
                                         department="Voksenpsykiatri", municipality="Hamar"))


@pytest.fixture
def hamar(db) -> KEUnit:
    return notices.save_unit(db, KEUnit(kommunenummer="3403", municipality="Hamar",
                                        unit_name="Koordinerende enhet", phone="+47 000 00 001"))


def test_the_whole_flow_from_assessment_to_the_journal_note(db, patient, hamar) -> None:
    process.save_assessment(db, patient.id, Assessment(ASSESS_IP, "", "2026-11-01", "Siri Kvam"))
    assert store.load_checklist(db, patient.id).start[0].state == STATE_DONE
    draft = notices.save_notice(db, patient.id, Notice(
        services="Hjemmesykepleie og støttekontakt, minst ett år", activity="Går tur daglig",
        purpose="Samordne tjenestene", suggested=Contact("Kari Berg", "Hamar kommune")))
    assert draft.ke_id == hamar.id  # the patient's bostedskommune picks the KE

    before = db.execute("SELECT COUNT(*) FROM process_events").fetchone()[0]
    with pytest.raises(ValidationError, match="samtykket"):
        notices.send_notice(db, draft.id, "2026-11-02", "Siri Kvam")
    assert notices.get_notice(db, draft.id).sent_date == ""
    assert db.execute("SELECT COUNT(*) FROM process_events").fetchone()[0] == before
    assert store.load_checklist(db, patient.id).start[5].state == ""

    process.save_notify_consent(db, patient.id, NotifyConsent(date="2026-11-01",
                                                              given_by="Ola Nordmann"))
    sent = notices.send_notice(db, draft.id, "02.11.2026", "Siri Kvam")
    assert (sent.sent_date, sent.due_date, sent.recipient.municipality) == (
        "2026-11-02", "2026-11-16", "Hamar")
    item6 = store.load_checklist(db, patient.id).start[5]
    assert (item6.state, item6.date, item6.done_by) == (STATE_DONE, "2026-11-02", "Siri Kvam")
    assert ip_work.suggested_ip_state(db, patient.id) == IP_NOTIFIED
    with pytest.raises(ValidationError):
        notices.send_notice(db, draft.id, "2026-11-03", "Siri Kvam")

    assert notices.overdue_notices(db, dt.date(2026, 11, 16)) == []
    assert [n.id for n in notices.overdue_notices(db, dt.date(2026, 11, 17))] == [draft.id]
    notices.record_reminder(db, draft.id, "2026-11-17", "Siri Kvam", "telefon")
    assert [n.id for n in notices.overdue_notices(db, dt.date(2026, 11, 18))] == [draft.id]

    notices.record_reply(db, draft.id, "2026-11-19", REPLY_APPOINTED,
                         Contact("Kari Berg", "Hamar kommune", "+47 000 00 002",
                                 "kari.berg@hamar.example"), by="Siri Kvam")
    assert notices.overdue_notices(db, dt.date(2026, 12, 1)) == []
    notices.apply_reply_coordinator(db, draft.id, "Siri Kvam")
    plan = store.load_plan(db, patient.id).plan
    assert (plan.municipal_coordinator.name, plan.municipal_coordinator.phone) == (
        "Kari Berg", "+47 000 00 002")
    item7 = store.load_checklist(db, patient.id).start[6]
    assert (item7.state, item7.date) == (STATE_DONE, "2026-11-19")
    assert ip_work.suggested_ip_state(db, patient.id) == IP_STARTED

    assert journal_note(db, patient.id) == (
        "Behov for individuell plan og koordinator: melding sendt 02.11.2026 til "
        "Koordinerende enhet, Hamar kommune (PLO-melding).\n"
        "Purret 17.11.2026 (telefon).\n"
        "Svar fra kommunen 19.11.2026: koordinator oppnevnt.\n"
        "Samtykke til å kontakte kommunen: 01.11.2026.\n"
        "Individuell plan foreligger: påbegynt\n"
        "Koordinator oppnevnt: ja – Kari Berg, +47 000 00 002\n")
    assert [e.kind for e in events.patient_events(db, patient.id)] == [
        "checklist_done", "notify_consent_given", "notice_sent", "checklist_done", "reminder",
        "reply", "coordinator_municipal", "checklist_done"]


def test_a_complete_consent_to_the_plan_also_allows_sending(db, patient, hamar) -> None:
    draft = notices.save_notice(db, patient.id, Notice())
    store.save_consent(db, patient.id, Consent(given=True))  # a tick without a date
    with pytest.raises(ValidationError):
        notices.send_notice(db, draft.id, "2026-11-02", "Siri Kvam")
    store.save_consent(db, patient.id, Consent(given=True, date="2026-11-01"))
    notices.set_reply_days(db, 10)
    assert notices.send_notice(db, draft.id, "2026-11-02", "Siri Kvam").due_date == "2026-11-12"


def test_a_notice_without_a_recipient_is_not_sent(db, patient) -> None:
    process.save_notify_consent(db, patient.id, NotifyConsent(date="2026-11-01"))
    draft = notices.save_notice(db, patient.id, Notice())
    assert draft.ke_id is None
    with pytest.raises(ValidationError, match="koordinerende enhet"):
        notices.send_notice(db, draft.id, "2026-11-02", "Siri Kvam")


def test_journal_note_without_a_notice_and_the_hospital_coordinator(db, patient) -> None:
    process.save_hospital_coordinator(db, patient.id, HospitalCoordinator(
        name="Tore Skaug", phone="+47 000 00 003", appointed_date="2026-10-30",
        appointed_by="Avdelingsleder"))
    assert journal_note(db, patient.id) == (
        "Melding til kommunen er ikke sendt.\n"
        "Individuell plan foreligger: nei\n"
        "Koordinator oppnevnt: ja – Tore Skaug, +47 000 00 003\n")
    assert [(e.kind, e.detail) for e in events.patient_events(db, patient.id)] == [
        ("coordinator_hospital", {"name": "Tore Skaug"})]


def test_confirming_a_state_is_an_event_and_a_list_column(db, patient) -> None:
    process.set_ip_state(db, patient.id, IpState("waiting", "Venter på utredning", "2026-11-05",
                                                 "Siri Kvam"))
    process.set_ip_state(db, patient.id, IpState("waiting", "Venter på utredning", "2026-11-05"))
    assert store.patient_summary(db, patient.id).ip_state == "waiting"
    assert [e.detail for e in events.patient_events(db, patient.id)] == [
        {"state": "waiting", "reason": "Venter på utredning"}]
    process.set_ip_state(db, patient.id, IpState("declined", date="2026-11-06"))
    assert [e.kind for e in events.patient_events(db, patient.id)][-1] == "declined_ip"
    assert [p.id for p in store.search_patients(db, order="ip_state")] == [patient.id]


def test_the_directory_refuses_a_second_unit_for_a_number(db, hamar) -> None:
    other = notices.save_unit(db, KEUnit(kommunenummer="3405", municipality="Lillehammer"))
    with pytest.raises(ValidationError, match="3403"):
        notices.save_unit(db, KEUnit(id=other.id, kommunenummer="3403", municipality="Hamar"))
    assert [u.municipality for u in notices.list_units(db)] == ["Hamar", "Lillehammer"]
    notices.delete_unit(db, other.id)
    assert notices.get_unit(db, other.id) is None
