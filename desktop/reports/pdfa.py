"""PDF/A-2b for every printout: what ReportLab does not write, added with pikepdf.

Municipal archives keep records as PDF/A. ReportLab already embeds the (subset) DejaVu fonts,
writes a file identifier and the document language; this module adds the rest of PDF/A-2b
(ISO 19005-2, level B): an sRGB output intent with its ICC profile, and XMP metadata that
identifies the file as PDF/A-2b and repeats the document information. Output stays
deterministic (no clock, no random identifier), so a signed plan reprints byte for byte.

An encrypted PDF cannot be PDF/A (the standard forbids encryption); see ``pdf_crypto``.
"""

from __future__ import annotations

import functools
import io
import zlib
from typing import Any
from xml.sax.saxutils import escape

import pikepdf

from desktop import resources

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
ICC_PROFILE = "sRGB.icc"  # resources/sRGB.icc: lcms's sRGB profile, "no copyright, use freely"


class NotEmbedded(RuntimeError):
    """A font the PDF uses is not embedded (a program error: PDF/A would be false)."""


def _xmp_date(pdf_date: str) -> str:
    """D:20000101000000+00'00' -> 2000-01-01T00:00:00+00:00 (the same moment, XMP's form)."""
    text = pdf_date[2:] if pdf_date.startswith("D:") else pdf_date
    stamp = (f"{text[0:4]}-{text[4:6]}-{text[6:8]}T{text[8:10]}:{text[10:12]}:"
             f"{text[12:14]}")
    zone = text[14:].replace("'", "")
    if zone in ("", "Z"):
        return stamp + "Z"
    return f"{stamp}{zone[0]}{zone[1:3]}:{zone[3:5] or '00'}"


def _xmp(info: dict[str, str], lang: str) -> bytes:
    def alt(value: str) -> str:
        return (f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li>'
                f"</rdf:Alt>")

    fields = []
    if info.get("Title"):
        fields.append(f"<dc:title>{alt(info['Title'])}</dc:title>")
    if info.get("Author"):
        fields.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(info['Author'])}</rdf:li>"
                      f"</rdf:Seq></dc:creator>")
    if info.get("Subject"):
        fields.append(f"<dc:description>{alt(info['Subject'])}</dc:description>")
    if lang:
        fields.append(f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag>"
                      f"</dc:language>")
    if info.get("Keywords"):
        fields.append(f"<pdf:Keywords>{escape(info['Keywords'])}</pdf:Keywords>")
    if info.get("Producer"):
        fields.append(f"<pdf:Producer>{escape(info['Producer'])}</pdf:Producer>")
    if info.get("Creator"):
        fields.append(f"<xmp:CreatorTool>{escape(info['Creator'])}</xmp:CreatorTool>")
    if info.get("CreationDate"):
        fields.append(f"<xmp:CreateDate>{_xmp_date(info['CreationDate'])}</xmp:CreateDate>")
    if info.get("ModDate"):
        fields.append(f"<xmp:ModifyDate>{_xmp_date(info['ModDate'])}</xmp:ModifyDate>")
    body = "".join(fields)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        f"<pdfaid:part>{PDFA_PART}</pdfaid:part>"
        f"<pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>"
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>')
    return packet.encode("utf-8")


@functools.cache
def _compressed_profile() -> bytes:
    """The ICC profile, deflated once per process (the same bytes every time)."""
    return zlib.compress(resources.read_bytes(ICC_PROFILE), 9)


def _check_fonts(pdf: pikepdf.Pdf) -> None:
    """Every font the pages use is embedded. ReportLab's pages share their font objects, and
    their one dictionary of fonts, so each is looked at once (not again on every page: that
    was a quarter of this pass)."""
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        resources_: Any = page.obj.get("/Resources", {})
        fonts = resources_.get("/Font", {})
        if isinstance(fonts, pikepdf.Object) and fonts.is_indirect:
            if fonts.objgen in seen:
                continue
            seen.add(fonts.objgen)
        for font in dict(fonts).values():
            if font.is_indirect:
                if font.objgen in seen:
                    continue
                seen.add(font.objgen)
            descriptors = [font.get("/FontDescriptor")] + [
                d.get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
            if not any(d is not None and any(k in d for k in ("/FontFile", "/FontFile2",
                                                              "/FontFile3"))
                       for d in descriptors):
                raise NotEmbedded(str(font.get("/BaseFont")))


def to_pdfa(data: bytes) -> bytes:
    """The ReportLab PDF as PDF/A-2b: output intent, XMP identification; fonts checked."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _check_fonts(pdf)
        for page in pdf.pages:  # ReportLab's empty page transition: a slide-show setting
            if "/Trans" in page.obj:
                del page.obj["/Trans"]
        info = {str(k)[1:]: str(v) for k, v in pdf.docinfo.items()
                if isinstance(v, pikepdf.String)}
        for key in [k for k, v in info.items() if not v]:
            del pdf.docinfo["/" + key]  # an empty entry would need an empty XMP twin
        del pdf.docinfo["/Trapped"]  # optional, and a name XMP would have to mirror
        lang = str(pdf.Root.get("/Lang", ""))
        metadata = pikepdf.Stream(pdf, _as_written(_xmp({k: v for k, v in info.items() if v},
                                                        lang)))
        metadata.Type, metadata.Subtype = pikepdf.Name.Metadata, pikepdf.Name.XML
        pdf.Root.Metadata = pdf.make_indirect(metadata)
        profile = pikepdf.Stream(pdf, _compressed_profile())
        profile.Filter, profile.N = pikepdf.Name.FlateDecode, 3
        pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
            Info=pikepdf.String("sRGB IEC61966-2.1"),
            DestOutputProfile=pdf.make_indirect(profile)))])
        out = io.BytesIO()
        # the identifier from the content, not the clock: the same input gives the same bytes
        # ReportLab has compressed every stream it wrote, and the profile is compressed
        # above: qpdf's own pass over them (compress_streams) took two thirds of this step;
        # nor are they decoded to be written again as they were (a fifth of the rest)
        # the metadata is already as pikepdf's save would rewrite it (see _as_written)
        pdf.save(out, deterministic_id=True, min_version="1.7", compress_streams=False,
                 stream_decode_level=pikepdf.StreamDecodeLevel.none,
                 fix_metadata_version=False)
    return out.getvalue()


@functools.lru_cache(maxsize=64)
def _as_written(packet: bytes) -> bytes:
    """The XMP packet as pikepdf's save writes it: the save's check of the metadata's PDF
    version (our packet names none) parses the packet and writes it out again in lxml's
    form. That form is made here once per packet (a patient's title and forms: the same at
    every reprint) through the same public call, so each save can skip the check, which
    was about a third of this pass. The same bytes."""
    with pikepdf.new() as pdf:
        pdf.Root.Metadata = pdf.make_stream(packet)
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False):
            pass
        return pdf.Root.Metadata.read_bytes()
