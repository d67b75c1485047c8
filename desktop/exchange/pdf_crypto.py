"""The PDF alone for secure mail: AES-256 encryption (security handler R6, PDF 2.0) by pikepdf."""

from __future__ import annotations

import io

import pikepdf


def encrypt_pdf(pdf: bytes, passphrase: str) -> bytes:
    """The same PDF, encrypted so that any PDF reader opens it with the passphrase.

    The passphrase is both the user and the owner password: the receiver may print and copy.
    PDF/A forbids encryption, so the encrypted copy no longer claims to be PDF/A (its XMP
    identification is removed); the archive copy is the package's plain plan.pdf."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        if "/Metadata" in document.Root:
            del document.Root.Metadata
        out = io.BytesIO()
        document.save(out, encryption=pikepdf.Encryption(user=passphrase, owner=passphrase,
                                                         R=6, aes=True),
                      min_version="2.0")
    return out.getvalue()


def decrypt_pdf(pdf: bytes, passphrase: str) -> bytes:
    """The plain PDF (for checks and tests); pikepdf.PasswordError on a wrong passphrase."""
    with pikepdf.open(io.BytesIO(pdf), password=passphrase) as document:
        out = io.BytesIO()
        document.save(out)
    return out.getvalue()
