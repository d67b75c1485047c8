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
