"""The KE directory and the notices to the municipality (melding om behov for IP / koordinator):
draft, send (refused without consent), reminder, reply, close; the reply's coordinator can fill
the plan. Every step writes its process event in the same transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import ValidationError, from_dict, to_dict
from desktop.records_process import (
    DEFAULT_REPLY_DAYS,
    NOTICE_ANSWERED,
    NOTICE_CLOSED,
    NOTICE_DRAFT,
    NOTICE_REMINDED,
    NOTICE_SENT,
    REPLY_APPOINTED,
    REPLY_OUTCOMES,
    Contact,
    KEUnit,
    Notice,
    plan_consent_valid,
    reply_due,
)
from desktop.store import events
from desktop.store.clock import now
from desktop.store.forms import refresh_summary
from desktop.store.settings import get_setting, set_setting

if TYPE_CHECKING:
    import sqlite_utils

KEY_REPLY_DAYS = "notice.reply_days"
NOTIFY_ITEM = 5  # "Etablere kontakt med kommune / samarbeidspartnere"
MUNICIPAL_COORDINATOR_ITEM = 6  # "Bidra til at det oppnevnes en koordinator i kommunen"



# ---------------------------------------------------------------- settings

def reply_days(db: sqlite_utils.Database) -> int:
    """Days from sending to the reply's due date (a setting; 14 by the region's routine)."""
    text = get_setting(db, KEY_REPLY_DAYS)
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_REPLY_DAYS


def set_reply_days(db: sqlite_utils.Database, days: int) -> None:
    if not 1 <= days <= 365:
        raise ValidationError(translate("process", "Svarfristen må være mellom 1 og 365 dager."))
    set_setting(db, KEY_REPLY_DAYS, str(days))


# ---------------------------------------------------------------- the KE directory

_UNIT_FIELDS = ("kommunenummer", "municipality", "unit_name", "phone", "email", "address",
                "her_id")


def _unit(row: tuple) -> KEUnit:
    return KEUnit(*row)


_UNIT_SELECT = f"SELECT id, {', '.join(_UNIT_FIELDS)} FROM ke_units"


def list_units(db: sqlite_utils.Database) -> list[KEUnit]:
    return [_unit(r) for r in db.execute(f"{_UNIT_SELECT} ORDER BY municipality, kommunenummer")]


def get_unit(db: sqlite_utils.Database, unit_id: int) -> KEUnit | None:
    row = db.execute(f"{_UNIT_SELECT} WHERE id = ?", [unit_id]).fetchone()
    return _unit(row) if row else None


def _write_unit(db: sqlite_utils.Database, unit: KEUnit) -> int:
    values = [getattr(unit, name) for name in _UNIT_FIELDS]
    try:
        if unit.id is None:
            return db.execute(
                f"INSERT INTO ke_units ({', '.join(_UNIT_FIELDS)}, updated_at) VALUES "
                f"({', '.join('?' * len(_UNIT_FIELDS))}, ?) ON CONFLICT(kommunenummer) DO "
                f"UPDATE SET {', '.join(f'{n} = excluded.{n}' for n in _UNIT_FIELDS)}, "
                "updated_at = excluded.updated_at RETURNING id", [*values, now()]).fetchone()[0]
        db.execute(f"UPDATE ke_units SET {', '.join(f'{n} = ?' for n in _UNIT_FIELDS)}, "
                   "updated_at = ? WHERE id = ?", [*values, now(), unit.id])
        return unit.id
    except sqlite3.IntegrityError:
        raise ValidationError(translate(
            "process", "Det finnes allerede en enhet for kommunenummer {number}.")
                              .format(number=unit.kommunenummer)) from None


def save_unit(db: sqlite_utils.Database, unit: KEUnit) -> KEUnit:
    """Add or change a KE (a new unit with a known kommunenummer replaces that one's data)."""
    unit = unit.validated()
    with db.atomic():
        unit.id = _write_unit(db, unit)
    return unit


def delete_unit(db: sqlite_utils.Database, unit_id: int) -> None:
    """Remove a KE from the directory; sent notices keep the recipient as it was."""
    with db.atomic():
        db.execute("DELETE FROM ke_units WHERE id = ?", [unit_id])


def import_units(db: sqlite_utils.Database, units: Iterable[KEUnit]) -> int:
    """Add or update all units in one transaction (by kommunenummer); returns how many."""
    checked = [dataclasses.replace(u, id=None).validated() for u in units]
    with db.atomic():
        for unit in checked:
            _write_unit(db, unit)
    return len(checked)


def unit_for_patient(db: sqlite_utils.Database, patient_id: int) -> KEUnit | None:
    """The KE of the patient's bostedskommune (by name or kommunenummer)."""
    row = db.execute("SELECT municipality FROM patients WHERE id = ?", [patient_id]).fetchone()
    key = (row[0] if row else "").strip()
    if not key:
        return None
    found = db.execute(f"{_UNIT_SELECT} WHERE municipality = ? COLLATE NOCASE "
                       "OR kommunenummer = ? LIMIT 1", [key, key]).fetchone()
    return _unit(found) if found else None


# ---------------------------------------------------------------- notices

def _notice(row: tuple) -> Notice:
    notice_id, patient_id, content = row
    notice = from_dict(Notice, json.loads(content))
    notice.id, notice.patient_id = notice_id, patient_id
    return notice


_NOTICE_SELECT = "SELECT id, patient_id, content FROM notices"


def patient_notices(db: sqlite_utils.Database, patient_id: int) -> list[Notice]:
    """The patient's notices, oldest first."""
    rows = db.execute(f"{_NOTICE_SELECT} WHERE patient_id = ? ORDER BY id", [patient_id])
    return [_notice(row) for row in rows]


def newest_notice(db: sqlite_utils.Database, patient_id: int) -> Notice | None:
    row = db.execute(f"{_NOTICE_SELECT} WHERE patient_id = ? ORDER BY id DESC LIMIT 1",
                     [patient_id]).fetchone()
    return _notice(row) if row else None


def get_notice(db: sqlite_utils.Database, notice_id: int) -> Notice:
    row = db.execute(f"{_NOTICE_SELECT} WHERE id = ?", [notice_id]).fetchone()
    if row is None:
        raise ValidationError(translate("process", "Fant ikke meldingen."))
    return _notice(row)


def recipient(db: sqlite_utils.Database, notice: Notice) -> KEUnit:
    """Whom the notice goes to: the KE as it was when sent, or the directory's entry now."""
    if notice.sent_date:
        return notice.recipient
    unit = get_unit(db, notice.ke_id) if notice.ke_id is not None else None
    return unit or KEUnit()


def _write(db: sqlite_utils.Database, notice: Notice) -> Notice:
    content = dataclasses.replace(notice, id=None, patient_id=None)
    values = [notice.state, notice.sent_date, notice.due_date,
              json.dumps(to_dict(content), ensure_ascii=False, sort_keys=True), now()]
    if notice.id is None:
        notice.id = db.execute(
            "INSERT INTO notices (state, sent_date, due_date, content, updated_at, patient_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [*values, notice.patient_id, now()]).lastrowid
    else:
        db.execute("UPDATE notices SET state = ?, sent_date = ?, due_date = ?, content = ?, "
                   "updated_at = ? WHERE id = ?", [*values, notice.id])
    refresh_summary(db, _owner(notice))  # the list's next deadline (the reply owed)
    return notice


def import_notice(db: sqlite_utils.Database, patient_id: int, notice: Notice) -> Notice:
    """Store a notice read from a handover as it stands (its dates, recipient and reply), in
    the caller's transaction; the directory's unit with the same kommunenummer, if any, is its
    recipient. No process events: the steps happened at the sending hospital."""
    notice = dataclasses.replace(notice.validated(), id=None, patient_id=patient_id)
    number = notice.recipient.kommunenummer
    row = db.execute("SELECT id FROM ke_units WHERE kommunenummer = ?", [number]).fetchone() \
        if number else None
    notice.ke_id = row[0] if row else None
    return _write(db, notice)


_CONTENT_FIELDS = ("kind", "ke_id", "channel", "services", "activity", "purpose", "suggested",
                   "reply_note")


def save_notice(db: sqlite_utils.Database, patient_id: int, notice: Notice) -> Notice:
    """Save what the notice says (a new one is a draft addressed to the patient's KE). The
    dates of sending, reminder, reply and closing change only through their own steps."""
    notice = notice.validated()
    with db.atomic():
        if notice.id is None:
            stored = Notice(patient_id=patient_id)
            if notice.ke_id is None:
                unit = unit_for_patient(db, patient_id)
                notice.ke_id = unit.id if unit else None
        else:
            stored = get_notice(db, notice.id)
            if stored.patient_id != patient_id:
                raise ValidationError(translate("process", "Fant ikke meldingen."))
        merged = dataclasses.replace(stored, **{n: getattr(notice, n) for n in _CONTENT_FIELDS})
        return _write(db, merged)


def may_notify(db: sqlite_utils.Database, patient_id: int) -> bool:
    """A consent to notify the municipality, or a complete consent to the plan, on record."""
    from desktop.store.forms import load_consent
    from desktop.store.process import load_notify_consent

    return load_notify_consent(db, patient_id).given or plan_consent_valid(
        load_consent(db, patient_id))


def _full_date(text: str) -> str:
    from desktop.records import parse_partial_date

    iso = parse_partial_date(text) or dt.date.today().isoformat()
    if len(iso) != 10:
        raise ValidationError(translate("process", "Skriv en hel dato med dag, måned og år."))
    return iso


def _owner(notice: Notice) -> int:
    """The patient a stored notice belongs to (a stored notice always has one)."""
    assert notice.patient_id is not None
    return notice.patient_id


def send_notice(db: sqlite_utils.Database, notice_id: int, sent_date: str, by: str) -> Notice:
    """Record the notice as sent: the reply is due after the setting's days, checklist item 6
    is done, and the recipient is kept as it is now. Refused, with nothing written, without a
    consent to notify (or to the plan) or without a recipient."""
    from desktop.store.process import mark_item_done

    notice = get_notice(db, notice_id)
    if notice.state != NOTICE_DRAFT:
        raise ValidationError(translate("process", "Meldingen er allerede sendt."))
    if not may_notify(db, _owner(notice)):
        raise ValidationError(translate(
            "process", "Meldingen kan ikke sendes før pasienten har samtykket til at "
                                 "kommunen kontaktes."))
    unit = get_unit(db, notice.ke_id) if notice.ke_id is not None else None
    if unit is None:
        raise ValidationError(translate(
            "process", "Velg hvilken koordinerende enhet meldingen skal til."))
    sent = _full_date(sent_date)
    notice = dataclasses.replace(notice, sent_date=sent, sent_by=by.strip(), recipient=unit,
                                 due_date=reply_due(sent, reply_days(db)))
    with db.atomic():
        _write(db, notice)
        events.record_event(db, _owner(notice), events.NOTICE_SENT, sent,
                            {"notice_id": notice.id, "kind": notice.kind,
                             "channel": notice.channel, "ke_id": unit.id}, notice.sent_by)
        mark_item_done(db, _owner(notice), NOTIFY_ITEM, sent, notice.sent_by)
    return notice


def record_reminder(db: sqlite_utils.Database, notice_id: int, on_date: str, by: str,
                    how: str = "") -> Notice:
    """A reminder made (usually a phone call) for a notice without a reply."""
    notice = get_notice(db, notice_id)
    if notice.state not in (NOTICE_SENT, NOTICE_REMINDED):
        raise ValidationError(translate("process", "Bare en sendt melding uten svar kan purres."))
    notice = dataclasses.replace(notice, reminder_date=_full_date(on_date), reminder_by=by,
                                 reminder_how=how.strip())
    with db.atomic():
        _write(db, notice)
        events.record_event(db, _owner(notice), events.REMINDER, notice.reminder_date,
                            {"notice_id": notice.id, "how": notice.reminder_how}, by)
    return notice


def record_reply(db: sqlite_utils.Database, notice_id: int, on_date: str, outcome: str,
                 coordinator: Contact | None = None, note: str = "", by: str = "") -> Notice:
    """The municipality's reply: a coordinator appointed (an event of its own), refused, or
    asked to wait."""
    notice = get_notice(db, notice_id)
    if notice.state not in (NOTICE_SENT, NOTICE_REMINDED, NOTICE_ANSWERED):
        raise ValidationError(translate(
            "process", "Svaret kan bare registreres på en sendt melding."))
    if outcome not in REPLY_OUTCOMES:
        raise ValidationError(translate("process", "Velg hva kommunen svarte."))
    previous = (notice.reply_date, notice.reply_outcome, notice.reply_coordinator.name)
    notice = dataclasses.replace(notice, reply_date=_full_date(on_date), reply_outcome=outcome,
                                 reply_coordinator=coordinator or Contact(),
                                 reply_note=note.strip() or notice.reply_note)
    with db.atomic():
        _write(db, notice)
        if previous != (notice.reply_date, outcome, notice.reply_coordinator.name):
            events.record_event(db, _owner(notice), events.REPLY, notice.reply_date,
                                {"notice_id": notice.id, "outcome": outcome}, by)
            if outcome == REPLY_APPOINTED and notice.reply_coordinator.name:
                events.record_event(db, _owner(notice), events.COORDINATOR_MUNICIPAL,
                                    notice.reply_date, {"name": notice.reply_coordinator.name,
                                                        "source": "reply"}, by)
    return notice


def close_notice(db: sqlite_utils.Database, notice_id: int, on_date: str, by: str) -> Notice:
    notice = get_notice(db, notice_id)
    if notice.state == NOTICE_CLOSED:
        return notice
    notice = dataclasses.replace(notice, closed_date=_full_date(on_date), closed_by=by)
    with db.atomic():
        _write(db, notice)
    return notice


def apply_reply_coordinator(db: sqlite_utils.Database, notice_id: int, by: str) -> None:
    """Fill the plan's "Koordinator i kommunen" from the reply and mark checklist item 7 done
    (what the view offers after a reply that names a coordinator)."""
    from desktop.store.forms import load_plan, save_plan
    from desktop.store.process import mark_item_done

    notice = get_notice(db, notice_id)
    named = notice.reply_coordinator
    if notice.reply_outcome != REPLY_APPOINTED or not named.name:
        raise ValidationError(translate(
            "process", "Svaret fra kommunen navngir ingen koordinator."))
    with db.atomic():
        plan = load_plan(db, _owner(notice)).plan
        target = plan.municipal_coordinator
        target.name, target.workplace = named.name, named.workplace
        target.phone, target.email = named.phone, named.email
        save_plan(db, _owner(notice), plan)
        mark_item_done(db, _owner(notice), MUNICIPAL_COORDINATOR_ITEM, notice.reply_date, by)


def overdue_notices(db: sqlite_utils.Database, today: dt.date | None = None) -> list[Notice]:
    """Sent notices without a reply after their due date, oldest due first."""
    day = (today or dt.date.today()).isoformat()
    rows = db.execute(f"{_NOTICE_SELECT} WHERE state IN (?, ?) AND due_date != '' "
                      "AND due_date < ? ORDER BY due_date", [NOTICE_SENT, NOTICE_REMINDED, day])
    return [_notice(row) for row in rows]
