"""A measure's stage and evaluations, the crisis plan and a new plan period (Ny planperiode).

All of it lives in the plan document of the current version: an edit of a signed version starts
a new draft (store/forms.save_plan), so the signed one stays frozen and reprints byte for byte.
Rows are addressed by their index in the current version's ``plan.rows``.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import (
    Plan,
    PlanRow,
    PlanVersion,
    ValidationError,
    parse_partial_date,
)
from desktop.records_measures import (
    ACHIEVEMENTS,
    CONCLUSION_CARRY,
    CONCLUSION_END,
    CONCLUSIONS,
    STAGE_ENDED,
    STAGES,
    CrisisContact,
    CrisisHelper,
    CrisisPlan,
    Evaluation,
    latest_evaluation,
)
from desktop.records_measures import crisis_review_due as crisis_review_due  # judged there
from desktop.records_measures import row_evaluation_due as row_evaluation_due
from desktop.store import forms
from desktop.store.clock import now

if TYPE_CHECKING:
    import sqlite_utils


def _t(text: str) -> str:
    return translate("records", text)


def _current(db: sqlite_utils.Database, patient_id: int) -> PlanVersion:
    version = forms.current_version(db, patient_id)
    if version is None:
        raise ValidationError(_t("Pasienten har ingen plan ennå."))
    return version


def _row(plan: Plan, index: int) -> PlanRow:
    if not 0 <= index < len(plan.rows):
        raise ValidationError(_t("Fant ikke tiltaket i planen."))
    return plan.rows[index]


# ---------------------------------------------------------------- stage

def validated_row(row: PlanRow) -> PlanRow:
    """A copy of the row with its measure fields checked: a known stage, readable dates."""
    if row.stage and row.stage not in STAGES:
        raise ValidationError(_t("«{stage}» er ikke et trinn. Velg ønsket, søkt, innvilget, "
                                 "avslått, igangsatt, på vent eller avsluttet.").format(
            stage=row.stage))
    return dataclasses.replace(
        row, life_area=row.life_area.strip(), scope=row.scope.strip(),
        applied_to=row.applied_to.strip(), follow_up=row.follow_up.strip(),
        stage_date=parse_partial_date(row.stage_date))


def staged(row: PlanRow, stage: str, date: str = "") -> PlanRow:
    """A copy of the row at ``stage`` since ``date`` (any stage may follow any other). Setting
    *avsluttet* fills the row's "Avsluttet" date when it is empty."""
    row = validated_row(dataclasses.replace(row, stage=stage, stage_date=date))
    if stage == STAGE_ENDED and row.stage_date and not row.ended:
        row.ended = row.stage_date
    return row


def set_stage(db: sqlite_utils.Database, patient_id: int, index: int, stage: str,
              date: str = "") -> PlanVersion:
    """Record the row's stage and its date in the stored plan (see ``staged``)."""
    with db.atomic():
        plan = copy.deepcopy(_current(db, patient_id).plan)
        plan.rows[index] = staged(_row(plan, index), stage, date)
        return forms.save_plan(db, patient_id, plan)


# ---------------------------------------------------------------- evaluation

def validated_evaluation(evaluation: Evaluation) -> Evaluation:
    day = parse_partial_date(evaluation.date)
    if not day:
        raise ValidationError(_t("Skriv datoen for evalueringen."))
    if evaluation.achievement and evaluation.achievement not in ACHIEVEMENTS:
        raise ValidationError(_t("Velg nådd, delvis nådd eller ikke nådd."))
    if evaluation.conclusion and evaluation.conclusion not in CONCLUSIONS:
        raise ValidationError(_t("Velg fortsette, endre, avslutte eller overføre til "
                                 "revidert plan."))
    views = (evaluation.patient_view, evaluation.professional_view,
             evaluation.next_of_kin_view)
    if not any(v.strip() for v in views) and not evaluation.conclusion:
        raise ValidationError(_t("Skriv pasientens eller fagpersonens vurdering."))
    return dataclasses.replace(
        evaluation, date=day, next_date=parse_partial_date(evaluation.next_date),
        patient_view=evaluation.patient_view.strip(),
        professional_view=evaluation.professional_view.strip(),
        next_of_kin_view=evaluation.next_of_kin_view.strip(),
        recorded_by=evaluation.recorded_by.strip(), recorded_at=evaluation.recorded_at or now())


def record_evaluation(db: sqlite_utils.Database, patient_id: int, index: int,
                      evaluation: Evaluation, *, end_row: bool = False) -> PlanVersion:
    """Add an evaluation to row ``index``. With ``end_row`` (the view offers it when the
    conclusion is *avslutte*) the row's "Avsluttet" date becomes the evaluation's date and its
    stage *avsluttet*."""
    evaluation = validated_evaluation(evaluation)
    with db.atomic():
        plan = copy.deepcopy(_current(db, patient_id).plan)
        row = _row(plan, index)
        row.evaluations.append(evaluation)
        if end_row:
            if evaluation.conclusion != CONCLUSION_END:
                raise ValidationError(_t("Bare konklusjonen «avslutte» avslutter tiltaket."))
            row.ended = evaluation.date
            row.stage, row.stage_date = STAGE_ENDED, evaluation.date
        return forms.save_plan(db, patient_id, plan)


def offers_end(evaluation: Evaluation) -> bool:
    """The view offers to set the row's "Avsluttet" date for this conclusion."""
    return evaluation.conclusion == CONCLUSION_END


# ---------------------------------------------------------------- crisis plan

def validated_crisis(crisis: CrisisPlan) -> CrisisPlan:
    return dataclasses.replace(
        crisis, date=parse_partial_date(crisis.date),
        review_date=parse_partial_date(crisis.review_date),
        helpers=[h for h in (CrisisHelper(h.who.strip(), h.what.strip()) for h in crisis.helpers)
                 if h.who or h.what],
        contacts=[dataclasses.replace(c, name=c.name.strip(), role=c.role.strip(),
                                      phone=c.phone.strip(), reachable=c.reachable.strip())
                  for c in crisis.contacts if c.name.strip() or c.phone.strip()])


def save_crisis(db: sqlite_utils.Database, patient_id: int,
                crisis: CrisisPlan | None) -> PlanVersion:
    """Save (None: remove) the crisis plan in the current plan version."""
    with db.atomic():
        version = forms.current_version(db, patient_id)
        plan = copy.deepcopy(version.plan) if version else Plan()
        plan.crisis = validated_crisis(crisis) if crisis is not None else None
        return forms.save_plan(db, patient_id, plan)


def contact_from_participant(participant: object) -> CrisisContact:
    """A crisis plan contact taken from a participant (records_people.Participant)."""
    return CrisisContact(name=getattr(participant, "name", ""),
                         role=getattr(participant, "role", ""),
                         phone=getattr(participant, "phone", ""),
                         reachable=getattr(participant, "when_to_call", ""),
                         participant_id=getattr(participant, "id", None))


# ---------------------------------------------------------------- a new plan period

@dataclass
class Revision:
    version: PlanVersion  # the new draft
    carried: list[int]  # indexes of the rows carried over, in the old version
    ask_for_consent: bool  # the view asks for a new consent version


def default_carry(plan: Plan) -> list[int]:
    """Rows carried over by default: concluded *overføre til revidert plan*, or not ended."""
    chosen = []
    for i, row in enumerate(plan.rows):
        latest = latest_evaluation(row)
        if (latest is not None and latest.conclusion == CONCLUSION_CARRY) or not row.ended:
            chosen.append(i)
    return chosen


def revise_plan(db: sqlite_utils.Database, patient_id: int, *, valid_from: str,
                valid_to: str = "", evaluation_date: str = "", note: str = "",
                carry: Sequence[int] | None = None) -> Revision:
    """Start a new plan period: a new draft version holding the chosen rows (default:
    ``default_carry``), the new period, evaluation date and a short revision note. The current
    version stays as it was (a signed one frozen; a draft kept in the history). The carried rows
    keep their stage; their evaluations stay in the old version."""
    start = parse_partial_date(valid_from)
    if not start:
        raise ValidationError(_t("Skriv når den nye planperioden begynner."))
    end, evaluation = parse_partial_date(valid_to), parse_partial_date(evaluation_date)
    if end and end < start:
        raise ValidationError(_t("Planperioden kan ikke slutte før den begynner."))
    with db.atomic():
        old = _current(db, patient_id)
        chosen = default_carry(old.plan) if carry is None else sorted(set(carry))
        for index in chosen:
            _row(old.plan, index)
        plan = copy.deepcopy(old.plan)
        plan.rows = [dataclasses.replace(copy.deepcopy(old.plan.rows[i]), evaluations=[],
                                         comment="", evaluation=evaluation)
                     for i in chosen]
        plan.valid_from, plan.valid_to, plan.evaluation_date = start, end, evaluation
        plan.revision_note = " ".join(note.split())
        version = forms.add_plan_version(db, patient_id, plan)
        consent = forms.load_consent(db, patient_id)
    # a new period asks for a new consent unless one was given for it already
    fresh = consent.given and not consent.withdrawn_date and consent.date >= start
    return Revision(version=version, carried=list(chosen), ask_for_consent=not fresh)
