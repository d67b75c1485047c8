"""The checklist page in the running window: a user fills it in, quits, starts again and finds
everything; item 3 opens the second list; item 5 follows the consent; dates are forgiving."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop import store
from desktop.records import (
    CONSENT_ITEM,
    EXISTING_PLAN_ITEM,
    STATE_DONE,
    STATE_NOT_RELEVANT,
    Patient,
)
from desktop.views.workspace import consent_versions_bar

FNR = "14838516573"  # synthetic test-registry number


def open_patient(app_session, qtbot, name: str = "Åse Sjekk"):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name=name, id_number=FNR))
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    window.workspace.show_tab("checklist")
    return window, patient


def tick(qtbot, box) -> None:
    """Click a check box on its indicator, as a user does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(qtbot, combo, steps: int) -> None:
    combo.setFocus()
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_filled_checklist_is_there_after_restart(app_session, qtbot):
    window, patient = open_patient(app_session, qtbot)
    page = window.workspace.checklist
    first = page.start_box.rows[0]
    choose(qtbot, first.state, 1)  # Utført
    assert first.state.currentText() == "Utført"
    first.date.line.clear()
    qtbot.keyClicks(first.date.line, "3.2026")
    qtbot.keyClick(first.date.line, Qt.Key.Key_Return)
    assert first.date.text() == "03.2026"
    first.done_by.clear()  # Utført filled in who is logged in
    qtbot.keyClicks(first.done_by, "Siri Sykepleier")
    qtbot.keyClicks(first.note, "Vurdert i inntaksmøtet")
    second = page.start_box.rows[1]
    choose(qtbot, second.state, 2)  # Ikke aktuelt
    qtbot.keyClicks(second.date.line, "2026")

    assert not page.existing_box.isVisibleTo(page)
    tick(qtbot, page.has_existing_plan)
    assert page.existing_box.isVisibleTo(page)
    assert page.existing_note.isVisibleTo(page)
    skipped = page.start_box.rows[EXISTING_PLAN_ITEM + 1]
    assert not skipped.text.isVisibleTo(page)  # items 4-10 step aside for the second list
    page.existing_note.linkActivated.emit("toggle")  # «Vis dem likevel»
    assert skipped.text.isVisibleTo(page) and not skipped.state.isEnabled()
    page.existing_note.linkActivated.emit("toggle")
    assert not skipped.text.isVisibleTo(page)
    obtained = page.existing_box.rows[0]
    choose(qtbot, obtained.state, 1)
    obtained.date.line.clear()
    qtbot.keyClicks(obtained.date.line, "15.04.2026")
    qtbot.keyClicks(obtained.note, "Hentet fra kommunen på minnepinne? Nei: kryptert fil.")

    qtbot.keyClicks(page.user_involvement, "Pasienten formulerte målene selv.")
    tick(qtbot, page.next_of_kin_involved)
    qtbot.keyClicks(page.next_of_kin, "Søster, Kari")
    qtbot.waitUntil(lambda: window.workspace.header.save_state.text().startswith("Lagret"),
                    timeout=2000)

    window = app_session.restart()
    qtbot.keyClicks(window.search, "åse")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=1000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    page = window.workspace.checklist
    first = page.start_box.rows[0]
    assert (first.state.currentText(), first.date.text(), first.done_by.text(),
            first.note.text()) == ("Utført", "03.2026", "Siri Sykepleier",
                                   "Vurdert i inntaksmøtet")
    assert page.start_box.rows[1].state.currentText() == "Ikke aktuelt"
    assert page.start_box.rows[1].date.text() == "2026"
    assert page.has_existing_plan.isChecked()
    assert page.existing_box.isVisibleTo(page)
    assert page.existing_box.rows[0].date.text() == "15.04.2026"
    assert page.user_involvement.toPlainText() == "Pasienten formulerte målene selv."
    assert page.next_of_kin_involved.isChecked()
    assert page.next_of_kin.text() == "Søster, Kari"
    stored = store.load_checklist(app_session.db, patient.id)
    assert stored.start[0].state == STATE_DONE and stored.start[0].date == "2026-03"
    assert stored.start[1].state == STATE_NOT_RELEVANT
    assert stored.existing[0].date == "2026-04-15"


def test_refusal_is_recorded_with_the_coordinating_unit(app_session, qtbot):
    window, patient = open_patient(app_session, qtbot)
    page = window.workspace.checklist
    assert not page.declined_unit_name.isVisibleTo(page)
    page.declined.setFocus()
    qtbot.keyClick(page.declined, Qt.Key.Key_Space)
    assert page.declined.isChecked()
    assert page.declined_unit_name.isVisibleTo(page)
    qtbot.keyClicks(page.declined_date.line, "01.10.2026")
    tick(qtbot, page.declined_written_info)
    qtbot.keyClicks(page.declined_unit_name, "Koordinerende enhet, Stange")
    qtbot.keyClicks(page.declined_unit_phone, "62 00 00 00")
    qtbot.keyClicks(page.declined_note, "Vil tenke på det.")
    assert window.workspace.header.consent.text() == "Samtykke: Ønsker ikke IP"
    window.workspace.flush()
    stored = store.load_checklist(app_session.db, patient.id)
    assert (stored.declined, stored.declined_date, stored.declined_written_info,
            stored.declined_unit_name, stored.declined_unit_phone, stored.declined_note) == (
        True, "2026-10-01", True, "Koordinerende enhet, Stange", "62 00 00 00",
        "Vil tenke på det.")
    assert store.patient_summary(app_session.db, patient.id).consent_state == "refused"


def test_invalid_date_shows_a_message_and_keeps_the_document(app_session, qtbot):
    window, patient = open_patient(app_session, qtbot)
    row = window.workspace.checklist.start_box.rows[3]
    qtbot.keyClicks(row.date.line, "12.05.2026")
    window.workspace.flush()
    row.date.line.clear()
    qtbot.keyClicks(row.date.line, "31.02.2026")
    qtbot.keyClick(row.date.line, Qt.Key.Key_Return)
    assert row.date.error.isVisibleTo(row.date)
    assert row.date.error.text() == "Datoen 31.02.2026 finnes ikke."
    window.workspace.flush()
    assert store.load_checklist(app_session.db, patient.id).start[3].date == "2026-05-12"
    assert row.date.text() == "31.02.2026"  # what was typed stays, to be corrected
    row.date.line.clear()
    qtbot.keyClicks(row.date.line, "28.02.2026")
    assert not row.date.error.isVisibleTo(row.date)
    window.workspace.flush()
    assert store.load_checklist(app_session.db, patient.id).start[3].date == "2026-02-28"


def test_item_five_follows_the_consent(app_session, qtbot, monkeypatch):
    window, patient = open_patient(app_session, qtbot)
    page = window.workspace.checklist
    assert "Ikke innhentet" in page.consent_status.text()
    window.workspace.consent.setFocus()
    consent = window.workspace.consent
    window.workspace.show_tab("consent")
    tick(qtbot, consent.given)
    qtbot.keyClicks(consent.date.line, "01.02.2026")
    assert "Dokumentert i samtykkeskjemaet 01.02.2026" in page.consent_status.text()
    window.workspace.flush()
    item = store.load_checklist(app_session.db, patient.id).start[CONSENT_ITEM]
    assert (item.state, item.date) == (STATE_DONE, "2026-02-01")

    monkeypatch.setattr(consent_versions_bar, "ask", lambda *_args: True)
    qtbot.keyClicks(consent.withdrawn_date.line, "01.06.2026")
    qtbot.keyClick(consent.withdrawn_date.line, Qt.Key.Key_Return)  # confirmed
    assert "Samtykke trukket tilbake 01.06.2026" in page.consent_status.text()
    tick(qtbot, consent.given)  # untick: not given any more
    window.workspace.flush()
    assert store.load_checklist(app_session.db, patient.id).start[CONSENT_ITEM].state == \
        STATE_DONE  # withdrawn: it was obtained once, the history stays

    window.workspace.show_tab("checklist")
    page.consent_status.linkActivated.emit("consent")
    assert window.workspace.tabs.currentWidget() is consent


def test_done_fills_today_and_the_user_where_empty_and_undoes(app_session, qtbot):
    """Issue 11 item 6: Utført fills today's date and who is logged in, only where empty."""
    import datetime as dt

    from desktop.store.log import system_user

    window, patient = open_patient(app_session, qtbot, "Åse Utført")
    page = window.workspace.checklist
    first, second = page.start_box.rows[0], page.start_box.rows[1]
    choose(qtbot, first.state, 1)  # Utført
    assert first.date.text() == dt.date.today().strftime("%d.%m.%Y")
    assert first.done_by.text() == system_user()
    window.workspace.flush()
    stored = store.load_checklist(app_session.db, patient.id).start[0]
    assert (stored.state, stored.date, stored.done_by) == (
        STATE_DONE, dt.date.today().isoformat(), system_user())

    qtbot.keyClicks(second.date.line, "2012")
    qtbot.keyClicks(second.done_by, "Siri Sykepleier")
    choose(qtbot, second.state, 1)
    assert (second.date.text(), second.done_by.text()) == ("2012", "Siri Sykepleier")

    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    assert (first.state.currentData(), first.date.text(), first.done_by.text()) == (
        "", "", "")
