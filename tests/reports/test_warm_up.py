"""Printing is warmed up once per process on a background thread; a print meanwhile waits for
it and comes out the same."""

from __future__ import annotations

import datetime as dt

from desktop import reports
from desktop.records import Checklist, Consent, Patient, PlanVersion
from desktop.reports import common


def _pdf() -> bytes:
    return reports.render_pdf(Patient(name="Kari Nordmann"), PlanVersion(), Consent(),
                              Checklist(), printed_on=dt.date(2026, 3, 14),
                              today=dt.date(2026, 3, 14))


def test_warm_up_runs_once_and_a_print_beside_it_is_unchanged() -> None:
    thread = reports.warm_up_in_background()
    assert reports.warm_up_in_background() is thread
    during = _pdf()
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert common._fonts_ready
    assert _pdf() == during


def test_warm_up_prepares_what_a_patients_print_reads() -> None:
    """The warm-up does what render_patient_pdf does before it builds: the store's modules it
    reads through are imported and its records' reading is worked out."""
    import sys

    from desktop import records
    from desktop.records import Plan
    from desktop.records_people import Participant
    from desktop.reports import document

    records._field_converters.cache_clear()
    document.warm_up()
    for name in ("consents", "distribution", "mapping", "participants", "prints", "settings"):
        assert f"desktop.store.{name}" in sys.modules
    before = records._field_converters.cache_info()
    for cls in (Plan, Consent, Checklist, Participant):
        records._field_converters(cls)
    after = records._field_converters.cache_info()
    assert (after.hits - before.hits, after.misses - before.misses) == (4, 0)
