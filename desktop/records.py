"""Plain records of the patient and the four IP forms, with their validation (no Qt, no SQL).

User-visible messages here are Bokmål source text; the views translate them with the
context ``records`` (see ``desktop.i18n``).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop.i18n import translatable, translate
from desktop.records_measures import CrisisPlan, Evaluation


class ValidationError(ValueError):
    """Bad input; the message is one Bokmål sentence meant for the user."""


# ---------------------------------------------------------------- partial dates

# ASCII digits only: \d alone also matches fullwidth and Arabic-Indic digits, which int() reads
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$", re.ASCII)
_NORWEGIAN = re.compile(r"^(?:(?:(\d{1,2})[./-])?(\d{1,2})[./-])?(\d{4})$", re.ASCII)


# Month names as Norwegian staff write them, Bokmål and Nynorsk alike (the names are the same;
# "mars"/"mar", "sept"/"sep" and a full stop after an abbreviation are all read).
_MONTHS = {name: number for number, names in enumerate((
    ("januar", "jan"), ("februar", "feb"), ("mars", "mar"), ("april", "apr"), ("mai",),
    ("juni", "jun"), ("juli", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("oktober", "okt"), ("november", "nov"), ("desember", "des")), start=1) for name in names}
# "15. juli 2012", "jul. 2012", and a span of months as the paper form has it: "Juli/august
# 2012", "juli–aug. 2012" (read as from the first month; the caller keeps the text)
_NAMED = re.compile(r"^(?:(\d{1,2})\.?\s*)?([a-z]+)\.?(?:\s*[/–-]\s*([a-z]+)\.?)?\s*(\d{4})$",
                    re.ASCII | re.IGNORECASE)
_SHORT_YEAR = re.compile(r"^(\d{2})\.(\d{2})\.(\d{2})$", re.ASCII)  # 20.11.26, as printed
SHORT_YEAR_AHEAD = 10  # a two-digit year is 20yy when that is at most this many years ahead


def _short_year(text: str, yy: str, today: dt.date | None) -> str:
    """The rule for a two-digit year (only as dd.mm.yy, all two digits: "20.11.26"; "1.1.12"
    stays refused, it looks too much like a slip): it is read as 20yy
    when that year is at most SHORT_YEAR_AHEAD years after today's; anything else (a birth
    year such as "51") could be two centuries and must be written with four digits."""
    year = 2000 + int(yy)
    if year > (today or dt.date.today()).year + SHORT_YEAR_AHEAD:
        raise ValidationError(translate(
            "records", "«{text}»: skriv året med fire sifre, for eksempel 15.07.1951."
        ).format(text=text))
    return str(year)


def parse_partial_date(text: str, today: dt.date | None = None) -> str:
    """Read a date of day, month or year precision and return it as ISO ("2012", "2012-07",
    "2012-07-15"); an empty text gives "". Accepts 15.07.2012, 15.7.2012, 07.2012, 2012, ISO,
    month names ("juli 2012", "jul. 2012", "15. juli 2012", "Juli/august 2012" as from July)
    and a two-digit year after day and month ("20.11.26", see _short_year). Anything else
    raises ValidationError; the caller keeps the text the user typed."""
    return read_partial_date(text, today)[0]


def _is_span(named: re.Match[str] | None) -> bool:
    """ "Juli/august 2012": two month names, the day (if any) belongs to neither."""
    return bool(named and named.group(3) and not named.group(1)
                and named.group(2).lower() in _MONTHS and named.group(3).lower() in _MONTHS)


def read_partial_date(text: str, today: dt.date | None = None) -> tuple[str, bool]:
    """As parse_partial_date, and whether the ISO date says less than the text (a span of
    months such as "Juli/august 2012" is read as its first month): then the text is kept."""
    text = (text or "").strip()
    if not text:
        return "", False
    match = _ISO.match(text)
    named = _NAMED.match(text)
    short = _SHORT_YEAR.match(text)
    span = _is_span(named)
    if match:
        year, month, day = match.groups()
    elif named and (span or not named.group(3)) and named.group(2).lower() in _MONTHS:
        day, name, _last, year = named.groups()
        month = str(_MONTHS[name.lower()])
    elif short:
        day, month, yy = short.groups()
        year = _short_year(text, yy, today)
    else:
        match = _NORWEGIAN.match(text)
        if not match:
            raise ValidationError(
                translate("records", "«{text}» er ikke en dato. Skriv for eksempel 15.07.2012, "
                                     "07.2012 eller 2012.").format(text=text))
        day, month, year = match.groups()
    y = int(year)
    if not 1850 <= y <= 2200:
        raise ValidationError(translate("records", "Året {year} er ikke mulig.").format(year=year))
    if month is None:
        return f"{y:04d}", False
    m = int(month)
    if not 1 <= m <= 12:
        raise ValidationError(
            translate("records", "Måned {month} finnes ikke.").format(month=month))
    if day is None:
        return f"{y:04d}-{m:02d}", span
    try:
        return dt.date(y, m, int(day)).isoformat(), False
    except ValueError:
        raise ValidationError(
            translate("records", "Datoen {text} finnes ikke.").format(text=text)) from None


def partial_date_first_day(iso: str) -> dt.date | None:
    """The first day a partial date covers (2012-07 -> 2012-07-01); None when empty."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return dt.date(*parts[:3])


def period_error(start: str, end: str) -> str:
    """One sentence when a period (ISO partial dates) ends before it starts, else "". Partial
    dates overlap generously: 07.2012 – 15.07.2012 is a possible period."""
    first, last = partial_date_first_day(start), partial_date_last_day(end)
    if first is None or last is None or last >= first:
        return ""
    return translate("records", "Perioden slutter ({end}) før den begynner ({start}).").format(
        end=format_partial_date(end), start=format_partial_date(start))


def format_partial_date(iso: str) -> str:
    """Show an ISO partial date the Norwegian way: 15.07.2012, 07.2012 or 2012."""
    if not iso:
        return ""
    parts = iso.split("-")
    return ".".join(reversed(parts))


def partial_date_last_day(iso: str) -> dt.date | None:
    """The last day a partial date covers (2012-07 -> 2012-07-31); None when empty."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        year, month = parts
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


# ---------------------------------------------------------------- identity numbers

_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

ID_FNR = "fnr"
ID_DNR = "dnr"


def _check_digit(digits: list[int], weights: tuple[int, ...]) -> int:
    rest = 11 - sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    return 0 if rest == 11 else rest


def check_digits(first_nine: str) -> str | None:
    """The two mod-11 check digits for the first nine digits of an identity number, or None
    when that individual number has none (a check digit would be 10)."""
    digits = [int(c) for c in first_nine]
    k1 = _check_digit(digits, _W1)
    k2 = _check_digit([*digits, k1], _W2)
    return None if 10 in (k1, k2) else f"{k1}{k2}"


def check_id_number(text: str) -> tuple[str, str]:
    """Check a fødselsnummer or D-nummer (synthetic test numbers, month + 80, included).
    Returns (kind, birth date ISO); raises ValidationError with a clear message."""
    number = re.sub(r"\s", "", text or "")
    if not re.fullmatch(r"[0-9]{11}", number):  # not \d: "１２…" or "١٢…" would pass
        raise ValidationError(translate("records", "Fødselsnummeret må ha 11 siffer."))
    if check_digits(number[:9]) != number[9:]:
        raise ValidationError(translate(
            "records", "Kontrollsifrene stemmer ikke. Sjekk fødselsnummeret en gang til."))
    day, month, yy = int(number[0:2]), int(number[2:4]), int(number[4:6])
    individual = int(number[6:9])
    kind = ID_FNR
    if day > 40:
        kind, day = ID_DNR, day - 40
    if month > 80:  # synthetic numbers of the Norwegian test registry
        month -= 80
    elif month > 40:  # H-nummer
        month -= 40
    if individual < 500:
        year = 1900 + yy
    elif individual < 750 and yy >= 54:
        year = 1800 + yy
    elif yy < 40:
        year = 2000 + yy
    elif individual >= 900:
        year = 1900 + yy
    else:
        raise ValidationError(translate("records", "Fødselsnummeret gir ikke et gyldig fødselsår."))
    try:
        born = dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            translate("records", "Fødselsnummeret inneholder ikke en gyldig dato.")) from None
    return kind, born.isoformat()


# ---------------------------------------------------------------- records

@dataclass
class Patient:
    id: int | None = None
    name: str = ""
    birth_date: str = ""  # ISO partial date
    id_number: str = ""  # fødselsnummer or D-nummer, digits only
    address: str = ""
    phone: str = ""
    department: str = ""
    municipality: str = ""  # the patient's home municipality

    def validated(self) -> Patient:
        """A cleaned copy, or ValidationError. Birth date follows the id number when absent."""
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError(translate("records", "Skriv pasientens navn."))
        number = re.sub(r"\s", "", self.id_number)
        birth = parse_partial_date(self.birth_date)
        if number:
            _kind, born = check_id_number(number)
            if birth and not born.startswith(birth):
                raise ValidationError(translate(
                    "records", "Fødselsdatoen stemmer ikke med fødselsnummeret."))
            birth = born
        return dataclasses.replace(self, name=name, id_number=number, birth_date=birth,
                                   address=self.address.strip(), phone=self.phone.strip(),
                                   department=self.department.strip(),
                                   municipality=self.municipality.strip())


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
    state: str = STATE_OPEN
    date: str = ""
    done_by: str = ""
    note: str = ""
    due: str = ""  # ISO partial date the item should be done by; empty: no deadline
    typed: dict[str, str] = field(default_factory=dict)  # dates as typed (records_dates)


@dataclass
class Checklist:
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


CONSENT_NONE = ""
CONSENT_GIVEN = "given"
CONSENT_WITHDRAWN = "withdrawn"
CONSENT_EXPIRED = "expired"
CONSENT_REFUSED = "refused"
CONSENT_INCOMPLETE = "incomplete"  # ticked without a date (records_process.version_state)


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
    name: str = ""
    workplace: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class PlanRow:
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
    decision: str = ""  # Vedtak, planer og avtaler
    responsible: str = ""  # Ansvarlig person og instans
    period_from: str = ""  # Gjelder for perioden
    period_to: str = ""
    evaluation: str = ""  # Dato for evaluering
    comment: str = ""
    typed: dict[str, str] = field(default_factory=dict)  # dates as typed (records_dates)


@dataclass
class Plan:
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


@dataclass
class PatientSummary:
    """One line of the patient list."""
    id: int
    name: str
    birth_date: str
    id_number: str
    department: str
    consent_state: str  # as stored; "expired" is derived with consent_to
    consent_to: str
    plan_from: str
    plan_to: str
    evaluation_date: str
    plan_status: str  # "", draft or signed
    plan_version: int
    ip_state: str = "assessing"  # the state of the IP work (records_process.IP_STATES)
    next_deadline: str = ""  # ISO date of the earliest open deadline (store.deadlines)
    next_deadline_kind: str = ""  # its kind (records_deadlines.KIND_*)

    def current_consent_state(self, today: dt.date | None = None) -> str:
        if self.consent_state == CONSENT_GIVEN:
            end = partial_date_last_day(self.consent_to)
            if end and end < (today or dt.date.today()):
                return CONSENT_EXPIRED
        return self.consent_state


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
