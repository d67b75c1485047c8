"""The indicator report on paper: A4 landscape PDF/A, every chosen indicator with its
definition, small cells as "<5" when suppressing, the unmapped departments and the footnotes."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from desktop.reports import indicators as ind
from desktop.reports.indicator_print import render_indicator_report
from tests.reports.conftest import page_texts, squeeze
from tests.reports.test_pdfa import assert_pdfa_2b

VOP = "Voksenpsykiatri"


def _report() -> ind.Report:
    tables = {key: ind.Table(key) for key in ind.INDICATORS}
    tables["I1"].cells[(VOP, 1)] = 12
    tables["I1"].cells[(VOP, 2)] = 3
    tables["I2"].unmapped[("Slagenheten", 3)] = 6
    return ind.Report(2026, ind.TERTIALS, tables, None)


def _pdf(suppress: bool = True, notes: str = "") -> bytes:
    return render_indicator_report(_report(), suppress, notes,
                                   printed=dt.datetime(2026, 12, 1, 9, 0))


def test_landscape_pdfa_with_every_indicator_and_its_definition() -> None:
    data = _pdf(notes="Tallene for T3 er foreløpige.")
    assert_pdfa_2b(data)
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = squeeze("\n".join(page_texts(data)))
    for key, name in ind.INDICATORS.items():
        assert squeeze(f"{key} {name}") in text
        assert squeeze(ind.DEFINITIONS[key][:60]) in text
    assert squeeze("Tallene for T3 er foreløpige.") in text
    assert squeeze("Avdelinger uten rapportkategori") in text and "Slagenheten" in text


def test_small_cells_print_as_less_than_five_unless_asked() -> None:
    hidden = "\n".join(page_texts(_pdf(suppress=True)))
    shown = "\n".join(page_texts(_pdf(suppress=False)))
    assert "<5" in hidden and "Voksenpsykiatri 12 <5 0" in " ".join(hidden.split())
    assert "Voksenpsykiatri 12 3 0" in " ".join(shown.split())
