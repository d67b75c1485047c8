"""Opening a patient fills the page in sight and each other page when its tab is first shown
(views/workspace/page_loads.py, issue 17 item 4): every page shows the open patient's own data,
a page not filled yet never writes anything, and the completions the pages are given (users,
local lists, the consent statement) follow changes without a restart."""

from __future__ import annotations

import pytest

from desktop import store
from desktop.records import Checklist, Consent, DecisionRow, Patient, Plan
from desktop.records_measures import CrisisPlan
from desktop.records_people import KIND_NEXT_OF_KIN, Meeting, Participant
from desktop.store import accounts, consent_text, local_lists, meetings, participants
from desktop.store.session import Session
from desktop.views.workspace.workspace import Workspace


def _patient(db, name: str, town: str, day: str = "2027-05-20") -> int:
    patient_id = store.add_patient(db, Patient(name=name, department="BUP")).id
    store.save_checklist(db, patient_id, Checklist(user_involvement=f"{name} vil"))
    store.save_consent(db, patient_id, Consent(place=town))
    store.save_plan(db, patient_id, Plan(
        overall_goal=f"Mål for {name}", decisions=[DecisionRow(decision=f"Vedtak {name}")],
        crisis=CrisisPlan(made_with=f"Laget med {name}")))
    participants.save_participant(db, Participant(patient_id=patient_id, kind=KIND_NEXT_OF_KIN,
                                                  name=f"Pårørende {name}"))
    meetings.save_meeting(db, Meeting(patient_id=patient_id, starts_at=day,
                                      place=f"Møterom {name}"))
    return patient_id


@pytest.fixture
def shown(db, qtbot, message_boxes, fast_hash):
    admin = accounts.create_first_admin(db, "admin", "Admin", "furu-elv-lykt-stein-7")
    nurse = accounts.add_user(db, admin, "siri", "Siri Kvam", "gran-sjø-fyr-3x",
                              departments=["BUP"])
    workspace = Workspace(Session(db, nurse), save_delay_ms=10_000)
    qtbot.addWidget(workspace)
    workspace.show()
    return workspace, admin


def _page_texts(workspace: Workspace) -> dict[str, str]:
    """What each page shows of the patient, read after showing its tab."""
    seen = {}
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        page = workspace.tabs.currentWidget()
        if page is workspace.checklist:
            seen["checklist"] = page.user_involvement.toPlainText()
        elif page is workspace.consent:
            seen["consent"] = page.place.text()
        elif page is workspace.plan:
            seen["plan"] = page.overall_goal.toPlainText()
        elif page is workspace.decisions:
            seen["decisions"] = page.rows.model.rows()[0].decision
        elif page is workspace.crisis:
            seen["crisis"] = page.made_with.text()
        elif page is workspace.participants:
            seen["participants"] = page.model.index(0, 1).data()
        elif page is workspace.meetings:
            seen["meetings"] = workspace.meetings.list.item(0).text()
    return seen


def test_a_patient_opened_after_another_shows_its_own_data_on_every_page(shown, db) -> None:
    workspace, _admin = shown
    anne = _patient(db, "Anne", "Hamar")
    bjorn = _patient(db, "Bjørn", "Gjøvik", "2027-06-21")
    workspace.open_patient(anne)
    anne_pages = _page_texts(workspace)  # every page filled with Anne's, the last tab in sight
    assert anne_pages["consent"] == "Hamar" and anne_pages["plan"] == "Mål for Anne"
    workspace.tabs.setCurrentWidget(workspace.plan)
    workspace.open_patient(bjorn)
    assert workspace.loads.waiting(workspace.consent)  # only the page in sight is filled now
    assert not workspace.loads.waiting(workspace.plan)
    bjorn_pages = _page_texts(workspace)
    assert bjorn_pages == {
        "checklist": "Bjørn vil", "consent": "Gjøvik", "plan": "Mål for Bjørn",
        "decisions": "Vedtak Bjørn", "crisis": "Laget med Bjørn",
        "participants": "Pårørende Bjørn", "meetings": bjorn_pages["meetings"]}
    assert "21.06.2027" in bjorn_pages["meetings"] and "20.05.2027" in anne_pages["meetings"]
    workspace.open_patient(anne)  # and back: nothing of Bjørn's is left on any page
    assert _page_texts(workspace) == anne_pages


def test_a_page_not_filled_yet_writes_nothing(shown, db) -> None:
    workspace, _admin = shown
    anne = _patient(db, "Anne", "Hamar")
    bjorn = _patient(db, "Bjørn", "Gjøvik")
    workspace.open_patient(anne)
    workspace.show_tab("consent")
    workspace.show_tab("checklist")
    workspace.open_patient(bjorn)
    assert workspace.loads.waiting(workspace.consent)
    workspace.consent.edited.emit()  # its widgets still hold Anne's consent
    assert not workspace.has_unsaved_changes()
    assert workspace.flush()
    assert store.load_consent(db, bjorn).place == "Gjøvik"
    assert store.load_consent(db, anne).place == "Hamar"
    workspace.show_tab("consent")
    assert workspace.consent.place.text() == "Gjøvik"


def test_completions_follow_new_users_and_lists_without_a_restart(shown, db) -> None:
    workspace, admin = shown
    anne = _patient(db, "Anne", "Hamar")
    bjorn = _patient(db, "Bjørn", "Gjøvik")
    workspace.show_tab("plan")
    workspace.open_patient(anne)
    users = workspace.plan.coordinators.users
    assert [users.item(r).text() for r in range(users.rowCount())] == [
        "Admin (admin)", "Siri Kvam (siri)"]
    accounts.add_user(db, admin, "live", "Live Dahl", "gran-sjø-fyr-3x", departments=[])
    local_lists.add_entry(db, admin, local_lists.LIST_MEASURES, "Ukentlig samtale")
    consent_text.set_statement(Session(db, admin), "Jeg samtykker til planen.")
    workspace.open_patient(bjorn)
    assert [users.item(r).text() for r in range(users.rowCount())] == [
        "Admin (admin)", "Live Dahl (live)", "Siri Kvam (siri)"]
    assert "Ukentlig samtale" in workspace.plan.measure_names.stringList()
    workspace.show_tab("consent")
    assert workspace.consent.statement.text() == "Jeg samtykker til planen."
    consent_text.set_statement(Session(db, admin), None)  # back to the program's own
    workspace.open_patient(anne)
    workspace.show_tab("consent")
    assert workspace.consent.statement.text() == consent_text.default_statement()
