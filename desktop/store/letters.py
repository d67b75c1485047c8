"""Letter templates kept by the administrators, and the merge fields a patient's letter is
filled from (the rendering is reports/letter.py)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import ValidationError, format_partial_date
from desktop.records_people import LetterTemplate, format_moment, meeting_kind_label
from desktop.store import accounts, log
from desktop.store.accounts import User
from desktop.store.clock import now
from desktop.store.forms import load_checklist, load_plan
from desktop.store.meetings import get_meeting, next_meeting
from desktop.store.participants import list_participants
from desktop.store.patients import get_patient
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    import sqlite_utils


def list_templates(db: sqlite_utils.Database) -> list[LetterTemplate]:
    rows = db.execute("SELECT id, name, body, updated_at FROM letter_templates "
                      "ORDER BY name COLLATE NOCASE").fetchall()
    return [LetterTemplate(*row) for row in rows]


def get_template(db: sqlite_utils.Database, name: str) -> LetterTemplate | None:
    """The template of this name (case does not matter)."""
    row = db.execute("SELECT id, name, body, updated_at FROM letter_templates WHERE name = ?",
                     [" ".join(name.split())]).fetchone()
    return LetterTemplate(*row) if row else None


def _require_admin(db: sqlite_utils.Database, user: User | None) -> None:
    if accounts.has_accounts(db) and not (user and user.is_admin):
        raise ValidationError(translate("records", "Bare en administrator kan endre brevmaler."))


def save_template(session: Session | sqlite_utils.Database,
                  template: LetterTemplate) -> LetterTemplate:
    """Add (id None) or change a template; only an administrator (once accounts exist)."""
    acting = as_session(session)
    db = acting.db
    _require_admin(db, acting.user)
    item = template.validated()
    with db.atomic():
        clash = get_template(db, item.name)
        if clash is not None and clash.id != item.id:
            raise ValidationError(translate("records", "Det finnes allerede en mal med det "
                                                       "navnet."))
        item.updated_at = now()
        who = acting.username
        if item.id is None:
            item.id = db.execute("INSERT INTO letter_templates (name, body, updated_at, "
                                 "updated_by) VALUES (?, ?, ?, ?)",
                                 [item.name, item.body, item.updated_at, who]).lastrowid
        else:
            db.execute("UPDATE letter_templates SET name = ?, body = ?, updated_at = ?, "
                       "updated_by = ? WHERE id = ?",
                       [item.name, item.body, item.updated_at, who, item.id])
        acting.log(log.CHANGE, None, {"form": "letter_template", "name": item.name})
    return item


def delete_template(session: Session | sqlite_utils.Database, template_id: int) -> None:
    acting = as_session(session)
    db = acting.db
    _require_admin(db, acting.user)
    with db.atomic():
        db.execute("DELETE FROM letter_templates WHERE id = ?", [template_id])
        acting.log(log.CHANGE, None, {"form": "letter_template", "deleted": template_id})


def letter_fields(db: sqlite_utils.Database, patient_id: int, *, meeting_id: int | None = None,
                  sender: str = "", today: dt.date | None = None) -> dict[str, str]:
    """The merge fields of one patient's letter. The meeting is ``meeting_id`` or the next
    coming one; a field with nothing to say is "" (printed as "[mangler: …]")."""
    today = today or dt.date.today()
    patient = get_patient(db, patient_id)
    if patient is None:
        raise ValidationError(translate("records", "Fant ikke pasienten."))
    plan = load_plan(db, patient_id).plan
    checklist = load_checklist(db, patient_id)
    people = {p.id: p for p in list_participants(db, patient_id)}
    meeting = get_meeting(db, meeting_id) if meeting_id is not None else \
        next_meeting(db, patient_id, today)
    if meeting is not None and meeting.patient_id != patient_id:
        raise ValidationError(translate("records", "Fant ikke møtet."))
    coordinator = plan.hospital_coordinator
    fields = {
        "pasient.navn": patient.name,
        "pasient.født": format_partial_date(patient.birth_date),
        "pasient.adresse": patient.address,
        "kommune": plan.municipality or patient.municipality,
        "koordinator.navn": coordinator.name,
        "koordinator.telefon": coordinator.phone,
        "ke.navn": checklist.declined_unit_name,
        "ke.telefon": checklist.declined_unit_phone,
        "dagens_dato": today.strftime("%d.%m.%Y"),
        "avsender": sender or patient.department,
    }
    invited = meeting.invited if meeting else [p for p in people if people[p].in_group]
    fields["deltakere"] = ", ".join(people[i].name for i in invited if i in people)
    if meeting is not None:
        place = meeting.place + (" " + translate("records", "(video)") if meeting.video else "")
        fields.update({
            "møte.type": meeting_kind_label(meeting.kind).lower(),
            "møte.tid": format_moment(meeting.starts_at),
            "møte.sted": place.strip(),
            "møte.saker": meeting.agenda,
            "møte.referat": meeting.minutes,
            "møte.til_stede": ", ".join(people[i].name for i in meeting.present if i in people),
            "møte.tiltak": "\n".join(
                "– " + ", ".join(x for x in (a.what, a.who, format_partial_date(a.due)) if x)
                for a in meeting.actions),
            "møte.neste": format_moment(meeting.next_meeting),
        })
    return fields
