"""Data steps of migration 0011: the checklist's next-of-kin line becomes a participant, and
the shipped letter templates are stored for the administrators to keep."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from desktop import resources
from desktop.i18n import source_language
from desktop.records_people import next_of_kin_from_line

if TYPE_CHECKING:
    import sqlite_utils

LETTER_FOLDER = "letters"
SHIPPED_LETTERS = ("innkalling-til-mote.txt", "referat.txt",
                   "melding-om-behov-for-individuell-plan.txt",
                   "informasjon-til-pasient-som-ikke-onsker-individuell-plan.txt")


def move_next_of_kin(db: sqlite_utils.Database, stamp: str) -> int:
    """One participant per checklist with a next-of-kin line (the line itself stays in the
    checklist, readable as before), created at ``stamp``. Returns how many were made."""
    made = 0
    for patient_id, content in db.execute(
            "SELECT patient_id, content FROM checklists").fetchall():
        try:
            line = json.loads(content).get("next_of_kin", "")
        except (ValueError, AttributeError):
            continue
        with source_language():  # stored text is Bokmål, whoever runs the migration
            person = next_of_kin_from_line(line if isinstance(line, str) else "")
        if person is None:
            continue
        db.execute(
            "INSERT INTO participants (patient_id, position, kind, name, role, phone, note, "
            "created_at, updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)",
            [patient_id, person.kind, person.name, person.role, person.phone, person.note,
             stamp, stamp])
        made += 1
    return made


def shipped_template(file_name: str) -> tuple[str, str]:
    """(name, body) of a shipped letter: the file's first line is the template's name."""
    text = resources.resource_path(f"{LETTER_FOLDER}/{file_name}").read_text("utf-8")
    name, _, body = text.partition("\n")
    return name.strip(), body.strip() + "\n"


def seed_letter_templates(db: sqlite_utils.Database, stamp: str) -> None:
    """The shipped letters, dated ``stamp`` (a template already there is left as it is)."""
    for file_name in SHIPPED_LETTERS:
        name, body = shipped_template(file_name)
        db.execute("INSERT OR IGNORE INTO letter_templates (name, body, updated_at) "
                   "VALUES (?, ?, ?)", [name, body, stamp])
