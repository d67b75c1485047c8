"""Fixtures for the report tests: reading printed PDFs back as a user would."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

_GAPS = re.compile(r"[\s\-\u00ad]+")


def page_texts(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text() or "" for page in reader.pages]


def squeeze(text: str) -> str:
    """Text without whitespace and hyphens, so a value wrapped or hyphenated over several
    lines of a narrow cell still matches."""
    return _GAPS.sub("", text)


def missing(values: list[str], text: str) -> list[str]:
    """The values that do not appear in ``text`` (each line of a value checked on its own)."""
    haystack = squeeze(text)
    absent = []
    for value in values:
        for line in value.splitlines():
            if line.strip() and squeeze(line) not in haystack:
                absent.append(line)
    return absent


class PdfText:
    pages = staticmethod(page_texts)
    squeeze = staticmethod(squeeze)
    missing = staticmethod(missing)


@pytest.fixture
def pdftext() -> type[PdfText]:
    return PdfText


FORM_DAY = dt.date(2026, 3, 14)


@pytest.fixture
def form(rng):
    """A demo patient's plan (8 rows, version 2, a draft) with a given consent."""
    from desktop.demo import demo_patient, demo_plan
    from desktop.records import Consent, PlanVersion

    patient = demo_patient(rng, FORM_DAY)
    plan = demo_plan(rng, patient, FORM_DAY - dt.timedelta(days=30), rows=8)
    consent = Consent(given=True, valid_from=plan.valid_from, date=plan.valid_from,
                      signed_by=patient.name)
    return patient, PlanVersion(number=2, plan=plan), consent
