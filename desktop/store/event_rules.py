"""Which process events a change of a form causes: old document against new, so each event is
written once, when its date first appears or changes (pure functions; store/forms.py and the
migration that fills the events from existing data write what these return)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.records import STATE_DONE, Checklist, ChecklistItem, Consent, Signature
from desktop.store import events

INFORMED_ITEM = 3  # index of "Informere om retten til og hensikten med IP" in the first list
OBTAIN_PLAN_ITEM = 0  # index of "Innhente planen" in the second list


@dataclass
class Pending:
    """An event to write: kind, date, detail, by whom."""
    kind: str
    on_date: str
    detail: dict = field(default_factory=dict)
    by: str = ""


def _done_date(item: ChecklistItem) -> str:
    return item.date if item.state == STATE_DONE else ""


def _items(old: list[ChecklistItem], new: list[ChecklistItem]):
    for i, item in enumerate(new):
        before = old[i] if i < len(old) else ChecklistItem()
        date = _done_date(item)
        if date and date != _done_date(before):
            yield i, item, date


def checklist_events(old: Checklist, new: Checklist) -> list[Pending]:
    out: list[Pending] = []
    for i, item, date in _items(old.start, new.start):
        out.append(Pending(events.CHECKLIST_DONE, date, {"list": "start", "item": i + 1},
                           item.done_by))
        if i == INFORMED_ITEM:
            out.append(Pending(events.INFORMED, date, {"source": "checklist"}, item.done_by))
    for i, item, date in _items(old.existing, new.existing):
        out.append(Pending(events.CHECKLIST_DONE, date, {"list": "existing", "item": i + 1},
                           item.done_by))
        if i == OBTAIN_PLAN_ITEM:
            out.append(Pending(events.EXISTING_PLAN_OBTAINED, date, {"source": "checklist"},
                               item.done_by))
    declined = new.declined_date if new.declined else ""
    was_declined = old.declined_date if old.declined else ""
    if declined and declined != was_declined:
        out.append(Pending(events.DECLINED_IP, declined))
    info = declined if new.declined_written_info else ""
    had_info = was_declined if old.declined_written_info else ""
    if info and info != had_info:
        out.append(Pending(events.INFORMED, info, {"source": "declined"}))
    return out


def consent_events(old: Consent, new: Consent, number: int) -> list[Pending]:
    out: list[Pending] = []
    if new.info_given_date and new.info_given_date != old.info_given_date:
        out.append(Pending(events.INFORMED, new.info_given_date,
                           {"source": "consent", "version": number}, new.info_given_by))
    given = new.date if new.given else ""
    if given and given != (old.date if old.given else ""):
        out.append(Pending(events.CONSENT_GIVEN, given, {"version": number}))
    if new.withdrawn_date and new.withdrawn_date != old.withdrawn_date:
        out.append(Pending(events.CONSENT_WITHDRAWN, new.withdrawn_date, {"version": number},
                           new.withdrawn_recorded_by))
    return out


def signature_event(signature: Signature, number: int) -> Pending:
    by_patient = bool((signature.patient_name + signature.guardian_name).strip())
    return Pending(events.PLAN_SIGNED, signature.signed_date,
                   {"version": number, "by_patient": by_patient,
                    "by_coordinator": bool(signature.coordinator_name.strip())},
                   signature.recorded_by)


def write(db, patient_id: int, pending: list[Pending]) -> None:
    for event in pending:
        events.record_event(db, patient_id, event.kind, event.on_date, event.detail,
                            event.by or None)
