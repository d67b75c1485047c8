"""PDF/A-2b for every printout (issue 16, item 16): fonts embedded, XMP identification, an sRGB
output intent; checked by reading the files back, and by pikepdf's PDF/A validator (an
allowlist built from the veraPDF rules; veraPDF itself is not installed here)."""

from __future__ import annotations

import datetime as dt
import io

import pikepdf
import pytest

from desktop import store
from desktop.exchange.exporter import FORMAT_PDF, export_patient
from desktop.exchange.package import read_package
from desktop.exchange.pdf_crypto import decrypt_pdf, encrypt_pdf
from desktop.records import Checklist, Consent, Patient, PlanVersion
from desktop.reports import render_pdf
from desktop.reports.access_report import render_access_report

TODAY = dt.date(2026, 3, 14)
PASS = "kanel-fjord-sykkel-hest-tromme"


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    found = []
    for page in pdf.pages:
        found += list(dict(page.obj.Resources.get("/Font", {})).values())
        for xobject in dict(page.obj.Resources.get("/XObject", {})).values():
            found += list(dict(xobject.get("/Resources", {}).get("/Font", {})).values())
    return found


def assert_pdfa_2b(data: bytes) -> None:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(pdf.docinfo["/Title"])
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1" and intent.DestOutputProfile.N == 3
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"  # an ICC profile
        fonts = _fonts(pdf)
        assert fonts
        for font in fonts:
            assert "/FontFile2" in font.FontDescriptor, font.BaseFont  # embedded
        assert pdf.pdf_version >= "1.7" and not pdf.is_encrypted
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    report = pdfa.validate_written(io.BytesIO(data), "2b")
    assert report.passed, list(report.findings)[:5]



@pytest.mark.parametrize("paper", ["A4", "A5"])
@pytest.mark.parametrize("draft", [False, True])
def test_every_printed_form_is_pdfa_2b(form, paper, draft) -> None:
    patient, version, consent = form
    assert_pdfa_2b(render_pdf(patient, version, consent, Checklist(), printed_on=TODAY,
                              paper=paper, today=TODAY, draft_mark=draft))


def test_a_blank_form_is_pdfa_2b() -> None:
    # empty table cells once pulled in ReportLab's Helvetica, which is never embedded
    assert_pdfa_2b(render_pdf(Patient(name="Tom"), PlanVersion(), Consent(), Checklist(),
                              printed_on=TODAY, today=TODAY))


def test_the_access_report_is_pdfa_2b() -> None:
    assert_pdfa_2b(render_access_report(Patient(name="Kari Nordmann", birth_date="1970"), [],
                                        printed=dt.datetime(2026, 3, 14, 9, 30)))


def test_the_handover_pdf_is_pdfa_and_the_encrypted_one_stays_pdf_2_r6(db, rng,
                                                                      tmp_path) -> None:
    from desktop.demo import add_demo_patient

    patient = add_demo_patient(db, rng, TODAY, "signed")
    reason = "Kommunen trenger planen; samtykket fornyes."  # the consent dates from TODAY
    export_patient(db, patient.id, tmp_path / "p.zip", PASS, consent_reason=reason)
    assert_pdfa_2b(read_package((tmp_path / "p.zip").read_bytes(), PASS).pdf)
    export_patient(db, patient.id, tmp_path / "p.pdf", PASS, FORMAT_PDF, consent_reason=reason)
    with pikepdf.open(tmp_path / "p.pdf", password=PASS) as pdf:
        assert pdf.encryption.R == 6 and pdf.pdf_version == "2.0"
        assert "/Metadata" not in pdf.Root  # encryption and PDF/A exclude each other
    assert store.get_patient(db, patient.id) is not None


def test_pdfa_output_is_deterministic(form) -> None:
    patient, version, consent = form
    first = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY, today=TODAY)
    again = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY, today=TODAY)
    assert first == again
    assert decrypt_pdf(encrypt_pdf(first, PASS), PASS).startswith(b"%PDF")


def test_the_metadata_is_written_as_pikepdfs_own_save_writes_it() -> None:
    """The XMP packet goes in already in the form pikepdf's save would give it (pdfa's
    _as_written, kept per packet), so the save skips its metadata pass: the file is the same
    as with that pass, at the first print of a packet and from the kept form after."""
    from desktop.reports import pdfa

    packet = pdfa._xmp({"Title": "Individuell plan – Åse Ødegård & Co", "Subject": "Samtykke",
                        "Creator": "Individuell plan", "CreationDate": "D:20000101000000+00'00'"},
                       "nb-NO")
    def saved(content: bytes, **options: bool) -> bytes:
        with pikepdf.new() as pdf:
            stream = pikepdf.Stream(pdf, content)
            stream.Type, stream.Subtype = pikepdf.Name.Metadata, pikepdf.Name.XML
            pdf.Root.Metadata = pdf.make_indirect(stream)
            out = io.BytesIO()
            pdf.save(out, deterministic_id=True, compress_streams=False, **options)
        return out.getvalue()

    pdfa._as_written.cache_clear()
    for _ in range(2):
        theirs = saved(packet)  # with pikepdf's metadata pass
        assert saved(pdfa._as_written(packet), fix_metadata_version=False) == theirs
        assert b"pdfaid:part" in theirs
    assert pdfa._as_written.cache_info().hits == 1
