"""What differs between the patient in the database and what an import brings, as rows a user
can read (area, field, in the database, in the file)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.exchange.fhir import PlanDocument
from desktop.i18n import translatable, translate
from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    STATE_DONE,
    STATE_NOT_RELEVANT,
    Consent,
    Coordinator,
    Plan,
    consent_state,
    consent_state_label,
    format_partial_date,
)


@dataclass
class Difference:
    area: str
    field: str
    existing: str
    incoming: str


def _date(value: str) -> str:
    return format_partial_date(value)


def _yes(value: bool) -> str:
    return translate("exchange", "Ja") if value else translate("exchange", "Nei")


PATIENT_FIELDS = (
    ("name", translatable("exchange", "Navn"), str),
    ("birth_date", translatable("exchange", "Født"), _date),
    ("id_number", translatable("exchange", "Fødselsnummer"), str),
    ("address", translatable("exchange", "Adresse"), str),
    ("phone", translatable("exchange", "Telefon"), str),
    ("municipality", translatable("exchange", "Kommune"), str),
)
PLAN_FIELDS = (
    ("prepared_by", translatable("exchange", "Utarbeidet av"), str),
    ("municipality", translatable("exchange", "I samarbeid med kommune"), str),
    ("valid_from", translatable("exchange", "Planen gjelder fra"), _date),
    ("valid_to", translatable("exchange", "Planen gjelder til"), _date),
    ("evaluation_date", translatable("exchange", "Evalueres"), _date),
    ("situation", translatable("exchange", "Situasjonsbeskrivelse"), str),
    ("overall_goal", translatable("exchange", "Overordnet målsetting"), str),
)
COORDINATOR_FIELDS = (
    ("name", translatable("exchange", "navn")),
    ("workplace", translatable("exchange", "arbeidssted")),
    ("address", translatable("exchange", "adresse")),
    ("phone", translatable("exchange", "telefon")),
    ("email", translatable("exchange", "e-post")),
)
ROW_FIELDS = (
    ("goal", translatable("exchange", "Delmål"), str),
    ("measures", translatable("exchange", "Tiltak"), str),
    ("start", translatable("exchange", "Dato for oppstart"), _date),
    ("responsible", translatable("exchange", "Ansvarlig"), str),
    ("evaluation", translatable("exchange", "Dato for evaluering"), _date),
    ("comment", translatable("exchange", "Kommentar"), str),
    ("ended", translatable("exchange", "Avsluttet"), _date),
)
DECISION_FIELDS = (
    ("decision", translatable("exchange", "Vedtak, planer og avtaler"), str),
    ("responsible", translatable("exchange", "Ansvarlig"), str),
    ("period_from", translatable("exchange", "Gjelder fra"), _date),
    ("period_to", translatable("exchange", "Gjelder til"), _date),
    ("evaluation", translatable("exchange", "Dato for evaluering"), _date),
    ("comment", translatable("exchange", "Kommentar"), str),
)
CONSENT_FIELDS = (
    ("valid_from", translatable("exchange", "Gjelder f.o.m."), _date),
    ("valid_to", translatable("exchange", "Gjelder t.o.m."), _date),
    ("date", translatable("exchange", "Dato"), _date),
    ("signed_by", translatable("exchange", "Underskrift"), str),
    ("guardian", translatable("exchange", "Verge/foresatte"), str),
    ("share_with_team", translatable("exchange", "Kan gis til ansvarsgruppen"), _yes),
    ("share_confidential", translatable("exchange", "Taushetsbelagte opplysninger"), _yes),
    ("reservations", translatable("exchange", "Skal ikke involveres"), str),
    ("withdrawn_date", translatable("exchange", "Trukket tilbake"), _date),
)


def _compare(
    out: list[Difference], area: str, old: object, new: object, fields: tuple, prefix: str = ""
) -> None:
    for name, label, show in fields:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append(Difference(area, prefix + translate("exchange", label), show(a), show(b)))


def _coordinator(
    out: list[Difference], area: str, label: str, old: Coordinator, new: Coordinator
) -> None:
    for name, part in COORDINATOR_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append(
                Difference(
                    area, f"{translate('exchange', label)}, {translate('exchange', part)}", a, b
                )
            )


def _rows(out: list[Difference], area: str, what: str, old: list, new: list, fields: tuple) -> None:
    if len(old) != len(new):
        out.append(
            Difference(
                area,
                translate("exchange", "Antall {what}").format(what=translate("exchange", what)),
                str(len(old)),
                str(len(new)),
            )
        )
    empty = type(new[0])() if new else (type(old[0])() if old else None)
    for i in range(max(len(old), len(new))):
        a = old[i] if i < len(old) else empty
        b = new[i] if i < len(new) else empty
        _compare(out, area, a, b, fields, prefix=translate("exchange", "Rad {n}: ").format(n=i + 1))


def _plan(out: list[Difference], old: Plan, new: Plan) -> None:
    area = translate("exchange", "Plan")
    _compare(out, area, old, new, PLAN_FIELDS)
    _coordinator(
        out,
        area,
        translatable("exchange", "Koordinator i spesialisthelsetjenesten"),
        old.hospital_coordinator,
        new.hospital_coordinator,
    )
    _coordinator(
        out,
        area,
        translatable("exchange", "Koordinator i kommunen"),
        old.municipal_coordinator,
        new.municipal_coordinator,
    )
    _rows(out, area, translatable("exchange", "rader"), old.rows, new.rows, ROW_FIELDS)
    _rows(
        out,
        translate("exchange", "Vedtak"),
        translatable("exchange", "vedtak"),
        old.decisions,
        new.decisions,
        DECISION_FIELDS,
    )


def _done(items: list) -> int:
    return sum(1 for item in items if item.state in (STATE_DONE, STATE_NOT_RELEVANT))


def differences(existing: PlanDocument, incoming: PlanDocument) -> list[Difference]:
    """Every difference a user should see before choosing what to import."""
    out: list[Difference] = []
    _compare(
        out, translate("exchange", "Pasient"), existing.patient, incoming.patient, PATIENT_FIELDS
    )
    old_plan = existing.current.plan if existing.current else Plan()
    new_plan = incoming.current.plan if incoming.current else Plan()
    old_signed = bool(existing.current and existing.current.frozen)
    new_signed = bool(incoming.current and incoming.current.frozen)
    if old_signed != new_signed:
        out.append(
            Difference(
                translate("exchange", "Plan"),
                translate("exchange", "Signert"),
                _yes(old_signed),
                _yes(new_signed),
            )
        )
    _plan(out, old_plan, new_plan)
    c_old: Consent = existing.consent
    c_new: Consent = incoming.consent
    state_old = consent_state(c_old, existing.checklist.declined)
    state_new = consent_state(c_new, incoming.checklist.declined)
    if state_old != state_new:
        out.append(
            Difference(
                translate("exchange", "Samtykke"),
                translate("exchange", "Status"),
                consent_state_label(state_old),
                consent_state_label(state_new),
            )
        )
    _compare(out, translate("exchange", "Samtykke"), c_old, c_new, CONSENT_FIELDS)
    total = len(CHECKLIST_START) + len(CHECKLIST_EXISTING)
    done_old = _done(existing.checklist.start) + _done(existing.checklist.existing)
    done_new = _done(incoming.checklist.start) + _done(incoming.checklist.existing)
    if done_old != done_new:
        out.append(
            Difference(
                translate("exchange", "Sjekkliste"),
                translate("exchange", "Punkter avklart (av {n})").format(n=total),
                str(done_old),
                str(done_new),
            )
        )
    return out
