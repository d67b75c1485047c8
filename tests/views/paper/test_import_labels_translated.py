"""The import preview's field labels are in the catalogues and shown translated (issue 16
item 6: they went through a local helper the translation extractor could not see)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from desktop import i18n, language
from desktop.exchange.diff import differences
from desktop.exchange.fhir import PlanDocument
from desktop.records import Consent, Patient


@pytest.mark.parametrize("code, words", [("nn", ("Namn", "Kommune")),
                                         ("en", ("Patient", "Name", "Municipality"))])
def test_difference_labels_follow_the_language(qapp, code, words) -> None:
    old = PlanDocument(patient=Patient(name="Kari Nordmann", municipality="Hamar"),
                       consent=Consent())
    new = PlanDocument(patient=Patient(name="Kari Nordman", municipality="Løten"),
                       consent=Consent())
    saved = i18n._translator
    try:
        i18n.install(QCoreApplication.translate)
        language.install(code)
        shown = {text for d in differences(old, new) for text in (d.area, d.field)}
    finally:
        language.install("nb")
        i18n.install(saved)
    assert set(words) <= shown, shown
