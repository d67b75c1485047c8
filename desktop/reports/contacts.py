"""The people around the patient on paper: the plan's section "Deltakere i planarbeidet og hva
de bidrar med", its closing "Kopi til: …", and the patient's one-page contact list."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from desktop.i18n import translate
from desktop.records_people import KIND_PATIENT, Participant, participant_kind_label
from desktop.reports import parts
from desktop.reports.common import Paper, Paragraph, Styles
from desktop.reports.parts import escape


def _t(text: str) -> str:
    return translate("reports", text)


def _who(person: Participant) -> str:
    role = ", ".join(x for x in (person.role, person.organisation) if x)
    return f"{person.name}\n{role}" if role else person.name


def _kind(person: Participant) -> str:
    label = participant_kind_label(person.kind)
    return label + ("\n" + _t("Ansvarsgruppen") if person.in_group else "")


def participants_flowables(people: Sequence[Participant], styles: Styles,
                           paper: Paper) -> list[Flowable]:
    """The plan's section (nothing when there are no participants besides the patient)."""
    people = [p for p in people if p.kind != KIND_PATIENT]
    if not people:
        return []
    w = paper.width
    headers = [_t("Navn, rolle og arbeidssted"), _t("Deltar som"), _t("Telefon og e-post"),
               _t("Bidrar med")]
    rows = [[_who(p), _kind(p), "\n".join(x for x in (p.phone, p.email) if x), p.contributes]
            for p in people]
    return [*parts.table_heading(_t("Deltakere i planarbeidet og hva de bidrar med"), styles,
                                 paper),
            parts.data_table(headers, rows, [w * 0.28, w * 0.2, w * 0.22, w * 0.3], styles,
                             paper)]


def copies_flowables(recipients: Sequence[str], styles: Styles) -> list[Flowable]:
    """ "Kopi til: …" under the plan, only when the kopiliste has entries for this version."""
    if not recipients:
        return []
    return [Paragraph(escape(_t("Kopi til: {names}").format(names=", ".join(recipients))),
                      styles.body)]


def contacts_flowables(people: Sequence[Participant], styles: Styles,
                       paper: Paper) -> list[Flowable]:
    """The patient's contact list: who, role, phone and when to call, on one page."""
    people = [p for p in people if p.kind != KIND_PATIENT]
    w = paper.width
    headers = [_t("Hvem"), _t("Rolle"), _t("Telefon"), _t("Når kan du ringe")]
    rows = [[_who(p), participant_kind_label(p.kind), p.phone, p.when_to_call] for p in people]
    blank = max(0, (8 if paper.name == "A4" else 5) - len(rows)) if len(rows) < 3 else 0
    return [*parts.heading(_t("Hvem kan du kontakte?"), styles,
                           hint=_t("Ta med listen, og ring den som passer når du lurer på "
                                   "noe om planen eller tjenestene dine.")),
            parts.data_table(headers, rows, [w * 0.34, w * 0.22, w * 0.18, w * 0.26], styles,
                             paper, blank_rows=blank)]
