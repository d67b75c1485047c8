"""Imported people around a patient (a handover's participants, meetings and kopiliste) written
into the store inside the import's transaction. The records come checked from the reader; the
reservation warnings of the screens do not apply (the people come as the other system kept
them) and the import is logged once by the caller, not per row.

A new patient gets all of it. A new plan version of a patient already here merges: a
participant whose kind and name (case and spacing aside) the patient already has is that
participant, not a second one; a meeting of the same kind at the same time is already there;
the kopiliste stays as it is (its plan versions are numbered by the other system)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.records_people import Copy, Meeting, Participant
from desktop.store.clock import now
from desktop.store.forms import refresh_summary
from desktop.store.participants import list_participants

if TYPE_CHECKING:
    import sqlite_utils

_PARTICIPANT_FIELDS = ("kind", "name", "role", "organisation", "phone", "email", "address",
                       "in_group", "contributes", "gets_copy", "from_date", "to_date",
                       "when_to_call", "note")
_MEETING_FIELDS = ("kind", "starts_at", "place", "video", "agenda", "minutes", "next_meeting",
                   "invitation_sent")
_COPY_FIELDS = ("recipient", "what", "version_number", "title", "channel", "given_on",
                "given_by")


@dataclass
class ImportedPeople:
    """How many participants, meetings and copy-list entries an import added."""

    participants: int = 0
    meetings: int = 0
    copies: int = 0

    def __bool__(self) -> bool:
        return bool(self.participants or self.meetings or self.copies)


def _key(kind: str, name: str) -> tuple[str, str]:
    return kind, " ".join(name.casefold().split())


def _values(record: object, fields: tuple[str, ...]) -> list[object]:
    return [int(v) if isinstance(v, bool) else v for v in (getattr(record, f) for f in fields)]


def import_people(db: sqlite_utils.Database, patient_id: int, participants: list[Participant],
                  meetings: list[Meeting], copies: list[Copy],
                  merge: bool = False) -> ImportedPeople:
    """Write the people of an import (``merge``: into a patient who has people already, see the
    module's docstring); the counts of what was added. The records' participant ids are the
    file's own; the meetings and copies refer to those."""
    added = ImportedPeople()
    stamp = now()
    known = {_key(p.kind, p.name): p.id for p in list_participants(db, patient_id)} \
        if merge else {}
    ids: dict[int, int] = {}
    position = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM participants "
                          "WHERE patient_id = ?", [patient_id]).fetchone()[0]
    for person in participants:
        found = known.get(_key(person.kind, person.name))
        if found is None:
            found = db.execute(
                f"INSERT INTO participants (patient_id, position, {', '.join(_PARTICIPANT_FIELDS)}"
                f", created_at, updated_at) VALUES (?, ?, "
                f"{', '.join('?' * len(_PARTICIPANT_FIELDS))}, ?, ?)",
                [patient_id, position, *_values(person, _PARTICIPANT_FIELDS), stamp, stamp]
            ).lastrowid
            known[_key(person.kind, person.name)] = found
            position += 1
            added.participants += 1
        if person.id is not None and found is not None:
            ids[person.id] = found
    held = {(kind, starts) for kind, starts in db.execute(
        "SELECT kind, starts_at FROM meetings WHERE patient_id = ?", [patient_id])} \
        if merge else set()
    for meeting in meetings:
        if (meeting.kind, meeting.starts_at) in held:
            continue
        held.add((meeting.kind, meeting.starts_at))
        invited = [ids[p] for p in meeting.invited if p in ids]
        present = [ids[p] for p in meeting.present if p in ids]
        meeting_id = db.execute(
            f"INSERT INTO meetings (patient_id, {', '.join(_MEETING_FIELDS)}, invited, present, "
            f"created_at, updated_at) VALUES (?, {', '.join('?' * len(_MEETING_FIELDS))}, ?, ?, "
            "?, ?)", [patient_id, *_values(meeting, _MEETING_FIELDS), json.dumps(invited),
                      json.dumps(present), stamp, stamp]).lastrowid
        for number, action in enumerate(meeting.actions):
            db.execute("INSERT INTO meeting_actions (meeting_id, position, what, who, due, done) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       [meeting_id, number, action.what, action.who, action.due, action.done])
        added.meetings += 1
    if not merge:
        for copy in copies:
            participant = ids.get(copy.participant_id) if copy.participant_id is not None \
                else None
            db.execute(f"INSERT INTO copies (patient_id, participant_id, "
                       f"{', '.join(_COPY_FIELDS)}, created_at) VALUES (?, ?, "
                       f"{', '.join('?' * len(_COPY_FIELDS))}, ?)",
                       [patient_id, participant, *_values(copy, _COPY_FIELDS), stamp])
            added.copies += 1
    if added.meetings:
        refresh_summary(db, patient_id)  # the list's next deadline
    return added
