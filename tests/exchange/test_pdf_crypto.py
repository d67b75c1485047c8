"""The PDF alone: AES-256 with the R6 security handler, opened by any reader with the passphrase."""

from __future__ import annotations

import io
import shutil
import subprocess

import pikepdf
import pytest
from pypdf import PdfReader

from desktop.exchange.pdf_crypto import decrypt_pdf, encrypt_pdf
from desktop.reports import render_patient_pdf


@pytest.fixture
def encrypted(db, full_patient, kit) -> tuple[bytes, bytes]:
    plain = render_patient_pdf(db, full_patient)
    return plain, encrypt_pdf(plain, kit.PASS)


def test_r6_aes256_and_pdf_2(encrypted, kit) -> None:
    _plain, data = encrypted
    assert data.startswith(b"%PDF-2.0")
    with pikepdf.open(io.BytesIO(data), password=kit.PASS) as pdf:
        assert pdf.is_encrypted
        assert pdf.encryption.R == 6 and pdf.encryption.bits == 256
        assert str(pdf.encryption.stream_method).endswith("aesv3")


def test_wrong_or_missing_passphrase_opens_nothing(encrypted) -> None:
    _plain, data = encrypted
    for attempt in ("", "feil-passord-her"):
        with pytest.raises(pikepdf.PasswordError):
            pikepdf.open(io.BytesIO(data), password=attempt)


def test_the_text_is_there_with_the_passphrase(db, full_patient, encrypted, kit) -> None:
    from desktop import store

    _plain, data = encrypted
    name = store.get_patient(db, full_patient).name
    assert b"/Encrypt" in data and name.encode() not in data
    reader = PdfReader(io.BytesIO(decrypt_pdf(data, kit.PASS)))
    assert not reader.is_encrypted
    assert name in "".join(page.extract_text() for page in reader.pages)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_reads_it_with_the_passphrase(db, full_patient, encrypted, kit, tmp_path) -> None:
    from desktop import store

    path = tmp_path / "plan.pdf"
    path.write_bytes(encrypted[1])
    text = subprocess.run(["pdftotext", "-upw", kit.PASS, str(path), "-"],
                          capture_output=True, text=True).stdout
    assert store.get_patient(db, full_patient).name in text
    refused = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert refused.returncode != 0
