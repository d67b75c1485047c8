"""Shared pieces of the printed forms: embedded fonts, paper sizes, text styles, and the page
frame (logo header, footer with patient, print date, plan version and "Side x av y")."""

from __future__ import annotations

import collections
import copy
import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from desktop import resources
from desktop.i18n import translate

# Streams compressed only, not also wrapped in ASCII85 text: every printout goes through
# pdfa.to_pdfa, whose save decoded the ASCII85 layer again (the same bytes come out; each
# print spent about a tenth of its time writing and undoing it).
rl_config.useA85 = 0

SANS, SANS_BOLD = "IP-Sans", "IP-Sans-Bold"
COND, COND_BOLD = "IP-Condensed", "IP-Condensed-Bold"

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8a8a8a")
SHADE = colors.HexColor("#e8eef2")
WARN = colors.HexColor("#b00020")

_fonts_ready = False
_pyphen = None


@functools.lru_cache(maxsize=8192)
def hyphenate(word: str) -> tuple[tuple[str, str], ...]:
    """Where a Norwegian word may break, as ReportLab's hyphenator wants it: (head, tail)
    pairs, best first (pyphen's nb_NO patterns, one dictionary and a cache per process)."""
    global _pyphen
    if _pyphen is None:
        import pyphen

        _pyphen = pyphen.Pyphen(lang="nb_NO")
    return tuple(_pyphen.iterate(word))


def register_fonts() -> None:
    """Register the bundled DejaVu fonts once per process (ReportLab embeds used glyphs)."""
    global _fonts_ready
    if _fonts_ready:
        return
    for name, relative in ((SANS, resources.FONT_REGULAR), (SANS_BOLD, resources.FONT_BOLD),
                           (COND, resources.FONT_CONDENSED),
                           (COND_BOLD, resources.FONT_CONDENSED_BOLD)):
        font = TTFont(name, str(resources.resource_path(relative)))
        font.face.makeSubset = _subsets_kept(font.face.makeSubset)
        font.splitString = _split_known(font, font.splitString)
        pdfmetrics.registerFont(font)
    pdfdoc.PDFZCompress.encode = _deflate_kept(pdfdoc.PDFZCompress.encode)
    pdfdoc.zlib = _KeptDeflate(pdfdoc.zlib)
    rl_canvas._digester = _digests_kept(rl_canvas._digester)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS,
                                  boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(COND, normal=COND, bold=COND_BOLD, italic=COND,
                                  boldItalic=COND_BOLD)
    _fonts_ready = True


class Paragraph(_Paragraph):
    """ReportLab's Paragraph, with what a warm print repeated kept (issue 17 item 5): the
    parse of its markup (the checklist's, the consent's and every heading's text is the same
    at each print; the fragments are kept per text and style, and a paragraph copies them
    only when ReportLab breaks its lines from them), and its lines at each width it was
    broken at (a table cell is broken once to size its row and again to draw it; the same text
    in the same style at the same width breaks the same in the next print). Kept lines are
    shared and only read: before ReportLab breaks again or splits, a paragraph takes its own
    copies of the words. The output is the same."""

    frags: list[Any]  # set by ReportLab's _setup and line breaking

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: object = None,
                 frags: list | None = None, **kwargs: object) -> None:  # noqa: N803
        self._wrapped_at: float | None = None
        self._key: tuple | None = None  # (text, style) of a kept parse
        self._shared = False  # its lines are the store's
        self._parse_shared = False  # its fragments are the kept parse's
        if text is None or frags is not None or bulletText is not None or kwargs:
            super().__init__(text, style, bulletText, frags, **kwargs)  # ReportLab's split
            return
        self._key = (text, style)
        text, style, bullet, fragments = _parsed(text, style)
        self.caseSensitive, self.encoding = 1, "utf8"
        # the kept fragments themselves, copied only when ReportLab breaks this paragraph's
        # lines from them (see _own): a paragraph whose lines are kept never needs copies
        self._setup(text, style, bullet, list(fragments), lambda text: text)
        self._parse_shared = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_at == available_width:  # the lines are the same at the same width
            return self.width, self.height
        # only a paragraph never broken before takes or gives kept lines: ReportLab breaks a
        # paragraph it broke before from its earlier lines, which can differ in their parts
        fresh = self._key is not None and self._wrapped_at is None and not self._shared
        kept = _LINES.get((self._key, available_width)) if fresh else None
        if kept is not None:
            _LINES.move_to_end((self._key, available_width))
            self.__dict__.update(kept)  # plain attributes: none is a property
            self._shared = True
            self._parse_shared = False  # the kept lines' fragments replace the parse's
        else:
            self._own()
            size = super().wrap(available_width, available_height)
            if size != (self.width, getattr(self, "height", None)):
                return size  # no room at all (ReportLab sets nothing then)
            if fresh:
                _LINES[(self._key, available_width)] = {
                    name: getattr(self, name) for name in _LINE_STATE if hasattr(self, name)}
                if len(_LINES) > _LINES_KEPT:
                    _LINES.popitem(last=False)
                self._shared = True
        self._wrapped_at = available_width
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._wrapped_at = None  # ReportLab's split may wrap and change the lines
        self._own()
        return super().split(available_width, available_height)

    def _own(self) -> None:
        """Its own copies of the kept words, before ReportLab breaks or splits from them
        (a split marks the last word of its first part by changing that word's class)."""
        if self._shared:
            self.frags = [copy.copy(word) for word in self.frags]
            self._shared = False
        elif self._parse_shared:
            self.frags = [fragment.clone() for fragment in self.frags]
            self._parse_shared = False


class BodyFrame(Frame):
    """ReportLab's Frame, deep-copied in one step: ReportLab copies the frame to try each
    heading with what it keeps with it (some ten times a print), and a frame's attributes
    are nearly all numbers, which a deep copy keeps as they are; anything else is deep-copied
    as before. The same copy as copy.deepcopy makes, at a fraction of its cost."""

    def __deepcopy__(self, memo: dict[int, Any]) -> BodyFrame:
        new = object.__new__(type(self))
        memo[id(self)] = new
        new.__dict__.update({name: value if type(value) in _ATOMS else copy.deepcopy(value, memo)
                             for name, value in self.__dict__.items()})
        return new


_ATOMS = (int, float, str, bool, type(None))


# What ReportLab's wrap and line breaking leave on a paragraph, kept per text, style and width
_LINE_STATE = ("width", "height", "blPara", "frags", "_wrapWidths", "_width_max",
               "_hyphenations", "_splitLongWordCount")
_LINES: collections.OrderedDict[tuple, dict[str, object]] = collections.OrderedDict()
_LINES_KEPT = 1024  # some 7 kB each: a 10-row document on A4 and A5 is about 500


@functools.lru_cache(maxsize=4096)
def _parsed(text: str, style: ParagraphStyle) -> tuple:
    """Text, style, bullet text and fragments as ReportLab's parser makes them (its own
    Paragraph parses; the style is held here, so its id is not reused while cached).
    Plain text (no markup, no entity: most of a plan's cells, and every name and date) is
    not fed through ReportLab's HTML parser: it would give one fragment in the style's
    font holding the cleaned text, so that fragment is the style's, with this text in it
    (the parse of a patient's new texts was about a tenth of the first print)."""
    if not style.textTransform and not _MARKUP.search(text):
        cleaned = cleanBlockQuotedText(text)
        if cleaned:
            parsed_style, bullet, fragment = _plain(style)
            return cleaned, parsed_style, bullet, (fragment.clone(text=cleaned),)
    paragraph = _Paragraph(text, style)
    return paragraph.text, paragraph.style, paragraph.bulletText, tuple(paragraph.frags)


_MARKUP = re.compile("[<>&]")


@functools.lru_cache(maxsize=256)
def _plain(style: ParagraphStyle) -> tuple:
    """The style, bullet text and the one fragment ReportLab's parser makes of a plain word
    in this style: the pattern of every plain text's fragment (see _parsed)."""
    paragraph = _Paragraph("x", style)
    (fragment,) = paragraph.frags
    return paragraph.style, paragraph.bulletText, fragment


def _split_known(font: TTFont, split: Callable[..., list]) -> Callable[..., list]:
    """ReportLab's splitting of a text into a font's subsets (the character codes each subset
    gives), answered at once when the document has already given every character a code in
    the first subset (nearly every text after the first page): the same bytes ReportLab's
    loop over the characters makes; anything else, and the first use of a character, goes
    through ReportLab's own."""

    def split_string(text: str | bytes, doc: object, encoding: str = "utf-8") -> list:
        state = font.state.get(doc)
        if state is not None and isinstance(text, str):
            if "\xa0" in text:  # nbsp is drawn as a space, as ReportLab does
                text = text.replace("\xa0", " ")
            try:  # looked up character by character in C; a code over 255: subset 1 on
                codes = bytes(map(state.assignments.__getitem__, map(ord, text)))
            except (KeyError, ValueError):
                pass
            else:
                return [(0, codes)] if codes else []
        return split(text, doc, encoding)

    return split_string


class _KeptDeflate:
    """zlib as ReportLab's PDF writer calls it, keeping the deflated form of the last few large
    inputs by identity: the logo's pixels (the same bytes object at every print, its
    ImageReader keeps them) were deflated again for every document, some 3 ms of each print.
    The same zlib call on the same bytes, so the same output."""

    def __init__(self, module: Any) -> None:
        self._zlib = module
        self._kept: dict[int, tuple[bytes, bytes]] = {}  # id -> (the input, held; its output)

    def compress(self, data: bytes, *args: Any, **kwargs: Any) -> bytes:
        if args or kwargs or type(data) is not bytes or len(data) < 32_768:
            return self._zlib.compress(data, *args, **kwargs)
        kept = self._kept.get(id(data))
        if kept is not None and kept[0] is data:
            return kept[1]
        deflated = self._zlib.compress(data)
        if len(self._kept) >= 8:
            self._kept.pop(next(iter(self._kept)))
        self._kept[id(data)] = (data, deflated)
        return deflated

    def __getattr__(self, name: str) -> Any:
        return getattr(self._zlib, name)


def _digests_kept(digest: Callable[[bytes | str], str]) -> Callable[[bytes | str], str]:
    """ReportLab's naming of an image by the MD5 of its pixels, which it works out again on
    every page the logo is drawn on (a fresh copy of some 170 kB each time): kept for the
    last few large inputs, found by comparing the bytes (a comparison is about a fifth of
    the cost of hashing them for a dictionary, and a tenth of the MD5). The same names."""
    kept: list[tuple[bytes, str]] = []

    def named(data: bytes | str) -> str:
        if type(data) is not bytes or len(data) < 32_768:
            return digest(data)
        for known, name in kept:
            if known == data:
                return name
        if len(kept) >= 4:
            kept.pop(0)
        name = digest(data)
        kept.append((data, name))
        return name

    return named


class _Subset(bytes):
    """A font subset's bytes, with their deflated form once made (see _subsets_kept)."""
    deflated: bytes | None = None


def _subsets_kept(make_subset: Callable[[list[int]], bytes]) -> Callable[[list[int]], bytes]:
    """A font's subsetting (the glyphs a document uses, cut out of the TrueType file for
    embedding) kept for the last few glyph sets, deflated once: a reprint, or the next print
    of a patient whose text uses the same letters, embeds the same bytes without cutting and
    compressing them again (about a twentieth of a warm print)."""
    kept: dict[tuple[int, ...], _Subset] = {}

    def make(subset: list[int]) -> bytes:
        key = tuple(subset)
        if key not in kept:
            if len(kept) >= 32:
                kept.pop(next(iter(kept)))
            kept[key] = _Subset(make_subset(subset))
        return kept[key]

    return make


def _deflate_kept(encode: Callable[[bytes | str], bytes]) -> Callable[[bytes | str], bytes]:
    """ReportLab's stream compression, which gives a kept font subset its deflated bytes
    from the first time, and keeps the deflated form of the last few streams by their
    content: a page drawn the same as in an earlier print (a reprint, a form left as it was
    when another is added or taken away) and a font's character map with the same letters
    are not compressed again. The same zlib call on the same content, so the same bytes."""
    kept: collections.OrderedDict[bytes | str, bytes] = collections.OrderedDict()

    def deflate(content: bytes | str) -> bytes:
        if isinstance(content, _Subset):
            if content.deflated is None:
                content.deflated = encode(content)
            return content.deflated
        if type(content) not in (str, bytes) or len(content) > _STREAM_KEPT_SIZE:
            return encode(content)
        deflated = kept.get(content)
        if deflated is None:
            deflated = kept[content] = encode(content)
            if len(kept) > _STREAMS_KEPT:
                kept.popitem(last=False)
        else:
            kept.move_to_end(content)
        return deflated

    return deflate


_STREAMS_KEPT = 96  # a 10-row document on A4 and A5 has some 30 streams
_STREAM_KEPT_SIZE = 128 * 1024  # a page's drawing is some 10-40 kB


@dataclass(frozen=True)
class Paper:
    """Measures of one paper size; text is a little smaller on A5, never below 7.5 pt."""
    name: str
    size: tuple[float, float]
    margin: float
    body: float
    small: float
    table: float
    title: float
    top: float  # distance from the paper's top edge to the header's top
    logo: float  # logo height
    header: float  # height reserved above the frame (the header's rule is 3 mm above it)
    footer: float  # height reserved below the frame
    write_line: float  # distance between blank lines to write on by hand
    split_rows: bool = False  # let a table row split over pages (only for rows over a page)

    @property
    def width(self) -> float:
        return self.size[0] - 2 * self.margin


PAPERS = {
    # the footer's lowest line keeps at least 5 mm to the paper's edge (printers cut off less)
    "A4": Paper("A4", A4, 15 * mm, 10, 7.5, 9, 16, 10 * mm, 15 * mm, 31 * mm, 15 * mm, 8 * mm),
    "A5": Paper("A5", A5, 10 * mm, 8.5, 7, 7.5, 12.5, 7 * mm, 10 * mm, 22 * mm, 14.5 * mm,
                7 * mm),
}


@dataclass
class Styles:
    body: ParagraphStyle
    label: ParagraphStyle
    heading: ParagraphStyle
    table_heading: ParagraphStyle
    hint: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_label: ParagraphStyle
    warning: ParagraphStyle


CELL_PAD = 3  # left and right padding of table cells, in points
# every table names its cells' font: ReportLab's default, Helvetica, is never embedded, and a
# PDF/A file may not refer to a font it does not carry
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), SANS)


def date_column(paper: Paper, *headers: str) -> float:
    """A column wide enough for a full date and each header word (never split mid-word)."""
    widest = pdfmetrics.stringWidth("00.00.0000", COND, paper.table)
    for text in headers:
        for word in text.split():
            widest = max(widest, pdfmetrics.stringWidth(word, COND_BOLD, paper.table - 0.5))
    return widest + 2 * CELL_PAD + 1


@functools.cache
def make_styles(paper: Paper) -> Styles:
    """The text styles of one paper size, made once per process (nothing changes them)."""
    return _make_styles(paper)


def _make_styles(paper: Paper) -> Styles:
    body = ParagraphStyle("body", fontName=SANS, fontSize=paper.body,
                          leading=paper.body * 1.3, textColor=INK, alignment=TA_LEFT)
    heading = ParagraphStyle("heading", parent=body, fontName=SANS_BOLD,
                             fontSize=paper.body + 1.5, leading=(paper.body + 1.5) * 1.3,
                             spaceBefore=paper.body * 1.1, spaceAfter=paper.body * 0.3,
                             keepWithNext=1)
    return Styles(
        body=body,
        heading=heading,
        table_heading=ParagraphStyle("table_heading", parent=heading, keepWithNext=0),
        label=ParagraphStyle("label", parent=body, fontName=COND, fontSize=paper.small,
                             leading=paper.small * 1.25, textColor=MUTED),
        hint=ParagraphStyle("hint", parent=body, fontName=COND, fontSize=paper.small,
                            leading=paper.small * 1.3, textColor=MUTED, spaceAfter=2,
                            keepWithNext=1),
        # narrow table cells hyphenate Norwegian compounds (pyphen) instead of cutting them
        cell=ParagraphStyle("cell", parent=body, fontName=COND, fontSize=paper.table,
                            leading=paper.table * 1.25, hyphenationLang=hyphenate,
                            embeddedHyphenation=1, uriWasteReduce=0.3),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=COND_BOLD,
                                 fontSize=paper.table - 0.5, leading=paper.table * 1.15),
        cell_label=ParagraphStyle("cell_label", parent=body, fontName=COND,
                                  fontSize=paper.small - 0.5, leading=paper.small * 1.1,
                                  textColor=MUTED),
        warning=ParagraphStyle("warning", parent=body, fontName=SANS_BOLD, textColor=WARN),
    )


@dataclass
class Section:
    """One form in the document; pages are numbered per section ("Side 1 av 3")."""
    title: str
    subtitle: str = ""  # e.g. "Versjon 2, signert 15.03.2026"
    warning: str = ""  # printed in red under the title on every page (consent withdrawn …)
    flowables: list[Flowable] = field(default_factory=list)


@dataclass
class PageContext:
    """What every page's frame shows."""
    paper: Paper
    patient_line: str  # "Åse Nordmann, født 12.03.1985"
    printed_line: str  # "Utskrevet 14.03.2026 · Individuell plan 0.1.0"
    version_line: str  # "Plan: versjon 2, signert 15.03.2026"
    logo: bytes
    draft_mark: str = ""  # "UTKAST – ikke signert" across every page of an exported draft


class SectionMark(Flowable):
    """Invisible first flowable of a section: tells the canvas which form the page belongs to."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._ip_section = self.section


def canvas_class(context: PageContext) -> type[Canvas]:
    """A canvas that keeps its pages until the end, so each can say "Side x av y"."""

    class FormCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._ip_section: Section | None = None
            self._ip_pages: list[tuple[dict, Section | None]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._ip_pages.append((dict(self.__dict__), self._ip_section))
            self._startPage()

        def save(self) -> None:
            totals: dict[int, int] = {}
            for _state, section in self._ip_pages:
                totals[id(section)] = totals.get(id(section), 0) + 1
            seen: dict[int, int] = {}
            logo = _logo(context.logo)
            for state, section in self._ip_pages:
                self.__dict__.update(state)
                seen[id(section)] = seen.get(id(section), 0) + 1
                draw_frame(self, context, section, logo, seen[id(section)],
                           totals[id(section)])
                Canvas.showPage(self)
            Canvas.save(self)
            # the kept page states held this list and the document template (ReportLab's
            # build had already let go of it): cycles that kept the whole document, every
            # flowable with it, for the cycle collector. Let go of them here, so that
            # reference counting frees the document as soon as the print returns
            self._ip_pages.clear()
            self._ip_section = None
            self.__dict__.pop("_doctemplate", None)

    return FormCanvas


@functools.lru_cache(maxsize=4)
def _logo(data: bytes) -> ImageReader:
    """The logo decoded once per process (the hospital's, or the bundled one)."""
    return ImageReader(io.BytesIO(data))


def draw_frame(canv: Canvas, ctx: PageContext, section: Section | None, logo: ImageReader,
               page: int, pages: int) -> None:
    paper = ctx.paper
    width, height = paper.size
    left, right = paper.margin, width - paper.margin
    top = height - paper.top
    canv.saveState()
    # header: logo at the left, form title and its subtitle at the right
    logo_w, logo_h = logo.getSize()
    scale = min(paper.logo / logo_h, (45 * mm) / logo_w)
    canv.drawImage(logo, left, top - logo_h * scale, logo_w * scale, logo_h * scale,
                   mask="auto")
    if section is not None:
        canv.setFillColor(INK)
        canv.setFont(SANS_BOLD, paper.title)
        canv.drawRightString(right, top - paper.title * 0.8, section.title)
        y = top - paper.title * 0.8 - paper.small * 1.8
        if section.subtitle:
            canv.setFont(COND, paper.small + 0.5)
            canv.setFillColor(MUTED)
            canv.drawRightString(right, y, section.subtitle)
            y -= paper.small * 1.6
        if section.warning:
            canv.setFont(COND_BOLD, paper.small + 1.5)
            canv.setFillColor(WARN)
            canv.drawRightString(right, y - 0.5, section.warning)
    rule_y = height - paper.header + 3 * mm
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(left, rule_y, right, rule_y)
    # footer: who and when on the left, version and page on the right
    base = paper.footer - 5 * mm
    canv.line(left, paper.footer - 1.5 * mm, right, paper.footer - 1.5 * mm)
    canv.setFillColor(INK)
    canv.setFont(COND_BOLD, paper.small + 0.5)
    canv.drawString(left, base, ctx.patient_line)
    canv.drawRightString(right, base, translate("reports", "Side {page} av {pages}").format(
        page=page, pages=pages))
    canv.setFont(COND, paper.small)
    canv.setFillColor(MUTED)
    canv.drawString(left, base - paper.small * 1.35, ctx.printed_line)
    canv.drawRightString(right, base - paper.small * 1.35, ctx.version_line)
    if ctx.draft_mark:
        draw_draft_mark(canv, paper, ctx.draft_mark)
    canv.restoreState()


def draw_draft_mark(canv: Canvas, paper: Paper, text: str) -> None:
    """The draft mark: large, diagonal, red and translucent across the page (the text under
    it stays readable), so that no page of an unsigned plan passes for a signed one."""
    width, height = paper.size
    canv.saveState()
    canv.setFillColor(WARN)
    size = paper.title * 3.2
    canv.setFillAlpha(0.16)
    canv.translate(width / 2, height / 2)
    canv.rotate(54)
    canv.setFont(SANS_BOLD, size)
    canv.drawCentredString(0, -size / 3, text)
    canv.restoreState()
