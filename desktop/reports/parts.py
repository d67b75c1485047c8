"""Building blocks of the paper forms: labelled field boxes, free text with blank lines to write
on, tables whose header repeats and whose cells wrap, notices and signature lines."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    LongTable,
    Spacer,
    Table,
    TableStyle,
)

from desktop.i18n import translate
from desktop.records import format_partial_date
from desktop.records_dates import date_text
from desktop.reports.common import CELL_FONT, CELL_PAD, RULE, SHADE, WARN, Paper, Paragraph, Styles

BOX, CHECKED = "\u2610", "\u2612"  # ☐ ☒


# What one field may lay out on paper: some fifteen pages of running text, far beyond any plan;
# a longer text (pasted by mistake) is cut with a visible note instead of printing for minutes.
PRINT_FIELD_CHARS = 50_000


def markup(value: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept, cut at PRINT_FIELD_CHARS."""
    value = value.strip()
    cut = ""
    if len(value) > PRINT_FIELD_CHARS:
        rest = len(value) - PRINT_FIELD_CHARS
        value = value[:PRINT_FIELD_CHARS]
        cut = "<br/><b>" + escape(translate(
            "reports", "[… Teksten er forkortet i utskriften: {n} tegn til står i "
                       "programmet.]").format(n=f"{rest:,}".replace(",", " "))) + "</b>"
    lines = escape(value).splitlines()
    return "<br/>".join(lines) + cut


def date(iso: str) -> str:
    return format_partial_date(iso)


def typed_date(record: Any, name: str) -> str:
    """A record's date field as printed: the text the nurse typed where the store kept it
    (it says more than the date, "Juli 2012", or is not a date), else the date the Norwegian
    way (records_dates.date_text)."""
    return date_text(record, name)


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
    table.setStyle(TableStyle([CELL_FONT,
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
    if not value.strip():
        return [*heading(title, styles, hint), BlankLines(lines, paper.write_line)]
    # a long text starts under its heading on this page and flows on (a keep-with-next would
    # move heading and text to the next page whole, leaving most of this one empty); only a
    # heading too close to the page's end for three lines of text goes over with its text
    body = styles.body
    head = [CondPageBreak(body.spaceBefore + styles.heading.leading * 2 + body.leading * 3),
            *heading(title, styles, hint)]
    for flowable in head[1:]:
        flowable.keepWithNext = 0
    return [*head, Paragraph(markup(value), body)]


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
    table.setStyle(TableStyle([CELL_FONT,
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
    table.setStyle(TableStyle([CELL_FONT,
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
    table.setStyle(TableStyle([CELL_FONT, *rules]))
    head: list[Flowable] = [Spacer(1, paper.body)]
    if title:
        head.append(Paragraph(escape(title), styles.heading))
    block = Table([[item] for item in [*head, table]], colWidths=[paper.width], hAlign="LEFT")
    block.setStyle(TableStyle([CELL_FONT, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return block


class WithTail(Flowable):
    """A table and the block that ends the form (the signatures), laid out so the block never
    stands alone at the top of a page: when it does not fit under the table, the table's last
    row goes over with it (the table's header repeats there)."""

    def __init__(self, table: Table, block: Flowable) -> None:
        super().__init__()
        self.table, self.block = table, block
        self.hAlign = "LEFT"
        self._moved = False
        self._heights = (0.0, 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        tw, th = self.table.wrap(available_width, available_height)
        bw, bh = self.block.wrap(available_width, available_height)
        self._heights = (th, bh)
        self.width, self.height = max(tw, bw), th + bh
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        th, _bh = self._heights
        if th <= available_height:  # the table ends here, the block would not: keep a row back
            pieces = self.table.split(available_width, th - 1)
        else:
            pieces = self.table.split(available_width, available_height)
        if len(pieces) == 2:
            return [pieces[0], WithTail(pieces[1], self.block)]
        if self._moved:  # even on a fresh page the two do not fit together: let them part
            return [self.table, self.block]
        self._moved = True
        return []

    def draw(self) -> None:
        th, bh = self._heights
        self.table.drawOn(self.canv, 0, bh)
        self.block.drawOn(self.canv, 0, 0)
