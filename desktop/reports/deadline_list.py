"""Fristliste: the Frister view's deadlines on paper for the ward meeting (name, born, what,
when, responsible), grouped Forfalt / Denne uka / Neste uke / Senere; Qt-free. Saving it logs a
print of every listed patient before the file gets its name (store/outbox.py)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.i18n import source_language, translate
from desktop.records import format_partial_date
from desktop.reports.common import CELL_FONT, PAPERS, SANS, SHADE, make_styles, register_fonts
from desktop.reports.pdfa import to_pdfa
from desktop.store.deadline_list import DeadlineLine, DeadlineQuery, group_bounds, group_label
from desktop.store.log import PRINT
from desktop.store.outbox import deliver

FORM = "fristliste"  # the print's form in the log


def _t(text: str) -> str:
    return translate("reports", text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_deadline_list(lines: list[DeadlineLine], today: dt.date, heading: str = "",
                         printed: dt.datetime | None = None) -> bytes:
    """The Fristliste PDF of ``lines`` (soonest first), grouped by week against ``today``."""
    register_fonts()
    paper = PAPERS["A4"]
    styles = make_styles(paper)
    printed = printed or dt.datetime.now()
    story = [Paragraph(_escape(_t("Fristliste")), styles.heading),
             Paragraph(_escape(_t("{what} – utskrevet {date}").format(
                 what=heading or _t("Alle frister"), date=f"{printed:%d.%m.%Y}")), styles.hint),
             Spacer(1, 6)]
    if not lines:
        story.append(Paragraph(_escape(_t("Ingen åpne frister.")), styles.body))
    bounds = group_bounds(today)
    width = paper.width
    for group, (first, last) in enumerate(bounds):
        chosen = [line for line in lines if first <= line.deadline.due.isoformat() <= last]
        if not chosen:
            continue
        story.append(Paragraph(_escape(f"{group_label(group)} ({len(chosen)})"),
                               styles.table_heading))
        head = [Paragraph(_escape(text), styles.cell_head) for text in (
            _t("Frist"), _t("Navn"), _t("Født"), _t("Hva"), _t("Ansvarlig"))]
        data = [head]
        for line in chosen:
            deadline = line.deadline
            what = _escape(deadline.text)
            data.append([Paragraph(format_partial_date(deadline.due.isoformat()), styles.cell),
                         Paragraph(_escape(line.name), styles.cell),
                         Paragraph(format_partial_date(line.birth_date), styles.cell),
                         Paragraph(what, styles.cell),
                         Paragraph(_escape(deadline.responsible), styles.cell)])
        table = Table(data, colWidths=[width * 0.12, width * 0.2, width * 0.12, width * 0.36,
                                       width * 0.2], repeatRows=1)
        table.setStyle(TableStyle([CELL_FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
        story += [table, Spacer(1, 8)]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=paper.size, leftMargin=paper.margin, rightMargin=paper.margin,
        topMargin=paper.margin, bottomMargin=paper.margin, title=_t("Fristliste"),
        author="Individuell plan", invariant=1, initialFontName=SANS, lang="nb-NO")
    document.build(story)
    return to_pdfa(buffer.getvalue())


def save_deadline_list(query: DeadlineQuery, path: Path | str, heading: str = "") -> Path:
    """Render the query's deadlines and deliver the PDF to ``path``, a print of each listed
    patient logged in the session user's name (committed before the file gets its name)."""
    lines = query.page(limit=None)
    with source_language():  # a Norwegian document for the ward, like the printed forms
        pdf = render_deadline_list(lines, query.today, heading)
    patients = sorted({line.deadline.patient_id for line in lines
                       if line.deadline.patient_id is not None})
    session = query.session

    def record() -> None:
        for patient_id in patients:
            session.log(PRINT, patient_id, {"form": FORM, "paper": "A4"})

    return deliver(session.db, path, pdf, record)
