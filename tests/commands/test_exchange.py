"""`individuell-plan export` and `import`: exit codes, the passphrase on the last line, the
import rule, and nothing written on a refusal."""

from __future__ import annotations

import pytest

from desktop import paths, store
from desktop.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main
from desktop.exchange.package import read_package
from desktop.exchange.wordlist import WORDS
from desktop.records import Patient


@pytest.fixture
def full_patient(full_patient, db, kit) -> int:
    """The exchange tests' patient with a consent in force (the command line cannot give a
    reason to export without one)."""
    kit.consent_in_force(db, full_patient)
    return full_patient


@pytest.fixture
def patient_number(db, full_patient) -> str:
    return store.get_patient(db, full_patient).id_number


def test_export_prints_a_generated_passphrase_last(db, patient_number, data_dir, tmp_path,
                                                   capsys) -> None:
    out = tmp_path / "pakke.zip"
    assert main(["export", patient_number, "--out", str(out)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    secret = lines[-1]
    assert all(word in WORDS for word in secret.split("-"))
    assert read_package(out.read_bytes(), secret).pdf.startswith(b"%PDF")


def test_export_with_minutes(db, full_patient, patient_number, data_dir, tmp_path,
                             capsys) -> None:
    import datetime as dt

    from desktop.records_people import Meeting
    from desktop.store import meetings

    day = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    meetings.save_meeting(db, Meeting(patient_id=full_patient, starts_at=day,
                                      minutes="Planen ble gjennomgått."))
    out = tmp_path / "pakke.zip"
    assert main(["export", patient_number, "--out", str(out), "--with-minutes"]) == EXIT_OK
    secret = capsys.readouterr().out.splitlines()[-1]
    assert read_package(out.read_bytes(), secret).minutes.startswith(b"%PDF")


def test_export_with_an_agreed_passphrase_and_pdf_only(db, full_patient, data_dir, tmp_path,
                                                      kit, capsys) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(kit.PASS + "\n", encoding="utf-8")
    out = tmp_path / "plan.pdf"
    assert main(["export", str(full_patient), "--out", str(out), "--passphrase-file",
                 str(secret), "--pdf-only"]) == EXIT_OK
    assert kit.PASS not in capsys.readouterr().out
    import pikepdf

    with pikepdf.open(out, password=kit.PASS) as pdf:
        assert pdf.encryption.R == 6


def test_export_refusals_write_nothing(db, full_patient, data_dir, tmp_path, kit,
                                       capsys) -> None:
    short = tmp_path / "kort.txt"
    short.write_text("kort\n", encoding="utf-8")
    out = tmp_path / "x.zip"
    before = kit.snapshot(db, log=False)
    assert main(["export", str(full_patient), "--out", str(out), "--passphrase-file",
                 str(short)]) == EXIT_REFUSED
    assert main(["export", "99999", "--out", str(out)]) == EXIT_REFUSED
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "minst 12 tegn" in err[0] and "Fant ingen pasient" in err[1]
    out.write_bytes(b"keep me")
    assert main(["export", str(full_patient), "--out", str(out)]) == EXIT_REFUSED
    assert out.read_bytes() == b"keep me" and kit.snapshot(db, log=False) == before
    assert main(["export"]) == EXIT_USAGE
    assert main(["import", "a", "--patient", "1", "--new-patient"]) == EXIT_USAGE


def test_import_rule(db, full_patient, data_dir, tmp_path, kit, capsys) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(kit.PASS, encoding="utf-8")
    package = tmp_path / "pakke.zip"
    assert main(["export", str(full_patient), "--out", str(package), "--passphrase-file",
                 str(secret)]) == EXIT_OK
    # the same fødselsnummer: a new version of that patient (the signed version 1 exported
    # differs from the current draft); the same file once more changes nothing
    assert main(["import", str(package), "--passphrase-file", str(secret)]) == EXIT_OK
    assert "versjon 3" in capsys.readouterr().out
    before = kit.snapshot(db)
    assert main(["import", str(package), "--passphrase-file", str(secret)]) == EXIT_OK
    assert "Ingen endringer" in capsys.readouterr().out and kit.snapshot(db) == before
    # no match at all: a new patient
    other = tmp_path / "other"
    args = ["--data-dir", str(other), "import", str(package), "--passphrase-file", str(secret)]
    assert main(args) == EXIT_OK
    assert "ny pasient" in capsys.readouterr().out
    # a match by name and birth date only: refused until the user says which
    third = tmp_path / "third"
    db3 = store.open_db(paths.database_path(third))
    incoming = store.get_patient(db, full_patient)
    twin = store.add_patient(db3, Patient(name=incoming.name, birth_date=incoming.birth_date))
    before = kit.snapshot(db3)
    db3.close()
    base = ["--data-dir", str(third), "import", str(package), "--passphrase-file", str(secret)]
    assert main(base) == EXIT_REFUSED
    assert "--new-patient" in capsys.readouterr().err
    db3 = store.open_db(paths.database_path(third))
    assert kit.snapshot(db3) == before
    db3.close()
    assert main([*base, "--patient", str(twin.id)]) == EXIT_OK
    assert main([*base, "--new-patient"]) == EXIT_OK
    db3 = store.open_db(paths.database_path(third))
    assert len(store.plan_versions(db3, twin.id)) == 1 and store.count_patients(db3) == 2
    db3.close()


def test_import_refusals_exit_1_with_one_line(db, full_patient, data_dir, tmp_path, kit,
                                              capsys) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(kit.PASS, encoding="utf-8")
    package = tmp_path / "pakke.zip"
    main(["export", str(full_patient), "--out", str(package), "--passphrase-file", str(secret)])
    capsys.readouterr()
    wrong = tmp_path / "feil.txt"
    wrong.write_text("feil-passord-her", encoding="utf-8")
    before = kit.snapshot(db)
    assert main(["import", str(package), "--passphrase-file", str(wrong)]) == EXIT_REFUSED
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0xFF
    package.write_bytes(bytes(data))
    assert main(["import", str(package), "--passphrase-file", str(secret)]) == EXIT_REFUSED
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "Feil passord" in err[0] and "endret eller skadet" in err[1]
    assert kit.snapshot(db) == before


def test_spaces_around_a_passphrase_in_a_file_do_not_matter(db, full_patient, data_dir,
                                                            tmp_path, kit) -> None:
    spaced = tmp_path / "pass.txt"
    spaced.write_text(f"  {kit.PASS}  \n", encoding="utf-8")
    package = tmp_path / "pakke.zip"
    assert main(["export", str(full_patient), "--out", str(package), "--passphrase-file",
                 str(spaced)]) == EXIT_OK
    assert read_package(package.read_bytes(), kit.PASS).pdf.startswith(b"%PDF")
    assert main(["--data-dir", str(tmp_path / "other"), "import", str(package),
                 "--passphrase-file", str(spaced)]) == EXIT_OK


@pytest.mark.parametrize("change, words", [
    ({"withdrawn_date": "2026-02-01"}, "trukket samtykket tilbake"),
    ({"valid_to": "2020-01"}, "utløpt"),
    ({"share_with_team": False}, "ikke at planen deles"),
    ({"given": False}, "ønsker ikke individuell plan"),
])
def test_export_without_consent_to_share_is_refused(db, full_patient, data_dir, tmp_path,
                                                    capsys, change, words) -> None:
    import dataclasses

    store.save_consent(db, full_patient,
                       dataclasses.replace(store.load_consent(db, full_patient), **change))
    before = db["access_log"].count
    out = tmp_path / "x.zip"
    assert main(["export", str(full_patient), "--out", str(out)]) == EXIT_REFUSED
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0]
    assert not out.exists()
    assert db["access_log"].count == before


def test_import_checks_the_department_against_the_list(db, full_patient, data_dir, tmp_path,
                                                        kit, capsys) -> None:
    """A typo such as "Slagenheten" is refused with one sentence and writes nothing; without
    --department the new patient keeps the department the file names."""
    secret = tmp_path / "pass.txt"
    secret.write_text(kit.PASS, encoding="utf-8")
    package = tmp_path / "pakke.zip"
    assert main(["export", str(full_patient), "--out", str(package), "--passphrase-file",
                 str(secret)]) == EXIT_OK
    department = store.get_patient(db, full_patient).department
    other = tmp_path / "other"
    base = ["--data-dir", str(other), "import", str(package), "--passphrase-file", str(secret)]
    capsys.readouterr()
    assert main([*base, "--department", "Slagenheten"]) == EXIT_REFUSED
    err = capsys.readouterr().err.strip()
    assert "«Slagenheten» finnes ikke i avdelingslisten" in err and len(err.splitlines()) == 1
    db2 = store.open_db(paths.database_path(other))
    assert store.count_patients(db2) == 0
    db2.close()
    assert main(base) == EXIT_OK
    db2 = store.open_db(paths.database_path(other))
    assert [p.department for p in store.search_patients(db2)] == [department]
    db2.close()


def test_import_says_which_people_came_along(db, full_patient, data_dir, tmp_path, kit,
                                             capsys) -> None:
    from desktop.records_people import KIND_GP, Participant
    from desktop.store import participants

    participants.save_participant(db, Participant(patient_id=full_patient, kind=KIND_GP,
                                                  name="Kari Lege"))
    secret = tmp_path / "pass.txt"
    secret.write_text(kit.PASS, encoding="utf-8")
    package = tmp_path / "pakke.zip"
    assert main(["export", str(full_patient), "--out", str(package), "--passphrase-file",
                 str(secret)]) == EXIT_OK
    args = ["--data-dir", str(tmp_path / "other"), "import", str(package), "--passphrase-file",
            str(secret)]
    capsys.readouterr()
    assert main(args) == EXIT_OK
    assert "La til 1 deltaker(e), 0 møte(r) og 0 kopi(er) på kopilisten." in (
        capsys.readouterr().out)
