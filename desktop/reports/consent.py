"""The consent form (Samtykke til utarbeidelse av individuell plan) with the patient's choices,
signature lines, who informed the patient, and withdrawal."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.i18n import translate
from desktop.records import CONSENT_EXPIRED, CONSENT_WITHDRAWN, Consent, Patient
from desktop.reports import parts
from desktop.reports.common import CELL_FONT, Paper, Paragraph, Styles
from desktop.reports.parts import date, escape, markup, typed_date
from desktop.store import consent_text


def _t(text: str) -> str:
    return translate("reports", text)


def _choice(checked: bool | None, text: str, styles: Styles, paper: Paper) -> Table:
    """A statement with Ja / Nei boxes; None leaves both empty (nothing recorded yet)."""
    yes = parts.checkbox(checked is True)
    no = parts.checkbox(checked is False)
    boxes = f"{yes} {_t('Ja')}&nbsp;&nbsp;&nbsp;{no} {_t('Nei')}"
    w = paper.width
    table = Table([[Paragraph(escape(text), styles.body), Paragraph(boxes, styles.body)]],
                  colWidths=[w * 0.78, w * 0.22], hAlign="LEFT")
    table.setStyle(TableStyle([CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _period_place(consent: Consent, styles: Styles, paper: Paper) -> Flowable:
    w = paper.width
    return parts.field_grid([[(_t("Samtykket gjelder f.o.m."), typed_date(consent, "valid_from")),
                              (_t("t.o.m."), typed_date(consent, "valid_to")),
                              (_t("Sted, dato"), ", ".join(
                                  v for v in (consent.place, typed_date(consent, "date")) if v))]],
                            [w * 0.3, w * 0.3, w * 0.4], styles, paper)


def consent_flowables(patient: Patient, consent: Consent, state: str, statement: str,
                      styles: Styles, paper: Paper) -> list[Flowable]:
    w = paper.width
    recorded = consent.given or bool(consent.withdrawn_date)
    story: list[Flowable] = []
    if state in (CONSENT_WITHDRAWN, CONSENT_EXPIRED):
        first = (_t("Samtykket er trukket tilbake") if state == CONSENT_WITHDRAWN
                 else _t("Samtykket er utløpt"))
        story += [parts.notice([first], styles, paper), Spacer(1, paper.body * 0.6)]
    story += [
        parts.field_grid([[(_t("Navn"), patient.name), (_t("Født"), date(patient.birth_date))]],
                         [w * 0.6, w * 0.4], styles, paper),
        Spacer(1, paper.body),
        Paragraph(markup(statement or consent_text.default_statement()), styles.body),
        Spacer(1, paper.body * 0.8),
        parts.WithTail(_period_place(consent, styles, paper), parts.signatures([
            parts.SignatureLine(_t("Underskrift"), consent.signed_by or patient.name,
                                consent.date if consent.given else ""),
            parts.SignatureLine(_t("Evt. verges/foresattes underskrift"), consent.guardian,
                                consent.date if consent.given and consent.guardian else ""),
        ], styles, paper)),
        *parts.heading(_t("Annen person som skal delta sammen med meg"), styles),
        parts.field_grid([[(_t("Navn på person"), consent.companion)]], [w], styles, paper),
        *parts.heading(_t("Hvem planen kan deles med"), styles),
        _choice(consent.share_with_team if recorded else None,
                consent_text.share_with_team(), styles, paper),
        _choice(consent.share_confidential if recorded else None,
                consent_text.share_confidential(), styles, paper),
        *parts.free_text(_t("Personer jeg ikke ønsker skal delta"), consent.reservations, 2,
                         styles, paper),
        *parts.heading(_t("Informasjon om individuell plan er gitt"), styles),
        parts.field_grid([[(_t("Av (navn)"), consent.info_given_by),
                           (_t("Dato"), typed_date(consent, "info_given_date"))]],
                         [w * 0.6, w * 0.4], styles, paper),
        *parts.heading(_t("Tilbaketrekking av samtykket"), styles),
        parts.field_grid([[(_t("Trukket tilbake (dato)"), typed_date(consent, "withdrawn_date")),
                           (_t("Registrert av"), consent.withdrawn_recorded_by)]],
                         [w * 0.4, w * 0.6], styles, paper),
    ]
    return story
