"""The indicator report on paper: A4 landscape, one table per indicator (the report categories
and Totalt as rows, the tertials as columns), each with its definition under it, two tables
side by side, then the unmapped departments and the footnotes typed in the window. Qt-free.

The frame (logo, "Side x av y", when printed) is the printed forms' own (reports/common.py), so
a report looks like the rest of the ward's paper. Counts only: no patient is named.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from desktop import __version__
from desktop.i18n import source_language, translate
from desktop.reports.common import (
    CELL_FONT,
    COND_BOLD,
    PAPERS,
    SANS,
    SHADE,
    PageContext,
    Section,
    SectionMark,
    canvas_class,
    make_styles,
    register_fonts,
)
from desktop.reports.indicators import (
    CATEGORIES,
    DEFINITION_VERSION,
    DEFINITIONS,
    INDICATORS,
    NO_TERTIAL,
    SUPPRESS_BELOW,
    TOTAL,
    Report,
    Table,
    column_label,
    shown,
)
from desktop.reports.pdfa import to_pdfa

LANDSCAPE = dataclasses.replace(PAPERS["A4"], name="A4 liggende", size=landscape(A4))
GRID = colors.HexColor("#bbbbbb")
GAP = 8  # points between the two tables of a row


def _t(text: str) -> str:
    return translate("indicators", text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def departments_line(report: Report) -> str:
    if report.departments is None:
        return _t("Alle avdelinger")
    return _t("Avdelinger: {names}").format(names=", ".join(report.departments))


def _grid(report: Report, table: Table, suppress: bool, styles, width: float) -> Table:
    """One table: the categories, Totalt and unmapped departments by the report's columns."""
    columns = report.columns
    right_head = ParagraphStyle("right_head", parent=styles.cell_head, alignment=TA_RIGHT)
    number = ParagraphStyle("number", parent=styles.cell, alignment=TA_RIGHT)
    total = ParagraphStyle("total", parent=number, fontName=COND_BOLD)
    head = [Paragraph(_escape(_t("Kategori")), styles.cell_head),
            *(Paragraph(_escape(column_label(t)), right_head) for t in columns)]
    data = [head]
    for category in (*CATEGORIES, TOTAL):
        style = total if category == TOTAL else number
        data.append([Paragraph(_escape(category), styles.cell),
                     *(Paragraph(_escape(shown(table.count(category, t), suppress)), style)
                       for t in columns)])
    for department in sorted({d for (d, _t) in table.unmapped}):
        data.append([Paragraph(_escape(_t("Uten kategori: {department}").format(
            department=department)), styles.cell),
            *(Paragraph(_escape(shown(table.unmapped.get((department, t), 0), suppress)),
                        number) for t in columns)])
    first = width * 0.46
    rest = (width - first) / len(columns)
    grid = PdfTable(data, colWidths=[first, *([rest] * len(columns))], repeatRows=1)
    total_row = 1 + len(CATEGORIES)
    grid.setStyle(TableStyle([
        CELL_FONT,
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, colors.black),
    ]))
    return grid


def _indicator_block(report: Report, indicator: str, suppress: bool, styles,
                     width: float) -> list:
    title = f"{indicator} {translate('indicators', INDICATORS[indicator])}"
    block = [Paragraph(_escape(title), styles.table_heading),
             _grid(report, report.tables[indicator], suppress, styles, width)]
    for label, part in report.parts_of(indicator):
        block += [Paragraph(_escape(_t("Av dem: {what}").format(what=label)), styles.label),
                  _grid(report, part, suppress, styles, width)]
    block.append(Paragraph(_escape(translate("indicators", DEFINITIONS[indicator])),
                           styles.hint))
    return block


def render_indicator_report(report: Report, suppress: bool = True, footnotes: str = "",
                            logo: bytes | None = None,
                            printed: dt.datetime | None = None) -> bytes:
    """The PDF/A of ``report``: small cells as "<5" when ``suppress``."""
    from desktop import resources

    register_fonts()
    paper = LANDSCAPE
    styles = make_styles(paper)
    printed = printed or dt.datetime.now()
    title = _t("Indikatorer for individuell plan {year}").format(year=report.year)
    section = Section(title, departments_line(report))
    notes = [_t("Tertialer: T1 januar–april, T2 mai–august, T3 september–desember. En pasient "
                "telles under avdelingen pasienten tilhørte da det skjedde, én gang per celle.")]
    if NO_TERTIAL in report.columns:
        notes.append(_t("«uten tertial»: datoer med bare år kan ikke plasseres i et tertial."))
    if suppress:
        notes.append(_t("Tall under {n} vises som «<{n}» så ingen pasient kan kjennes "
                        "igjen.").format(n=SUPPRESS_BELOW))
    story: list = [SectionMark(section)]
    story += [Paragraph(_escape(note), styles.hint) for note in notes]
    story.append(Spacer(1, 4))
    half = (paper.width - GAP) / 2
    blocks = [_indicator_block(report, i, suppress, styles, half) for i in report.tables]
    for index in range(0, len(blocks), 2):
        pair = blocks[index:index + 2]
        row = PdfTable([[cell for cell in pair] + ([""] if len(pair) == 1 else [])],
                    colWidths=[half + GAP, half])
        row.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (0, 0), GAP)]))
        story.append(KeepTogether([row, Spacer(1, 6)]))
    unmapped = report.unmapped_departments()
    if unmapped:
        story.append(Paragraph(_escape(_t(
            "Avdelinger uten rapportkategori (telt for seg, ikke i Totalt): {names}. En "
            "administrator knytter dem til en kategori i Innstillinger.").format(
            names=", ".join(unmapped))), styles.body))
    if footnotes.strip():
        story.append(Paragraph(_escape(_t("Merknader")), styles.heading))
        story += [Paragraph(_escape(line), styles.body)
                  for line in footnotes.strip().splitlines() if line.strip()]
    context = PageContext(
        paper=paper, patient_line=title,
        printed_line=_t("Utskrevet {date} · Individuell plan {version}").format(
            date=f"{printed:%d.%m.%Y}", version=__version__),
        version_line=_t("Definisjoner versjon {n}").format(n=DEFINITION_VERSION),
        logo=logo if logo is not None else resources.read_bytes(resources.DEFAULT_LOGO))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=paper.size, leftMargin=paper.margin, rightMargin=paper.margin,
        topMargin=paper.header, bottomMargin=paper.footer, title=title,
        author="Individuell plan", invariant=1, initialFontName=SANS, lang="nb-NO")
    document.build(story, canvasmaker=canvas_class(context))
    return to_pdfa(buffer.getvalue())


def save_indicator_report(session, report: Report, path: Path | str, suppress: bool = True,
                          footnotes: str = "") -> Path:
    """Render and write the report to ``path``, its print logged (and committed) before the
    file gets its name (store/outbox.py); DeliveryFailed otherwise."""
    from desktop.store import settings as stored
    from desktop.store.log import PRINT
    from desktop.store.outbox import deliver
    from desktop.store.session import as_session

    session = as_session(session)
    with source_language():  # the ward's paper is Norwegian, like the printed forms
        pdf = render_indicator_report(report, suppress, footnotes, stored.get_logo(session.db))
    return deliver(session.db, path, pdf, lambda: session.log(PRINT, None, {
        "report": "indicators", "year": report.year, "tertials": list(report.tertials),
        "indicators": list(report.tables), "suppress": suppress}))
