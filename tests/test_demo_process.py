"""The demo covers every state of the IP work and every stage of a notice, in a believable
order, with process events that never lie in the future."""

from __future__ import annotations

import datetime as dt

from desktop import store
from desktop.demo import fill_demo
from desktop.records_process import IP_STATES
from desktop.store import events, notices

TODAY = dt.date(2026, 11, 20)


def test_every_state_and_every_stage_of_a_notice_in_a_believable_order(db) -> None:
    patients = fill_demo(db, 30, today=TODAY)
    states = {row[0] for row in db.execute("SELECT ip_state FROM patients")}
    assert states == set(IP_STATES)
    all_notices = [n for p in patients for n in notices.patient_notices(db, p.id)]
    waiting = [n for n in all_notices if n.state == "sent" and not n.overdue(TODAY)]
    assert waiting and notices.overdue_notices(db, TODAY)
    assert any(n.reminder_date for n in all_notices)
    assert any(n.reply_outcome == "appointed" for n in all_notices)
    assert any(store.load_plan(db, p.id).plan.municipal_coordinator.name
               == notices.patient_notices(db, p.id)[0].reply_coordinator.name
               for p in patients if notices.patient_notices(db, p.id)
               and store.current_version(db, p.id))
    for patient in patients:
        first: dict[str, str] = {}
        for event in events.patient_events(db, patient.id):
            assert event.on_date <= TODAY.isoformat(), (patient.id, event)
            first.setdefault(event.kind, event.on_date)
        if "consent_given" in first:
            assert first["informed"] <= first["consent_given"]
        if "notice_sent" in first:
            assert first["notify_consent_given"] <= first["notice_sent"]
        if "reply" in first:
            assert first["notice_sent"] <= first["reply"]
