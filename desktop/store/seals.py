"""Seals: the SHA-256 of a signed plan version's content and of a print snapshot, written into
the access log when the version is signed (or the snapshot is written), so that `check` can
tell a signed version or snapshot that was edited, deleted or un-signed afterwards.

The hash covers a canonical JSON (sorted keys, no spaces) of what identifies and makes up the
record: the patient, the version number, the stored plan content and signature (JSON texts the
store writes with sorted keys); for a snapshot the print date, the stored patient block and the
SHA-256 of the logo. Works on a plain sqlite3
connection (check, restore) as well as through sqlite-utils.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

SEAL_KEY = "content_hash"  # the key in the log entry's JSON detail
SIGN_KIND = "sign"
SNAPSHOT_KIND = "print_snapshot"


def _canonical(header: dict, *texts: str | None) -> str:
    """SHA-256 over a canonical JSON header (sorted keys, no spaces) and then each stored
    text, NUL-separated (a missing one as nothing)."""
    digest = hashlib.sha256(json.dumps(header, ensure_ascii=False, sort_keys=True,
                                       separators=(",", ":")).encode("utf-8"))
    for text in texts:
        digest.update(b"\0")
        digest.update((text or "").encode("utf-8"))
    return digest.hexdigest()


def version_hash(patient_id: int, number: int, content: str, signature: str | None) -> str:
    """The stored JSON texts go in as they are (the store writes them canonically, sorted
    keys): any change to them, even of spacing, is a change; no parse or re-encoding is
    needed, which keeps `check` fast over 100 000 patients."""
    return _canonical({"patient_id": patient_id, "number": number,
                       "signed": signature is not None}, content, signature)


def snapshot_hash(patient_id: int, version_number: int, printed_on: str, patient: str,
                  logo: bytes | None) -> str:
    return _canonical({"patient_id": patient_id, "version_number": version_number,
                       "printed_on": printed_on,
                       "logo": hashlib.sha256(bytes(logo)).hexdigest() if logo is not None
                       else None}, patient)


def stored_version_hash(conn, patient_id: int, number: int) -> str:
    """The seal of the stored version (``conn``: a sqlite3 connection or sqlite-utils db)."""
    content, signature = conn.execute(
        "SELECT v.content, v.signature FROM plan_versions v JOIN plans p ON p.id = v.plan_id "
        "WHERE p.patient_id = ? AND v.number = ?", [patient_id, number]).fetchone()
    return version_hash(patient_id, number, content, signature)


def _sealed(conn, kind: str, number_key: str) -> dict[tuple[int, int], str]:
    """The newest logged seal per (patient, version)."""
    seals: dict[tuple[int, int], str] = {}
    for patient_id, detail in conn.execute(
            "SELECT patient_id, detail FROM access_log WHERE kind = ? AND detail LIKE ? "
            "ORDER BY id", [kind, f'%"{SEAL_KEY}"%']):
        try:
            data = json.loads(detail)
            seals[(int(patient_id), int(data[number_key]))] = str(data[SEAL_KEY])
        except (ValueError, KeyError, TypeError):
            continue  # an unreadable detail is reported by the JSON check
    return seals


def _compare(sealed: dict[tuple[int, int], str], stored: dict[tuple[int, int], str | None],
             what: str) -> list[str]:
    faults = []
    for (patient_id, number), seal in sorted(sealed.items()):
        if (patient_id, number) not in stored:
            faults.append(f"{what} {number} for pasient {patient_id} er slettet.")
        elif stored[(patient_id, number)] is None:
            faults.append(f"{what} {number} for pasient {patient_id} er ikke lenger signert.")
        elif stored[(patient_id, number)] != seal:
            faults.append(f"{what} {number} for pasient {patient_id} er endret etter at den "
                          "ble låst.")
    for (patient_id, number), value in sorted(stored.items()):
        if value is not None and (patient_id, number) not in sealed:
            faults.append(f"{what} {number} for pasient {patient_id} har ingen oppføring i "
                          "tilgangsloggen.")
    return faults


def seal_faults(conn: sqlite3.Connection) -> list[str]:
    """Signed versions and print snapshots that differ from their logged seal (Norwegian
    lines): edited, deleted, un-signed, or sealed outside the program."""
    stored: dict[tuple[int, int], str | None] = {
        (patient_id, number): None for patient_id, number in conn.execute(
            "SELECT p.patient_id, v.number FROM plan_versions v JOIN plans p ON p.id = v.plan_id "
            "WHERE v.signature IS NULL")}
    for patient_id, number, content, signature in conn.execute(
            "SELECT p.patient_id, v.number, v.content, v.signature FROM plan_versions v "
            "JOIN plans p ON p.id = v.plan_id WHERE v.signature IS NOT NULL"):
        stored[(patient_id, number)] = version_hash(patient_id, number, content, signature)
    faults = _compare(_sealed(conn, SIGN_KIND, "version"), stored, "Signert planversjon")
    snapshots: dict[tuple[int, int], str | None] = {}
    for patient_id, number, printed_on, patient, logo in conn.execute(
            "SELECT patient_id, version_number, printed_on, patient, logo FROM print_snapshots"):
        snapshots[(patient_id, number)] = snapshot_hash(patient_id, number, printed_on,
                                                        patient, logo)
    faults += _compare(_sealed(conn, SNAPSHOT_KIND, "version"), snapshots,
                       "Utskriftsgrunnlaget for planversjon")
    return faults


def seal_version(db, patient_id: int, number: int, detail: dict | None = None,
                 user: str | None = None) -> None:
    """Log the signing of a version with its seal (inside the caller's transaction)."""
    from desktop.store.log import log_event

    log_event(db, SIGN_KIND, patient_id,
              {**(detail or {}), "version": number,
               SEAL_KEY: stored_version_hash(db, patient_id, number)}, user=user)


def seal_snapshot(db, patient_id: int, number: int, user: str | None = None) -> None:
    """Log a written print snapshot with its seal (inside the caller's transaction)."""
    from desktop.store.log import log_event

    row = db.execute("SELECT printed_on, patient, logo FROM print_snapshots "
                     "WHERE patient_id = ? AND version_number = ?", [patient_id, number]
                     ).fetchone()
    log_event(db, SNAPSHOT_KIND, patient_id,
              {"version": number, SEAL_KEY: snapshot_hash(patient_id, number, *row)}, user=user)


UPGRADE_USER = "(individuell-plan)"


def seal_existing(db) -> None:
    """Seal what was signed or snapshotted before seals existed (migration 0008)."""
    sealed = _sealed(db, SIGN_KIND, "version")
    for patient_id, number in db.execute(
            "SELECT p.patient_id, v.number FROM plan_versions v JOIN plans p ON p.id = v.plan_id "
            "WHERE v.signature IS NOT NULL ORDER BY p.patient_id, v.number").fetchall():
        if (patient_id, number) not in sealed:
            seal_version(db, patient_id, number, {"reason": "upgrade"}, user=UPGRADE_USER)
    sealed = _sealed(db, SNAPSHOT_KIND, "version")
    for patient_id, number in db.execute(
            "SELECT patient_id, version_number FROM print_snapshots "
            "ORDER BY patient_id, version_number").fetchall():
        if (patient_id, number) not in sealed:
            seal_snapshot(db, patient_id, number, user=UPGRADE_USER)
