"""Meetings about the plan (samarbeidsmøte, ansvarsgruppemøte …) with their agreed actions, and
the deadlines they give the overview: open actions and next meetings not yet held."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import ValidationError, format_partial_date
from desktop.records_people import MEETING_KINDS, Meeting, MeetingAction, meeting_kind_label
from desktop.store import log
from desktop.store.clock import now
from desktop.store.forms import refresh_summary
from desktop.store.participants import check_reservation
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = ("id", "patient_id", "kind", "starts_at", "place", "video", "invited", "present",
            "agenda", "minutes", "next_meeting", "invitation_sent")
_FIELDS = _COLUMNS[2:]


def _meeting(db: sqlite_utils.Database, row: tuple) -> Meeting:
    values = dict(zip(_COLUMNS, row, strict=True))
    values["video"] = bool(values["video"])
    values["invited"], values["present"] = json.loads(values["invited"]), \
        json.loads(values["present"])
    actions = db.execute("SELECT what, who, due, done FROM meeting_actions WHERE meeting_id = ? "
                         "ORDER BY position", [values["id"]]).fetchall()
    return Meeting(**values, actions=[MeetingAction(*a) for a in actions])


def list_meetings(db: sqlite_utils.Database, patient_id: int) -> list[Meeting]:
    """The patient's meetings, the earliest first."""
    rows = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM meetings WHERE patient_id = ? "
                      "ORDER BY starts_at, id", [patient_id]).fetchall()
    return [_meeting(db, row) for row in rows]


def get_meeting(db: sqlite_utils.Database, meeting_id: int) -> Meeting | None:
    row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM meetings WHERE id = ?",
                     [meeting_id]).fetchone()
    return _meeting(db, row) if row else None


def save_meeting(session: Session | sqlite_utils.Database, meeting: Meeting,
                 reasons: dict[int, str] | None = None) -> Meeting:
    """Add (id None) or update a meeting. Inviting a person the patient has reserved against
    needs a reason in ``reasons[participant_id]`` (store.participants.ReservationError)."""
    acting = as_session(session)
    db = acting.db
    item = meeting.validated()
    if item.patient_id is None:
        raise ValidationError(translate("records", "Fant ikke pasienten."))
    reasons = reasons or {}
    with db.atomic():
        before = get_meeting(db, item.id) if item.id is not None else None
        if item.id is not None and (before is None or before.patient_id != item.patient_id):
            raise ValidationError(translate("records", "Fant ikke møtet."))
        known = {pid for (pid,) in db.execute(
            "SELECT id FROM participants WHERE patient_id = ?", [item.patient_id])}
        if not set(item.invited + item.present) <= known:
            raise ValidationError(translate("records", "Fant ikke deltakeren."))
        for participant_id in item.invited:
            if before is None or participant_id not in before.invited:
                check_reservation(acting, item.patient_id, participant_id, "invitation",
                                  reasons.get(participant_id, ""))
        values = [json.dumps(getattr(item, f)) if f in ("invited", "present")
                  else int(getattr(item, f)) if f == "video" else getattr(item, f)
                  for f in _FIELDS]
        stamp = now()
        if before is None:
            item.id = db.execute(
                f"INSERT INTO meetings (patient_id, {', '.join(_FIELDS)}, created_at, "
                f"updated_at) VALUES (?, {', '.join('?' * len(_FIELDS))}, ?, ?)",
                [item.patient_id, *values, stamp, stamp]).lastrowid
        else:
            db.execute(f"UPDATE meetings SET {', '.join(f + ' = ?' for f in _FIELDS)}, "
                       "updated_at = ? WHERE id = ?", [*values, stamp, item.id])
            db.execute("DELETE FROM meeting_actions WHERE meeting_id = ?", [item.id])
        for position, action in enumerate(item.actions):
            db.execute("INSERT INTO meeting_actions (meeting_id, position, what, who, due, done) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       [item.id, position, action.what, action.who, action.due, action.done])
        refresh_summary(db, item.patient_id)  # the list's next deadline
        acting.log(log.CHANGE, item.patient_id, {"form": "meetings", "meeting": item.id})
    return item


def delete_meeting(session: Session | sqlite_utils.Database, meeting_id: int) -> None:
    acting = as_session(session)
    db = acting.db
    with db.atomic():
        item = get_meeting(db, meeting_id)
        if item is None:
            return
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        if item.patient_id is not None:
            refresh_summary(db, item.patient_id)
        acting.log(log.CHANGE, item.patient_id, {"form": "meetings", "deleted": meeting_id})


def next_meeting(db: sqlite_utils.Database, patient_id: int,
                 today: dt.date | None = None) -> Meeting | None:
    """The first meeting from today on (for letters), else None."""
    day = (today or dt.date.today()).isoformat()
    row = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM meetings WHERE patient_id = ? AND "
                     "starts_at >= ? ORDER BY starts_at, id LIMIT 1", [patient_id, day]).fetchone()
    return _meeting(db, row) if row else None


# ---------------------------------------------------------------- deadlines

ACTION_DEADLINE = "meeting_action"
NEXT_MEETING_DEADLINE = "next_meeting"


@dataclass(frozen=True)
class MeetingDeadline:
    """A deadline that comes from a meeting: an open action or the next meeting."""

    due: str  # ISO date
    kind: str  # ACTION_DEADLINE or NEXT_MEETING_DEADLINE
    text: str  # Bokmål
    patient_id: int
    where: str  # the workspace page to open: "meetings"
    meeting_id: int


def meeting_deadlines(db: sqlite_utils.Database, until: str | None = None,
                      departments: Sequence[str] | None = None) -> list[MeetingDeadline]:
    """Open agreed actions with a due date, and next meetings agreed but not yet put in the
    calendar (no meeting of that patient on or after that day), soonest first. ``until``
    (ISO date): only those due by then; ``departments``: only their patients (None: all)."""
    action_where, meeting_where, action_params, meeting_params = "", "", [], []
    if until is not None:  # next_meeting may carry a time: compare with the day after
        action_where, meeting_where = " AND a.due <= ?", " AND m.next_meeting < ?"
        action_params = [until]
        meeting_params = [(dt.date.fromisoformat(until) + dt.timedelta(days=1)).isoformat()]
    if departments is not None:
        clause = (" AND m.patient_id IN (SELECT id FROM patients WHERE department IN "
                  f"({', '.join('?' * len(departments))}))")
        action_where += clause
        meeting_where += clause
        action_params += list(departments)
        meeting_params += list(departments)

    labels = {kind: meeting_kind_label(kind).lower() for kind in MEETING_KINDS}
    with_who = translate("records", "{what} ({who}), avtalt på {meeting}")
    without_who = translate("records", "{what}, avtalt på {meeting}")
    not_set = translate("records", "Neste møte {date} (avtalt på {meeting}) er ikke satt opp")
    found: list[MeetingDeadline] = []
    for due, what, who, kind, patient_id, meeting_id in db.execute(
            "SELECT a.due, a.what, a.who, m.kind, m.patient_id, m.id FROM meeting_actions a "
            "JOIN meetings m ON m.id = a.meeting_id WHERE a.done = '' AND a.due != ''"
            + action_where, action_params):
        text = (with_who if who else without_who).format(what=what, who=who,
                                                         meeting=labels[kind])
        found.append(MeetingDeadline(due, ACTION_DEADLINE, text, patient_id, "meetings",
                                     meeting_id))
    for due, kind, patient_id, meeting_id in db.execute(
            "SELECT m.next_meeting, m.kind, m.patient_id, m.id FROM meetings m "
            "WHERE m.next_meeting != '' AND NOT EXISTS (SELECT 1 FROM meetings later "
            "WHERE later.patient_id = m.patient_id AND later.starts_at >= "
            "substr(m.next_meeting, 1, 10))" + meeting_where, meeting_params):
        day = due[:10]
        found.append(MeetingDeadline(day, NEXT_MEETING_DEADLINE, not_set.format(
            date=format_partial_date(day), meeting=labels[kind]), patient_id, "meetings",
            meeting_id))
    found.sort(key=lambda d: (d.due, d.patient_id, d.kind))
    return found
