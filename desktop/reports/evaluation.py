"""The form "Evaluering av tiltak": for the meeting with the patient, one block per measure
with the patient's and the professional's view side by side in roomy boxes, next of kin's view,
how far the delmål is reached, the conclusion and the next date. A recorded evaluation fills the
boxes; otherwise they are empty to write in."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.i18n import translate
from desktop.records import PlanRow, PlanVersion
from desktop.records_measures import ACHIEVEMENTS, CONCLUSIONS, latest_evaluation
from desktop.reports import parts
from desktop.reports.common import CELL_FONT, RULE, SHADE, Paper, Paragraph, Styles
from desktop.reports.parts import checkbox, date, escape, markup


def _t(text: str) -> str:
    return translate("reports", text)


def _box(label: str, value: str, height: float, styles: Styles) -> list[Flowable]:
    cell: list[Flowable] = [Paragraph(escape(label), styles.label)]
    if value.strip():  # a recorded view keeps room to add to it in the meeting
        return [*cell, Paragraph(markup(value), styles.body), Spacer(1, height / 2)]
    return [*cell, Spacer(1, height)]


def _choices(words: tuple[str, ...], chosen: str) -> str:
    return "   ".join(f"{checkbox(w == chosen)} {escape(w)}" for w in words)


def row_block(row: PlanRow, number: int, styles: Styles, paper: Paper) -> Flowable:
    """One measure's evaluation block (kept on one page)."""
    w = paper.width
    latest = latest_evaluation(row)
    ev = latest
    roomy = paper.write_line * (7 if paper.name == "A4" else 5)
    stage = ", ".join(x for x in (row.stage, date(row.stage_date)) if x)
    head = [[Paragraph(escape(_t("Tiltak {n}").format(n=number)), styles.cell_head),
             Paragraph(markup("\n".join(x for x in (row.goal, row.measures) if x)) or "–",
                       styles.cell),
             Paragraph(escape(_t("Trinn: {stage}").format(stage=stage or "–")), styles.cell)]]
    views = [[_box(_t("Pasientens vurdering"), ev.patient_view if ev else "", roomy, styles),
              _box(_t("Fagpersonens vurdering"), ev.professional_view if ev else "", roomy,
                   styles)],
             [_box(_t("Pårørendes vurdering (valgfritt)"), ev.next_of_kin_view if ev else "",
                   paper.write_line * 2, styles), ""]]
    end = [[Paragraph(escape(_t("Måloppnåelse")) + "<br/>"
                      + _choices(ACHIEVEMENTS, ev.achievement if ev else ""), styles.cell),
            Paragraph(escape(_t("Konklusjon")) + "<br/>"
                      + _choices(CONCLUSIONS, ev.conclusion if ev else ""), styles.cell)],
           [Paragraph(escape(_t("Dato for evaluering: {d}").format(
               d=date(ev.date) if ev else "")), styles.cell),
            Paragraph(escape(_t("Neste evaluering: {d}    Registrert av: {by}").format(
                d=date(ev.next_date) if ev else "", by=ev.recorded_by if ev else "")),
                styles.cell)]]
    style = [CELL_FONT, ("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    top = Table(head, colWidths=[w * 0.14, w * 0.58, w * 0.28], hAlign="LEFT")
    top.setStyle(TableStyle([*style, ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
    middle = Table(views, colWidths=[w / 2, w / 2], hAlign="LEFT")
    middle.setStyle(TableStyle([*style, ("SPAN", (0, 1), (1, 1))]))
    bottom = Table(end, colWidths=[w * 0.4, w * 0.6], hAlign="LEFT")
    bottom.setStyle(TableStyle(style))
    return KeepTogether([top, middle, bottom, Spacer(1, paper.body)])


def evaluation_flowables(version: PlanVersion, styles: Styles, paper: Paper) -> list[Flowable]:
    """Every row not ended (all rows when every row has ended; one empty block for none)."""
    rows = [(i, r) for i, r in enumerate(version.plan.rows, start=1) if not r.ended]
    if not rows:
        rows = list(enumerate(version.plan.rows, start=1)) or [(1, PlanRow())]
    story: list[Flowable] = parts.heading(
        _t("Evaluering av tiltak"), styles,
        hint=_t("Pasientens og fagpersonens vurdering står side om side. Konklusjonen sier om "
                "tiltaket skal fortsette, endres, avsluttes eller overføres til revidert plan."))
    story += [row_block(row, number, styles, paper) for number, row in rows]
    return story
