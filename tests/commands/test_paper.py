"""`individuell-plan print`: writes the PDF, logs the print, refuses bad input with exit 1."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from desktop import paths, store
from desktop.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main
from desktop.store import log


@pytest.fixture
def demo_db(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "demo", "--patients", "10"]) == EXIT_OK
    capsys.readouterr()
    database = store.open_db(paths.database_path(data_dir))
    yield database
    database.close()


def _with_plan(db):
    for summary in store.search_patients(db):
        if summary.plan_version:
            return store.get_patient(db, summary.id)
    raise AssertionError("the demo has patients with plans")


def test_print_writes_the_pdf_and_logs_it(data_dir, demo_db, tmp_path, capsys, pdftext):
    patient = _with_plan(demo_db)
    out = tmp_path / "plan.pdf"
    code = main(["--data-dir", str(data_dir), "print", str(patient.id), "--out", str(out)])
    assert code == EXIT_OK, capsys.readouterr().err
    text = "\n".join(pdftext.pages(out.read_bytes()))
    for title in ("Individuell plan", "Samtykke til individuell plan",
                  "Sjekkliste for god praksis", "Eksisterende vedtak"):
        assert title in text
    assert patient.name in text
    entries = log.entries(demo_db, patient_id=patient.id, kind=log.PRINT)
    assert len(entries) == 1
    detail = json.loads(entries[0].detail)
    assert detail["forms"] == ["plan", "decisions", "consent", "checklist"]
    assert detail["paper"] == "A4" and detail["version"] >= 1


def test_print_by_fodselsnummer_on_a5_with_chosen_forms(data_dir, demo_db, tmp_path, pdftext):
    patient = _with_plan(demo_db)
    out = tmp_path / "samtykke.pdf"
    assert main(["--data-dir", str(data_dir), "print", patient.id_number, "--out", str(out),
                 "--paper", "a5", "--forms", "consent,checklist"]) == EXIT_OK
    data = out.read_bytes()
    assert round(float(PdfReader(io.BytesIO(data)).pages[0].mediabox.width)) == 420
    text = "\n".join(pdftext.pages(data))
    assert "Samtykke til individuell plan" in text and "Sjekkliste for god praksis" in text
    assert "Delmål og tiltak" not in text


@pytest.mark.parametrize("args, message", [
    (["print", "99999", "--out", "{out}"], "Fant ingen pasient"),
    (["print", "01010112345", "--out", "{out}"], "Fant ingen pasient"),
    (["print", "{id}", "--out", "{out}", "--forms", "plan,brev"], "Ukjent skjema: brev"),
    (["print", "{id}", "--out", "{out}", "--forms", ","], "Velg minst ett skjema"),
    (["print", "{id}", "--out", "{out}", "--paper", "Letter"], "A4 eller A5"),
    (["print", "{id}", "--out", "{missing}"], "finnes ikke"),
])
def test_bad_input_is_refused_with_one_line_and_nothing_written(
        data_dir, demo_db, tmp_path, capsys, args, message):
    patient = _with_plan(demo_db)
    out = tmp_path / "ut.pdf"
    argv = [a.format(out=out, id=patient.id, missing=tmp_path / "nei" / "ut.pdf") for a in args]
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), *argv]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()
    assert log.entries(demo_db, kind=log.PRINT) == []


def test_missing_out_is_wrong_usage(data_dir, demo_db, capsys):
    assert main(["--data-dir", str(data_dir), "print", "1"]) == EXIT_USAGE
