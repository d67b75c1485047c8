"""Innsyn: a PDF for one patient listing who has accessed their data and when, from the access
log (Qt-free; the common styles and fonts of the printed forms)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import sqlite_utils
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.i18n import source_language, translate
from desktop.records import Patient, format_partial_date
from desktop.reports.common import (
    CELL_FONT,
    PAPERS,
    SANS,
    SHADE,
    WARN,
    make_styles,
    register_fonts,
)
from desktop.reports.pdfa import to_pdfa
from desktop.store import audit
from desktop.store.audit import EmergencyUse, LogRow
from desktop.store.session import Session, as_session

EMERGENCY_SHADE = colors.HexColor("#fde8e8")


def _t(text: str) -> str:
    return translate("reports", text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _when(at: str) -> str:
    moment = dt.datetime.fromisoformat(at)
    return f"{moment:%d.%m.%Y %H:%M}"


def _emergency_table(uses: list[EmergencyUse], styles, width: float) -> list:
    """The nødtilgang uses on their own, before the whole log: when, who and why."""
    head = [Paragraph(_escape(text), styles.cell_head) for text in (
        _t("Tidspunkt"), _t("Hvem"), _t("Begrunnelse"))]
    data = [head] + [[Paragraph(_when(use.at), styles.cell),
                      Paragraph(_escape(f"{use.user_name} ({use.user})" if use.user_name
                                        else use.user), styles.cell),
                      Paragraph(_escape(use.reason), styles.cell)] for use in uses]
    table = Table(data, colWidths=[width * 0.17, width * 0.25, width * 0.58], repeatRows=1)
    table.setStyle(TableStyle([CELL_FONT, ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("BACKGROUND", (0, 1), (-1, -1), EMERGENCY_SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBEFORE", (0, 1), (0, -1), 2, WARN)]))
    return [Paragraph(_escape(_t("Nødtilgang: åpnet av noen utenfor avdelingen din")),
                      styles.table_heading),
            Paragraph(_escape(_t("Nødtilgang gis bare ved tjenstlig behov, med en skriftlig "
                                 "begrunnelse, og kontrolleres.")), styles.hint),
            table, Spacer(1, 8),
            Paragraph(_escape(_t("Hele tilgangsloggen for deg")), styles.table_heading)]


def render_access_report(patient: Patient, rows: list[LogRow],
                         printed: dt.datetime | None = None,
                         emergencies: list[EmergencyUse] | None = None) -> bytes:
    """The innsyn document: the patient, the nødtilgang uses (who, when, why), then one line
    per log entry about them, oldest first; nødtilgang lines are shaded and marked."""
    register_fonts()
    paper = PAPERS["A4"]
    styles = make_styles(paper)
    printed = printed or dt.datetime.now()
    story = [
        Paragraph(_escape(_t("Innsyn: hvem har sett eller endret opplysningene dine")),
                  styles.heading),
        Paragraph(_escape(_t("{name}, født {born}").format(
            name=patient.name, born=format_partial_date(patient.birth_date))), styles.body),
        Paragraph(_escape(_t("Utskrevet {date} fra tilgangsloggen i Individuell plan. Loggen "
                             "kan ikke endres uten at det oppdages.").format(
            date=f"{printed:%d.%m.%Y}")), styles.hint),
        Spacer(1, 6),
    ]
    if emergencies:
        story.extend(_emergency_table(emergencies, styles, paper.width))
    if not rows:
        story.append(Paragraph(_escape(_t("Ingen har åpnet opplysningene.")), styles.body))
    else:
        head = [Paragraph(_escape(text), styles.cell_head) for text in (
            _t("Tidspunkt"), _t("Hvem"), _t("Hva"), _t("Merknad"))]
        data = [head]
        for row in rows:
            who = f"{row.user_name} ({row.user})" if row.user_name else row.user
            what = audit.kind_label(row.kind)
            if row.is_emergency:
                what = f"<b>{_escape(what)}</b>"
            else:
                what = _escape(what)
            data.append([Paragraph(_when(row.at), styles.cell),
                         Paragraph(_escape(who), styles.cell), Paragraph(what, styles.cell),
                         Paragraph(_escape(row.detail), styles.cell)])
        width = paper.width
        table = Table(data, colWidths=[width * 0.17, width * 0.25, width * 0.16, width * 0.42],
                      repeatRows=1)
        commands = [("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb"))]
        for index, row in enumerate(rows, start=1):
            if row.is_emergency:
                commands.append(("BACKGROUND", (0, index), (-1, index), EMERGENCY_SHADE))
                commands.append(("LINEBEFORE", (0, index), (0, index), 2, WARN))
        table.setStyle(TableStyle([CELL_FONT, *commands]))
        story.append(table)
        marked = sum(row.is_emergency for row in rows)
        if marked:
            story.append(Spacer(1, 6))
            story.append(Paragraph(_escape(_t(
                "Nødtilgang: {n} gang(er) åpnet av noen utenfor avdelingen, med begrunnelse "
                "(markert).").format(n=marked)), styles.hint))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=paper.size, leftMargin=paper.margin, rightMargin=paper.margin,
        topMargin=paper.margin, bottomMargin=paper.margin,
        title=_t("Innsyn i tilgangsloggen"), author="Individuell plan", invariant=1,
        initialFontName=SANS, lang="nb-NO")  # not ReportLab's Helvetica, never embedded
    document.build(story)
    return to_pdfa(buffer.getvalue())


def save_access_report(session: Session | sqlite_utils.Database, patient_id: int,
                       path: Path | str) -> Path:
    """Render the patient's innsyn PDF and write it to ``path``, its print logged in the
    session user's name (and committed) before the file gets its name (store/outbox.py);
    DeliveryFailed otherwise."""
    from desktop.store import get_patient
    from desktop.store.log import PRINT
    from desktop.store.outbox import deliver

    session = as_session(session)
    db = session.db

    patient = get_patient(db, patient_id)
    if patient is None:
        raise ValueError(_t("Fant ingen pasient med id {id}.").format(id=patient_id))
    with source_language():  # a Norwegian document for the patient, like the printed forms
        pdf = render_access_report(patient, audit.innsyn_rows(db, patient_id),
                                   emergencies=audit.emergency_uses(db, patient_id))
    return deliver(db, path, pdf, lambda: session.log(PRINT, patient_id, {"form": "innsyn"}))
