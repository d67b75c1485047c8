"""Letters from templates: merge fields (missing ones shown, never dropped), each shipped
template printed, templates kept by administrators only, and the `letter` command."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop import paths, store
from desktop.cli import EXIT_OK, EXIT_REFUSED, main
from desktop.exchange.pdf_crypto import decrypt_pdf
from desktop.records import Consent, ValidationError
from desktop.records_people import (
    CHANNEL_ENCRYPTED_FILE,
    KIND_NEXT_OF_KIN,
    LetterTemplate,
    Meeting,
    MeetingAction,
    Participant,
)
from desktop.reports.letter import issue_letter, merge, patient_letter, template_fields
from desktop.store import accounts, distribution, letters, log, meetings, participants
from desktop.store.people_migration import SHIPPED_LETTERS, shipped_template
from desktop.store.session import Session

DAY = dt.date(2026, 3, 14)


def test_merge_fills_known_fields_and_marks_missing_ones() -> None:
    body = ("Til {pasient.navn}, født {pasient.født}.\nMøte {møte.tid} i {møte.sted}.\n"
            "{ukjent.felt} og {tomt} – {{dobbel}} {ikke et felt} {1} { } slutt")
    text = merge(body, {"pasient.navn": "Ola Nordmann", "pasient.født": "01.02.1990",
                        "møte.tid": "14.03.2026 kl. 13:00", "møte.sted": "  ", "tomt": ""})
    assert text == ("Til Ola Nordmann, født 01.02.1990.\nMøte 14.03.2026 kl. 13:00 i "
                    "[mangler: møte.sted].\n[mangler: ukjent.felt] og [mangler: tomt] – "
                    "{[mangler: dobbel]} {ikke et felt} {1} { } slutt")
    assert merge("{", {}) == "{" and merge("}{x", {}) == "}{x"
    assert template_fields(body)[:3] == ["pasient.navn", "pasient.født", "møte.tid"]


@pytest.fixture
def patient(db, rng):
    from desktop.demo import add_demo_patient

    person = add_demo_patient(db, rng, DAY, "draft")
    store.save_consent(db, person.id, Consent(given=True, share_with_team=True))
    kari = participants.save_participant(db, Participant(
        patient_id=person.id, kind=KIND_NEXT_OF_KIN, name="Kari Hansen", in_group=True))
    meetings.save_meeting(db, Meeting(
        patient_id=person.id, kind="ansvarsgruppemote", starts_at="2026-03-20T13:00",
        place="Møterom 2", invited=[kari.id], present=[kari.id], agenda="Bolig og arbeid",
        minutes="Søknaden er sendt.", next_meeting="2026-04-20",
        actions=[MeetingAction("Søke bolig", "Kari Hansen", "2026-03-27")]))
    return person, kari


@pytest.mark.parametrize("file_name", SHIPPED_LETTERS)
def test_each_shipped_template_prints(db, patient, pdftext, file_name) -> None:
    person, _ = patient
    name, body = shipped_template(file_name)
    checklist = store.load_checklist(db, person.id)
    checklist.declined_unit_name = "Koordinerende enhet, Hamar kommune"
    checklist.declined_unit_phone = "62 56 00 00"
    store.save_checklist(db, person.id, checklist)
    text, pdf = patient_letter(db, person.id, name, sender="Avdeling for voksenpsykiatri",
                               today=DAY)
    printed = "\n".join(pdftext.pages(pdf))
    assert pdftext.missing(text.splitlines(), printed) == []
    assert "[mangler" not in text, text
    assert person.name in printed and "14.03.2026" in printed
    if "møte.tid" in body:
        assert "20.03.2026 kl. 13:00" in printed and "Møterom 2" in printed
    if "ke.navn" in body:
        assert pdftext.missing(["Koordinerende enhet, Hamar kommune", "62 56 00 00"],
                               printed) == []


def test_a_missing_field_is_visible_in_the_letter(db, patient, pdftext) -> None:
    person, _ = patient
    text, pdf = patient_letter(db, person.id, "Informasjon til pasient som ikke ønsker "
                                              "individuell plan", today=DAY)
    assert "[mangler: ke.navn]" in text
    assert "[mangler: ke.navn]" in "\n".join(pdftext.pages(pdf))


def test_an_issued_letter_is_encrypted_logged_and_on_the_kopiliste(db, patient) -> None:
    person, kari = patient
    pdf = issue_letter(db, person.id, "Innkalling til møte", channel=CHANNEL_ENCRYPTED_FILE,
                       recipients=[None, kari.id], passphrase="kanel-fjord-sykkel-tak",
                       today=DAY)
    assert decrypt_pdf(pdf, "kanel-fjord-sykkel-tak").startswith(b"%PDF")
    copies = distribution.list_copies(db, person.id, what="letter")
    assert [(c.recipient, c.title) for c in copies] == [
        (person.name, "Innkalling til møte"), ("Kari Hansen", "Innkalling til møte")]
    (entry,) = log.entries(db, person.id, log.PRINT)
    assert json.loads(entry.detail)["letter"] == "Innkalling til møte"
    with pytest.raises(ValidationError, match="Fant ingen brevmal"):
        issue_letter(db, person.id, "Finnes ikke", channel=CHANNEL_ENCRYPTED_FILE)


def test_only_administrators_keep_templates(db, fast_hash) -> None:
    mine = letters.save_template(db, LetterTemplate(name=" Egen  mal ", body="Hei {pasient.navn}"))
    assert letters.get_template(db, "egen mal").body == "Hei {pasient.navn}\n"  # no accounts yet
    admin = accounts.create_first_admin(db, "admin", "Ada Admin", "et langt passord 123")
    staff = accounts.add_user(db, admin, "hilde", "Hilde Brå", "et langt passord 456",
                              departments=["Voksenpsykiatri"])
    as_admin = Session(db, admin)
    with pytest.raises(ValidationError, match="administrator"):
        letters.save_template(Session(db, staff), LetterTemplate(name="Ny", body="x"))
    with pytest.raises(ValidationError):
        letters.save_template(as_admin, LetterTemplate(name="Referat", body="x"))  # taken
    with pytest.raises(ValidationError):
        letters.save_template(as_admin, LetterTemplate(name="Tom", body="  "))
    mine.body = "Ny tekst"
    letters.save_template(as_admin, mine)
    assert letters.get_template(db, "Egen mal").body == "Ny tekst\n"
    assert log.entries(db, None, log.CHANGE)[-1].user == "admin"
    letters.delete_template(as_admin, mine.id)
    assert letters.get_template(db, "Egen mal") is None
    assert len(letters.list_templates(db)) == 4


def test_the_letter_command_writes_an_encrypted_letter(data_dir, tmp_path, capsys) -> None:
    assert main(["--data-dir", str(data_dir), "demo", "--patients", "10"]) == EXIT_OK
    db = store.open_db(paths.database_path(data_dir))
    try:
        with_people = db.execute("SELECT patient_id FROM meetings LIMIT 1").fetchone()[0]
    finally:
        db.close()
    secret = tmp_path / "pass.txt"
    secret.write_text("kanel-fjord-sykkel-tak\n", encoding="utf-8")
    out = tmp_path / "innkalling.pdf"
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "letter", str(with_people), "--template",
                 "innkalling til møte", "--out", str(out), "--passphrase-file",
                 str(secret)]) == EXIT_OK, capsys.readouterr().err
    assert decrypt_pdf(out.read_bytes(), "kanel-fjord-sykkel-tak").startswith(b"%PDF")
    generated = tmp_path / "referat.pdf"
    assert main(["--data-dir", str(data_dir), "letter", str(with_people), "--template",
                 "Referat", "--out", str(generated)]) == EXIT_OK
    passphrase = capsys.readouterr().out.strip().splitlines()[-1]
    assert decrypt_pdf(generated.read_bytes(), passphrase)
    assert main(["--data-dir", str(data_dir), "letter", str(with_people), "--template",
                 "Ukjent", "--out", str(tmp_path / "x.pdf")]) == EXIT_REFUSED
    assert "Fant ingen brevmal" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_print_command_prints_participants_and_contacts(data_dir, tmp_path, capsys,
                                                        pdftext) -> None:
    assert main(["--data-dir", str(data_dir), "demo", "--patients", "10"]) == EXIT_OK
    db = store.open_db(paths.database_path(data_dir))
    try:
        pid, name = db.execute("SELECT patient_id, name FROM participants "
                               "WHERE kind = 'gp' LIMIT 1").fetchone()
    finally:
        db.close()
    out = tmp_path / "kontakter.pdf"
    assert main(["--data-dir", str(data_dir), "print", str(pid), "--out", str(out),
                 "--forms", "participants,contacts", "--paper", "A5"]) == EXIT_OK
    text = "\n".join(pdftext.pages(out.read_bytes()))
    assert pdftext.missing(["Deltakere i planarbeidet", "Hvem kan du kontakte?", name],
                           text) == []


def test_a_letter_that_cannot_be_delivered_leaves_no_trace(db, patient) -> None:
    person, kari = patient

    def fail(_pdf: bytes) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        issue_letter(db, person.id, "Referat", channel=CHANNEL_ENCRYPTED_FILE,
                     recipients=[kari.id], passphrase="kanel-fjord-sykkel-tak", deliver=fail,
                     today=DAY)
    assert distribution.list_copies(db, person.id) == []
    assert log.entries(db, person.id, log.PRINT) == []
