"""The people around the patient (deltakere): kept per patient, offered as completions on the
same ward (professionals only), matched against the consent's reservations, and frozen with a
signed version's first print so that its reprint shows the same list."""

from __future__ import annotations

import dataclasses
import json
import re
from typing import TYPE_CHECKING, Any

from desktop.i18n import translate
from desktop.records import Plan, ValidationError, from_dict
from desktop.records_people import (
    KIND_HOSPITAL_COORDINATOR,
    KIND_MUNICIPAL_COORDINATOR,
    PROFESSIONAL_KINDS,
    Participant,
)
from desktop.store import log
from desktop.store.clock import now
from desktop.store.coordinator_users import (
    USER_KINDS,
    patient_coordinator_user,
    resolve_username,
)
from desktop.store.forms import load_consent
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = ("id", "patient_id", "kind", "name", "role", "organisation", "phone", "email",
            "address", "in_group", "contributes", "gets_copy", "from_date", "to_date",
            "when_to_call", "note", "username")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM participants"
_FIELDS = _COLUMNS[2:]


class ReservationError(ValidationError):
    """The patient has reserved against this person; a typed reason is needed to go on."""


def _participant(row: tuple) -> Participant:
    values = dict(zip(_COLUMNS, row, strict=True))
    values["in_group"], values["gets_copy"] = bool(values["in_group"]), \
        bool(values["gets_copy"])
    return Participant(**values)


def list_participants(db: sqlite_utils.Database, patient_id: int) -> list[Participant]:
    rows = db.execute(_SELECT + " WHERE patient_id = ? ORDER BY position, id",
                      [patient_id]).fetchall()
    return [_participant(row) for row in rows]


def get_participant(db: sqlite_utils.Database, participant_id: int) -> Participant | None:
    row = db.execute(_SELECT + " WHERE id = ?", [participant_id]).fetchone()
    return _participant(row) if row else None


def save_participant(session: Session | sqlite_utils.Database, participant: Participant,
                     reason: str = "") -> Participant:
    """Add (id None) or update one participant of ``participant.patient_id``. Giving a person
    the patient has reserved against a copy needs ``reason`` (ReservationError without it)."""
    acting = as_session(session)
    db = acting.db
    person = participant.validated()
    if person.patient_id is None:
        raise ValidationError(translate("records", "Fant ikke pasienten."))
    # the user this professional is: the one picked while the name is still theirs, else the
    # one user of that name (Mine finds the patient by it)
    person.username = (resolve_username(db, person.name, person.username)
                       if person.kind in USER_KINDS else "")
    with db.atomic():
        before = get_participant(db, person.id) if person.id is not None else None
        if person.id is not None and (before is None or before.patient_id != person.patient_id):
            raise ValidationError(translate("records", "Fant ikke deltakeren."))
        stamp = now()
        values = [int(v) if isinstance(v, bool) else v
                  for v in (getattr(person, f) for f in _FIELDS)]
        if before is None:
            position = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM participants "
                                  "WHERE patient_id = ?", [person.patient_id]).fetchone()[0]
            person.id = db.execute(
                f"INSERT INTO participants (patient_id, position, {', '.join(_FIELDS)}, "
                f"created_at, updated_at) VALUES (?, ?, {', '.join('?' * len(_FIELDS))}, ?, ?)",
                [person.patient_id, position, *values, stamp, stamp]).lastrowid
        else:
            db.execute(f"UPDATE participants SET {', '.join(f + ' = ?' for f in _FIELDS)}, "
                       "updated_at = ? WHERE id = ?", [*values, stamp, person.id])
        if person.kind in PROFESSIONAL_KINDS:
            _remember(db, person)
        if before is not None and before.kind in PROFESSIONAL_KINDS and (
                before.name != person.name or person.kind not in PROFESSIONAL_KINDS):
            _forget_if_unused(db, before)
        if person.gets_copy and not (before and before.gets_copy):
            check_reservation(acting, person.patient_id, person.id, "copy", reason)
        acting.log(log.CHANGE, person.patient_id,
                   {"form": "participants", "participant": person.id})
    return person


def sync_coordinators(session: Session | sqlite_utils.Database, patient_id: int,
                      plan: Plan) -> None:
    """The plan's two coordinators are participants with the coordinator roles (one way: the
    plan leads). A coordinator the plan names is added to the ansvarsgruppe when no participant
    has that role; the one participant with that role follows the plan's name and details
    (the name is typed in the plan a letter at a time). With several of that role, the one of
    the same name follows; a coordinator cleared in the plan stays a participant. Call inside
    the plan's transaction."""
    people = list_participants(as_session(session).db, patient_id)
    for kind, coordinator in ((KIND_HOSPITAL_COORDINATOR, plan.hospital_coordinator),
                              (KIND_MUNICIPAL_COORDINATOR, plan.municipal_coordinator)):
        name = " ".join(coordinator.name.split())
        if not name:
            continue
        same = [p for p in people if p.kind == kind]
        if len(same) > 1:
            same = [p for p in same if p.name.casefold() == name.casefold()]
        details: dict[str, Any] = {"name": name, "organisation": coordinator.workplace,
                                   "phone": coordinator.phone, "email": coordinator.email,
                                   "address": coordinator.address}
        if kind == KIND_HOSPITAL_COORDINATOR:  # the user the plan's coordinator was picked as
            details["username"] = patient_coordinator_user(as_session(session).db, patient_id)
        if same:
            wanted = dataclasses.replace(same[0], **{
                key: value for key, value in details.items() if value or key == "name"})
        else:
            wanted = dataclasses.replace(
                Participant(patient_id=patient_id, kind=kind, in_group=True,
                            role=translate("records", "koordinator")), **details)
        if same and wanted == same[0]:
            continue
        try:
            save_participant(session, wanted)
        except ValidationError:  # e.g. a half-typed e-mail: the plan is saved all the same
            continue


def delete_participant(session: Session | sqlite_utils.Database, participant_id: int) -> None:
    """Remove a participant; the kopiliste keeps the name it recorded."""
    acting = as_session(session)
    db = acting.db
    with db.atomic():
        person = get_participant(db, participant_id)
        if person is None:
            return
        db.execute("DELETE FROM participants WHERE id = ?", [participant_id])
        if person.kind in PROFESSIONAL_KINDS:
            _forget_if_unused(db, person)
        acting.log(log.CHANGE, person.patient_id,
                   {"form": "participants", "deleted": participant_id})


def complete_professionals(db: sqlite_utils.Database, department: str, prefix: str,
                           limit: int = 10) -> list[Participant]:
    """Professionals typed before for patients of ``department`` whose name starts with
    ``prefix`` (case does not matter): one per name with the newest details; never patients
    or next of kin."""
    key = " ".join(prefix.split()).casefold()
    if not key:
        return []
    rows = db.execute(
        "SELECT kind, name, role, organisation, phone, email, address FROM professional_names "
        "WHERE department = ? AND name_key >= ? AND name_key < ? ORDER BY name_key LIMIT ?",
        [department, key, key + "\U0010ffff", limit]).fetchall()
    return [Participant(kind=kind, name=name, role=role, organisation=organisation,
                        phone=phone, email=email, address=address)
            for kind, name, role, organisation, phone, email, address in rows]


def _department(db: sqlite_utils.Database, patient_id: int) -> str:
    row = db.execute("SELECT department FROM patients WHERE id = ?", [patient_id]).fetchone()
    return row[0] if row else ""


def _remember(db: sqlite_utils.Database, person: Participant) -> None:
    """Keep a professional's name and details for completion on the patient's ward."""
    assert person.patient_id is not None  # a participant always belongs to a patient
    db.execute(
        "INSERT INTO professional_names (department, name_key, name, kind, role, organisation, "
        "phone, email, address, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(department, name_key) DO UPDATE SET name = excluded.name, "
        "kind = excluded.kind, role = excluded.role, organisation = excluded.organisation, "
        "phone = excluded.phone, email = excluded.email, address = excluded.address, "
        "updated_at = excluded.updated_at",
        [_department(db, person.patient_id), person.name.casefold(), person.name, person.kind,
         person.role, person.organisation, person.phone, person.email, person.address, now()])


def _forget_if_unused(db: sqlite_utils.Database, person: Participant) -> None:
    """A name no professional on the ward carries any more (deleted, or its kind changed to
    next of kin) is no longer offered."""
    assert person.patient_id is not None  # a participant always belongs to a patient
    department = _department(db, person.patient_id)
    kinds = ", ".join("?" * len(PROFESSIONAL_KINDS))
    used = db.execute(
        f"SELECT 1 FROM participants p JOIN patients pt ON pt.id = p.patient_id "
        f"WHERE p.name = ? AND p.kind IN ({kinds}) AND pt.department = ? LIMIT 1",
        [person.name, *PROFESSIONAL_KINDS, department]).fetchone()
    if used is None:
        db.execute("DELETE FROM professional_names WHERE department = ? AND name_key = ?",
                   [department, person.name.casefold()])


# ---------------------------------------------------------------- reservations

def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _named_in(name: str, text_words: list[str]) -> bool:
    words = _words(name)
    n = len(words)
    return bool(words) and any(text_words[i:i + n] == words
                               for i in range(len(text_words) - n + 1))


def reserved_participants(db: sqlite_utils.Database, patient_id: int) -> list[Participant]:
    """The participants the consent's reservations name (the whole name, as words); free text
    that names no one stays in the consent as text."""
    text_words = _words(load_consent(db, patient_id).reservations)
    if not text_words:
        return []
    return [p for p in list_participants(db, patient_id) if _named_in(p.name, text_words)]


def is_reserved(db: sqlite_utils.Database, patient_id: int, participant_id: int) -> bool:
    return any(p.id == participant_id for p in reserved_participants(db, patient_id))


def check_reservation(session: Session | sqlite_utils.Database, patient_id: int,
                      participant_id: int | None, action: str, reason: str) -> None:
    """Refuse a copy or invitation (``action`` "copy" or "invitation") to a reserved person
    unless a reason is typed; a given reason is logged. Call inside the caller's transaction."""
    acting = as_session(session)
    db = acting.db
    if participant_id is None or not is_reserved(db, patient_id, participant_id):
        return
    person = get_participant(db, participant_id)
    if person is None:
        return
    reason = " ".join(reason.split())
    if not reason:
        message = (translate("records", "Pasienten har reservert seg mot at {name} får kopi. "
                                        "Skriv en begrunnelse for å gi kopi likevel.")
                   if action == "copy" else
                   translate("records", "Pasienten har reservert seg mot at {name} blir "
                                        "invitert. Skriv en begrunnelse for å invitere likevel."))
        raise ReservationError(message.format(name=person.name))
    acting.log(log.RESERVATION_OVERRIDE, patient_id,
               {"participant": participant_id, "name": person.name, "action": action,
                "reason": reason})


# ---------------------------------------------------------------- signed versions' prints

def participants_for_print(db: sqlite_utils.Database, patient_id: int,
                           version_number: int | None) -> list[Participant]:
    """The participants to print: the current ones for a draft (``version_number`` None); for
    a signed version, the list frozen at its first print. The caller has just made the print
    snapshot (store/prints.py); a snapshot made before participants existed prints none."""
    if version_number is None:
        return list_participants(db, patient_id)
    row = db.execute("SELECT content FROM print_snapshot_participants "
                     "WHERE patient_id = ? AND version_number = ?",
                     [patient_id, version_number]).fetchone()
    if row is not None:
        return [from_dict(Participant, item) for item in json.loads(row[0])]
    return []


def freeze_participants(db: sqlite_utils.Database, patient_id: int,
                        version_number: int) -> None:
    """Keep today's participants with a signed version's new print snapshot (once)."""
    content = json.dumps([dataclasses.asdict(p) for p in list_participants(db, patient_id)],
                         ensure_ascii=False, sort_keys=True)
    db.execute("INSERT OR IGNORE INTO print_snapshot_participants (patient_id, version_number, "
               "content) VALUES (?, ?, ?)", [patient_id, version_number, content])
