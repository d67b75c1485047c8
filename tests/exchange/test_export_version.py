"""Export chooses the version (issue 16, item 2): the newest signed one by default, a draft
only by explicit choice and then marked "UTKAST – ikke signert" on every page."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from desktop import store
from desktop.cli import EXIT_OK, EXIT_REFUSED, main
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.exporter import FORMAT_PDF, export_patient, export_versions
from desktop.exchange.package import read_package
from desktop.exchange.pdf_crypto import decrypt_pdf
from desktop.records import Patient, Plan
from desktop.store import log

DRAFT = "UTKAST – ikke signert"


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_default_is_the_newest_signed_version(db, full_patient, kit, tmp_path) -> None:
    # full_patient: version 1 signed, version 2 a draft
    result = export_patient(db, full_patient, tmp_path / "p.zip", kit.PASS,
        consent_reason=kit.REASON)
    assert result.version == 1 and result.signed
    contents = read_package((tmp_path / "p.zip").read_bytes(), kit.PASS)
    assert contents.manifest["plan_version"] == 1
    bundle = json.loads(contents.fhir)
    plans = [e["resource"] for e in bundle["entry"]
             if e["resource"]["resourceType"] == "CarePlan"
             and e["resource"].get("title") == "Individuell plan"]
    assert len(plans) == 1 and plans[0]["status"] == "active"  # the later draft stays home
    signed = store.get_version(db, full_patient, 1).plan
    assert len(plans[0]["activity"]) == len(signed.rows)
    pages = _pages(contents.pdf)
    assert all(DRAFT not in page for page in pages)
    assert "versjon 1, signert" in pages[0]


def test_the_dialog_is_offered_every_version_with_the_signed_one_chosen(db, full_patient,
                                                                        kit) -> None:
    versions, chosen = export_versions(db, full_patient)
    assert [(v.number, v.frozen) for v in versions] == [(1, True), (2, False)] and chosen == 1
    patient = store.add_patient(db, Patient(name="Uten Signatur", birth_date="1980"))
    store.save_plan(db, patient.id, Plan(situation="Utkast"))
    assert export_versions(db, patient.id)[1] is None


def test_a_draft_only_by_choice_and_marked_on_every_page(db, full_patient, kit,
                                                         tmp_path) -> None:
    result = export_patient(db, full_patient, tmp_path / "p.pdf", kit.PASS, FORMAT_PDF,
                            version=2,
                                consent_reason=kit.REASON)
    assert result.version == 2 and not result.signed
    pages = _pages(decrypt_pdf((tmp_path / "p.pdf").read_bytes(), kit.PASS))
    assert len(pages) > 3 and all(DRAFT in page for page in pages)
    export_patient(db, full_patient, tmp_path / "p.zip", kit.PASS, version=2,
        consent_reason=kit.REASON)
    pdf = read_package((tmp_path / "p.zip").read_bytes(), kit.PASS).pdf
    assert all(DRAFT in page for page in _pages(pdf))
    details = [json.loads(e.detail) for e in log.entries(db, full_patient, log.EXPORT)]
    assert [(d["plan_version"], d["draft"]) for d in details] == [(2, True), (2, True)]


def test_no_signed_version_or_an_unknown_one_is_refused(db, kit, tmp_path) -> None:
    patient = store.add_patient(db, Patient(name="Bare Utkast", birth_date="1970"))
    store.save_plan(db, patient.id, Plan(situation="Utkast"))
    before = kit.snapshot(db)
    with pytest.raises(ExchangeRefused, match="ingen signert versjon"):
        export_patient(db, patient.id, tmp_path / "x.zip", kit.PASS,
            consent_reason=kit.REASON)
    with pytest.raises(ExchangeRefused, match="ingen versjon 7"):
        export_patient(db, patient.id, tmp_path / "x.zip", kit.PASS, version=7,
            consent_reason=kit.REASON)
    assert kit.snapshot(db) == before and not (tmp_path / "x.zip").exists()
    assert export_patient(db, patient.id, tmp_path / "x.zip", kit.PASS, version=1,
        consent_reason=kit.REASON).version == 1


def test_command_line_version_option(db, full_patient, data_dir, kit, tmp_path,
                                     capsys) -> None:
    kit.consent_in_force(db, full_patient)
    secret = tmp_path / "pass.txt"
    secret.write_text(kit.PASS, encoding="utf-8")
    base = ["export", str(full_patient), "--passphrase-file", str(secret), "--pdf-only"]
    assert main([*base, "--out", str(tmp_path / "a.pdf")]) == EXIT_OK
    out = capsys.readouterr().out
    assert "planversjon 1" in out and "UTKAST" not in out
    assert main([*base, "--out", str(tmp_path / "b.pdf"), "--version", "2"]) == EXIT_OK
    assert "UTKAST – ikke signert" in capsys.readouterr().out
    pages = _pages(decrypt_pdf((tmp_path / "b.pdf").read_bytes(), kit.PASS))
    assert all(DRAFT in page for page in pages)
    assert main([*base, "--out", str(tmp_path / "c.pdf"), "--version", "9"]) == EXIT_REFUSED
    assert "ingen versjon 9" in capsys.readouterr().err
