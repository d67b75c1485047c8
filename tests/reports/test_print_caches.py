"""What a warm print reuses (reports/common.py): the parse of a paragraph's markup and its
lines at one width. A print made after the caches are filled is byte for byte the first
one's, long texts still split over pages, and ReportLab never breaks lines from shared
fragments."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph as ReportLabParagraph

from desktop import reports
from desktop.records import Checklist, Consent, Patient, Plan, PlanRow, PlanVersion
from desktop.reports import common


def _pdf(rows: int, paper: str = "A4") -> bytes:
    plan = Plan(overall_goal="Bo hjemme med oppfølging",
                rows=[PlanRow(goal=f"Mål {n} " + "arbeidsrettet aktivitet " * (n % 7),
                              measures="Samarbeidsmøte med fastlege og kommunehelsetjenesten",
                              responsible="Koordinerende enhet") for n in range(rows)])
    return reports.render_pdf(Patient(name="Kari Nordmann"), PlanVersion(plan=plan), Consent(),
                              Checklist(), printed_on=dt.date(2026, 3, 14),
                              today=dt.date(2026, 3, 14), paper=paper)


def test_a_print_after_the_caches_are_filled_is_the_same_bytes() -> None:
    common._parsed.cache_clear()
    for rows, paper in ((10, "A4"), (60, "A5")):
        first = _pdf(rows, paper)
        assert _pdf(rows, paper) == first
        assert _pdf(rows, paper) == first


def test_paragraphs_of_the_same_text_lay_out_as_reportlabs_and_share_no_fragment() -> None:
    style = common.make_styles(common.PAPERS["A4"]).cell
    assert common.make_styles(common.PAPERS["A4"]) is common.make_styles(common.PAPERS["A4"])
    text = "Samarbeidsmøte<br/>med <b>fastlegen</b> og kommunehelsetjenesten " * 8
    ours, again = common.Paragraph(text, style), common.Paragraph(text, style)
    kept = common._parsed(text, style)[3]
    before = [vars(f).copy() for f in kept]
    theirs = ReportLabParagraph(text, style)  # ReportLab's own, with the same history
    for width in (60, 140, 60):
        assert ours.wrap(width, 500) == theirs.wrap(width, 500)
        assert repr(ours.blPara.lines) == repr(theirs.blPara.lines)  # fragments: no __eq__
        # ReportLab broke the lines from copies: the kept parse is not theirs to change
        assert not {id(f) for f in ours.frags} & {id(f) for f in kept}
    assert [vars(f) for f in kept] == before
    fresh = ReportLabParagraph(text, style)
    assert again.wrap(60, 500) == fresh.wrap(60, 500)  # from the kept lines
    assert repr(again.blPara.lines) == repr(fresh.blPara.lines)
    parts = ours.split(60, ours.wrap(60, 500)[1] / 2)
    assert len(parts) == 2 and all(isinstance(p, common.Paragraph) for p in parts)
    assert sum(p.wrap(60, 500)[1] for p in parts) == theirs.wrap(60, 500)[1]


def test_a_split_leaves_the_kept_lines_as_they_were() -> None:
    style = common.make_styles(common.PAPERS["A5"]).body
    text = "Oppfølging hos fastlegen hver fjortende dag, og samtaler med koordinator. " * 12
    first = common.Paragraph(text, style)
    height = first.wrap(120, 1000)[1]
    before = repr(first.blPara.lines)
    top, rest = first.split(120, height / 3)
    assert top.wrap(120, 1000)[1] + rest.wrap(120, 1000)[1] == height
    again = common.Paragraph(text, style)
    assert again.wrap(120, 1000)[1] == height
    theirs = ReportLabParagraph(text, style)
    theirs.wrap(120, 1000)
    assert repr(again.blPara.lines) == before == repr(theirs.blPara.lines)


def test_plain_text_gets_the_fragment_reportlabs_parser_would_make() -> None:
    """Text without markup or entities skips ReportLab's parser (common._parsed); its
    fragment, text and style are what the parser makes, in every style of the print."""
    styles = common.make_styles(common.PAPERS["A5"])
    texts = ["Kari Nordmann", "  Samarbeidsmøte\n  med fastlege  ", "Ærlig, øvet og åpen",
             "12.03.2026", "a\u00a0b\tc", "Mål: bo hjemme (uten tilsyn)"]
    for style in (styles.body, styles.cell, styles.heading, styles.label):
        for text in texts:
            ours = common._parsed.__wrapped__(text, style)
            theirs = ReportLabParagraph(text, style)
            assert ours[:3] == (theirs.text, theirs.style, theirs.bulletText)
            assert [(type(f), vars(f)) for f in ours[3]] == [
                (type(f), vars(f)) for f in theirs.frags]
    for text in ("", "   ", "Ola &amp; Kari", "<b>Mål</b>"):  # through the parser as before
        ours = common._parsed.__wrapped__(text, styles.cell)
        theirs = ReportLabParagraph(text, styles.cell)
        assert [vars(f) for f in ours[3]] == [vars(f) for f in theirs.frags]


def test_a_known_texts_subset_codes_are_reportlabs() -> None:
    """A text whose characters the document has coded already is split at once
    (common._split_known); the answer is ReportLab's, and a new character still goes
    through ReportLab's own splitting, which codes it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    common.register_fonts()
    font = pdfmetrics.getFont(common.SANS)
    class Document:  # the fonts keep their codes per document (weakly)
        pass

    doc = Document()
    assert font.splitString("Kari Nordmann, 12.03.", doc) == TTFont.splitString(
        font, "Kari Nordmann, 12.03.", doc)
    for text in ("Nordmann Kari", "Kari\u00a0Nordmann", "", "Kari øy", "Ærlig"):
        theirs = TTFont.splitString(font, text, doc)  # codes any new letter first
        assert font.splitString(text, doc) == theirs
    letters = "".join(chr(code) for code in range(0x100, 0x250))  # past the first subset
    assert font.splitString(letters, doc) == TTFont.splitString(font, letters, doc)
    assert len({subset for subset, _codes in font.splitString(letters, doc)}) > 1
    other = Document()  # its letters coded in another order: its own codes, not doc's
    for text in ("Ærlig", "Kari Nordmann", "Ærlig", "Kari Nordmann"):
        theirs = TTFont.splitString(font, text, other)
        assert font.splitString(text, other) == theirs
    assert font.splitString("Ærlig", doc) != font.splitString("Ærlig", other)  # ø came first
    assert font.splitString("Ærlig", doc) == TTFont.splitString(font, "Ærlig", doc)


def test_large_streams_are_deflated_once_per_bytes_object() -> None:
    """The PDF writer's zlib (common._KeptDeflate) gives zlib's own output, and keeps it only
    for the very same large bytes object (the logo's pixels), never for equal new bytes."""
    import zlib

    deflate = common._KeptDeflate(zlib)
    pixels = bytes(range(256)) * 1024
    first = deflate.compress(pixels)
    assert first == zlib.compress(pixels) and deflate.compress(pixels) is first
    equal = bytes(bytearray(pixels))
    assert deflate.compress(equal) == first and deflate.compress(equal) is not first
    assert deflate.compress(b"kort") == zlib.compress(b"kort")
    assert deflate.compress(bytearray(pixels)) == first  # mutable: deflated each time
    assert deflate.decompress(first) == pixels  # the rest of zlib as it is


def test_an_images_name_is_reportlabs_md5() -> None:
    """The logo's name in the PDF (the MD5 of its pixels) is kept per pixels
    (common._digests_kept) and is ReportLab's own."""
    from reportlab.lib.utils import _digester

    named = common._digests_kept(_digester)
    pixels = bytes(range(256)) * 512
    assert named(pixels) == _digester(pixels) == named(bytes(bytearray(pixels)))
    assert named(pixels[1:]) == _digester(pixels[1:]) != named(pixels)
    assert named("kort") == _digester("kort")


def test_a_streams_deflated_form_is_kept_by_its_content() -> None:
    """ReportLab's stream compression (common._deflate_kept) gives its own output, and gives
    a page's drawing or a character map it has deflated before the same bytes again."""
    import zlib

    from reportlab.pdfbase.pdfdoc import PDFStreamFilterZCompress

    encode = PDFStreamFilterZCompress().encode
    deflate = common._deflate_kept(encode)
    page = "BT /F1+0 9 Tf 11.25 TL ET q 1 0 0 1 42.5 700 cm Q\n" * 200
    first = deflate(page)
    assert first == encode(page) == zlib.compress(page.encode("utf8"))
    assert deflate("".join(list(page))) is first  # equal content, another object
    assert deflate(page.encode("utf8")) == first  # bytes apart from text, the same output
    assert deflate(page + " ") == zlib.compress((page + " ").encode("utf8"))
    huge = "0 0 m 1 1 l S\n" * 20_000  # beyond what is kept: deflated each time
    assert deflate(huge) == encode(huge) and deflate(huge) is not deflate(huge)
    for n in range(common._STREAMS_KEPT + 5):  # bounded: the oldest go
        deflate(f"{n} 0 m S")
    assert deflate(page) is not first and deflate(page) == first


def test_a_print_leaves_its_document_to_reference_counting() -> None:
    """The page states the canvas keeps until the end let go of the document when it is
    saved: its flowables are freed as the print returns, not left for the cycle collector
    (whose pass over them was about a twentieth of a warm print)."""
    import gc

    _pdf(10)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        _pdf(10)
        gc.collect()
        kinds = {type(thing).__name__ for thing in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert not kinds & {"Paragraph", "Table", "LongTable", "Section", "WithTail", "Spacer"}


def test_the_body_frame_deep_copies_as_copy_deepcopy_does() -> None:
    """ReportLab deep-copies the frame to try a heading with what it keeps with it; the
    body frame's own copy is what copy.deepcopy makes of ReportLab's frame: equal
    attributes, no list shared."""
    import copy

    from reportlab.platypus import Frame

    frames = [kind(10, 20, 300, 400, leftPadding=0, id="body")
              for kind in (common.BodyFrame, Frame)]
    for frame in frames:
        frame._frameBGs = [["grey", 1, 2]]  # as the document template sets it
        frame._atTop, frame._oASpace = 0, 2.5
    ours, theirs = (copy.deepcopy(frame) for frame in frames)
    assert type(ours) is common.BodyFrame and vars(ours) == vars(theirs)
    assert ours._frameBGs is not frames[0]._frameBGs
    assert ours._frameBGs[0] is not frames[0]._frameBGs[0]
