"""Export from the store: the real printed plan inside, the file and the log entry together."""

from __future__ import annotations

import json

import pytest

from desktop import store
from desktop.exchange import exporter
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.exporter import export_patient, suggested_file_name
from desktop.exchange.package import read_package
from desktop.exchange.pdf_crypto import decrypt_pdf
from desktop.records import Patient
from desktop.store import log, outbox


def test_package_export_is_written_and_logged(db, full_patient, kit, tmp_path) -> None:
    target = tmp_path / "plan.zip"
    result = export_patient(db, full_patient, target, kit.PASS, exported_by="Siri Kvam",
        consent_reason=kit.REASON)
    assert result.version == 1 and result.size == target.stat().st_size  # newest signed
    contents = read_package(target.read_bytes(), kit.PASS)
    assert contents.pdf.startswith(b"%PDF")
    assert contents.manifest["exported_by"] == "Siri Kvam"
    assert contents.manifest["format_version"] == 1
    bundle = json.loads(contents.fhir)
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "document"
    (entry,) = log.entries(db, full_patient, log.EXPORT)
    detail = json.loads(entry.detail)
    assert detail["file"] == "plan.zip" and detail["format"] == "zip"
    assert detail["exported_by"] == "Siri Kvam" and entry.user and entry.at
    assert kit.PASS not in entry.detail
    assert kit.PASS.encode() not in db.conn.execute("SELECT group_concat(detail) FROM "
                                                    "access_log").fetchone()[0].encode()


def test_pdf_export_is_the_printed_plan_encrypted(db, full_patient, kit, tmp_path) -> None:
    target = tmp_path / "plan.pdf"
    export_patient(db, full_patient, target, kit.PASS, exporter.FORMAT_PDF,
        consent_reason=kit.REASON)
    plain = decrypt_pdf(target.read_bytes(), kit.PASS)
    assert plain.startswith(b"%PDF")
    (entry,) = log.entries(db, full_patient, log.EXPORT)
    assert json.loads(entry.detail)["format"] == "pdf"


def test_a_real_package_changed_at_several_offsets_is_refused(db, full_patient, kit,
                                                              tmp_path) -> None:
    target = tmp_path / "plan.zip"
    export_patient(db, full_patient, target, kit.PASS,
        consent_reason=kit.REASON)
    data = target.read_bytes()
    step = len(data) // 37
    for offset in [0, 5, 14, 30, 60, *range(100, len(data), step), len(data) - 30,
                   len(data) - 1]:
        changed = bytearray(data)
        changed[offset] = (changed[offset] + 1) % 256
        with pytest.raises(ExchangeRefused):
            read_package(bytes(changed), kit.PASS)


def test_a_patient_without_a_plan_is_refused_and_nothing_written(db, kit, tmp_path) -> None:
    patient = store.add_patient(db, Patient(name="Uten Plan", birth_date="1970"))
    out = tmp_path / "out"
    out.mkdir()
    before = kit.snapshot(db)
    with pytest.raises(ExchangeRefused, match="ingen plan"):
        export_patient(db, patient.id, out / "x.zip", kit.PASS,
            consent_reason=kit.REASON)
    assert kit.snapshot(db) == before and list(out.iterdir()) == []


def test_a_failed_write_leaves_no_file_and_no_log(db, full_patient, kit, tmp_path,
                                                  monkeypatch) -> None:
    def broken(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outbox, "_write", broken)
    out = tmp_path / "out"
    out.mkdir()
    before = len(log.entries(db, full_patient, log.EXPORT))
    with pytest.raises(ExchangeRefused, match="No space"):
        export_patient(db, full_patient, out / "x.zip", kit.PASS,
            consent_reason=kit.REASON)
    assert len(log.entries(db, full_patient, log.EXPORT)) == before
    assert list(out.iterdir()) == []


def test_suggested_file_names() -> None:
    assert suggested_file_name("Åse Ødegård", "1961-04-09") == (
        "Åse-Ødegård-1961-04-09-individuell-plan.zip")
    assert suggested_file_name("A/B: C", "1943", "pdf") == "A-B-C-1943-individuell-plan.pdf"
