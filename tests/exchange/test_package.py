"""The encrypted package: written so 7-Zip opens it, read back only when every byte is as
written, the passphrase is right and the contents are safe."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile

import pytest
import pyzipper
from pyzipper.zipfile_aes import WZ_AES_V2, AESZipInfo

from desktop.exchange import package
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.package import read_package, sha256, write_package

FHIR = json.dumps({"resourceType": "Bundle", "type": "document", "entry": []}).encode()


def _package(kit, pdf: bytes | None = None, fhir: bytes = FHIR) -> bytes:
    return write_package(pdf or kit.TINY_PDF, fhir, {"exported_by": "Siri Kvam"}, kit.PASS)


def _aes_zip(entries: list[tuple[str, bytes]], passphrase: str) -> bytes:
    """A zip like ours but with the given entries (to build hostile packages)."""
    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES,
                             encryption_kwargs={"nbits": 256,
                                                "force_wz_aes_version": WZ_AES_V2}) as archive:
        archive.setpassword(passphrase.encode())
        for name, data in entries:
            info = AESZipInfo(name, date_time=(2026, 1, 1, 12, 0, 0))
            info.compress_type = pyzipper.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _manifest(pdf: bytes, fhir: bytes, **changes) -> bytes:
    manifest = {"format": package.FORMAT_NAME, "format_version": package.FORMAT_VERSION,
                "files": {package.PDF_NAME: {"sha256": sha256(pdf)},
                          package.FHIR_NAME: {"sha256": sha256(fhir)}}}
    manifest.update(changes)
    return json.dumps(manifest).encode()


def test_round_trip_and_manifest(kit) -> None:
    data = _package(kit)
    contents = read_package(data, kit.PASS)
    assert contents.pdf == kit.TINY_PDF and contents.fhir == FHIR
    assert contents.manifest["exported_by"] == "Siri Kvam"
    assert contents.manifest["files"][package.PDF_NAME]["sha256"] == sha256(kit.TINY_PDF)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert names == ["plan.pdf", "plan.fhir.json", "manifest.json"]
    assert all(i.flag_bits & 1 for i in zipfile.ZipFile(io.BytesIO(data)).infolist())


def test_nothing_is_readable_without_the_passphrase(kit) -> None:
    data = _package(kit, pdf=b"%PDF-1.7 Kari Nordmann " * 20)
    assert b"Kari" not in data and b"Bundle" not in data
    with pytest.raises(ExchangeRefused, match="Feil passord"):
        read_package(data, "kanel-fjord-sykkel-hest-tromm")
    with pytest.raises(ExchangeRefused, match="Feil passord"):
        read_package(data, "")


def test_a_changed_byte_anywhere_is_refused(kit) -> None:
    data = _package(kit)
    assert len(data) < 2000
    for offset in range(len(data)):  # every single offset of the file
        changed = bytearray(data)
        changed[offset] ^= 0x01 if offset % 2 else 0x80
        with pytest.raises(ExchangeRefused):
            read_package(bytes(changed), kit.PASS)


def test_truncated_or_extended_packages_are_refused(kit) -> None:
    data = _package(kit)
    for cut in (1, 22, 100, len(data) // 2, len(data) - 1):
        with pytest.raises(ExchangeRefused):
            read_package(data[:cut], kit.PASS)
    for extra in (b"\0", b"PK\x05\x06" + bytes(18)):
        with pytest.raises(ExchangeRefused):
            read_package(data + extra, kit.PASS)
        with pytest.raises(ExchangeRefused):
            read_package(extra + data, kit.PASS)


def test_a_changed_manifest_hash_is_refused(kit) -> None:
    fhir = FHIR
    wrong = _manifest(kit.TINY_PDF, fhir + b" ")
    data = _aes_zip([("plan.pdf", kit.TINY_PDF), ("plan.fhir.json", fhir),
                     ("manifest.json", wrong)], kit.PASS)
    with pytest.raises(ExchangeRefused, match="endret eller skadet"):
        read_package(data, kit.PASS)


def test_an_unknown_format_version_is_refused(kit) -> None:
    manifest = _manifest(kit.TINY_PDF, FHIR, format_version=2)
    data = _aes_zip([("plan.pdf", kit.TINY_PDF), ("plan.fhir.json", FHIR),
                     ("manifest.json", manifest)], kit.PASS)
    with pytest.raises(ExchangeRefused, match="formatversjon \\(2\\)"):
        read_package(data, kit.PASS)


@pytest.mark.parametrize("names", [
    ("../plan.pdf", "plan.fhir.json", "manifest.json"),
    ("/etc/plan.pdf", "plan.fhir.json", "manifest.json"),
    ("mappe/plan.pdf", "plan.fhir.json", "manifest.json"),
    ("plan.pdf", "plan.fhir.json", "manifest.json", "inner.zip"),
    ("plan.pdf", "plan.fhir.json"),
])
def test_paths_outside_the_folder_and_foreign_entries_are_refused(kit, names) -> None:
    entries = [(name, _manifest(kit.TINY_PDF, FHIR) if name == "manifest.json" else
                kit.TINY_PDF if name.endswith(".pdf") else FHIR) for name in names]
    with pytest.raises(ExchangeRefused, match="andre filer"):
        read_package(_aes_zip(entries, kit.PASS), kit.PASS)


def test_a_nested_archive_in_place_of_the_pdf_is_refused(kit) -> None:
    inner = _aes_zip([("plan.pdf", kit.TINY_PDF)], kit.PASS)
    entries = [("plan.pdf", inner), ("plan.fhir.json", FHIR),
               ("manifest.json", _manifest(inner, FHIR))]
    with pytest.raises(ExchangeRefused, match="andre filer"):
        read_package(_aes_zip(entries, kit.PASS), kit.PASS)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(kit) -> None:
    bomb = b"%PDF-" + bytes(60 * 1024 * 1024)  # 60 MB of zeros compress to about 60 kB
    entries = [("plan.pdf", bomb), ("plan.fhir.json", FHIR),
               ("manifest.json", _manifest(bomb, FHIR))]
    data = _aes_zip(entries, kit.PASS)
    assert len(data) < 1024 * 1024
    with pytest.raises(ExchangeRefused, match="for stor"):
        read_package(data, kit.PASS)
    ratio = b"{" + b" " * (3 * 1024 * 1024) + b"}"  # within the size limit, not the ratio
    entries = [("plan.pdf", kit.TINY_PDF), ("plan.fhir.json", ratio),
               ("manifest.json", _manifest(kit.TINY_PDF, ratio))]
    with pytest.raises(ExchangeRefused, match="for stor"):
        read_package(_aes_zip(entries, kit.PASS), kit.PASS)


def test_an_oversized_file_is_refused_unread(kit, monkeypatch) -> None:
    monkeypatch.setattr(package, "MAX_PACKAGE_BYTES", 1000)
    with pytest.raises(ExchangeRefused, match="for stor"):
        read_package(_package(kit, pdf=b"%PDF-" + bytes(range(256)) * 8), kit.PASS)


def test_a_plain_zip_without_encryption_is_refused(kit) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("plan.pdf", kit.TINY_PDF)
        archive.writestr("plan.fhir.json", FHIR)
        archive.writestr("manifest.json", _manifest(kit.TINY_PDF, FHIR))
    with pytest.raises(ExchangeRefused):
        read_package(buffer.getvalue(), kit.PASS)


@pytest.mark.skipif(shutil.which("7z") is None, reason="7z (p7zip-full) is not installed")
def test_7zip_extracts_the_package(kit, tmp_path) -> None:
    pdf = b"%PDF-1.7\n" + "Kari Ødegård".encode() * 50
    target = tmp_path / "pakke.zip"
    target.write_bytes(_package(kit, pdf=pdf))
    wrong = subprocess.run(["7z", "x", "-y", "-pfeil-passord", f"-o{tmp_path / 'no'}",
                            str(target)], capture_output=True)
    assert wrong.returncode != 0
    done = subprocess.run(["7z", "x", "-y", f"-p{kit.PASS}", f"-o{tmp_path / 'out'}",
                           str(target)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "plan.fhir.json",
                                                      "plan.pdf"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for name in ("plan.pdf", "plan.fhir.json"):
        assert manifest["files"][name]["sha256"] == sha256((out / name).read_bytes())
    assert (out / "plan.pdf").read_bytes() == pdf
    listing = subprocess.run(["7z", "l", "-slt", f"-p{kit.PASS}", str(target)],
                             capture_output=True, text=True).stdout
    assert listing.count("Method = AES-256 Deflate") == 3


def test_the_minutes_travel_as_an_optional_pdf_entry(kit, db, tmp_path) -> None:
    import datetime as dt

    from pypdf import PdfReader

    from desktop import store
    from desktop.exchange.exporter import export_patient
    from desktop.records import Consent, Patient
    from desktop.records_people import Meeting
    from desktop.store import meetings

    patient = store.add_patient(db, Patient(name="Ola Referat", birth_date="1990-03-14"))
    store.save_plan(db, patient.id, store.load_plan(db, patient.id).plan)
    store.save_consent(db, patient.id, Consent(given=True, valid_to="2099-12",
                                               share_with_team=True))
    day = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    meetings.save_meeting(db, Meeting(patient_id=patient.id, starts_at=day + "T13:00",
                                      place="Møterom 2", minutes="Planen ble gjennomgått."))
    version = store.current_version(db, patient.id)
    with_minutes, without = tmp_path / "med.zip", tmp_path / "uten.zip"
    export_patient(db, patient.id, with_minutes, kit.PASS, version=version.number,
                   with_minutes=True)
    export_patient(db, patient.id, without, kit.PASS, version=version.number)
    contents = read_package(with_minutes.read_bytes(), kit.PASS)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(contents.minutes)).pages)
    assert "Planen ble gjennomgått." in text and "Møterom 2" in text
    assert "referat.pdf" in contents.manifest["files"]
    assert read_package(without.read_bytes(), kit.PASS).minutes == b""  # as before
