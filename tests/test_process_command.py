"""The command line of the notice: `notice` (encrypted letter, refused without a notice or a
consent), `journal-note`, and the IP state as the fourth column of `list`."""

from __future__ import annotations

import pikepdf

from desktop import paths, store
from desktop.cli import EXIT_OK, EXIT_REFUSED, main
from desktop.exchange.package import read_package
from desktop.records import Patient

PASS = "hestebatteri-korrekt-stift"


def _db(data_dir):
    return store.open_db(paths.database_path(data_dir), paths.backup_dir(data_dir))


def test_notice_writes_an_encrypted_pdf_or_package_and_logs_the_export(
        data_dir, tmp_path, notified_patient, capsys) -> None:
    db = _db(data_dir)
    patient_id, _notice = notified_patient(db)
    db.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    pdf = tmp_path / "melding.pdf"
    assert main(["notice", str(patient_id), "--out", str(pdf), "--passphrase-file",
                 str(secret)]) == EXIT_OK
    with pikepdf.open(pdf, password=PASS) as document:
        assert document.encryption.R == 6 and len(document.pages) == 1
    package = tmp_path / "melding.zip"
    assert main(["notice", "12838512311", "--out", str(package)]) == EXIT_OK
    generated = capsys.readouterr().out.splitlines()[-1]
    contents = read_package(package.read_bytes(), generated)
    assert contents.pdf.startswith(b"%PDF") and b"ServiceRequest" in contents.fhir
    db = _db(data_dir)
    exports = db.execute("SELECT detail FROM access_log WHERE kind = 'export'").fetchall()
    assert len(exports) == 2 and all('"content": "notice"' in row[0] for row in exports)
    assert PASS not in "".join(row[0] for row in exports)
    db.close()


def test_notice_is_refused_without_a_notice_or_a_consent_and_writes_nothing(
        data_dir, tmp_path, notified_patient, capsys) -> None:
    db = _db(data_dir)
    draft_only, _notice = notified_patient(db, consent=False)
    nobody = store.add_patient(db, Patient(name="Per Vik", department="Rusbehandling"))
    db.close()
    out = tmp_path / "melding.pdf"
    assert main(["notice", str(nobody.id), "--out", str(out)]) == EXIT_REFUSED
    assert main(["notice", str(draft_only), "--out", str(out)]) == EXIT_REFUSED
    assert main(["notice", str(draft_only), "--out", str(tmp_path / "x.txt")]) == EXIT_REFUSED
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and "ingen melding" in err[0] and "samtykket" in err[1]
    assert not out.exists()


def test_journal_note_prints_the_note(data_dir, notified_patient, capsys) -> None:
    db = _db(data_dir)
    patient_id, _notice = notified_patient(db)
    db.close()
    assert main(["journal-note", str(patient_id)]) == EXIT_OK
    assert capsys.readouterr().out == (
        "Behov for individuell plan og koordinator: melding sendt 02.11.2026 til "
        "Koordinerende enhet, Eksempelvik kommune (PLO-melding).\n"
        "Purret 17.11.2026 (telefon).\n"
        "Svar fra kommunen 19.11.2026: koordinator oppnevnt.\n"
        "Samtykke til å kontakte kommunen: 01.11.2026.\n"
        "Individuell plan foreligger: nei\n"  # the municipality has not made it yet
        "Koordinator oppnevnt: ja – Kari Berg, +47 000 00 002\n")
    assert main(["journal-note", "99999"]) == EXIT_REFUSED


def test_list_has_the_state_as_fourth_column(data_dir, notified_patient, capsys) -> None:
    from desktop.records_process import IpState
    from desktop.store import ip_work, process

    db = _db(data_dir)
    patient_id, _notice = notified_patient(db, reply=False)
    process.set_ip_state(db, patient_id, IpState(ip_work.suggested_ip_state(db, patient_id)))
    store.add_patient(db, Patient(name="Per Vik"))
    db.close()
    assert main(["list"]) == EXIT_OK
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(name, state) for _id, name, _born, state in lines] == [
        ("Per Vik", "Vurderes"), ("Åse Nordmann", "Meldt kommunen")]
