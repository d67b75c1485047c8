"""Plain records of the patient and the four IP forms, with their validation (no Qt, no SQL).

User-visible messages here are Bokmål source text; the views translate them with the
context ``records`` (see ``desktop.i18n``).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop.i18n import translatable, translate
from desktop.records_base import (  # noqa: F401  (the records' names, as before)
    CONSENT_EXPIRED,
    CONSENT_GIVEN,
    CONSENT_INCOMPLETE,
    CONSENT_NONE,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
    ID_DNR,
    ID_FNR,
    SHORT_YEAR_AHEAD,
    PatientSummary,
    ValidationError,
    check_digits,
    check_id_number,
    format_partial_date,
    parse_partial_date,
    partial_date_first_day,
    partial_date_last_day,
    period_error,
    read_partial_date,
)
from desktop.records_measures import CrisisPlan, Evaluation
from desktop.records_patient import Patient  # noqa: F401  (as before)

# ---------------------------------------------------------------- records

DEPARTMENTS = (
    "Barne- og ungdomspsykiatri",
    "Voksenpsykiatri",
    "Rusbehandling",
    "Barnehabilitering",
    "Somatikk/rehabilitering",
)

# Checklist item states
STATE_OPEN = ""
STATE_DONE = "done"
STATE_NOT_RELEVANT = "not_relevant"
ITEM_STATES = (STATE_OPEN, STATE_DONE, STATE_NOT_RELEVANT)

CHECKLIST_START = (
    translatable("checklist", "Vurdere behov for langvarige og koordinerte tjenester"),
    translatable("checklist", "Utpeke en koordinator i spesialisthelsetjenesten"),
    translatable("checklist", "Sjekke om vedkommende allerede har en plan"),
    translatable("checklist", "Informere om retten til og hensikten med IP"),
    translatable("checklist",
                 "Innhente informert samtykke (dokumenteres på samtykkeskjemaet)"),
    translatable("checklist", "Etablere kontakt med kommune / samarbeidspartnere (melde til "
                 "koordinerende enhet)"),
    translatable("checklist", "Bidra til at det oppnevnes en koordinator i kommunen"),
    translatable("checklist", "Samarbeidsmøte / nettverksmøte"),
    translatable("checklist", "Bidra med dokumentasjon av helsetilstand og funksjonsnivå"),
    translatable("checklist", "Koordinator i spesialisthelsetjenesten bidrar til utforming av "
                 "planen sammen med pasient og koordinator i kommunen"),
)
CHECKLIST_EXISTING = (
    translatable("checklist", "Innhente planen"),
    translatable("checklist", "Kontinuerlig dialog med koordinator i kommunen"),
    translatable("checklist", "Bidra med dokumentasjon av helsetilstand og funksjonsnivå – særlig "
                 "ved endringer"),
)
CONSENT_ITEM = 4  # index of "Innhente informert samtykke" in CHECKLIST_START
EXISTING_PLAN_ITEM = 2  # index of "Sjekke om vedkommende allerede har en plan"


@dataclass
class ChecklistItem:
    """One item of the sjekkliste: its state, when and by whom, and its deadline."""

    state: str = STATE_OPEN
    date: str = ""
    done_by: str = ""
    note: str = ""
    due: str = ""  # ISO partial date the item should be done by; empty: no deadline
    typed: dict[str, str] = field(default_factory=dict)  # dates as typed (records_dates)


@dataclass
class Checklist:
    """The sjekkliste of the IP work: the start items and, with a plan already, the others."""

    start: list[ChecklistItem] = field(
        default_factory=lambda: [ChecklistItem() for _ in CHECKLIST_START])
    existing: list[ChecklistItem] = field(
        default_factory=lambda: [ChecklistItem() for _ in CHECKLIST_EXISTING])
    has_existing_plan: bool = False  # item 3 answered yes: the second list applies
    user_involvement: str = ""
    next_of_kin_involved: bool = False
    next_of_kin: str = ""
    declined: bool = False  # the patient said no to an individual plan
    declined_date: str = ""
    declined_written_info: bool = False
    declined_unit_name: str = ""  # the municipality's coordinating unit
    declined_unit_phone: str = ""
    declined_note: str = ""
    typed: dict[str, str] = field(default_factory=dict)  # dates as typed (records_dates)


@dataclass
class Consent:
    """The patient's samtykke to the IP work and to sharing the plan."""

    given: bool = False  # the patient (or guardian) has signed the consent
    valid_from: str = ""
    valid_to: str = ""
    place: str = ""
    date: str = ""
    signed_by: str = ""
    guardian: str = ""
    companion: str = ""  # another person the patient wants with them in the work
    share_with_team: bool = False  # the plan may go to the ansvarsgruppe and contributors
    share_confidential: bool = False  # participants may get taushetsbelagte opplysninger
    reservations: str = ""  # persons the patient does not want involved
    info_given_by: str = ""
    info_given_date: str = ""
    withdrawn_date: str = ""
    withdrawn_recorded_by: str = ""
    typed: dict[str, str] = field(default_factory=dict)  # dates as typed (records_dates)


def consent_state(consent: Consent, declined: bool = False, today: dt.date | None = None) -> str:
    """The consent's state as the list and the plan show it."""
    if consent.withdrawn_date:
        return CONSENT_WITHDRAWN
    if consent.given:
        end = partial_date_last_day(consent.valid_to)
        if end and end < (today or dt.date.today()):
            return CONSENT_EXPIRED
        return CONSENT_GIVEN
    if declined:
        return CONSENT_REFUSED
    return CONSENT_NONE


def sync_consent_item(checklist: Checklist, consent: Consent,
                      recorded_by: str = "") -> Checklist:
    """Checklist item 5 ("Innhente informert samtykke") follows the recorded consent: done on
    the date the consent was signed, by ``recorded_by`` (who recorded the consent: the user
    logged in at the time, not whoever the consent says gave the information), open again
    when a consent is no longer given (a withdrawn consent leaves the item as it was). A rule
    of the domain, not of the window."""
    item = checklist.start[CONSENT_ITEM]
    if consent.given:
        wanted = dataclasses.replace(item, state=STATE_DONE, date=consent.date or item.date,
                                     done_by=item.done_by or recorded_by)
    elif item.state == STATE_DONE and not consent.withdrawn_date:
        wanted = dataclasses.replace(item, state=STATE_OPEN)
    else:
        wanted = item
    if wanted == item:
        return checklist
    result = copy.deepcopy(checklist)
    result.start[CONSENT_ITEM] = wanted
    return result


def consent_state_label(state: str) -> str:
    return {
        CONSENT_NONE: translate("records", "Ikke innhentet"),
        CONSENT_GIVEN: translate("records", "Samtykke gitt"),
        CONSENT_WITHDRAWN: translate("records", "Trukket tilbake"),
        CONSENT_EXPIRED: translate("records", "Utløpt"),
        CONSENT_REFUSED: translate("records", "Ønsker ikke IP"),
        CONSENT_INCOMPLETE: translate("records", "Ufullstendig"),
    }[state]


# How serious a state is, for the screens to colour (desktop/palette.py says how each looks).
TONE_OK = "ok"
TONE_NOTICE = "notice"  # something is missing, nothing is wrong yet
TONE_CAUTION = "caution"
TONE_ALERT = "alert"
TONE_NEUTRAL = "neutral"


def consent_tone(state: str) -> str:
    """The tone a consent state is shown in: given is ok, expired a caution, withdrawn and a
    refused plan alerts, no consent yet neutral."""
    return {
        CONSENT_GIVEN: TONE_OK,
        CONSENT_WITHDRAWN: TONE_ALERT,
        CONSENT_EXPIRED: TONE_CAUTION,
        CONSENT_REFUSED: TONE_ALERT,
        CONSENT_INCOMPLETE: TONE_NOTICE,
    }.get(state, TONE_NEUTRAL)


@dataclass
class Coordinator:
    """A koordinator (the hospital's or the municipality's) as the plan names them."""

    name: str = ""
    workplace: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class PlanRow:
    """One row of the plan: a delmål, its tiltak, who is responsible and when to evaluate."""

    goal: str = ""  # Delmål
    measures: str = ""  # Tiltak
    start: str = ""  # Dato for oppstart
    responsible: str = ""  # Ansvarlig person og instans
    evaluation: str = ""  # Dato for evaluering
    comment: str = ""  # Kommentar/evaluering
    ended: str = ""  # Avsluttet (dato)
    # IPPH's measure fields (all optional; documents without them load with these defaults)
    life_area: str = ""
    scope: str = ""  # omfang
    stage: str = ""  # one of records_measures.STAGES or empty
    stage_date: str = ""
    applied_to: str = ""  # søkt hos (instans)
    follow_up: str = ""  # who follows it up
    evaluations: list[Evaluation] = field(default_factory=list)  # oldest first
    typed: dict[str, str] = field(default_factory=dict)  # dates as typed (records_dates)


@dataclass
class DecisionRow:
    """One row of the plan's vedtak, planer og avtaler."""

    decision: str = ""  # Vedtak, planer og avtaler
    responsible: str = ""  # Ansvarlig person og instans
    period_from: str = ""  # Gjelder for perioden
    period_to: str = ""
    evaluation: str = ""  # Dato for evaluering
    comment: str = ""
    typed: dict[str, str] = field(default_factory=dict)  # dates as typed (records_dates)


@dataclass
class Plan:
    """The individuell plan's content: its period, the coordinators, goals and rows."""

    prepared_by: str = ""  # Utarbeidet av
    municipality: str = ""  # i samarbeid med … kommune
    valid_from: str = ""
    valid_to: str = ""  # empty: "til etter evaluering"
    evaluation_date: str = ""
    situation: str = ""
    hospital_coordinator: Coordinator = field(default_factory=Coordinator)
    municipal_coordinator: Coordinator = field(default_factory=Coordinator)
    overall_goal: str = ""
    rows: list[PlanRow] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)
    crisis: CrisisPlan | None = None  # the kriseplan, printed as a row of the decisions
    revision_note: str = ""  # why this plan period was revised (store/measures.revise_plan)
    responsible: str = ""  # who signs as ansvarlig koordinator: RESPONSIBLE_* ("" = default)
    typed: dict[str, str] = field(default_factory=dict)  # dates as typed (records_dates)


RESPONSIBLE_DEFAULT = ""  # the municipality's coordinator when filled in, else the hospital's
RESPONSIBLE_HOSPITAL = "hospital"
RESPONSIBLE_MUNICIPAL = "municipal"


def responsible_coordinator(plan: Plan) -> Coordinator:
    """Who signs as "ansvarlig koordinator": the one chosen in the plan, by default the
    municipality's coordinator when filled in (the municipality usually owns the plan), else
    the hospital's."""
    if plan.responsible == RESPONSIBLE_HOSPITAL:
        return plan.hospital_coordinator
    if plan.responsible == RESPONSIBLE_MUNICIPAL or plan.municipal_coordinator.name.strip():
        return plan.municipal_coordinator
    return plan.hospital_coordinator


@dataclass
class Signature:
    """Recorded after the patient and the coordinator signed the printed plan."""
    patient_name: str = ""
    guardian_name: str = ""
    coordinator_name: str = ""
    signed_date: str = ""
    recorded_by: str = ""
    recorded_at: str = ""


PLAN_DRAFT = "draft"
PLAN_SIGNED = "signed"


@dataclass
class PlanVersion:
    """One numbered version of the plan; signed versions are frozen."""

    number: int = 1
    plan: Plan = field(default_factory=Plan)
    signature: Signature | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def frozen(self) -> bool:
        return self.signature is not None

    @property
    def status(self) -> str:
        return PLAN_SIGNED if self.frozen else PLAN_DRAFT


# ---------------------------------------------------------------- dict conversion

T = TypeVar("T")


def to_dict(record: Any) -> dict[str, Any]:
    return dataclasses.asdict(record)


def from_dict(cls: type[T], data: Any) -> T:
    """Build a record from a dict, leniently: unknown keys are ignored, missing ones default."""
    if not isinstance(data, dict):
        return cls()
    record_type: type = cls  # a class is hashable (the cache's key); mypy's T is not
    return cls(**{name: convert(data[name]) for name, convert in _field_converters(record_type)
                  if name in data})


@functools.cache
def _field_converters(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Each field's name and its value's conversion, worked out once per record class (an
    opening reads a patient's documents: the type hints are not walked again for each)."""
    hints = _hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def prepare_reading(*classes: type) -> None:
    """Work out now how these records, and the records inside them, are read (the first
    reading of a class evaluates its type hints, 1-3 ms each): the window does it in its idle
    time, so that the first patient opened does not."""
    todo, seen = list(classes), set()
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        _field_converters(cls)
        hints = list(_hints(cls).values())
        while hints:
            hint = hints.pop()
            hints += typing.get_args(hint)
            if isinstance(hint, type) and dataclasses.is_dataclass(hint):
                todo.append(hint)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _same(value: Any) -> Any:
    return value


def _texts(value: Any) -> dict[str, str]:
    return ({str(k): str(v) for k, v in value.items() if isinstance(v, str)}
            if isinstance(value, dict) else {})


@functools.cache
def _converter(hint: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _converter([a for a in typing.get_args(hint) if a is not type(None)][0])
        return lambda value: None if value is None else inner(value)
    if origin is list:
        (item,) = typing.get_args(hint)
        each = _converter(item)
        return lambda value: [each(v) for v in value] if isinstance(value, list) else []
    if origin is dict:
        return _texts
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        record: type = hint
        return lambda value: from_dict(record, value)
    if hint is bool:
        return bool
    if hint is int:
        return int
    if hint is str:
        return _text
    return _same
