"""FHIR for the people around the patient (issue 12 item 7): participants as a CareTeam of
RelatedPerson/Practitioner/Patient members, the GP in Patient.generalPractitioner,
reservations as deny actors, meetings as Appointments with minutes (DocumentReference) and
actions (Task), the kopiliste as Communications; validated by the R4B models, and through the
store: export -> import into an empty database -> export again gives the same content."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from desktop import paths, store
from desktop.exchange import fhir_people_read, importer
from desktop.exchange.errors import ExchangeRefused, NothingToImport
from desktop.exchange.exporter import export_patient
from desktop.exchange.fhir import build_bundle, load_document
from desktop.exchange.fhir_people import CS_PARTICIPANT_KIND, TEAM_NAME
from desktop.exchange.fhir_read import read_bundle
from desktop.exchange.package import read_package
from desktop.records import PlanRow
from desktop.records_people import (
    CHANNEL_ENCRYPTED_FILE,
    CHANNEL_PAPER,
    CHANNEL_POST,
    KIND_COMPANION,
    KIND_GP,
    KIND_HOSPITAL_COORDINATOR,
    KIND_NEXT_OF_KIN,
    KIND_PATIENT,
    KIND_PROVIDER,
    WHAT_LETTER,
    Meeting,
    MeetingAction,
    Participant,
)
from desktop.store import distribution, meetings, participants

BEFORE_PEOPLE = Path(__file__).parent / "data" / "bundle-before-people.json"


def _people(db, patient_id: int, kit) -> dict[str, int]:
    """Every kind of person, three meetings (a time, a date only, video), a kopiliste and a
    reservation naming one participant; returns the participant ids by a short name."""
    kit.consent_in_force(db, patient_id)
    consent = store.load_consent(db, patient_id)
    store.save_consent(db, patient_id, dataclasses.replace(
        consent, reservations="Onkel Per Ås og tidligere arbeidsgiver"))
    people = [
        ("self", Participant(kind=KIND_PATIENT, name="Pasienten selv", phone="900 00 001",
                             in_group=True, contributes="Skriver egne mål")),
        ("mother", Participant(kind=KIND_NEXT_OF_KIN, name="Åse Brå", role="mor",
                               phone="912 34 567", email="ase@example.no",
                               address="Storgata 1, 2317 Hamar", in_group=True,
                               contributes="Følger til timer", gets_copy=True,
                               from_date="2025-11", when_to_call="Ettermiddag",
                               note="Fra sjekklisten: Åse Brå (mor)")),
        ("friend", Participant(kind=KIND_COMPANION, name="Liv Støtte", role="støttekontakt")),
        ("uncle", Participant(kind=KIND_NEXT_OF_KIN, name="Per Ås", role="onkel")),
        ("gp", Participant(kind=KIND_GP, name="Dr. Kari Lege", organisation="Hamar legesenter",
                           phone="62 00 00 00", in_group=True, from_date="2020",
                           to_date="2026-12-31")),
        ("nurse", Participant(kind=KIND_PROVIDER, name="Tor Miljø", role="miljøterapeut",
                              organisation="Psykisk helse, Hamar kommune",
                              contributes="Samtaler hver uke\nog hjelp med struktur",
                              gets_copy=True)),
        ("coordinator", Participant(kind=KIND_HOSPITAL_COORDINATOR, name="Siri Kvam",
                                    email="siri@example.no", in_group=True)),
    ]
    ids = {key: participants.save_participant(db, dataclasses.replace(
        person, patient_id=patient_id)).id for key, person in people}
    meetings.save_meeting(db, Meeting(
        patient_id=patient_id, kind="ansvarsgruppemote", starts_at="2026-02-10T13:30",
        place="Møterom 3, Sanderud", invited=[ids["self"], ids["mother"], ids["gp"]],
        present=[ids["self"], ids["mother"], ids["nurse"]], agenda="Evaluering av målene",
        minutes="Referat: alle mål gjennomgått.\nNeste: «arbeidstrening».",
        actions=[MeetingAction("Søke arbeidstrening", "Tor Miljø", "2026-03-01"),
                 MeetingAction("Bestille time", "Åse Brå", "2026-02-20", "2026-02-18")],
        next_meeting="2026-04-14T10:00", invitation_sent="2026-02-05"))
    meetings.save_meeting(db, Meeting(patient_id=patient_id, kind="planmote",
                                      starts_at="2026-04-14", video=True,
                                      invited=[ids["coordinator"]]))
    meetings.save_meeting(db, Meeting(patient_id=patient_id, kind="utskrivningsmote",
                                      starts_at="2026-05-02T09:00"))
    distribution.record_copy(db, patient_id, ids["mother"], CHANNEL_POST, version_number=1,
                             given_by="Siri Kvam", today=dt.date(2026, 1, 5))
    distribution.record_copy(db, patient_id, None, CHANNEL_PAPER, version_number=2,
                             given_by="Siri Kvam", today=dt.date(2026, 2, 1))
    distribution.record_copy(db, patient_id, ids["nurse"], CHANNEL_ENCRYPTED_FILE,
                             what=WHAT_LETTER, title="Innkalling til møte",
                             given_by="Siri Kvam", today=dt.date(2026, 2, 5))
    return ids


@pytest.fixture
def with_people(db, full_patient, kit) -> int:
    _people(db, full_patient, kit)
    return full_patient


def _resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _by_url(bundle: dict, ref: dict) -> dict:
    return next(e["resource"] for e in bundle["entry"] if e["fullUrl"] == ref["reference"])


def _comparable(db, patient_id: int) -> tuple:
    """The people as names (the ids are the database's own)."""
    people = participants.list_participants(db, patient_id)
    names = {p.id: p.name for p in people}
    persons = [dataclasses.replace(p, id=None, patient_id=None) for p in people]
    held = [dataclasses.replace(m, id=None, patient_id=None,
                                invited=[names[i] for i in m.invited],
                                present=[names[i] for i in m.present])
            for m in meetings.list_meetings(db, patient_id)]
    copies = [dataclasses.replace(c, id=None, patient_id=None, participant_id=names.get(
        c.participant_id)) for c in distribution.list_copies(db, patient_id)]
    return persons, held, copies


def test_people_resources_validate_and_say_what_they_should(db, with_people) -> None:
    bundle = json.loads(json.dumps(build_bundle(load_document(db, with_people), "Siri Kvam")))
    Bundle.model_validate(bundle)
    team = next(t for t in _resources(bundle, "CareTeam") if t["name"] == TEAM_NAME)
    members = {m["member"]["display"]: m for m in team["participant"]}
    assert len(members) == 7
    kinds = {name: _by_url(bundle, m["member"])["resourceType"] for name, m in members.items()}
    assert kinds["Åse Brå"] == kinds["Liv Støtte"] == "RelatedPerson"
    assert kinds["Dr. Kari Lege"] == kinds["Tor Miljø"] == kinds["Siri Kvam"] == "Practitioner"
    assert kinds["Pasienten selv"] == "Patient"
    nurse = members["Tor Miljø"]
    assert nurse["role"][0]["coding"][0] == {"system": CS_PARTICIPANT_KIND, "code": "provider"}
    assert nurse["role"][0]["text"] == "miljøterapeut"
    assert nurse["onBehalfOf"]["display"] == "Psykisk helse, Hamar kommune"
    assert {"url": "contributes", "valueString": "Samtaler hver uke\nog hjelp med struktur"} in \
        nurse["extension"][0]["extension"]
    assert members["Dr. Kari Lege"]["period"] == {"start": "2020", "end": "2026-12-31"}
    mother = _by_url(bundle, members["Åse Brå"]["member"])
    assert mother["telecom"] == [{"system": "phone", "value": "912 34 567"},
                                 {"system": "email", "value": "ase@example.no"}]
    patient = _resources(bundle, "Patient")[0]
    assert patient["generalPractitioner"][0]["display"] == "Dr. Kari Lege"
    assert _by_url(bundle, patient["generalPractitioner"][0])["resourceType"] == "Practitioner"
    consent = next(c for c in _resources(bundle, "Consent") if "provision" in c)
    deny = next(p for p in consent["provision"]["provision"]
                if p["code"][0]["coding"][0]["code"] == "reservations")
    assert deny["type"] == "deny"
    assert deny["actor"][0]["reference"] == {"display": "Onkel Per Ås og tidligere arbeidsgiver"}
    assert [a["reference"]["display"] for a in deny["actor"][1:]] == ["Per Ås"]
    assert _by_url(bundle, deny["actor"][1]["reference"])["resourceType"] == "RelatedPerson"
    appointments = _resources(bundle, "Appointment")
    assert [a["appointmentType"]["coding"][0]["code"] for a in appointments] == [
        "ansvarsgruppemote", "planmote", "utskrivningsmote"]
    first = appointments[0]
    assert first["status"] == "fulfilled" and first["description"] == "Evaluering av målene"
    statuses = {p["actor"]["display"]: p["status"] for p in first["participant"]}
    assert statuses == {"Pasienten selv": "accepted", "Åse Brå": "accepted",
                        "Dr. Kari Lege": "needs-action", "Tor Miljø": "accepted",
                        "Møterom 3, Sanderud": "accepted"}
    minutes = _resources(bundle, "DocumentReference")
    assert len(minutes) == 1 and minutes[0]["context"]["related"][0]["reference"] == \
        next(e["fullUrl"] for e in bundle["entry"] if e["resource"] is first)
    tasks = [t for t in _resources(bundle, "Task") if t.get("code", {}).get("text")]
    assert [(t["description"], t["status"]) for t in tasks] == [
        ("Søke arbeidstrening", "requested"), ("Bestille time", "completed")]
    communications = _resources(bundle, "Communication")
    assert [c["recipient"][0]["display"] for c in communications] == [
        "Åse Brå", store.get_patient(db, with_people).name, "Tor Miljø"]
    assert "reference" not in communications[1]["recipient"][0]  # the patient's own copy
    section = next(s for s in bundle["entry"][0]["resource"]["section"]
                   if s["code"]["coding"][0]["code"] == "people")
    assert len(section["entry"]) == 1 + 3 + 3  # the CareTeam, the meetings, the copies


def test_round_trip_through_the_store(db, with_people, kit, tmp_path) -> None:
    first = tmp_path / "first.zip"
    export_patient(db, with_people, first, kit.PASS, exported_by="Siri Kvam", version=2)
    empty = store.open_db(paths.database_path(tmp_path / "other"))
    try:
        result = importer.apply(empty, importer.preview(empty, first, kit.PASS),
                                importer.NEW_PATIENT)
        got, want = _comparable(empty, result.patient_id), _comparable(db, with_people)
        for a, b in zip(got[1], want[1], strict=True):
            assert a == b
        assert got == want
        moved = meetings.list_meetings(empty, result.patient_id)
        assert moved[0].starts_at == "2026-02-10T13:30" and moved[1].starts_at == "2026-04-14"
        assert moved[0].next_meeting == "2026-04-14T10:00" and moved[1].video
        assert participants.reserved_participants(empty, result.patient_id)[0].name == "Per Ås"
        second = tmp_path / "second.zip"
        export_patient(empty, result.patient_id, second, kit.PASS, exported_by="Siri Kvam",
                       version=2)
        a = json.loads(read_package(first.read_bytes(), kit.PASS).fhir)
        b = json.loads(read_package(second.read_bytes(), kit.PASS).fhir)
        kinds = ("CareTeam", "RelatedPerson", "Practitioner", "Appointment", "Location",
                 "DocumentReference", "Task", "Communication")
        for kind in kinds:
            assert _strip(_resources(a, kind)) == _strip(_resources(b, kind)), kind
    finally:
        empty.close()


def _strip(resources: list[dict]) -> list[dict]:
    """Resources without their random ids and references (compared by what they say)."""
    def walk(node):
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items() if k not in ("id", "reference")}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node
    return [walk(r) for r in resources]


def test_older_bundles_import_without_people(db, kit) -> None:
    """A bundle written before these resources (docs/example-bundle.json as it was, kept in
    tests/exchange/data) imports as before, with no people; so do the fixtures' bundles."""
    found = importer.preview(db, BEFORE_PEOPLE)
    assert not found.document.people
    result = importer.apply(db, found, importer.NEW_PATIENT)
    assert participants.list_participants(db, result.patient_id) == []
    assert meetings.list_meetings(db, result.patient_id) == []
    assert distribution.list_copies(db, result.patient_id) == []
    assert store.plan_versions(db, result.patient_id)


def test_a_new_version_merges_the_people_without_duplicates(db, with_people, kit) -> None:
    doc = load_document(db, with_people)
    bundle = json.loads(json.dumps(build_bundle(doc, "Siri Kvam")))
    before = _comparable(db, with_people)
    # the same file: nothing changes, the people included
    with pytest.raises(NothingToImport):
        importer.apply(db, _preview(db, bundle), importer.NEW_VERSION, patient_id=with_people)
    assert _comparable(db, with_people) == before
    # a changed plan with one new person and one new meeting: only those are added
    changed = read_bundle(bundle)
    changed.current.plan.rows.append(PlanRow(goal="Nytt mål", measures="Nytt tiltak"))
    changed.people.participants.append(Participant(id=99, kind=KIND_PROVIDER, name="Ny Person"))
    changed.people.meetings.append(Meeting(kind="nettverksmote", starts_at="2026-06-01T12:00",
                                           invited=[99, 2]))
    preview = importer.ImportPreview(file_name="x.json", kind=importer.KIND_BUNDLE,
                                     document=changed)
    importer.apply(db, preview, importer.NEW_VERSION, patient_id=with_people)
    persons, held, copies = _comparable(db, with_people)
    assert [p.name for p in persons] == [p.name for p in before[0]] + ["Ny Person"]
    assert len(held) == 4 and held[-1].invited == ["Ny Person", "Åse Brå"]
    assert copies == before[2]  # the kopiliste stays as it is


def _preview(db, bundle: dict) -> importer.ImportPreview:
    return importer.ImportPreview(file_name="x.json", kind=importer.KIND_BUNDLE,
                                  document=read_bundle(copy.deepcopy(bundle)))


def test_too_many_participants_or_meetings_are_refused(db, with_people, monkeypatch) -> None:
    bundle = json.loads(json.dumps(build_bundle(load_document(db, with_people))))
    monkeypatch.setattr(fhir_people_read, "MAX_PARTICIPANTS", 6)
    with pytest.raises(ExchangeRefused, match="mer enn 6 deltakere"):
        read_bundle(bundle)
    monkeypatch.setattr(fhir_people_read, "MAX_PARTICIPANTS", 7)
    monkeypatch.setattr(fhir_people_read, "MAX_MEETINGS", 2)
    with pytest.raises(ExchangeRefused, match="mer enn 2 møter"):
        read_bundle(bundle)


def test_a_meeting_pointing_outside_the_file_is_refused(db, with_people) -> None:
    bundle = json.loads(json.dumps(build_bundle(load_document(db, with_people))))
    appointment = _resources(bundle, "Appointment")[0]
    appointment["participant"][0]["actor"]["reference"] = "urn:uuid:0000-missing"
    with pytest.raises(ExchangeRefused, match="henvisninger"):
        read_bundle(bundle)


def test_another_systems_care_team_reads_by_resource_kind(db, with_people) -> None:
    """Without our codes and extensions: the kind from the member's resource, present from
    the participation status."""
    bundle = json.loads(json.dumps(build_bundle(load_document(db, with_people))))
    for team in _resources(bundle, "CareTeam"):
        for member in team["participant"]:
            member.pop("extension", None)
            member["role"] = [{"text": r["text"]} for r in member["role"] if "text" in r]
    for appointment in _resources(bundle, "Appointment"):
        for person in appointment["participant"]:
            person.pop("type", None)
    people = read_bundle(bundle).people
    kinds = {p.name: p.kind for p in people.participants}
    assert kinds["Åse Brå"] == KIND_NEXT_OF_KIN and kinds["Tor Miljø"] == KIND_PROVIDER
    assert kinds["Pasienten selv"] == KIND_PATIENT
    first = people.meetings[0]
    by_number = {p.id: p.name for p in people.participants}
    assert first.place == "Møterom 3, Sanderud"
    assert sorted(by_number[i] for i in first.present) == ["Pasienten selv", "Tor Miljø",
                                                           "Åse Brå"]
