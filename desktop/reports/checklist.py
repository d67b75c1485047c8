"""The checklist (Sjekkliste for god praksis): each item's state, date, who and note, then user
involvement, next of kin, and the patient's no to a plan when that was recorded."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from desktop.i18n import translate
from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    CONSENT_ITEM,
    STATE_DONE,
    STATE_NOT_RELEVANT,
    Checklist,
    ChecklistItem,
    Consent,
)
from desktop.reports import parts
from desktop.reports.common import Paper, Paragraph, Styles, date_column
from desktop.reports.parts import escape, typed_date


def _t(text: str) -> str:
    return translate("reports", text)


def state_label(item: ChecklistItem) -> str:
    if item.state == STATE_DONE:
        return _t("Utført")
    if item.state == STATE_NOT_RELEVANT:
        return _t("Ikke aktuelt")
    return ""


def _rows(labels: tuple[str, ...], items: list[ChecklistItem],
          consent: Consent | None = None) -> list[list[str]]:
    rows = []
    for i, (label, item) in enumerate(zip(labels, items, strict=False)):
        state, when, who = state_label(item), typed_date(item, "date"), item.done_by
        if consent is not None and i == CONSENT_ITEM and not state and consent.given:
            # a recorded consent satisfies the item even when nobody ticked it
            state, when = _t("Utført (samtykke registrert)"), typed_date(consent, "date")
            who = who or consent.info_given_by
        rows.append([f"{i + 1}.", translate("records", label), state, when, who, item.note])
    return rows


def checklist_flowables(checklist: Checklist, consent: Consent, styles: Styles,
                        paper: Paper) -> list[Flowable]:
    w = paper.width
    headers = ["", _t("Oppgave"), _t("Status"), _t("Dato"), _t("Utført av"), _t("Merknad")]
    number, when = w * 0.05, date_column(paper, _t("Dato"))
    rest = w - number - when
    widths = [number, rest * 0.45, rest * 0.14, when, rest * 0.18, rest * 0.23]
    story: list[Flowable] = []
    if checklist.declined:
        lines = [_t("Pasienten ønsker ikke individuell plan"),
                 _t("Registrert {date}.").format(
                     date=typed_date(checklist, "declined_date") or "–"),
                 _t("{box} Skriftlig informasjon er gitt").format(
                     box=parts.checkbox(checklist.declined_written_info))]
        unit = ", ".join(v for v in (checklist.declined_unit_name,
                                     checklist.declined_unit_phone) if v.strip())
        if unit:
            lines.append(_t("Koordinerende enhet i kommunen: {unit}").format(unit=unit))
        if checklist.declined_note.strip():
            lines.append(checklist.declined_note.strip())
        story += [parts.notice(lines, styles, paper), Spacer(1, paper.body * 0.5)]
    story += parts.heading(_t("Igangsette planprosess"), styles)
    story.append(parts.data_table(headers, _rows(CHECKLIST_START, checklist.start, consent),
                                  widths, styles, paper))
    existing_hint = (_t("Gjelder: pasienten har allerede en plan.") if checklist.has_existing_plan
                     else _t("Brukes når pasienten allerede har en plan."))
    story += parts.heading(_t("Når pasienten allerede har en plan"), styles, hint=existing_hint)
    story.append(parts.data_table(headers, _rows(CHECKLIST_EXISTING, checklist.existing),
                                  widths, styles, paper))
    story += parts.free_text(_t("Brukermedvirkning"), checklist.user_involvement, 3, styles,
                             paper, hint=_t("Hvordan pasienten er med gjennom hele prosessen"))
    kin = _t("{box} Pårørende er trukket inn i arbeidet, slik pasienten ønsker").format(
        box=parts.checkbox(checklist.next_of_kin_involved))
    story += parts.heading(_t("Pårørende"), styles)
    story.append(Paragraph(escape(kin), styles.body))
    story += [parts.field_grid([[(_t("Hvem"), checklist.next_of_kin)]], [w], styles, paper)]
    return story
