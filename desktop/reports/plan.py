"""The plan form (Individuell plan) and its table of existing decisions, laid out like the
region's paper form, with room to write wherever a field is empty."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from desktop.i18n import translate
from desktop.records import (
    CONSENT_EXPIRED,
    CONSENT_GIVEN,
    CONSENT_NONE,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
    Checklist,
    Consent,
    DecisionRow,
    Patient,
    PlanRow,
    PlanVersion,
    consent_state,
    responsible_coordinator,
)
from desktop.records_measures import CRISIS_ROW_TITLE, brief, latest_evaluation
from desktop.records_people import Participant
from desktop.reports import contacts, parts
from desktop.reports.common import CELL_FONT, RULE, SHADE, Paper, Paragraph, Styles, date_column
from desktop.reports.parts import date, escape, markup, typed_date


def _t(text: str) -> str:
    return translate("reports", text)


def consent_status(consent: Consent, checklist: Checklist,
                   today: dt.date) -> tuple[str, list[str]]:
    """The consent's state and the lines the plan prints about it (the first line is the
    summary; a withdrawn, expired or refused consent is printed as a red notice)."""
    state = consent_state(consent, checklist.declined, today)
    if state == CONSENT_WITHDRAWN:
        by = consent.withdrawn_recorded_by.strip()
        return state, [_t("Samtykket er trukket tilbake"),
                       (_t("Trukket tilbake {date}, registrert av {by}.") if by else
                        _t("Trukket tilbake {date}.")).format(
                           date=typed_date(consent, "withdrawn_date"), by=by),
                       _t("Planen skal ikke brukes eller deles før pasienten har gitt nytt "
                          "samtykke.")]
    if state == CONSENT_EXPIRED:
        return state, [_t("Samtykket er utløpt"),
                       _t("Samtykket gjaldt til {date}. Hent inn nytt samtykke før planen "
                          "brukes videre.").format(date=typed_date(consent, "valid_to"))]
    if state == CONSENT_REFUSED:
        return state, [_t("Pasienten ønsker ikke individuell plan"),
                       _t("Registrert {date}. Pasienten kan be om plan senere.").format(
                           date=typed_date(checklist, "declined_date"))]
    if state == CONSENT_GIVEN:
        period = _period(consent, "valid_from", "valid_to")
        return state, [_t("Samtykke gitt {date}, gjelder {period}.").format(
            date=typed_date(consent, "date") or "–", period=period)]
    return CONSENT_NONE, [_t("Samtykke er ikke registrert.")]


def consent_warning(state: str) -> str:
    """The red line in the header of every plan page when the plan must not be used."""
    return {CONSENT_WITHDRAWN: _t("Samtykket er trukket tilbake"),
            CONSENT_EXPIRED: _t("Samtykket er utløpt"),
            CONSENT_REFUSED: _t("Pasienten ønsker ikke IP")}.get(state, "")


def _period(record: object, start_name: str, end_name: str) -> str:
    """A period from two date fields of ``record``, each as typed where kept."""
    start, end = typed_date(record, start_name), typed_date(record, end_name)
    if start and end:
        return f"{start} – {end}"  # spaces: a narrow cell wraps at the dash
    if start:
        return _t("fra {date}").format(date=start)
    if end:
        return _t("til {date}").format(date=end)
    return ""


def _consent_block(state: str, lines: list[str], styles: Styles, paper: Paper) -> Flowable:
    if state in (CONSENT_WITHDRAWN, CONSENT_EXPIRED, CONSENT_REFUSED):
        return parts.notice(lines, styles, paper)
    return Paragraph(escape(" ".join(lines)), styles.label)


def _coordinators(version: PlanVersion, styles: Styles, paper: Paper) -> Table:
    plan = version.plan
    fields = ((_t("Navn"), "name"), (_t("Arbeidssted"), "workplace"), (_t("Adresse"), "address"),
              (_t("Tlf/mobil"), "phone"), (_t("E-post"), "email"))
    head = ["", _t("Koordinator i spesialisthelsetjenesten"),
            _t("Koordinator i kommunen")]
    data: list[list] = [[Paragraph(escape(h), styles.cell_head) for h in head]]
    for label, attr in fields:
        row: list = [Paragraph(escape(label), styles.cell_head)]
        for person in (plan.hospital_coordinator, plan.municipal_coordinator):
            value = getattr(person, attr)
            row.append(Paragraph(markup(value), styles.cell) if value.strip()
                       else Spacer(1, paper.write_line * 0.8))
        data.append(row)
    w = paper.width
    table = Table(data, colWidths=[w * 0.16, w * 0.42, w * 0.42], hAlign="LEFT")
    table.setStyle(TableStyle([CELL_FONT,
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BACKGROUND", (0, 1), (0, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def signature_lines(patient: Patient, version: PlanVersion,
                    consent: Consent) -> list[parts.SignatureLine]:
    """Patient (and guardian where there is one) and the responsible coordinator."""
    signed = version.signature
    patient_role = _t("Underskrift bruker/tjenestemottaker")
    guardian_role = _t("Underskrift verge/foresatte")
    coordinator_role = _t("Underskrift ansvarlig koordinator")
    if signed is not None:
        lines = [parts.SignatureLine(patient_role, signed.patient_name, signed.signed_date)]
        if signed.guardian_name.strip():
            lines.append(parts.SignatureLine(guardian_role, signed.guardian_name,
                                             signed.signed_date))
        lines.append(parts.SignatureLine(coordinator_role, signed.coordinator_name,
                                         signed.signed_date))
        return lines
    lines = [parts.SignatureLine(patient_role, patient.name)]
    if consent.guardian.strip():
        lines.append(parts.SignatureLine(guardian_role, consent.guardian))
    lines.append(parts.SignatureLine(coordinator_role,
                                     responsible_coordinator(version.plan).name))
    return lines


def _dates_cell(dates: list[tuple[str, str]], styles: Styles, blank: bool = False) -> Paragraph:
    """On A5 the three dates of a row share one column, each under its small label."""
    label = styles.cell_label
    parts_ = [f'<font name="{label.fontName}" size="{label.fontSize}" color="#555555">'
              f"{escape(name)}</font><br/>{escape(value) if value else ''}"
              for name, value in dates if value or blank]
    return Paragraph(("<br/><br/>" if blank else "<br/>").join(parts_), styles.cell)


def _comment(row: PlanRow) -> str:
    """The row's comment, then its latest evaluation in brief (a row without evaluations prints
    as before, so older signed versions reprint byte for byte)."""
    latest = latest_evaluation(row)
    if latest is None:
        return row.comment
    return "\n".join(x for x in (row.comment.strip(), brief(latest)) if x)


def decision_rows(version: PlanVersion) -> list[DecisionRow]:
    """The decisions as printed and exported: the stored rows, then the crisis plan as a row
    of its own (derived from ``plan.crisis``, never stored as a decision)."""
    plan = version.plan
    rows = list(plan.decisions)
    if plan.crisis is not None:
        crisis = plan.crisis
        rows.append(DecisionRow(decision=CRISIS_ROW_TITLE, responsible=crisis.made_with,
                                period_from=crisis.date, evaluation=crisis.review_date,
                                comment=_t("Se kriseplanen.")))
    return rows


def _rows_table(version: PlanVersion, styles: Styles, paper: Paper) -> Table:
    """Delmål og tiltak: the paper form's seven columns on A4; on A5 the dates share a column
    so the four text columns stay wide enough to read."""
    rows, w = version.plan.rows, paper.width
    blank = 0 if rows else (5 if paper.name == "A4" else 4)
    start, evaluation, ended = _t("Dato for oppstart"), _t("Dato for evaluering"), \
        _t("Avsluttet (dato)")
    if paper.name == "A4":
        headers = [_t("Delmål"), _t("Tiltak"), start, _t("Ansvarlig person og instans"),
                   evaluation, _t("Kommentar / evaluering"), ended]
        dates = [date_column(paper, h) for h in (start, evaluation, ended)]
        rest = w - sum(dates)
        widths = [rest * 0.25, rest * 0.29, dates[0], rest * 0.22, dates[1], rest * 0.24,
                  dates[2]]
        data: list[list] = [[r.goal, r.measures, typed_date(r, "start"), r.responsible,
                             typed_date(r, "evaluation"), _comment(r), typed_date(r, "ended")]
                            for r in rows]
        return parts.data_table(headers, data, widths, styles, paper, blank_rows=blank)
    names = (_t("Oppstart"), _t("Evaluering"), _t("Avsluttet"))
    headers = [_t("Delmål"), _t("Tiltak"), _t("Ansvarlig person og instans"), _t("Datoer"),
               _t("Kommentar / evaluering")]
    column = date_column(paper, *names)
    rest = w - column
    widths = [rest * 0.25, rest * 0.29, rest * 0.22, column, rest * 0.24]
    data = [[r.goal, r.measures, r.responsible,
             _dates_cell(list(zip(names, (typed_date(r, "start"), typed_date(r, "evaluation"),
                                          typed_date(r, "ended")),
                                  strict=True)), styles), _comment(r)] for r in rows]
    blank_row = ["", "", "", _dates_cell([(n, "") for n in names], styles, blank=True), ""]
    return parts.data_table(headers, data, widths, styles, paper, blank_rows=blank,
                            blank_row=blank_row)


def plan_flowables(patient: Patient, version: PlanVersion, consent: Consent, status: str,
                   status_lines: list[str], styles: Styles, paper: Paper,
                   participants: Sequence[Participant] = ()) -> list[Flowable]:
    plan, w = version.plan, paper.width
    municipality = plan.municipality or patient.municipality
    story: list[Flowable] = [
        parts.field_grid([[(_t("Utarbeidet av"), plan.prepared_by),
                           (_t("I samarbeid med kommune"), municipality)]],
                         [w * 0.6, w * 0.4], styles, paper),
        *parts.heading(_t("Planen tilhører"), styles),
        parts.field_grid([[(_t("Navn"), patient.name), (_t("Født"), date(patient.birth_date))],
                          [(_t("Adresse"), patient.address), (_t("Telefon"), patient.phone)]],
                         [w * 0.6, w * 0.4], styles, paper),
        Spacer(1, paper.body * 0.6),
        parts.field_grid([[(_t("Planen gjelder fra (dato)"), typed_date(plan, "valid_from")),
                           (_t("til"), typed_date(plan, "valid_to")
                            if typed_date(plan, "valid_to") or not typed_date(plan, "valid_from")
                            else _t("etter evaluering")),
                           (_t("Evalueres (dato)"), typed_date(plan, "evaluation_date"))]],
                         [w / 3] * 3, styles, paper),
        Spacer(1, paper.body * 0.5),
        _consent_block(status, status_lines, styles, paper),
        *parts.free_text(_t("Situasjonsbeskrivelse og informasjon om planens oppfølging"),
                         plan.situation, 6, styles, paper,
                         hint=_t("Kort om mål, ressurser og tjenestebehov")),
        *parts.heading(_t("Ansvarlig for samordning og fremdrift"), styles),
        _coordinators(version, styles, paper),
        *contacts.participants_flowables(participants, styles, paper),
        *parts.free_text(_t("Overordnet målsetting"), plan.overall_goal, 3, styles, paper),
        *parts.table_heading(_t("Delmål og tiltak"), styles, paper),
    ]
    story.append(parts.WithTail(_rows_table(version, styles, paper), parts.signatures(
        signature_lines(patient, version, consent), styles, paper, title=_t("Underskrifter"))))
    return story


def decisions_flowables(patient: Patient, version: PlanVersion, consent: Consent,
                        styles: Styles, paper: Paper, new_page: bool) -> list[Flowable]:
    w = paper.width
    headers = [_t("Vedtak, planer og avtaler"), _t("Ansvarlig person og instans"),
               _t("Gjelder for perioden"), _t("Dato for evaluering"), _t("Kommentar")]
    rows = [[d.decision, d.responsible, _period(d, "period_from", "period_to"),
             typed_date(d, "evaluation"), d.comment] for d in decision_rows(version)]
    evaluation = date_column(paper, headers[3])
    rest = w - evaluation
    widths = [rest * 0.31, rest * 0.25, rest * 0.17, evaluation, rest * 0.27]
    blank = 0 if rows else (6 if paper.name == "A4" else 5)
    story: list[Flowable] = [PageBreak()] if new_page else []
    story += parts.table_heading(
        _t("Eksisterende vedtak, planer og avtaler med ansvarspersoner"), styles, paper,
        hint=_t("Detaljerte delplaner og avtaler står her, så selve planen kan være kort."))
    story.append(parts.WithTail(
        parts.data_table(headers, rows, widths, styles, paper, blank_rows=blank),
        parts.signatures(signature_lines(patient, version, consent), styles, paper,
                         title=_t("Underskrifter"))))
    return story
