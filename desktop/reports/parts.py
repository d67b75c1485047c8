"""Building blocks of the paper forms: labelled field boxes, free text with blank lines to write
on, tables whose header repeats and whose cells wrap, notices and signature lines."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.i18n import translate
from desktop.records import format_partial_date
from desktop.reports.common import CELL_PAD, RULE, SHADE, WARN, Paper, Styles

BOX, CHECKED = "\u2610", "\u2612"  # ☐ ☒


def markup(value: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    lines = escape(value.strip()).splitlines()
    return "<br/>".join(lines)


def date(iso: str) -> str:
    return format_partial_date(iso)


def checkbox(checked: bool) -> str:
    return CHECKED if checked else BOX


class BlankLines(Flowable):
    """Ruled lines to write on by hand, where a field is empty."""

    def __init__(self, count: int, spacing: float, width: float | None = None) -> None:
        super().__init__()
        self.count, self.spacing, self.line_width = count, spacing, width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = self.line_width or available_width
        return self.width, self.count * self.spacing

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.4)
        for i in range(self.count):
            y = self.count * self.spacing - (i + 1) * self.spacing + 1
            self.canv.line(0, y, self.width, y)
        self.canv.restoreState()


def value_or_space(value: str, styles: Styles, paper: Paper) -> Flowable:
    """The value, or an empty strip tall enough to write in."""
    if value.strip():
        return Paragraph(markup(value), styles.body)
    return Spacer(1, paper.write_line * 0.9)


def field_grid(rows: list[list[tuple[str, str]]], widths: list[float], styles: Styles,
               paper: Paper) -> Table:
    """Boxes with a small label over the value, like the fields of a paper form."""
    cells = [[[Paragraph(escape(label), styles.label), value_or_space(value, styles, paper)]
              for label, value in row] for row in rows]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def heading(text: str, styles: Styles, hint: str = "") -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(escape(text), styles.heading)]
    if hint:
        parts.append(Paragraph(escape(hint), styles.hint))
    return parts


def table_heading(text: str, styles: Styles, paper: Paper, hint: str = "") -> list[Flowable]:
    """A heading over a long table: the table may start on the same page when the header and
    a row or two fit (a plain keep-with-next would push a table that fits a page to the next
    page, leaving half a page empty)."""
    head = [CondPageBreak(paper.write_line * 7),
            Paragraph(escape(text), styles.table_heading)]
    if hint:
        head.append(Paragraph(escape(hint), styles.label))
    return head


def free_text(title: str, value: str, lines: int, styles: Styles, paper: Paper,
              hint: str = "") -> list[Flowable]:
    """A headed free-text field; blank lines to write on when it is empty."""
    body: Flowable
    if value.strip():
        body = Paragraph(markup(value), styles.body)
    else:
        body = BlankLines(lines, paper.write_line)
    return [*heading(title, styles, hint), body]


def data_table(headers: list[str], rows: list[list[str | Flowable]], widths: list[float],
               styles: Styles, paper: Paper, blank_rows: int = 0,
               blank_row: list[str | Flowable] | None = None) -> Table:
    """A table whose header repeats on every page and whose cells wrap; rows stay whole unless
    ``paper.split_rows`` (a row taller than a page); ``blank_rows`` rows for handwriting."""
    data: list[list] = [[Paragraph(escape(h), styles.cell_head) for h in headers]]
    for row in rows:
        data.append([value if not isinstance(value, str) else
                     Paragraph(markup(value), styles.cell) if value.strip() else ""
                     for value in row])
    heights: list[float | None] = [None] * len(data)
    for _ in range(blank_rows):
        data.append(list(blank_row) if blank_row else ["" for _ in headers])
        heights.append(None if blank_row else paper.write_line * 2.4)
    # LongTable measures only the rows that fit on the page at each split: linear, not
    # quadratic, in the number of rows
    table = LongTable(data, colWidths=widths, rowHeights=heights, repeatRows=1,
                      splitInRow=1 if paper.split_rows else 0, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def notice(lines: list[str], styles: Styles, paper: Paper) -> Table:
    """A red-framed notice (consent withdrawn or expired, patient declined)."""
    paragraphs = [Paragraph(escape(lines[0]), styles.warning)]
    paragraphs += [Paragraph(escape(line), styles.body) for line in lines[1:]]
    table = Table([[paragraphs]], colWidths=[paper.width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, WARN),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


@dataclass
class SignatureLine:
    role: str  # "Underskrift bruker/tjenestemottaker"
    name: str = ""  # printed under the line
    signed_date: str = ""  # ISO; set when the signature is recorded


def signatures(lines: list[SignatureLine], styles: Styles, paper: Paper,
               title: str = "") -> Flowable:
    """Signature lines side by side: room to sign above the line, then role, printed name and
    date in rows, so the columns line up; an empty name or date gets a line to write on."""
    gap = 8 * mm
    width = (paper.width - gap * (len(lines) - 1)) / len(lines)
    rows: list[list] = [[], [], [], []]
    widths: list[float] = []
    rules: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for i, line in enumerate(lines):
        if i:
            for row in rows:
                row.append("")
            widths.append(gap)
        col = len(widths)
        widths.append(width)
        rows[0].append(Spacer(1, paper.write_line * 1.8))
        rows[1].append(Paragraph(escape(line.role), styles.label))
        rules.append(("LINEBELOW", (col, 0), (col, 0), 0.8, colors.black))
        name = line.name.strip()
        rows[2].append(Paragraph(escape(name), styles.body) if name
                       else Spacer(1, paper.write_line))
        if not name:
            rules.append(("LINEBELOW", (col, 2), (col, 2), 0.4, RULE))
        if line.signed_date:
            rows[3].append(Paragraph(escape(translate("reports", "Signert {date}").format(
                date=date(line.signed_date))), styles.body))
        else:
            rows[3].append(Paragraph(escape(translate("reports", "Dato:")), styles.label))
            rules.append(("LINEBELOW", (col, 3), (col, 3), 0.4, RULE))
    table = Table(rows, colWidths=widths, hAlign="LEFT",
                  rowHeights=[None, None, None, paper.write_line * 1.2])
    table.setStyle(TableStyle(rules))
    head = heading(title, styles) if title else [Spacer(1, paper.body)]
    return KeepTogether([*head, table])
