"""The handover package: a zip with WinZip AE-2 AES-256 entries (plan.pdf, plan.fhir.json,
manifest.json) that 7-Zip opens, read back with strict safety limits.

Reading checks the whole layout of the file before decrypting anything: exactly our three
entries, contiguous, with the local headers equal to the central directory and every fixed field
as we write it. Together with the per-entry HMAC (AES) and the manifest's SHA-256 sums, a changed
byte anywhere in the file is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import struct
import zlib
from dataclasses import dataclass

# isort: off
from desktop import cryptodome_backend  # noqa: F401  (first: Cryptodome on ctypes)
import pyzipper
from pyzipper.zipfile_aes import WZ_AES_V2, AESZipInfo
# isort: on

from desktop.exchange.errors import ExchangeRefused
from desktop.i18n import translate

FORMAT_NAME = "individuell-plan-pakke"
FORMAT_VERSION = 1
PDF_NAME = "plan.pdf"
FHIR_NAME = "plan.fhir.json"
MANIFEST_NAME = "manifest.json"
MINUTES_NAME = "referat.pdf"  # optional: the meeting minutes, as one PDF
NAMES = (PDF_NAME, FHIR_NAME, MANIFEST_NAME)  # in every package
ALL_NAMES = (*NAMES, MINUTES_NAME)

MAX_PACKAGE_BYTES = 64 * 1024 * 1024
MAX_ENTRY_BYTES = {PDF_NAME: 48 * 1024 * 1024, FHIR_NAME: 24 * 1024 * 1024,
                   MANIFEST_NAME: 64 * 1024, MINUTES_NAME: 48 * 1024 * 1024}
MAX_RATIO = 100  # uncompressed / compressed, beyond the first megabyte

# The fixed fields we write (pyzipper with the options in write_package)
_VERSION = 20
_FLAGS = 0x0001  # encrypted; no data descriptor, no other bits
_METHOD_AES = 99
_EXTERNAL_ATTR = 0o600 << 16
_AES_EXTRA = struct.pack("<HHH2sBH", 0x9901, 7, WZ_AES_V2, b"AE", 3, pyzipper.ZIP_DEFLATED)
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")


@dataclass
class PackageContents:
    """What an opened package holds: its manifest, the PDF, the FHIR document."""

    manifest: dict
    pdf: bytes
    fhir: bytes
    minutes: bytes = b""  # the meeting minutes (PDF) when the package has them


def _tampered() -> ExchangeRefused:
    return ExchangeRefused(translate(
        "exchange", "Pakken er endret eller skadet etter at den ble laget, og kan ikke "
                    "importeres."))


def _unsafe() -> ExchangeRefused:
    return ExchangeRefused(translate(
        "exchange", "Pakken inneholder andre filer enn en plan (for eksempel stier utenfor "
                    "mappen eller arkiver i arkivet) og kan ikke importeres."))


def _too_big() -> ExchangeRefused:
    return ExchangeRefused(translate(
        "exchange", "Pakken er for stor eller pakker ut til urimelig mye data, og kan ikke "
                    "importeres."))


def wrong_passphrase() -> ExchangeRefused:
    return ExchangeRefused(translate(
        "exchange", "Feil passord. Sjekk passordet med avsenderen og prøv igjen."))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- writing

def write_package(pdf: bytes, fhir: bytes, manifest: dict, passphrase: str,
                  when: dt.datetime | None = None, minutes: bytes = b"") -> bytes:
    """The encrypted package; ``manifest`` gets the SHA-256 and size of the other files (the
    plan's PDF, the FHIR file and, when given, the meeting minutes as a PDF)."""
    contents = [(PDF_NAME, pdf), (FHIR_NAME, fhir)] + ([(MINUTES_NAME, minutes)] if minutes
                                                       else [])
    manifest = {**manifest, "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                "files": {name: {"sha256": sha256(data), "bytes": len(data)}
                          for name, data in contents}}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    stamp = (when or dt.datetime.now()).timetuple()[:6]
    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES,
                             encryption_kwargs={"nbits": 256,
                                                "force_wz_aes_version": WZ_AES_V2}) as archive:
        archive.setpassword(passphrase.encode("utf-8"))
        for name, data in [*contents, (MANIFEST_NAME, manifest_bytes)]:
            info = AESZipInfo(name, date_time=stamp)
            info.compress_type = pyzipper.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = _EXTERNAL_ATTR
            archive.writestr(info, data)
    return buffer.getvalue()


# ---------------------------------------------------------------- reading

def _check_layout(data: bytes) -> list[str]:
    """Refuse anything but exactly the archive layout write_package produces; the names of
    its entries."""
    if len(data) < _END.size or data[-_END.size:][:4] != b"PK\x05\x06":
        raise _tampered()
    (_sig, disk, cd_disk, on_disk, total, cd_size, cd_offset,
     comment) = _END.unpack(data[-_END.size:])
    if on_disk != total or total not in (len(NAMES), len(ALL_NAMES)):
        raise _unsafe()
    if disk or cd_disk or comment or cd_offset + cd_size != len(data) - _END.size:
        raise _tampered()
    central = []
    pos = cd_offset
    for _ in range(total):
        fields = _CENTRAL.unpack_from(data, pos)
        (sig, made_by, needed, flags, method, time, date, crc, csize, usize, name_len, extra_len,
         comment_len, disk_start, internal, external, offset) = fields
        start = pos + _CENTRAL.size
        name = data[start:start + name_len]
        extra = data[start + name_len:start + name_len + extra_len]
        if name.decode("ascii", "replace") not in ALL_NAMES:
            raise _unsafe()
        if (sig != b"PK\x01\x02" or made_by != _VERSION or needed != _VERSION
                or flags != _FLAGS or method != _METHOD_AES or crc != 0 or comment_len
                or disk_start or internal or external != _EXTERNAL_ATTR or extra != _AES_EXTRA):
            raise _tampered()
        central.append((name, (needed, flags, method, time, date, crc, csize, usize), offset,
                        extra))
        pos = start + name_len + extra_len
    names = {c[0].decode("ascii") for c in central}
    if pos != len(data) - _END.size or len(names) != total or not set(NAMES) <= names:
        raise _tampered()
    pos = 0
    for name, fields, offset, extra in central:
        csize, usize = fields[6], fields[7]
        limit = MAX_ENTRY_BYTES[name.decode("ascii")]
        if usize > limit or csize > limit or usize > max(csize * MAX_RATIO, 1024 * 1024):
            raise _too_big()
        if offset != pos or pos + _LOCAL.size > cd_offset:
            raise _tampered()
        local = _LOCAL.unpack_from(data, pos)
        start = pos + _LOCAL.size
        if (local[0] != b"PK\x03\x04" or local[1:9] != fields or local[9] != len(name)
                or local[10] != len(extra) or data[start:start + len(name)] != name
                or data[start + len(name):start + len(name) + len(extra)] != extra):
            raise _tampered()
        pos = start + len(name) + len(extra) + csize
    if pos != cd_offset:
        raise _tampered()
    return [name for name in ALL_NAMES if name in names]


def _decrypt(data: bytes, passphrase: str, names: list[str]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    bad_password = 0
    with pyzipper.AESZipFile(io.BytesIO(data)) as archive:
        archive.setpassword(passphrase.encode("utf-8"))
        for name in names:
            try:
                files[name] = archive.read(name)
            except RuntimeError as error:  # pyzipper: "Bad password for file"
                if "password" not in str(error).lower():
                    raise _tampered() from None
                bad_password += 1
            except (pyzipper.BadZipFile, zlib.error, EOFError, ValueError, OSError, KeyError,
                    NotImplementedError):
                raise _tampered() from None
    if bad_password == len(names):
        raise wrong_passphrase()
    if bad_password:  # the right passphrase for some entries: a salt or verifier was changed
        raise _tampered()
    return files


def read_package(data: bytes, passphrase: str) -> PackageContents:
    """The verified contents of a package, or ExchangeRefused (nothing is written anywhere)."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise _too_big()
    try:
        names = _check_layout(data)
    except struct.error:
        raise _tampered() from None
    try:
        files = _decrypt(data, passphrase, names)
    except pyzipper.BadZipFile:
        raise _tampered() from None
    try:
        manifest = json.loads(files[MANIFEST_NAME].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _tampered() from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ExchangeRefused(translate(
            "exchange", "Filen er ikke en pakke fra Individuell plan og kan ikke importeres."))
    version = manifest.get("format_version")
    if version != FORMAT_VERSION or type(version) is not int:
        raise ExchangeRefused(translate(
            "exchange", "Pakken har en formatversjon ({version}) som dette programmet ikke "
                        "kjenner. Oppdater programmet og prøv igjen.").format(
                version=str(version)[:20]))
    listed = manifest.get("files")
    contents = [name for name in names if name != MANIFEST_NAME]
    if not isinstance(listed, dict) or set(listed) != set(contents):
        raise _tampered()
    for name in contents:
        entry = listed[name]
        if not isinstance(entry, dict) or entry.get("sha256") != sha256(files[name]):
            raise _tampered()
    if not all(files[name].startswith(b"%PDF-") for name in (PDF_NAME, MINUTES_NAME)
               if name in files):
        raise _unsafe()
    return PackageContents(manifest=manifest, pdf=files[PDF_NAME], fhir=files[FHIR_NAME],
                           minutes=files.get(MINUTES_NAME, b""))
