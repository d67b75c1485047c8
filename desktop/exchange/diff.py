"""What differs between the patient in the database and what an import brings, as rows a user
can read (area, field, in the database, in the file)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.exchange.fhir import PlanDocument
from desktop.i18n import translate
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


def _t(text: str) -> str:
    return translate("exchange", text)


def _date(value: str) -> str:
    return format_partial_date(value)


def _yes(value: bool) -> str:
    return _t("Ja") if value else _t("Nei")


PATIENT_FIELDS = (("name", "Navn", str), ("birth_date", "Født", _date),
                  ("id_number", "Fødselsnummer", str), ("address", "Adresse", str),
                  ("phone", "Telefon", str), ("municipality", "Kommune", str))
PLAN_FIELDS = (("prepared_by", "Utarbeidet av", str),
               ("municipality", "I samarbeid med kommune", str),
               ("valid_from", "Planen gjelder fra", _date),
               ("valid_to", "Planen gjelder til", _date),
               ("evaluation_date", "Evalueres", _date),
               ("situation", "Situasjonsbeskrivelse", str),
               ("overall_goal", "Overordnet målsetting", str))
COORDINATOR_FIELDS = (("name", "navn"), ("workplace", "arbeidssted"), ("address", "adresse"),
                      ("phone", "telefon"), ("email", "e-post"))
ROW_FIELDS = (("goal", "Delmål", str), ("measures", "Tiltak", str),
              ("start", "Dato for oppstart", _date), ("responsible", "Ansvarlig", str),
              ("evaluation", "Dato for evaluering", _date), ("comment", "Kommentar", str),
              ("ended", "Avsluttet", _date))
DECISION_FIELDS = (("decision", "Vedtak, planer og avtaler", str),
                   ("responsible", "Ansvarlig", str),
                   ("period_from", "Gjelder fra", _date), ("period_to", "Gjelder til", _date),
                   ("evaluation", "Dato for evaluering", _date), ("comment", "Kommentar", str))
CONSENT_FIELDS = (("valid_from", "Gjelder f.o.m.", _date), ("valid_to", "Gjelder t.o.m.", _date),
                  ("date", "Dato", _date), ("signed_by", "Underskrift", str),
                  ("guardian", "Verge/foresatte", str),
                  ("share_with_team", "Kan gis til ansvarsgruppen", _yes),
                  ("share_confidential", "Taushetsbelagte opplysninger", _yes),
                  ("reservations", "Skal ikke involveres", str),
                  ("withdrawn_date", "Trukket tilbake", _date))


def _compare(out: list[Difference], area: str, old: object, new: object, fields: tuple,
             prefix: str = "") -> None:
    for name, label, show in fields:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append(Difference(area, prefix + _t(label), show(a), show(b)))


def _coordinator(out: list[Difference], area: str, label: str, old: Coordinator,
                 new: Coordinator) -> None:
    for name, part in COORDINATOR_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append(Difference(area, f"{_t(label)}, {_t(part)}", a, b))


def _rows(out: list[Difference], area: str, what: str, old: list, new: list,
          fields: tuple) -> None:
    if len(old) != len(new):
        out.append(Difference(area, _t("Antall {what}").format(what=_t(what)), str(len(old)),
                              str(len(new))))
    empty = type(new[0])() if new else (type(old[0])() if old else None)
    for i in range(max(len(old), len(new))):
        a = old[i] if i < len(old) else empty
        b = new[i] if i < len(new) else empty
        _compare(out, area, a, b, fields, prefix=_t("Rad {n}: ").format(n=i + 1))


def _plan(out: list[Difference], old: Plan, new: Plan) -> None:
    area = _t("Plan")
    _compare(out, area, old, new, PLAN_FIELDS)
    _coordinator(out, area, "Koordinator i spesialisthelsetjenesten", old.hospital_coordinator,
                 new.hospital_coordinator)
    _coordinator(out, area, "Koordinator i kommunen", old.municipal_coordinator,
                 new.municipal_coordinator)
    _rows(out, area, "rader", old.rows, new.rows, ROW_FIELDS)
    _rows(out, _t("Vedtak"), "vedtak", old.decisions, new.decisions, DECISION_FIELDS)


def _done(items: list) -> int:
    return sum(1 for item in items if item.state in (STATE_DONE, STATE_NOT_RELEVANT))


def differences(existing: PlanDocument, incoming: PlanDocument) -> list[Difference]:
    """Every difference a user should see before choosing what to import."""
    out: list[Difference] = []
    _compare(out, _t("Pasient"), existing.patient, incoming.patient, PATIENT_FIELDS)
    old_plan = existing.current.plan if existing.current else Plan()
    new_plan = incoming.current.plan if incoming.current else Plan()
    old_signed = bool(existing.current and existing.current.frozen)
    new_signed = bool(incoming.current and incoming.current.frozen)
    if old_signed != new_signed:
        out.append(Difference(_t("Plan"), _t("Signert"), _yes(old_signed), _yes(new_signed)))
    _plan(out, old_plan, new_plan)
    c_old: Consent = existing.consent
    c_new: Consent = incoming.consent
    state_old = consent_state(c_old, existing.checklist.declined)
    state_new = consent_state(c_new, incoming.checklist.declined)
    if state_old != state_new:
        out.append(Difference(_t("Samtykke"), _t("Status"), consent_state_label(state_old),
                              consent_state_label(state_new)))
    _compare(out, _t("Samtykke"), c_old, c_new, CONSENT_FIELDS)
    total = len(CHECKLIST_START) + len(CHECKLIST_EXISTING)
    done_old = _done(existing.checklist.start) + _done(existing.checklist.existing)
    done_new = _done(incoming.checklist.start) + _done(incoming.checklist.existing)
    if done_old != done_new:
        out.append(Difference(_t("Sjekkliste"), _t("Punkter avklart (av {n})").format(n=total),
                              str(done_old), str(done_new)))
    return out
