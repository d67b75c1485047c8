"""The notice as FHIR R4: ServiceRequest with the KE as performer, Task with the reply's due
date in restriction.period.end; validated by the R4 structure models."""

from __future__ import annotations

import datetime as dt

from fhir.resources.R4B.bundle import Bundle

from desktop import store
from desktop.exchange.notice_fhir import notice_bundle
from desktop.store import notices


def test_the_notice_bundle_is_valid_r4_and_says_who_must_reply_by_when(
        db, notified_patient) -> None:
    patient_id, notice_id = notified_patient(db)
    notice = notices.get_notice(db, notice_id)
    bundle = notice_bundle(store.get_patient(db, patient_id), notice,
                           notices.recipient(db, notice), dt.datetime(2026, 11, 20, 9, 0))
    Bundle.model_validate(bundle)
    by_type = {e["resource"]["resourceType"]: e for e in bundle["entry"]}
    request, task = by_type["ServiceRequest"]["resource"], by_type["Task"]["resource"]
    organization = by_type["Organization"]
    assert request["performer"][0]["reference"] == organization["fullUrl"]
    assert request["code"]["coding"][0]["code"] == "ip_and_coordinator"
    assert request["authoredOn"] == "2026-11-02"
    assert task["restriction"]["period"]["end"] == "2026-11-16"
    assert task["status"] == "completed"
    assert task["output"][0]["valueString"].startswith("Kari Berg")
    assert {"system": "urn:oid:2.16.578.1.12.4.1.2", "value": "123456"} in \
        organization["resource"]["identifier"]


def test_a_draft_notice_is_a_proposal(db, notified_patient) -> None:
    patient_id, notice_id = notified_patient(db, consent=False)
    notice = notices.get_notice(db, notice_id)
    bundle = notice_bundle(store.get_patient(db, patient_id), notice,
                           notices.recipient(db, notice))
    Bundle.model_validate(bundle)
    request = next(e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "ServiceRequest")
    assert (request["status"], request["intent"]) == ("draft", "proposal")
