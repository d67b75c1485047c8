"""Checklist item 5's "Utført av" is who recorded the consent (the logged-in user), not the
first letter typed into the consent's "Informasjon gitt av" (issue 16 item 9)."""

from __future__ import annotations

from desktop import store
from desktop.records import CONSENT_ITEM, STATE_DONE, Patient


def test_item_5_is_done_by_who_recorded_the_consent(app_session, qtbot) -> None:
    window = app_session.start()
    nina = store.add_patient(app_session.db, Patient(name="Nina Samtykke"))
    window.reload_list()
    window.table.selectRow(window.model.row_of(nina.id))
    qtbot.waitUntil(lambda: window.current_patient_id() == nina.id)
    window.workspace.show_tab("consent")
    consent = window.workspace.consent
    consent.given.setChecked(True)
    qtbot.keyClicks(consent.info_given_by, "Nils Informant")
    window.workspace.flush()
    item = store.load_checklist(app_session.db, nina.id).start[CONSENT_ITEM]
    recorder = window.workspace.session.display_name
    assert item.state == STATE_DONE
    assert item.done_by == recorder and item.done_by not in ("N", "Nils Informant")
    row = window.workspace.checklist.start_box.rows[CONSENT_ITEM]
    assert row.done_by.text() == recorder
