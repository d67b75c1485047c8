"""The printed life-area mapping (Kartlegging): one block per life area with the patient's goal
in their own words, own resources, what others can do, the need as the patient and as the
professional sees it, their agreement and the comment where they differ."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.i18n import translate
from desktop.records_measures import Mapping, MappingArea, mapping_summary
from desktop.reports import parts
from desktop.reports.common import CELL_FONT, RULE, SHADE, Paper, Paragraph, Styles
from desktop.reports.parts import date, escape, markup


def _t(text: str) -> str:
    return translate("reports", text)


def _cell(label: str, value: str, height: float, styles: Styles) -> list[Flowable]:
    return [Paragraph(escape(label), styles.label),
            Paragraph(markup(value), styles.cell) if value.strip() else Spacer(1, height)]


def area_block(area: MappingArea, styles: Styles, paper: Paper) -> Flowable:
    w, line = paper.width, paper.write_line * 2
    status = area.status or _t("ikke kartlagt")
    data = [
        [Paragraph(escape(area.area), styles.cell_head),
         Paragraph(escape(_t("Status: {s}").format(s=status)
                          + ("  ·  " + area.agreement if area.agreement else "")), styles.cell)],
        [_cell(_t("Mitt mål (med egne ord)"), area.goal, line, styles),
         _cell(_t("Egne ressurser"), area.own_resources, line, styles)],
        [_cell(_t("Behov slik pasienten ser det"), area.need_patient, line, styles),
         _cell(_t("Behov slik fagpersonen ser det"), area.need_professional, line, styles)],
        [_cell(_t("Hva andre kan gjøre"), area.others_can_do, line, styles),
         _cell(_t("Kommentar (hvorfor vi ser det ulikt)"), area.comment, line, styles)],
    ]
    table = Table(data, colWidths=[w / 2, w / 2], hAlign="LEFT")
    table.setStyle(TableStyle([CELL_FONT, ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                               ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([table, Spacer(1, paper.body * 0.6)])


def mapping_flowables(mappings: Sequence[Mapping], styles: Styles,
                      paper: Paper) -> list[Flowable]:
    """The newest mapping (an empty form with the given areas when there is none)."""
    story: list[Flowable] = []
    if not mappings:
        return [Paragraph(escape(_t("Ingen kartlegging er registrert.")), styles.body)]
    mapping = mappings[-1]
    story += [parts.field_grid([[(_t("Dato"), date(mapping.date)),
                                 (_t("Kartlagt av"), mapping.made_by),
                                 (_t("Planperiode fra"), date(mapping.period_from))]],
                               [paper.width / 3] * 3, styles, paper),
              Paragraph(escape(mapping_summary(mapping)), styles.label),
              Spacer(1, paper.body * 0.5)]
    story += [area_block(area, styles, paper) for area in mapping.areas]
    if mapping.note.strip():
        story += parts.free_text(_t("Merknad"), mapping.note, 2, styles, paper)
    return story
