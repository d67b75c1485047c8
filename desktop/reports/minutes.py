"""The minutes of a patient's meetings as one PDF, for the handover package: each meeting
with minutes in order, its kind, time, place, who was present, the agenda, the minutes, what
was agreed (what, who, by when) and the next meeting. Laid out like a letter."""

from __future__ import annotations

import sqlite_utils

from desktop.i18n import source_language, translate
from desktop.reports.letter import merge, render_letter

_SECTION = (
    "{møte.type} {møte.tid}\n\n"
    "{sted}: {møte.sted}\n{til_stede}: {møte.til_stede}\n\n"
    "{saker}:\n{møte.saker}\n\n{referat}:\n{møte.referat}\n\n"
    "{avtalt}:\n{møte.tiltak}\n\n{neste}: {møte.neste}"
)


def meetings_with_minutes(db: sqlite_utils.Database, patient_id: int) -> list[int]:
    """The ids of the meetings whose minutes are written, the earliest first."""
    from desktop.store.meetings import list_meetings

    return [m.id for m in list_meetings(db, patient_id) if m.minutes.strip() and m.id]


def render_minutes(db: sqlite_utils.Database, patient_id: int) -> bytes:
    """The minutes as PDF; b"" when no meeting has minutes. An empty part of a meeting (no
    one marked present, no actions) shows as "[mangler: …]", as in letters."""
    from desktop.store.letters import letter_fields
    from desktop.store.patients import get_patient

    ids = meetings_with_minutes(db, patient_id)
    patient = get_patient(db, patient_id)
    if not ids or patient is None:
        return b""
    with source_language():
        words = {"sted": translate("reports", "Sted"),
                 "til_stede": translate("reports", "Til stede"),
                 "saker": translate("reports", "Saker"),
                 "referat": translate("reports", "Referat"),
                 "avtalt": translate("reports", "Avtalt (hva, hvem, innen)"),
                 "neste": translate("reports", "Neste møte")}
        title = translate("reports", "Møtereferater for {name}").format(name=patient.name)
        sections = []
        for meeting_id in ids:
            fields = {**letter_fields(db, patient_id, meeting_id=meeting_id), **words}
            section = merge(_SECTION, fields)
            sections.append(section[:1].upper() + section[1:])
    return render_letter(title + "\n\n" + "\n\n".join(sections), title=title)
