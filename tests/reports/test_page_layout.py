"""Where things land on paper (issue 16, item 15, and the print side of item 18): the footer
keeps 5 mm to the paper's edge, the signatures never stand alone at the top of a page, a long
situation text starts on page 1, and a huge field is cut with a note instead of printing for
minutes. Positions are read back with poppler's ``pdftotext -bbox``."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from desktop.records import Checklist, DecisionRow, PlanRow
from desktop.reports import parts, render_pdf

TODAY = dt.date(2026, 3, 14)
MM = 72 / 25.4

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils not installed")


def _words(data: bytes, tmp_path) -> list[tuple[float, float, list[tuple[str, float, float,
                                                                        float, float]]]]:
    """Per page: width, height and the words with xMin, yMin, xMax, yMax (top-down y)."""
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = []
    for w, h, body in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>',
                                 html, re.S):
        words = [(text, float(a), float(b), float(c), float(d)) for a, b, c, d, text in
                 re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                            r'yMax="([\d.]+)">(.*?)</word>', body)]
        pages.append((float(w), float(h), words))
    return pages



@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_everything_printed_keeps_5_mm_to_the_paper_edge(form, tmp_path, paper) -> None:
    patient, version, consent = form
    data = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY, paper=paper,
                      today=TODAY)
    pages = _words(data, tmp_path)
    assert len(pages) >= 4
    for width, height, words in pages:
        assert min(y0 for _t, _x0, y0, _x1, _y1 in words) >= 5 * MM
        assert height - max(y1 for *_rest, y1 in words) >= 5 * MM  # the footer's last line
        assert min(x0 for _t, x0, *_rest in words) >= 5 * MM
        assert width - max(x1 for _t, _x0, _y0, x1, _y1 in words) >= 5 * MM


def _alone(pages, table_word: str) -> list[int]:
    """Pages where the signature heading has no row of its table above it."""
    found = []
    for number, (_w, _h, words) in enumerate(pages, start=1):
        texts = [t for t, *_rest in words]
        if "Underskrifter" in texts and table_word not in texts:
            found.append(number)
    return found


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_the_signatures_never_stand_alone_on_a_page(form, tmp_path, paper) -> None:
    patient, version, consent = form
    checked = 0
    for count in range(1, 16):
        version.plan.rows = [PlanRow(goal=f"Delmål {i}", measures="Tiltak " * 12,
                                     responsible="Kommunen") for i in range(count)]
        version.plan.decisions = [DecisionRow(decision=f"Vedtak {i} " * 8) for i in range(
            count * 2)]
        data = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY,
                          paper=paper, forms=("plan", "decisions"), today=TODAY)
        pages = _words(data, tmp_path)
        # the tables' header words repeat on each page they reach
        assert _alone(pages, "Kommentar") == [], count
        checked += len(pages)
    assert checked > 30


def test_a_long_situation_text_starts_on_page_one(form, tmp_path) -> None:
    patient, version, consent = form
    sentence = "Trenger samordning mellom skole, fastlege og barnevern gjennom hele året. "
    version.plan.situation = sentence * 60  # about a page and a half
    data = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY,
                      forms=("plan",), today=TODAY)
    width, height, words = _words(data, tmp_path)[0]
    texts = [t for t, *_rest in words]
    assert "Situasjonsbeskrivelse" in texts and "barnevern" in texts
    body = [y1 for t, _x0, _y0, _x1, y1 in words if y1 < height - 20 * MM]
    assert max(body) > height - 25 * MM  # the text runs down to the footer, not half a page


def test_a_huge_field_is_cut_with_a_note_and_prints_quickly(form, tmp_path) -> None:
    patient, version, consent = form
    version.plan.situation = "Langt felt. " * 2_000_000  # 24 MB pasted by mistake
    data = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY,
                      forms=("plan",), today=TODAY)
    text = " ".join(t for _w, _h, words in _words(data, tmp_path) for t, *_r in words)
    rest = f"{len(version.plan.situation.strip()) - parts.PRINT_FIELD_CHARS:,}".replace(",", " ")
    assert "Teksten er forkortet i utskriften:" in text and rest in text
    assert len(_words(data, tmp_path)) < 40
