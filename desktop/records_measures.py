"""Records of a measure's stage and evaluation, the life-area mapping (kartlegging) and the crisis
plan (kriseplan), with their words and rules (no Qt, no SQL).

The stage, conclusion, achievement and status words are stored in Bokmål (they travel in files
and exchange) and shown with ``translate("measures", word)``. A plan row keeps its evaluations
in the plan document (``PlanRow.evaluations``), so a signed version keeps the evaluations it was
signed with and reprints byte for byte; the crisis plan is part of the plan document
(``Plan.crisis``) for the same reason. Mappings are documents of their own (store/mapping.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from desktop.i18n import translatable, translate

# ---------------------------------------------------------------- stages of a measure

STAGE_WISHED = translatable("measures", "ønsket")
STAGE_APPLIED = translatable("measures", "søkt")
STAGE_GRANTED = translatable("measures", "innvilget")
STAGE_REFUSED = translatable("measures", "avslått")
STAGE_STARTED = translatable("measures", "igangsatt")
STAGE_ON_HOLD = translatable("measures", "på vent")
STAGE_ENDED = translatable("measures", "avsluttet")
STAGES = (STAGE_WISHED, STAGE_APPLIED, STAGE_GRANTED, STAGE_REFUSED, STAGE_STARTED,
          STAGE_ON_HOLD, STAGE_ENDED)  # any stage may follow any other

# ---------------------------------------------------------------- evaluation

CONCLUSION_CONTINUE = translatable("measures", "fortsette")
CONCLUSION_CHANGE = translatable("measures", "endre")
CONCLUSION_END = translatable("measures", "avslutte")
CONCLUSION_CARRY = translatable("measures", "overføre til revidert plan")
CONCLUSIONS = (CONCLUSION_CONTINUE, CONCLUSION_CHANGE, CONCLUSION_END, CONCLUSION_CARRY)

ACHIEVED = translatable("measures", "nådd")
PARTLY_ACHIEVED = translatable("measures", "delvis nådd")
NOT_ACHIEVED = translatable("measures", "ikke nådd")
ACHIEVEMENTS = (ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED)  # how far the row's delmål is reached


def label(word: str) -> str:
    """A stored stage, conclusion, achievement or status word as the screen shows it."""
    return translate("measures", word) if word else ""


@dataclass
class Evaluation:
    """One dated evaluation of a measure, the patient's and the professional's view side by
    side; ``next_date`` is when the measure is evaluated again (empty: the row's own date)."""
    date: str = ""  # ISO partial date
    achievement: str = ""  # one of ACHIEVEMENTS or empty
    patient_view: str = ""
    professional_view: str = ""
    next_of_kin_view: str = ""
    conclusion: str = ""  # one of CONCLUSIONS or empty
    next_date: str = ""
    recorded_by: str = ""
    recorded_at: str = ""


def brief(evaluation: Evaluation) -> str:
    """The evaluation in one line for the plan's "Kommentar/evaluering" cell:
    "11.03.2013 – delvis nådd – fortsette" (Bokmål: printed forms are Norwegian)."""
    day = ".".join(reversed(evaluation.date.split("-"))) if evaluation.date else ""
    return " – ".join(p for p in (day, evaluation.achievement, evaluation.conclusion) if p)


class Evaluated(Protocol):
    """What has evaluations: a plan row (records.PlanRow), without importing records."""
    evaluations: list[Evaluation]


def latest_evaluation(row: Evaluated) -> Evaluation | None:
    """The newest evaluation by date (the later recorded wins on the same date)."""
    if not row.evaluations:
        return None
    return max(enumerate(row.evaluations), key=lambda p: (p[1].date, p[0]))[1]


class Due(Evaluated, Protocol):
    """A plan row as far as its next evaluation goes (records.PlanRow)."""
    evaluation: str  # Dato for evaluering
    ended: str  # Avsluttet (dato)


def row_evaluation_due(row: Due) -> str:
    """The date the row is next due for evaluation, as an ISO partial date ("" when none): an
    ended row is never due; once evaluated on or after its "Dato for evaluering" the row is due
    at the evaluation's next date instead (none given: not due)."""
    if row.ended:
        return ""
    latest = latest_evaluation(row)
    if latest is None or not row.evaluation:
        return row.evaluation if latest is None else latest.next_date
    if latest.date[:len(row.evaluation)] >= row.evaluation:
        return latest.next_date
    return row.evaluation


# ---------------------------------------------------------------- mapping (kartlegging)

DEFAULT_LIFE_AREAS = (
    translatable("measures", "Bolig og dagligliv"),
    translatable("measures", "Helse"),
    translatable("measures", "Arbeid/skole/aktivitet"),
    translatable("measures", "Økonomi"),
    translatable("measures", "Familie og nettverk"),
    translatable("measures", "Fritid"),
    translatable("measures", "Mobilitet"),
)

AREA_OPEN = ""  # not mapped yet
AREA_MAPPED = translatable("measures", "kartlagt")
AREA_NOT_RELEVANT = translatable("measures", "ikke aktuelt")
AREA_STATUSES = (AREA_OPEN, AREA_MAPPED, AREA_NOT_RELEVANT)

AGREE_UNKNOWN = ""
AGREE_YES = translatable("measures", "enige")
AGREE_NO = translatable("measures", "uenige")
AGREEMENTS = (AGREE_UNKNOWN, AGREE_YES, AGREE_NO)


@dataclass
class MappingArea:
    """One livsområde of a kartlegging: the patient's goal, resources and needs."""

    area: str = ""  # livsområde
    status: str = AREA_OPEN
    goal: str = ""  # the patient's goal in their own words
    own_resources: str = ""
    others_can_do: str = ""
    need_patient: str = ""  # the need as the patient sees it
    need_professional: str = ""  # the need as the professional sees it
    agreement: str = AGREE_UNKNOWN
    comment: str = ""  # asked for where the two views differ


@dataclass
class Mapping:
    """A kartlegging (mapping of the patient's life areas) for one plan period."""

    id: int | None = None
    patient_id: int | None = None
    date: str = ""
    made_by: str = ""
    period_from: str = ""  # the plan period it belongs to (the plan's "gjelder fra")
    areas: list[MappingArea] = field(default_factory=list)
    note: str = ""
    copied_from: int | None = None
    created_at: str = ""
    updated_at: str = ""


def new_mapping_areas(life_areas: tuple[str, ...] | list[str] = DEFAULT_LIFE_AREAS
                      ) -> list[MappingArea]:
    return [MappingArea(area=name) for name in life_areas]


def views_differ(area: MappingArea) -> bool:
    """The patient and the professional see the need differently: a reason is asked for."""
    if area.agreement == AGREE_NO:
        return True
    if area.agreement == AGREE_YES:
        return False
    a, b = " ".join(area.need_patient.split()), " ".join(area.need_professional.split())
    return bool(a and b and a.casefold() != b.casefold())


def mapping_summary(mapping: Mapping) -> str:
    """"3 av 7 livsområder kartlagt" (areas marked not relevant still count in the total)."""
    done = sum(1 for a in mapping.areas if a.status == AREA_MAPPED)
    return translate("measures", "{done} av {total} livsområder kartlagt").format(
        done=done, total=len(mapping.areas))


# ---------------------------------------------------------------- crisis plan (kriseplan)

@dataclass
class CrisisHelper:
    """One line of the crisis plan's «what others do»: who, and what."""

    who: str = ""
    what: str = ""


@dataclass
class CrisisContact:
    """One person to call in a crisis, and when they can be reached."""

    name: str = ""
    role: str = ""
    phone: str = ""
    reachable: str = ""  # when reachable
    participant_id: int | None = None  # taken from the participants (store/participants.py)


@dataclass
class CrisisPlan:
    """The kriseplan: warning signs, what the patient and others do, whom to call."""

    warning_signs: str = ""
    self_help: str = ""  # what I do myself
    helpers: list[CrisisHelper] = field(default_factory=list)  # what others do
    contacts: list[CrisisContact] = field(default_factory=list)  # whom to call
    medication: str = ""  # agreements on medication
    how_to_meet: str = ""  # how I want to be met
    admission: str = ""  # where I want to be admitted
    made_with: str = ""
    date: str = ""
    review_date: str = ""


CRISIS_ROW_TITLE = translatable("measures", "Kriseplan")


class WithCrisis(Protocol):
    """A plan as far as its crisis plan goes (records.Plan)."""
    crisis: CrisisPlan | None


def crisis_review_due(plan: WithCrisis) -> str:
    """The crisis plan's review date (ISO partial date, "" when there is none)."""
    return plan.crisis.review_date if plan.crisis is not None else ""
