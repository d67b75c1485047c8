"""Issue 10's flow through the real widgets: assessment → consent to notify → notice → send
(refused first without consent, nothing written) → overdue the day after the due date, not on
it → reminder → reply with a coordinator → the plan's municipal coordinator filled, checklist
items 6 and 7 done → the journal note on the clipboard, word for word."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import store
from desktop.records import STATE_DONE, Patient
from desktop.records_process import ASSESS_IP, REPLY_APPOINTED, KEUnit
from desktop.store import events, notices, process


def item_done(window, index: int) -> bool:
    """Checklist item ``index`` (0-based) done in the workspace's document and in the store."""
    workspace = window.workspace
    shown = workspace.documents["checklist"].start[index].state == STATE_DONE
    stored = store.load_checklist(workspace.db, workspace.patient.id).start[index].state
    return shown and stored == STATE_DONE


def type_date(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def open_notice_page(app_session, qtbot):
    window = app_session.start()
    db = app_session.db
    patient = store.add_patient(db, Patient(name="Åse Nordmann", department="Voksenpsykiatri",
                                            municipality="Eksempelvik"))
    notices.save_unit(db, KEUnit(kommunenummer="9901", municipality="Eksempelvik",
                                 unit_name="Koordinerende enhet", phone="+47 000 00 001"))
    window.reload_list()
    window.table.selectRow(window.model.row_of(patient.id))
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    window.workspace.show_notice()
    window.workspace.notice.today = lambda: dt.date(2026, 11, 2)
    return window, patient, window.workspace.notice


def test_the_whole_notice_flow(app_session, qtbot, message_boxes):
    window, patient, page = open_notice_page(app_session, qtbot)
    db = app_session.db
    box = page.process
    # assessment: outcome, date, by -> checklist item 1 done
    box.outcome.setCurrentIndex(box.outcome.findData(ASSESS_IP))
    qtbot.keyClicks(box.assess_by, "Siri Kvam")
    type_date(qtbot, box.assess_date, "30.10.2026")
    assert process.load_assessment(db, patient.id).outcome == ASSESS_IP
    assert item_done(window, 0)

    # the notice: content typed, recipient picked from the bostedskommune
    page.new_button.click()
    assert page.unit.currentText() == "Eksempelvik – Koordinerende enhet"
    qtbot.keyClicks(page.services, "Hjemmesykepleie i ett år.")
    qtbot.keyClicks(page.activity, "Går tur hver dag.")
    qtbot.keyClicks(page.purpose, "Samordne tjenestene.")
    type_date(qtbot, page.send_date, "02.11.2026")
    before = events.patient_events(db, patient.id)
    page.send_button.click()
    assert page.error.text() == ("Meldingen kan ikke sendes før pasienten har samtykket til at "
                                 "kommunen kontaktes.")
    assert notices.newest_notice(db, patient.id).sent_date == ""
    assert events.patient_events(db, patient.id) == before

    # consent to notify, then send
    qtbot.keyClicks(box.given_by, "Åse Nordmann")
    type_date(qtbot, box.notify_date, "01.11.2026")
    assert process.load_notify_consent(db, patient.id).given
    page.send_button.click()
    assert page.error.isHidden()
    sent = notices.newest_notice(db, patient.id)
    assert (sent.sent_date, sent.due_date) == ("2026-11-02", "2026-11-16")
    assert page.due.text() == "Svarfrist 16.11.2026"
    assert item_done(window, 5)

    # overdue the day after the due date, not on it
    page.today = lambda: dt.date(2026, 11, 16)
    page.load(patient.id)
    assert page.due.property("overdue") is False
    page.today = lambda: dt.date(2026, 11, 17)
    page.load(patient.id)
    assert page.due.property("overdue") is True
    assert "fristen er passert" in page.due.text()

    # reminder
    type_date(qtbot, page.reminder_date, "17.11.2026")
    qtbot.keyClicks(page.reminder_how, "telefon")
    page.remind_button.click()
    assert notices.newest_notice(db, patient.id).reminder_date == "2026-11-17"

    # reply naming a coordinator; the user agrees to fill the plan
    type_date(qtbot, page.reply_date, "20.11.2026")
    page.outcome.setCurrentIndex(page.outcome.findData(REPLY_APPOINTED))
    for edit, text in zip(page.coordinator, ("Kari Berg", "Eksempelvik kommune",
                                             "+47 000 00 002", "kari@example.no"), strict=True):
        qtbot.keyClicks(edit, text)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.reply_button.click()
    assert "Kari Berg" in message_boxes.questions[-1]
    workspace = window.workspace
    assert workspace.documents["plan"].municipal_coordinator.name == "Kari Berg"
    assert store.load_plan(db, patient.id).plan.municipal_coordinator.phone == "+47 000 00 002"
    assert item_done(window, 5) and item_done(window, 6)
    assert "Koordinator oppnevnt: ja – Kari Berg, +47 000 00 002" in workspace.header.flags.text()

    # the journal note, exact
    page.journal_button.click()
    assert QApplication.clipboard().text() == (
        "Behov for individuell plan og koordinator: melding sendt 02.11.2026 til Koordinerende "
        "enhet, Eksempelvik kommune (PLO-melding).\n"
        "Purret 17.11.2026 (telefon).\n"
        "Svar fra kommunen 20.11.2026: koordinator oppnevnt.\n"
        "Samtykke til å kontakte kommunen: 01.11.2026.\n"
        "Individuell plan foreligger: påbegynt\n"
        "Koordinator oppnevnt: ja – Kari Berg, +47 000 00 002\n")


def test_flags_in_the_header_without_a_plan(app_session, qtbot, notified_patient):
    window = app_session.start()
    patient_id, _notice = notified_patient(app_session.db, reply=False)
    window.reload_list()
    window.table.selectRow(window.model.row_of(patient_id))
    qtbot.waitUntil(lambda: window.current_patient_id() == patient_id)
    text = window.workspace.header.flags.text()
    assert "Individuell plan foreligger: nei" in text
    assert "Koordinator i spesialisthelsetjenesten: Tore Skaug, +47 000 00 009" in text
    assert "Tilstand: Vurderes" in text


def test_checklist_item_6_opens_the_notice_page(app_session, qtbot):
    window, _patient, page = open_notice_page(app_session, qtbot)
    workspace = window.workspace
    workspace.show_tab("checklist")
    workspace.checklist.notice_button.click()
    assert workspace.tabs.currentWidget() is page


def test_state_column_in_the_patient_list(app_session, qtbot):
    from desktop.records_process import IP_NOTIFIED, IpState

    window, patient, _page = open_notice_page(app_session, qtbot)
    process.set_ip_state(app_session.db, patient.id, IpState(IP_NOTIFIED, by="Siri Kvam"))
    window.reload_list()
    model = window.model
    column = model.COL_STATE
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Tilstand"
    assert model.index(model.row_of(patient.id), column).data() == "Meldt kommunen"


def test_hospital_coordinator_and_the_suggested_state(app_session, qtbot, notified_patient):
    from desktop.records_process import IP_NOTIFIED, IP_WAITING

    window = app_session.start()
    patient_id, _notice = notified_patient(app_session.db, reply=False)
    window.reload_list()
    window.table.selectRow(window.model.row_of(patient_id))
    qtbot.waitUntil(lambda: window.current_patient_id() == patient_id)
    window.workspace.show_notice()  # a page is filled when it is shown
    work = window.workspace.notice.work
    # the hospital coordinator, without any plan, in the header
    work.coordinator[0].clear()
    qtbot.keyClicks(work.coordinator[0], "Live Dahl")
    type_date(qtbot, work.appointed_date, "03.11.2026")
    assert process.load_hospital_coordinator(app_session.db, patient_id).name == "Live Dahl"
    assert "Koordinator i spesialisthelsetjenesten: Live Dahl" in \
        window.workspace.header.flags.text()
    # a sent notice: the program suggests «Meldt kommunen», the user confirms
    assert work.state.currentData() == IP_NOTIFIED
    work.confirm.click()
    assert process.load_ip_state(app_session.db, patient_id).state == IP_NOTIFIED
    assert "Tilstand: Meldt kommunen" in window.workspace.header.flags.text()
    # avventer needs a reason: refused with one sentence, nothing changed
    work.state.setCurrentIndex(work.state.findData(IP_WAITING))
    work.confirm.click()
    assert work.error.text() == "Skriv hvorfor arbeidet avventer eller er avsluttet."
    assert process.load_ip_state(app_session.db, patient_id).state == IP_NOTIFIED
    qtbot.keyClicks(work.reason, "Pasienten vil vente til etter utskriving")
    work.confirm.click()
    stored = process.load_ip_state(app_session.db, patient_id)
    assert (stored.state, stored.reason) == (IP_WAITING, "Pasienten vil vente til etter "
                                                         "utskriving")
