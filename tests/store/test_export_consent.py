"""policy.export_consent_refusal: the one rule the export command and dialog share."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import store
from desktop.records import Checklist, Consent, Patient
from desktop.store.policy import export_consent_refusal

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def patient_id(db) -> int:
    return store.add_patient(db, Patient(name="Kari Nordmann", department="Voksenpsykiatri")).id


@pytest.mark.parametrize("consent, declined, words", [
    (Consent(), False, "ikke registrert"),
    (Consent(), True, "ønsker ikke individuell plan"),
    (Consent(given=True, share_with_team=True, withdrawn_date="2026-05-01"), False,
     "trukket samtykket tilbake"),
    (Consent(given=True, share_with_team=True, valid_to="2026-04"), False, "utløpt"),
    (Consent(given=True, share_with_team=False), False, "ikke at planen deles"),
])
def test_refusals_say_why(db, patient_id, consent, declined, words) -> None:
    store.save_consent(db, patient_id, consent)
    store.save_checklist(db, patient_id, Checklist(declined=declined))
    assert words in export_consent_refusal(db, patient_id, TODAY)


def test_a_consent_in_force_that_allows_sharing_is_no_refusal(db, patient_id) -> None:
    store.save_consent(db, patient_id, Consent(given=True, share_with_team=True,
                                               valid_to="2026-12"))
    assert export_consent_refusal(db, patient_id, TODAY) == ""


def test_the_log_names_an_export_without_consent_and_its_reason() -> None:
    from desktop.store.audit import describe

    text = describe("export", '{"file": "x.zip", "consent_override": "Kommunen overtar"}')
    assert "uten samtykke til deling, grunn: Kommunen overtar" in text
