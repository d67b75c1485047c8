"""The consent text: the one source of the words the consent form shows on screen and prints on
the paper the patient signs (reports/consent.py), so the two can never differ. A hospital may
replace the statement with its own approved text (Innstillinger → Samtykketekst); the sharing
questions are the program's. The printed form is Bokmål whatever the window's language
(reports/document.py prints inside ``i18n.source_language``), and so is the consent text on
screen in every window language: the patient reads on screen the words of the paper they sign
(a window in Nynorsk or English says so in a translated note, views/workspace/consent_form)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.i18n import source_language, translate
from desktop.records import ValidationError
from desktop.store import policy, settings
from desktop.store.log import USER_ADMIN
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    import sqlite_utils

MAX_CHARS = 4000  # a statement of a page at most


def _printed(context: str, text: str) -> str:
    """The words as the form prints them (Bokmål), in every window language."""
    with source_language():
        return translate(context, text)


def default_statement() -> str:
    """The program's own consent statement."""
    return _printed(
        "consent", "Jeg ønsker at det lages en individuell plan for meg. Jeg har fått "
                   "forklart hva en individuell plan er, og hva det betyr for meg å være med "
                   "på å lage den. Jeg vet at jeg kan trekke tilbake dette samtykket når som "
                   "helst, uten å oppgi grunn.")


def statement(db: sqlite_utils.Database) -> str:
    """The statement in force: the hospital's own text, else the program's."""
    return settings.get_consent_text(db) or default_statement()


def share_with_team() -> str:
    return _printed(
        "consent", "Planen kan gis til medlemmene av ansvarsgruppen og til dem som skal "
                   "bidra etter planen. Andre får den bare hvis jeg samtykker på nytt.")


def share_confidential() -> str:
    return _printed(
        "consent", "De som deltar i arbeidet med planen kan få taushetsbelagte opplysninger "
                   "om meg når det trengs for arbeidet.")


def clean(text: str) -> str:
    """Lines without trailing spaces, at most one empty line between paragraphs."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def set_statement(session: Session | sqlite_utils.Database, text: str | None) -> None:
    """An administrator enters the hospital's approved text (None or "": the program's), logged.
    Refused for anyone else, and for a text longer than a page."""
    session = as_session(session)
    if not policy.may_change(session, settings.CONSENT_TEXT):
        raise ValidationError(translate("consent",
                                        "Bare en administrator kan endre samtykketeksten."))
    text = clean(text or "")
    if len(text) > MAX_CHARS:
        raise ValidationError(translate("consent", "Samtykketeksten er for lang (høyst {n} "
                                                   "tegn).").format(n=MAX_CHARS))
    if text == default_statement():
        text = ""
    with session.db.atomic():
        settings.set_consent_text(session.db, text or None)
        session.log(USER_ADMIN, None, {"action": "consent_text",
                                       "text": "hospital" if text else "default",
                                       "chars": len(text)})
