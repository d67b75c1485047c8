"""The consent page in the running window: every field survives a restart, the plan period can be
taken over, and the state banner and the list show given, withdrawn and expired consent."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from desktop import store
from desktop.models.patient_list_model import PatientListModel
from desktop.records import Consent, Patient, Plan

FNR = "02910498579"  # synthetic test-registry number


def open_patient(app_session, qtbot):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Sunniva Samtykke", id_number=FNR))
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    window.workspace.show_tab("consent")
    return window, patient


def tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def list_consent(window) -> str:
    return window.model.data(window.model.index(0, PatientListModel.COL_CONSENT))


def test_every_field_is_there_after_restart(app_session, qtbot):
    window, patient = open_patient(app_session, qtbot)
    page = window.workspace.consent
    assert page.banner.text() == "Ikke innhentet"
    tick(qtbot, page.given)
    qtbot.keyClicks(page.valid_from.line, "01.02.2026")
    qtbot.keyClicks(page.valid_to.line, "31.01.2099")
    qtbot.keyClicks(page.place, "Hamar")
    qtbot.keyClicks(page.date.line, "01.02.2026")
    qtbot.keyClicks(page.signed_by, "Sunniva Samtykke")
    qtbot.keyClicks(page.guardian, "Foresatte: Berit Samtykke")
    qtbot.keyClicks(page.companion, "Støttekontakt Per")
    tick(qtbot, page.share_with_team)
    tick(qtbot, page.share_confidential)
    qtbot.keyClicks(page.reservations, "Ønsker ikke at tidligere skole involveres.")
    qtbot.keyClicks(page.info_given_by, "Hilde Brå")
    qtbot.keyClicks(page.info_given_date.line, "20.01.2026")
    assert page.banner.text() == "Samtykke gitt, gjelder til 31.01.2099"
    assert page.banner.property("consent_state") == "given"
    qtbot.waitUntil(lambda: window.workspace.header.save_state.text().startswith("Lagret"),
                    timeout=2000)
    assert list_consent(window) == "Samtykke gitt"

    window = app_session.restart()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    window.workspace.show_tab("consent")
    page = window.workspace.consent
    assert page.given.isChecked()
    assert [page.valid_from.text(), page.valid_to.text(), page.place.text(), page.date.text(),
            page.signed_by.text(), page.guardian.text(), page.companion.text(),
            page.reservations.toPlainText(), page.info_given_by.text(),
            page.info_given_date.text()] == [
        "01.02.2026", "31.01.2099", "Hamar", "01.02.2026", "Sunniva Samtykke",
        "Foresatte: Berit Samtykke", "Støttekontakt Per",
        "Ønsker ikke at tidligere skole involveres.", "Hilde Brå", "20.01.2026"]
    assert page.share_with_team.isChecked() and page.share_confidential.isChecked()
    assert store.load_consent(app_session.db, patient.id) == Consent(
        given=True, valid_from="2026-02-01", valid_to="2099-01-31", place="Hamar",
        date="2026-02-01", signed_by="Sunniva Samtykke", guardian="Foresatte: Berit Samtykke",
        companion="Støttekontakt Per", share_with_team=True, share_confidential=True,
        reservations="Ønsker ikke at tidligere skole involveres.", info_given_by="Hilde Brå",
        info_given_date="2026-01-20")
    assert window.workspace.header.consent.text() == "Samtykke gitt (til 31.01.2099)"


def test_use_the_plan_period(app_session, qtbot):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Per Periode"))
    store.save_plan(app_session.db, patient.id, Plan(valid_from="2026-03-01"))
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    window.workspace.show_tab("consent")
    page = window.workspace.consent
    assert page.use_plan_period.isEnabled()
    assert "til etter evaluering" in page.use_plan_period.toolTip()
    qtbot.mouseClick(page.use_plan_period, Qt.MouseButton.LeftButton)
    assert (page.valid_from.text(), page.valid_to.text()) == ("01.03.2026", "")
    window.workspace.flush()
    assert store.load_consent(app_session.db, patient.id).valid_from == "2026-03-01"


def test_withdrawn_and_expired_consent_are_visible(app_session, qtbot, message_boxes):
    message_boxes.answer = QMessageBox.StandardButton.Yes  # "Registrere at samtykket …?"
    window, patient = open_patient(app_session, qtbot)
    page = window.workspace.consent
    tick(qtbot, page.given)
    qtbot.keyClicks(page.valid_to.line, "12.2099")
    qtbot.keyClicks(page.withdrawn_date.line, "05.05.2026")
    qtbot.keyClick(page.withdrawn_date.line, Qt.Key.Key_Return)
    qtbot.keyClicks(page.withdrawn_recorded_by, "Tore Skaug")
    assert page.banner.property("consent_state") == "withdrawn"
    assert page.banner.text().startswith("Trukket tilbake 05.05.2026.")
    assert "#fde7e9" in page.banner.styleSheet()  # the red banner
    window.workspace.flush()
    assert list_consent(window) == "Trukket tilbake"
    assert window.workspace.header.consent.text() == "Samtykke: Trukket tilbake"

    line = page.withdrawn_date.line
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)  # the user erases the withdrawal
    page.valid_to.line.clear()
    qtbot.keyClicks(page.valid_to.line, "2020")
    assert page.banner.property("consent_state") == "expired"
    assert page.banner.text() == "Utløpt: samtykket gjaldt til 2020. Innhent nytt samtykke."
    window.workspace.flush()
    assert list_consent(window) == "Utløpt"
    stored = store.load_consent(app_session.db, patient.id)
    assert (stored.valid_to, stored.withdrawn_date) == ("2020", "")


def test_a_consent_ending_before_it_starts_is_flagged(app_session, qtbot):
    window, patient = open_patient(app_session, qtbot)
    page = window.workspace.consent
    page.valid_from.line.setFocus()
    qtbot.keyClicks(page.valid_from.line, "15.08.2026")
    qtbot.keyClick(page.valid_from.line, Qt.Key.Key_Tab)
    page.valid_to.line.setFocus()
    qtbot.keyClicks(page.valid_to.line, "jul. 2026")
    qtbot.keyClick(page.valid_to.line, Qt.Key.Key_Tab)
    assert page.valid_to.error.isVisible()
    assert "Perioden slutter" in page.valid_to.error.text()
    window.workspace.flush()
    stored = store.load_consent(app_session.db, patient.id)
    assert (stored.valid_from, stored.valid_to) == ("2026-08-15", "2026-07")
