"""The notice package's FHIR: a collection Bundle of the Patient and the notice as
fhir_process writes it in the plan bundle too (docs/fhir-mapping.md, "The notice"): a
ServiceRequest whose performer is the KE's Organization, a Task for the follow-up with the
reply's due date in restriction.period.end."""

from __future__ import annotations

import datetime as dt

from desktop.exchange.fhir import _Builder, _patient, _prune, instant
from desktop.exchange.fhir_process import notice_resources
from desktop.records import Patient
from desktop.records_process import KEUnit, Notice


def notice_bundle(patient: Patient, notice: Notice, unit: KEUnit,
                  now: dt.datetime | None = None) -> dict:
    """A collection Bundle: the Patient, the KE's Organization, the ServiceRequest, the Task."""
    b = _Builder()
    notice_resources(b, b.add(_patient(patient)), notice, unit)
    return _prune({"resourceType": "Bundle", "type": "collection",
                   "timestamp": instant(now or dt.datetime.now()), "entry": b.entries})
