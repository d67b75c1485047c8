"""Shared fixtures. Qt runs offscreen; every test gets its own temporary database and data dir."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("INDIVIDUELL_PLAN_LANGUAGE", "nb")  # the tests read Bokmål texts

import random  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop import paths, store  # noqa: E402


@pytest.fixture(autouse=True)
def _forget_keys():
    """Each test starts knowing no database key (store/cipher.py remembers unlocked ones)."""
    from desktop.store import cipher

    cipher.forget_all()
    yield
    cipher.forget_all()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, also set as the environment's choice."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture
def db(data_dir: Path):
    """A fresh current-schema database in the test's data folder."""
    database = store.open_db(paths.database_path(data_dir), paths.backup_dir(data_dir))
    yield database
    database.close()


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1234)


@pytest.fixture
def fast_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters for tests that log in many times (production cost is tested)."""
    from argon2 import PasswordHasher

    from desktop.store import accounts

    monkeypatch.setattr(accounts, "hasher", PasswordHasher(time_cost=1, memory_cost=8,
                                                           parallelism=1))


# ---------------------------------------------------------------- the notice to the municipality

NOTICE_SERVICES = "Hjemmesykepleie og støttekontakt i minst ett år."
NOTICE_ACTIVITY = "Går tur hver dag; deltar på dagsenter to dager i uka."
NOTICE_PURPOSE = "Samordne tjenestene mellom DPS og kommunen før utskriving."


def _notified_patient(db, consent: bool = True, reply: bool = True) -> tuple[int, int]:
    """(patient id, notice id): a sent notice with a consent to notify (unless ``consent`` is
    False: then a draft only), a reminder and (when ``reply``) a reply naming a coordinator."""
    from desktop.records import Patient
    from desktop.records_process import (
        REPLY_APPOINTED,
        Contact,
        HospitalCoordinator,
        KEUnit,
        Notice,
        NotifyConsent,
    )
    from desktop.store import notices, process

    patient = store.add_patient(db, Patient(
        name="Åse Nordmann", birth_date="1985-03-12", id_number="12838512311",
        address="Tenkt gate 1, 0001 Eksempelvik", department="Voksenpsykiatri",
        municipality="Eksempelvik"))
    notices.save_unit(db, KEUnit(kommunenummer="9901", municipality="Eksempelvik",
                                 unit_name="Koordinerende enhet", phone="+47 000 00 001",
                                 address="Tenkt gate 9, 0001 Eksempelvik", her_id="123456"))
    process.save_hospital_coordinator(db, patient.id, HospitalCoordinator(
        name="Tore Skaug", phone="+47 000 00 009", appointed_date="2026-10-28"))
    notice = notices.save_notice(db, patient.id, Notice(
        services=NOTICE_SERVICES, activity=NOTICE_ACTIVITY, purpose=NOTICE_PURPOSE,
        suggested=Contact("Kari Berg", "Eksempelvik kommune", "+47 000 00 002")))
    if not consent:
        return patient.id, notice.id
    process.save_notify_consent(db, patient.id, NotifyConsent(
        date="2026-11-01", given_by="Per Nordmann", on_behalf="guardian", basis="Oppnevnt verge"))
    notices.send_notice(db, notice.id, "2026-11-02", "Siri Kvam")
    notices.record_reminder(db, notice.id, "2026-11-17", "Siri Kvam", "telefon")
    if reply:
        notices.record_reply(db, notice.id, "2026-11-19", REPLY_APPOINTED,
                             Contact("Kari Berg", "Eksempelvik kommune", "+47 000 00 002",
                                     "kari.berg@eksempelvik.example"), by="Siri Kvam")
    return patient.id, notice.id


@pytest.fixture
def notified_patient():
    """A factory: ``notified_patient(db, consent=True, reply=True)`` -> (patient, notice) ids."""
    return _notified_patient
