"""Printed forms are Bokmål whatever language the window speaks, so a signed version reprints
byte for byte whoever prints it."""

from __future__ import annotations

import datetime as dt

from desktop import i18n, reports, store
from desktop.demo import fill_demo


def test_a_translated_window_prints_the_same_bokmal_bytes(db) -> None:
    patient = fill_demo(db, 6)[5]  # a signed plan
    assert store.current_version(db, patient.id).frozen
    first = reports.render_patient_pdf(db, patient.id, today=dt.date(2026, 11, 22))
    i18n.install(lambda _context, text: "XX " + text)  # a window in another language
    try:
        assert i18n.translate("reports", "Side") == "XX Side"
        again = reports.render_patient_pdf(db, patient.id, today=dt.date(2026, 11, 22))
    finally:
        i18n.install(None)
    assert again == first
