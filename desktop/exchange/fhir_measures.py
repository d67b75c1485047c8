"""FHIR R4 for issue 13, both directions: a measure's stage, scope, applied-to and follow-up,
its life area and goal achievement, its evaluations (activity.progress), and the crisis plan as a
CarePlan of its own (category "Kriseplan", partOf the IP). Used by ``fhir`` and ``fhir_read``;
docs/fhir-mapping.md documents it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.records import Plan, PlanRow, parse_partial_date
from desktop.records_measures import (
    ACHIEVED,
    CONCLUSIONS,
    NOT_ACHIEVED,
    PARTLY_ACHIEVED,
    STAGE_APPLIED,
    STAGE_ENDED,
    STAGE_GRANTED,
    STAGE_ON_HOLD,
    STAGE_REFUSED,
    STAGE_STARTED,
    STAGE_WISHED,
    STAGES,
    CrisisContact,
    CrisisHelper,
    CrisisPlan,
    Evaluation,
    Mapping,
    MappingArea,
    brief,
    latest_evaluation,
)

PREFIX = "urn:individuell-plan:fhir:"
EXT = PREFIX + "StructureDefinition:"
EXT_STAGE = EXT + "measure-stage"  # valueCode-like Norwegian word, in valueString
EXT_STAGE_DATE = EXT + "measure-stage-date"
EXT_SCOPE = EXT + "measure-scope"
EXT_APPLIED_TO = EXT + "measure-applied-to"
EXT_FOLLOW_UP = EXT + "measure-follow-up"
EXT_LIFE_AREA = EXT + "life-area"  # only on a row without a delmål (else Goal.category)
EXT_EVALUATION_ENTRY = EXT + "measure-evaluation"
EXT_CRISIS = EXT + "crisis-"
EXT_REVISION_NOTE = EXT + "revision-note"
CS_LIFE_AREA = PREFIX + "CodeSystem:life-area"
CS_CONCLUSION = PREFIX + "CodeSystem:evaluation-conclusion"
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
CRISIS_CATEGORY = "Kriseplan"

STAGE_STATUS = {STAGE_WISHED: "not-started", STAGE_APPLIED: "not-started",
                STAGE_GRANTED: "scheduled", STAGE_REFUSED: "cancelled",
                STAGE_STARTED: "in-progress", STAGE_ON_HOLD: "on-hold",
                STAGE_ENDED: "completed"}
ACHIEVEMENT_CODES = {ACHIEVED: ("achieved", "Achieved"), PARTLY_ACHIEVED: ("improving",
                                                                          "Improving"),
                     NOT_ACHIEVED: ("not-achieved", "Not Achieved")}
CONCLUSION_CODES = {word: code for word, code in zip(
    CONCLUSIONS, ("continue", "change", "end", "carry-over"), strict=True)}
VIEW_PATIENT, VIEW_PROFESSIONAL, VIEW_NEXT_OF_KIN, VIEW_SUMMARY = (
    "patient", "professional", "next-of-kin", "summary")
_ENTRY_FIELDS = ("date", "achievement", "conclusion", "next_date", "recorded_by", "recorded_at")
_DATES = ("date", "next_date")
_CRISIS_TEXTS = ("self_help", "medication", "how_to_meet", "admission")


def _string(url: str, value: str) -> list[dict]:
    return [{"url": url, "valueString": value}] if value else []


# ---------------------------------------------------------------- writing

def row_extensions(row: PlanRow, has_goal: bool) -> list[dict]:
    return [*_string(EXT_STAGE, row.stage), *_string(EXT_STAGE_DATE, row.stage_date),
            *_string(EXT_SCOPE, row.scope), *_string(EXT_APPLIED_TO, row.applied_to),
            *_string(EXT_FOLLOW_UP, row.follow_up),
            *([] if has_goal else _string(EXT_LIFE_AREA, row.life_area))]


def plan_extensions(plan: Plan) -> list[dict]:
    return _string(EXT_REVISION_NOTE, plan.revision_note)


def row_status(row: PlanRow, fallback: str) -> str:
    return STAGE_STATUS.get(row.stage, fallback)


def goal_extras(row: PlanRow) -> dict:
    """The row's Goal: its life area as a second category, achievement from the latest
    evaluation."""
    extras: dict[str, Any] = {}
    if row.life_area:
        extras["category"] = [{"coding": [{"system": CS_LIFE_AREA, "code": row.life_area}],
                               "text": row.life_area}]
    latest = latest_evaluation(row)
    if latest is not None and latest.achievement in ACHIEVEMENT_CODES:
        code, display = ACHIEVEMENT_CODES[latest.achievement]
        extras["achievementStatus"] = {"coding": [{"system": GOAL_ACHIEVEMENT, "code": code,
                                                   "display": display}],
                                       "text": latest.achievement}
    return extras


def _entry(index: int, view: str, evaluation: Evaluation, first: bool) -> dict:
    parts = [{"url": "entry", "valueInteger": index}, {"url": "view", "valueCode": view}]
    if first:
        parts += [{"url": name, "valueString": getattr(evaluation, name)}
                  for name in _ENTRY_FIELDS if getattr(evaluation, name)]
    return {"url": EXT_EVALUATION_ENTRY, "extension": parts}


def progress(row: PlanRow, patient_url: str) -> list[dict]:
    """The comment (a plain note, as before), then one Annotation per view of each evaluation,
    authored by the patient or the practitioner, timed at the evaluation's date."""
    notes: list[dict] = [{"text": row.comment}] if row.comment else []
    for index, evaluation in enumerate(row.evaluations):
        views: list[tuple[str, str, dict[str, Any]]] = [
                (VIEW_PATIENT, evaluation.patient_view, {"authorReference": {
                     "reference": patient_url}}),
                 (VIEW_PROFESSIONAL, evaluation.professional_view, {
                     "authorString": evaluation.recorded_by or "Fagperson"}),
                 (VIEW_NEXT_OF_KIN, evaluation.next_of_kin_view, {"authorString": "Pårørende"})]
        present = [v for v in views if v[1]] or [(VIEW_SUMMARY, brief(evaluation) or "–", {})]
        for n, (view, text, author) in enumerate(present):
            notes.append({"extension": [_entry(index, view, evaluation, n == 0)], **author,
                          "time": evaluation.date or None, "text": text})
    return notes


def outcome(row: PlanRow) -> list[dict]:
    latest = latest_evaluation(row)
    if latest is None or latest.conclusion not in CONCLUSION_CODES:
        return []
    return [{"coding": [{"system": CS_CONCLUSION, "code": CONCLUSION_CODES[latest.conclusion],
                         "display": latest.conclusion}], "text": latest.conclusion}]


def crisis_resources(add: Callable[[dict], str], patient_url: str, plan_url: str,
                     crisis: CrisisPlan, current: bool) -> str:
    """The crisis plan CarePlan (and its CareTeam of people to call); returns its URL."""
    team = None
    if crisis.contacts:
        team = add({"resourceType": "CareTeam", "status": "active", "name": "Hvem jeg kan ringe",
                    "subject": {"reference": patient_url}, "participant": [{
                        "extension": [*_string(EXT_CRISIS + "phone", c.phone),
                                      *_string(EXT_CRISIS + "reachable", c.reachable)],
                        "role": [{"text": c.role}] if c.role else [],
                        "member": {"display": c.name or c.phone}} for c in crisis.contacts]})
    return add({
        "resourceType": "CarePlan",
        "extension": [*[e for name in _CRISIS_TEXTS
                        for e in _string(EXT_CRISIS + name, getattr(crisis, name))],
                      *_string(EXT_CRISIS + "review-date", crisis.review_date)],
        "status": "active" if current else "revoked",
        "intent": "plan",
        "category": [{"text": CRISIS_CATEGORY}],
        "title": CRISIS_CATEGORY,
        "description": crisis.warning_signs or None,
        "subject": {"reference": patient_url},
        "period": {"start": crisis.date} if crisis.date else None,
        "author": {"display": crisis.made_with} if crisis.made_with else None,
        "careTeam": [{"reference": team}] if team else [],
        "partOf": [{"reference": plan_url}],
        "activity": [{"detail": {"status": "in-progress", "description": h.what or None,
                                 "performer": [{"display": h.who}] if h.who else []}}
                     for h in crisis.helpers],
    })


# ---------------------------------------------------------------- reading

def _d(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _l(value: Any) -> list:
    return value if isinstance(value, list) else []


def _s(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _ext_string(resource: dict, url: str) -> str:
    for ext in _l(resource.get("extension")):
        if _d(ext).get("url") == url:
            return _s(_d(ext).get("valueString"))
    return ""


def read_plan(plan: Plan, care_plan: dict, clean: Callable[[str], str]) -> None:
    plan.revision_note = clean(_ext_string(care_plan, EXT_REVISION_NOTE))


def is_crisis(care_plan: dict) -> bool:
    return any(_s(_d(c).get("text")) == CRISIS_CATEGORY for c in _l(care_plan.get("category")))


def read_row(row: PlanRow, detail: dict, activity: dict, goals: list[dict],
             clean: Callable[[str], str]) -> None:
    """Fill the row's measure fields and evaluations (an older file leaves the defaults)."""
    stage = clean(_ext_string(detail, EXT_STAGE))
    row.stage = stage if stage in STAGES else ""
    row.stage_date = parse_partial_date(clean(_ext_string(detail, EXT_STAGE_DATE)))
    row.scope = clean(_ext_string(detail, EXT_SCOPE))
    row.applied_to = clean(_ext_string(detail, EXT_APPLIED_TO))
    row.follow_up = clean(_ext_string(detail, EXT_FOLLOW_UP))
    row.life_area = clean(_ext_string(detail, EXT_LIFE_AREA))
    for goal in goals:
        for category in _l(goal.get("category")):
            for coding in _l(_d(category).get("coding")):
                if _d(coding).get("system") == CS_LIFE_AREA:
                    row.life_area = clean(_s(_d(coding).get("code")))
    comments: list[str] = []
    entries: dict[int, Evaluation] = {}
    for note in _l(activity.get("progress")):
        note = _d(note)
        marker = next((_d(e) for e in _l(note.get("extension"))
                       if _d(e).get("url") == EXT_EVALUATION_ENTRY), None)
        text = clean(_s(note.get("text")))
        if marker is None:
            if text:
                comments.append(text)
            continue
        values = {_s(_d(p).get("url")): _d(p) for p in _l(marker.get("extension"))}
        index = values.get("entry", {}).get("valueInteger")
        if not isinstance(index, int):
            continue
        evaluation = entries.setdefault(index, Evaluation())
        for name in _ENTRY_FIELDS:
            if name in values:
                value = clean(_s(values[name].get("valueString")))
                setattr(evaluation, name, parse_partial_date(value) if name in _DATES else value)
        view = _s(values.get("view", {}).get("valueCode"))
        attribute = {VIEW_PATIENT: "patient_view", VIEW_PROFESSIONAL: "professional_view",
                     VIEW_NEXT_OF_KIN: "next_of_kin_view"}.get(view)
        if attribute:
            setattr(evaluation, attribute, text)
    row.comment = "\n".join(comments)
    row.evaluations = [entries[i] for i in sorted(entries)]


def read_crisis(care_plan: dict, team: dict | None, clean: Callable[[str], str]) -> CrisisPlan:
    crisis = CrisisPlan(warning_signs=clean(_s(care_plan.get("description"))),
                        date=parse_partial_date(clean(_s(_d(care_plan.get("period")).get(
                            "start")))),
                        made_with=clean(_s(_d(care_plan.get("author")).get("display"))),
                        review_date=parse_partial_date(clean(_ext_string(
                            care_plan, EXT_CRISIS + "review-date"))))
    for name in _CRISIS_TEXTS:
        setattr(crisis, name, clean(_ext_string(care_plan, EXT_CRISIS + name)))
    for activity in _l(care_plan.get("activity")):
        detail = _d(_d(activity).get("detail"))
        performer = _d((_l(detail.get("performer")) or [{}])[0])
        crisis.helpers.append(CrisisHelper(clean(_s(performer.get("display"))),
                                           clean(_s(detail.get("description")))))
    for participant in _l(_d(team).get("participant")):
        participant = _d(participant)
        role = _d((_l(participant.get("role")) or [{}])[0])
        crisis.contacts.append(CrisisContact(
            name=clean(_s(_d(participant.get("member")).get("display"))),
            role=clean(_s(role.get("text"))),
            phone=clean(_ext_string(participant, EXT_CRISIS + "phone")),
            reachable=clean(_ext_string(participant, EXT_CRISIS + "reachable"))))
    return crisis


# ---------------------------------------------------------------- the mapping (only when asked)

QUESTIONNAIRE_MAPPING = PREFIX + "Questionnaire:kartlegging"
_AREA_FIELDS = ("status", "goal", "own_resources", "others_can_do", "need_patient",
                "need_professional", "agreement", "comment")
_MAPPING_FIELDS = ("date", "made_by", "period_from", "note")


def _answer(link: str, value: str) -> dict:
    return {"linkId": link, "answer": [{"valueString": value}]} if value else {"linkId": link}


def mapping_response(add: Callable[[dict], str], patient_url: str, mapping: Mapping) -> str:
    """One mapping as a QuestionnaireResponse: a group per life area."""
    return add({
        "resourceType": "QuestionnaireResponse", "questionnaire": QUESTIONNAIRE_MAPPING,
        "status": "completed", "subject": {"reference": patient_url},
        "item": [*[_answer(name, getattr(mapping, name)) for name in _MAPPING_FIELDS],
                 *[{"linkId": f"area-{i + 1}", "text": area.area,
                    "item": [_answer(f"area-{i + 1}.{name}", getattr(area, name))
                             for name in _AREA_FIELDS]}
                   for i, area in enumerate(mapping.areas)]]})


def _value(item: dict, clean: Callable[[str], str]) -> str:
    answer = _d((_l(item.get("answer")) or [{}])[0])
    return clean(_s(answer.get("valueString")))


def read_mapping(response: dict, clean: Callable[[str], str]) -> Mapping:
    mapping = Mapping()
    for item in _l(response.get("item")):
        item = _d(item)
        link = _s(item.get("linkId"))
        if link in _MAPPING_FIELDS:
            value = _value(item, clean)
            setattr(mapping, link, parse_partial_date(value) if link in ("date", "period_from")
                    else value)
        elif link.startswith("area-"):
            area = MappingArea(area=clean(_s(item.get("text"))))
            for sub in _l(item.get("item")):
                name = _s(_d(sub).get("linkId")).rpartition(".")[2]
                if name in _AREA_FIELDS:
                    setattr(area, name, _value(_d(sub), clean))
            mapping.areas.append(area)
    return mapping
