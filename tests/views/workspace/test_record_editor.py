"""The Deltakere and Møter pages keep the workspace's promise that nothing typed is lost: what
is typed in a participant or a meeting is saved when another patient is chosen and when the
window closes, well inside the save pause; a refused save keeps the patient open on request."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop import store
from desktop.records import Patient
from desktop.records_people import KIND_GP, KIND_NEXT_OF_KIN, Participant
from desktop.store import meetings, participants


def _open(window, qtbot, patient) -> None:
    window.table.selectRow(window.model.row_of(patient.id))
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)


def _start(app_session, *names: str):
    window = app_session.start()
    patients = [store.add_patient(app_session.db, Patient(name=name)) for name in names]
    window.reload_list()
    return window, patients


def test_typing_a_participant_then_switching_patient_saves_it(app_session, qtbot) -> None:
    window, (anne, bjorn) = _start(app_session, "Anne Deltaker", "Bjørn Deltaker")
    _open(window, qtbot, anne)
    page = window.workspace.participants
    window.workspace.tabs.setCurrentWidget(page)
    page.kind.setCurrentIndex(page.kind.findData(KIND_GP))
    qtbot.keyClicks(page.fields["name"], "Per Fastlege")
    _open(window, qtbot, bjorn)  # at once, well inside the save pause
    assert [p.name for p in participants.list_participants(app_session.db, anne.id)] == [
        "Per Fastlege"]
    assert page.model.rowCount() == 0 and page.fields["name"].text() == ""


def test_typing_a_meeting_then_switching_patient_saves_it(app_session, qtbot) -> None:
    window, (anne, bjorn) = _start(app_session, "Anne Møte", "Bjørn Møte")
    _open(window, qtbot, anne)
    page = window.workspace.meetings
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.starts_at, "14.03.2027 13:00")
    qtbot.keyClicks(page.agenda, "Planen")
    _open(window, qtbot, bjorn)
    (meeting,) = meetings.list_meetings(app_session.db, anne.id)
    assert meeting.starts_at == "2027-03-14T13:00" and meeting.agenda == "Planen"


def test_closing_right_after_typing_in_a_participant_saves_it(app_session, qtbot) -> None:
    window, (anne,) = _start(app_session, "Anne Lukke")
    participants.save_participant(app_session.db, Participant(
        patient_id=anne.id, kind=KIND_NEXT_OF_KIN, name="Kari Hansen"))
    _open(window, qtbot, anne)
    page = window.workspace.participants
    window.workspace.tabs.setCurrentWidget(page)
    page.table.selectRow(0)
    qtbot.keyClicks(page.fields["phone"], "900 00 001")
    window = app_session.restart()
    (kari,) = participants.list_participants(app_session.db, anne.id)
    assert kari.phone == "900 00 001"


def test_a_refused_save_asks_before_switching_patient(app_session, qtbot,
                                                      message_boxes) -> None:
    window, (anne, bjorn) = _start(app_session, "Anne Feil", "Bjørn Feil")
    _open(window, qtbot, anne)
    page = window.workspace.meetings
    window.workspace.tabs.setCurrentWidget(page)  # a page is filled when it is shown
    qtbot.keyClicks(page.place, "Møterom 2")  # no time: cannot be saved
    message_boxes.answer = QMessageBox.StandardButton.No
    assert not window.workspace.open_patient(bjorn.id)
    assert window.current_patient_id() == anne.id and page.place.text() == "Møterom 2"
    assert "Skriv når møtet er" in message_boxes.questions[-1]


def test_the_plans_coordinators_are_participants(app_session, qtbot) -> None:
    from desktop.records_people import KIND_HOSPITAL_COORDINATOR
    from desktop.views.workspace.coordinators_box import HOSPITAL

    window, (anne,) = _start(app_session, "Anne Koordinator")
    _open(window, qtbot, anne)
    window.workspace.show_tab("plan")  # a page is filled when it is shown
    fields = window.workspace.plan.coordinators.fields[HOSPITAL]
    qtbot.keyClicks(fields["name"], "Hilde")
    assert window.workspace.flush()
    qtbot.keyClicks(fields["name"], " Brå")  # typed on: the same participant follows the plan
    qtbot.keyClicks(fields["phone"], "61 00 00 00")
    assert window.workspace.flush()
    (hilde,) = participants.list_participants(app_session.db, anne.id)
    assert (hilde.kind, hilde.name, hilde.phone, hilde.in_group) == (
        KIND_HOSPITAL_COORDINATOR, "Hilde Brå", "61 00 00 00", True)
    window.workspace.tabs.setCurrentWidget(window.workspace.participants)
    assert window.workspace.participants.model.rowCount() == 1


def test_the_consent_picks_reservations_and_another_person_from_participants(
        app_session, qtbot) -> None:
    from desktop.records import Consent

    window, (anne,) = _start(app_session, "Anne Reservert")
    for name, kind in (("Kari Hansen", KIND_NEXT_OF_KIN), ("Per Fastlege", KIND_GP)):
        participants.save_participant(app_session.db, Participant(
            patient_id=anne.id, kind=kind, name=name))
    store.save_consent(app_session.db, anne.id, Consent(reservations="Barnevernet"))
    _open(window, qtbot, anne)
    window.workspace.show_tab("consent")  # a page is filled when it is shown
    consent = window.workspace.consent
    assert consent.participant_names == ["Kari Hansen", "Per Fastlege"]
    consent.pick_participant(consent.reservations, "Per Fastlege")
    consent.pick_participant(consent.companion, "Kari Hansen")
    assert window.workspace.flush()
    saved = store.load_consent(app_session.db, anne.id)
    assert saved.reservations == "Barnevernet\nPer Fastlege"  # free text stays as text
    assert saved.companion == "Kari Hansen"
    assert [p.name for p in participants.reserved_participants(app_session.db, anne.id)] == [
        "Per Fastlege"]
