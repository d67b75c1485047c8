"""The notice letter to the municipality's koordinerende enhet (melding om behov for IP /
koordinator): one A4 page with the recipient and sender, the patient, what the need is, the four
content headings, the consent statement and a reply slip the municipality can return."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop import __version__, resources
from desktop.i18n import source_language, translate
from desktop.records import Consent, Patient, ValidationError, format_partial_date
from desktop.records_process import (
    BEHALF_LABELS,
    BEHALF_PATIENT,
    CHANNELS,
    NOTICE_KINDS,
    REPLY_OUTCOMES,
    KEUnit,
    Notice,
    NotifyConsent,
    plan_consent_valid,
)
from desktop.reports import parts
from desktop.reports.common import (
    PAPERS,
    RULE,
    SANS,
    PageContext,
    Paper,
    Section,
    SectionMark,
    Styles,
    canvas_class,
    make_styles,
    register_fonts,
)
from desktop.reports.parts import date, escape


def _t(text: str) -> str:
    return translate("reports", text)


@dataclass
class Sender:
    ward: str = ""
    coordinator: str = ""  # Koordinator i spesialisthelsetjenesten, or who sent the notice
    phone: str = ""


def consent_statement(notify: NotifyConsent, consent: Consent) -> str:
    """The letter's sentence on the consent that allows the notice."""
    if notify.given:
        text = _t("Pasienten har samtykket {date} til at kommunen kontaktes om behovet.").format(
            date=date(notify.date))
        if notify.on_behalf != BEHALF_PATIENT:
            text += " " + _t("Samtykket er gitt av {who} ({role}).").format(
                who=notify.given_by or "–", role=_t(BEHALF_LABELS[notify.on_behalf]).lower())
        return text
    if plan_consent_valid(consent):
        return _t("Pasienten har samtykket {date} til at det utarbeides individuell plan, og til "
                  "at kommunen kontaktes om den.").format(date=date(consent.date))
    return _t("Samtykke er ikke registrert.")


def _kinds(notice: Notice, styles: Styles) -> Paragraph:
    boxes = "<br/>".join(f"{parts.checkbox(key == notice.kind)} {escape(_t(label))}"
                         for key, label in NOTICE_KINDS.items())
    return Paragraph(boxes, styles.body)


def _reply_slip(notice: Notice, patient: Patient, sender: Sender, styles: Styles,
                paper: Paper) -> Table:
    w = paper.width - 12
    born = format_partial_date(patient.birth_date)
    rows = [
        [Paragraph(f"<b>{escape(_t('Svar fra kommunen'))}</b> – " + escape(
            _t("returneres til {ward}").format(ward=sender.ward or _t("avsender"))),
            styles.body)],
        [Paragraph(escape(_t("Gjelder: {name}, født {born}; melding sendt {date}.").format(
            name=patient.name, born=born, date=date(notice.sent_date) or "–")), styles.label)],
        [Paragraph(" &nbsp; ".join(f"{parts.checkbox(False)} {escape(_t(label))}"
                                   for label in REPLY_OUTCOMES.values()), styles.body)],
        [parts.field_grid([[(_t("Koordinator i kommunen"), ""), (_t("Arbeidssted"), "")],
                           [(_t("Telefon"), ""), (_t("E-post"), "")],
                           [(_t("Merknad"), ""), (_t("Dato og underskrift"), "")]],
                          [w * 0.5, w * 0.5], styles, paper)],
    ]
    table = Table(rows, colWidths=[paper.width], hAlign="LEFT")
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, RULE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return table


def notice_flowables(patient: Patient, notice: Notice, unit: KEUnit, sender: Sender,
                     statement: str, styles: Styles, paper: Paper) -> list:
    w = paper.width
    suggested = notice.suggested
    sent = (_t("Sendt {date} av {by} som {channel}.").format(
        date=date(notice.sent_date), by=notice.sent_by or "–",
        channel=_t(CHANNELS[notice.channel])) if notice.sent_date else
        _t("Ikke sendt ennå."))
    if notice.due_date:
        sent += " " + _t("Vi ber om svar innen {date}.").format(date=date(notice.due_date))
    recipient = ", ".join(v for v in (unit.unit_name, unit.municipality) if v)
    return [
        parts.field_grid(
            [[(_t("Til"), recipient), (_t("Adresse"), unit.address)],
             [(_t("Fra (avdeling)"), sender.ward),
              (_t("Koordinator i spesialisthelsetjenesten, telefon"),
               ", ".join(v for v in (sender.coordinator, sender.phone) if v))]],
            [w * 0.5, w * 0.5], styles, paper),
        Spacer(1, paper.body * 0.5),
        parts.field_grid(
            [[(_t("Pasient"), patient.name), (_t("Født"), date(patient.birth_date)),
              (_t("Fødselsnummer"), patient.id_number)],
             [(_t("Adresse"), patient.address), (_t("Telefon"), patient.phone),
              (_t("Bostedskommune"), patient.municipality)]],
            [w * 0.45, w * 0.2, w * 0.35], styles, paper),
        *parts.heading(_t("Behovet gjelder"), styles),
        _kinds(notice, styles),
        *parts.free_text(_t("Aktuelle tjenester og varighet"), notice.services, 2, styles,
                         paper),
        *parts.free_text(_t("Pasientens aktivitet i dag"), notice.activity, 2, styles, paper),
        *parts.free_text(_t("Formålet med individuell plan"), notice.purpose, 2, styles, paper),
        *parts.heading(_t("Forslag til koordinator"), styles),
        parts.field_grid([[(_t("Navn"), suggested.name), (_t("Arbeidssted"), suggested.workplace),
                           (_t("Telefon"), suggested.phone)]],
                         [w * 0.35, w * 0.4, w * 0.25], styles, paper),
        *parts.heading(_t("Samtykke"), styles),
        Paragraph(escape(statement), styles.body),
        Paragraph(escape(sent), styles.body),
        Spacer(1, 5 * mm),
        _reply_slip(notice, patient, sender, styles, paper),
    ]


def render_notice_pdf(patient: Patient, notice: Notice, unit: KEUnit, sender: Sender,
                      notify: NotifyConsent, consent: Consent, *, printed_on: dt.date,
                      logo: bytes | None = None) -> bytes:
    """The letter as a one-page A4 PDF (always Bokmål, deterministic like the forms)."""
    register_fonts()
    paper = PAPERS["A4"]
    with source_language():
        styles = make_styles(paper)
        statement = consent_statement(notify, consent)
        section = Section(_t("Melding om behov for individuell plan / koordinator"),
                          _t("Til koordinerende enhet i kommunen"), "",
                          notice_flowables(patient, notice, unit, sender, statement, styles,
                                           paper))
        born = format_partial_date(patient.birth_date)
        context = PageContext(
            paper=paper,
            patient_line=_t("{name}, født {born}").format(name=patient.name, born=born),
            printed_line=_t("Utskrevet {date} · Individuell plan {version}").format(
                date=printed_on.strftime("%d.%m.%Y"), version=__version__),
            version_line=_t(NOTICE_KINDS[notice.kind]),
            logo=logo or resources.read_bytes(resources.DEFAULT_LOGO))
        out = io.BytesIO()
        doc = BaseDocTemplate(
            out, pagesize=paper.size, invariant=1, pageCompression=1, leftMargin=paper.margin,
            rightMargin=paper.margin, topMargin=paper.header, bottomMargin=paper.footer,
            title=" – ".join([_t("Melding til kommunen"), patient.name]), author="",
            subject=_t("Melding om behov for individuell plan / koordinator"),
            creator=f"Individuell plan {__version__}", lang="nb-NO", initialFontName=SANS)
        frame = Frame(paper.margin, paper.footer, paper.width,
                      paper.size[1] - paper.header - paper.footer, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate(id="letter", frames=[frame])])
        doc.build([SectionMark(section), *section.flowables],
                  canvasmaker=canvas_class(context))
    return out.getvalue()


def render_patient_notice(db: sqlite_utils.Database, patient_id: int,
                          notice_id: int | None = None, today: dt.date | None = None) -> bytes:
    """The letter of one notice (the newest when ``notice_id`` is None) from the store; a sent
    notice prints the recipient as it was when sent. Does not log: see ``log_notice_print``."""
    from desktop.store import forms, notices, patients, process, settings

    patient = patients.get_patient(db, patient_id)
    if patient is None:
        raise ValidationError(_t("Fant ikke pasienten."))
    notice = (notices.get_notice(db, notice_id) if notice_id is not None
              else notices.newest_notice(db, patient_id))
    if notice is None or notice.patient_id != patient_id:
        raise ValidationError(_t("Pasienten har ingen melding til kommunen."))
    unit = notices.recipient(db, notice)
    hospital = process.load_hospital_coordinator(db, patient_id)
    sender = Sender(patient.department, hospital.name or notice.sent_by, hospital.phone)
    return render_notice_pdf(patient, notice, unit, sender,
                             process.load_notify_consent(db, patient_id),
                             forms.load_consent(db, patient_id),
                             printed_on=today or dt.date.today(), logo=settings.get_logo(db))


def log_notice_print(db: sqlite_utils.Database, patient_id: int, notice_id: int,
                     target: str) -> None:
    """Record a print of the letter in the access log (``target``: printer, pdf or cli)."""
    from desktop.store import log

    log.log_event(db, log.PRINT, patient_id, {"forms": ["notice"], "notice_id": notice_id,
                                              "target": target})
