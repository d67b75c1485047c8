"""Records -> FHIR R4 document Bundle, written strictly (shared/spec/exchange.md; the whole
mapping is in docs/fhir-mapping.md). Reading a Bundle back lives in ``fhir_read``."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop import store
from desktop.exchange import fhir_measures as fm
from desktop.exchange import fhir_people as fpe
from desktop.exchange import fhir_process as fp
from desktop.exchange.fhir_access import EXT_DATE_AS_TYPED
from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    ID_DNR,
    STATE_DONE,
    STATE_NOT_RELEVANT,
    Checklist,
    ChecklistItem,
    Consent,
    Coordinator,
    Patient,
    Plan,
    PlanVersion,
    Signature,
    ValidationError,
    check_id_number,
)
from desktop.records_measures import Mapping

# ---------------------------------------------------------------- fixed systems and codes

FNR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.1"
DNR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.2"
DOCTYPE_SYSTEM = "urn:oid:2.16.578.1.12.4.1.1.9602"
DOCTYPE_CODE = "A02-2"
DOCTYPE_DISPLAY = "Individuell plan"
PLAN_TITLE = "Individuell plan"

PREFIX = "urn:individuell-plan:fhir:"
EXT = PREFIX + "StructureDefinition:"
EXT_EVALUATION = EXT + "evaluation-date"
EXT_EVALUATION_TYPED = EXT + "evaluation-date-as-typed"
EXT_PLAN_VERSION = EXT + "plan-version"
EXT_CONSENT_PLACE = EXT + "consent-place"
EXT_CONSENT_INFORMATION = EXT + "consent-information"
EXT_CONSENT_WITHDRAWAL = EXT + "consent-withdrawal"
CS_CHECKLIST_STATE = PREFIX + "CodeSystem:checklist-state"
CS_CONSENT_PROVISION = PREFIX + "CodeSystem:consent-provision"
CS_SECTION = PREFIX + "CodeSystem:section"
CS_SIGNATURE_ROLE = PREFIX + "CodeSystem:signature-role"
QUESTIONNAIRE = PREFIX + "Questionnaire:sjekkliste"

ROLE_HOSPITAL = "Koordinator i spesialisthelsetjenesten"  # read also: "Midlertidig …"
ROLE_MUNICIPAL = "Koordinator i kommunen"
GOAL_OVERALL = "Overordnet målsetting"
GOAL_SUB = "Delmål"
DECISIONS_CATEGORY = "Eksisterende vedtak, planer og avtaler"
MUNICIPALITY_TYPE = "Kommune"

CHECKLIST_STATE_CODES = {"": "open", STATE_DONE: "done", STATE_NOT_RELEVANT: "not-relevant"}
CHECKLIST_STATE_DISPLAY = {"open": "Ikke utført", "done": "Utført",
                           "not-relevant": "Ikke aktuelt"}
# Signature roles: (code in CS_SIGNATURE_ROLE, Provenance participant type, text)
SIGNATURE_ROLES = {
    "patient_name": ("patient", "attester", "Underskrift bruker/tjenestemottaker"),
    "guardian_name": ("guardian", "attester", "Underskrift verge/foresatte"),
    "coordinator_name": ("coordinator", "attester", "Underskrift ansvarlig koordinator"),
    "recorded_by": ("recorded-by", "enterer", "Underskriftene registrert av"),
}
SECTIONS = {
    "plan": "Individuell plan",
    "decisions": "Eksisterende vedtak, planer og avtaler",
    "consent": "Samtykke til utarbeidelse av individuell plan",
    "checklist": "Sjekkliste for god praksis",
    "signatures": "Underskrifter",
    "history": "Tidligere versjoner av planen",
    "mapping": "Kartlegging av livsområder",
    "people": "Deltakere, møter og kopiliste",
}


@dataclass
class PlanDocument:
    """Everything a handover carries about one patient."""
    patient: Patient
    checklist: Checklist = field(default_factory=Checklist)
    consent: Consent = field(default_factory=Consent)
    versions: list[PlanVersion] = field(default_factory=list)  # oldest first
    mappings: list[Mapping] = field(default_factory=list)  # only when the user asks for them
    process: fp.ProcessRecords | None = None  # issue 10: consents, notices, state (fhir_process)
    people: fpe.PeopleRecords | None = None  # issue 12: participants, meetings, the kopiliste

    @property
    def current(self) -> PlanVersion | None:
        return self.versions[-1] if self.versions else None


def load_document(db: sqlite_utils.Database, patient_id: int,
                  with_mappings: bool = False) -> PlanDocument:
    """The patient's handover; the life-area mappings only ``with_mappings``."""
    from desktop.store import mapping

    patient = store.get_patient(db, patient_id)
    if patient is None:
        raise LookupError(patient_id)
    return PlanDocument(patient=patient, checklist=store.load_checklist(db, patient_id),
                        consent=store.load_consent(db, patient_id),
                        versions=store.plan_versions(db, patient_id),
                        mappings=mapping.list_mappings(db, patient_id) if with_mappings else [],
                        process=fp.load_process(db, patient_id),
                        people=fpe.load_people(db, patient_id))


# ---------------------------------------------------------------- small builders

def instant(local: str | dt.datetime) -> str:
    """A FHIR instant from a naive local timestamp (the store's format) or a datetime."""
    moment = dt.datetime.fromisoformat(local) if isinstance(local, str) else local
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def _text(value: str) -> str | None:
    return value if value else None


def _prune(node: Any) -> Any:
    """Drop None, empty strings, empty lists and empty dicts (FHIR forbids empty values)."""
    if isinstance(node, dict):
        pruned = {k: _prune(v) for k, v in node.items()}
        pruned = {k: v for k, v in pruned.items() if v not in (None, "", [], {})}
        return {} if list(pruned) == ["url"] else pruned  # an extension left without value
    if isinstance(node, list):
        items = [_prune(v) for v in node]
        return [v for v in items if v not in (None, "", [], {})]
    return node


def _ref(url: str, display: str = "") -> dict:
    return {"reference": url, "display": _text(display)}


def _as_typed(record: Any, name: str) -> dict | None:
    """A date element's primitive extension with the date as typed (records_dates), when the
    record keeps one: "Juli/august 2012" beside 2012-07, "uke 32" with no date at all."""
    text = record.typed.get(name, "")
    return {"extension": [{"url": EXT_DATE_AS_TYPED, "valueString": text}]} if text else None


def _dated(key: str, record: Any, name: str) -> dict:
    """``{key: the ISO date, "_key": the date as typed}`` for a date field of ``record``."""
    return {key: _text(getattr(record, name)), f"_{key}": _as_typed(record, name)}


def _typed_value(url: str, record: Any, name: str) -> list[dict]:
    """A date carried in an extension keeps its text as typed in a sibling extension (FHIR
    allows ``_valueDate``, the R4 models do not)."""
    text = record.typed.get(name, "")
    return [{"url": url, "valueString": text}] if text else []


def _evaluation(record: Any, name: str) -> list[dict]:
    date = getattr(record, name)
    return ([{"url": EXT_EVALUATION, "valueDate": date}] if date else []) + _typed_value(
        EXT_EVALUATION_TYPED, record, name)


def _period(record: Any, start: str, end: str) -> dict:
    return {**_dated("start", record, start), **_dated("end", record, end)}


def _human_name(text: str) -> list[dict]:
    words = text.split()
    if not words:  # empty or only spaces: no name at all
        return []
    return [{"use": "official", "text": text, "family": words[-1], "given": words[:-1]}]


_POSTAL = re.compile(r"^(\d{4})\s+(.+)$")


def _address(text: str, district: str = "") -> list[dict]:
    if not text and not district:
        return []
    address: dict[str, Any] = {"text": _text(text), "district": _text(district)}
    if text:
        head, _, tail = text.rpartition(",")
        match = _POSTAL.match(tail.strip())
        if head and match:
            address.update(line=[head.strip()], postalCode=match.group(1),
                           city=match.group(2).strip())
        else:
            address["line"] = [text]
        address["country"] = "NO"
    return [address]


class _Builder:
    """Collects entries with urn:uuid full URLs."""

    def __init__(self) -> None:
        self.entries: list[dict] = []

    def add(self, resource: dict) -> str:
        rid = str(uuid.uuid4())
        url = f"urn:uuid:{rid}"
        resource = {"resourceType": resource.pop("resourceType"), "id": rid, **resource}
        self.entries.append({"fullUrl": url, "resource": resource})
        return url


# ---------------------------------------------------------------- resources

def _patient(patient: Patient) -> dict:
    identifiers = []
    if patient.id_number:
        try:
            kind, _born = check_id_number(patient.id_number)
        except ValidationError:
            kind = ""
        system = DNR_SYSTEM if kind == ID_DNR else FNR_SYSTEM
        identifiers.append({"system": system, "value": patient.id_number})
    return {
        "resourceType": "Patient",
        "identifier": identifiers,
        "name": _human_name(patient.name),
        "telecom": [{"system": "phone", "value": patient.phone}] if patient.phone else [],
        "birthDate": _text(patient.birth_date),
        "address": _address(patient.address, patient.municipality),
        # the hospital department that keeps the plan; an import presets it when it is one
        # of the importing user's departments
        "managingOrganization": ({"display": patient.department} if patient.department
                                 else None),
    }


def _coordinator(b: _Builder, role: str, person: Coordinator) -> dict | None:
    if person == Coordinator():
        return None
    telecom = [{"system": "phone", "value": person.phone} if person.phone else None,
               {"system": "email", "value": person.email} if person.email else None]
    member = b.add({"resourceType": "Practitioner", "name": _human_name(person.name),
                    "telecom": telecom,
                    "address": [{"text": person.address}] if person.address else []})
    participant = {"role": [{"text": role}], "member": _ref(member, person.name)}
    if person.workplace:
        org = b.add({"resourceType": "Organization", "name": person.workplace})
        participant["onBehalfOf"] = _ref(org, person.workplace)
    return participant


def _goal(b: _Builder, patient_url: str, category: str, text: str, done: bool = False,
          extras: dict | None = None) -> str:
    extra = dict(extras or {})
    return b.add({"resourceType": "Goal", "lifecycleStatus": "completed" if done else "active",
                  "achievementStatus": extra.get("achievementStatus"),
                  "category": [{"text": category}, *extra.get("category", [])],
                  "description": {"text": text}, "subject": _ref(patient_url)})


def _activity_status(start: str, ended: str, today: str) -> str:
    if ended:
        return "completed"
    if start:
        return "in-progress" if start <= today else "scheduled"
    return "not-started"


def _care_plan(b: _Builder, patient_url: str, version: PlanVersion, replaces: str | None,
               current: bool, today: str) -> tuple[str, list[str]]:
    """The CarePlan of one version; returns its URL and the URLs of its decision CarePlans."""
    plan: Plan = version.plan
    goals = []
    if plan.overall_goal:
        goals.append(_ref(_goal(b, patient_url, GOAL_OVERALL, plan.overall_goal)))
    activities = []
    for row in plan.rows:
        goal_refs = []
        if row.goal:
            url = _goal(b, patient_url, GOAL_SUB, row.goal, done=bool(row.ended),
                        extras=fm.goal_extras(row))
            goals.append(_ref(url))
            goal_refs.append(_ref(url))
        activities.append({
            "detail": {
                "extension": [*_evaluation(row, "evaluation"),
                              *fm.row_extensions(row, has_goal=bool(row.goal))],
                "status": fm.row_status(row, _activity_status(row.start, row.ended, today)),
                "goal": goal_refs,
                "scheduledPeriod": _period(row, "start", "ended"),
                "performer": [{"display": row.responsible}] if row.responsible else [],
                "description": _text(row.measures),
            },
            "outcomeCodeableConcept": fm.outcome(row),
            "progress": fm.progress(row, patient_url),
        })
    participants = [p for p in (_coordinator(b, ROLE_HOSPITAL, plan.hospital_coordinator),
                                _coordinator(b, ROLE_MUNICIPAL, plan.municipal_coordinator)) if p]
    care_team = None
    if participants:
        care_team = b.add({"resourceType": "CareTeam", "status": "active",
                           "name": "Ansvarlig for samordning og fremdrift",
                           "subject": _ref(patient_url), "participant": participants})
    contributors = []
    if plan.municipality:
        org = b.add({"resourceType": "Organization", "type": [{"text": MUNICIPALITY_TYPE}],
                     "name": plan.municipality})
        contributors.append(_ref(org, plan.municipality))
    status = "revoked" if not current else ("active" if version.frozen else "draft")
    url = b.add({
        "resourceType": "CarePlan",
        "extension": [{"url": EXT_PLAN_VERSION, "valueInteger": version.number},
                      *_evaluation(plan, "evaluation_date"), *fm.plan_extensions(plan),
                      *fp.plan_extensions(plan)],
        "status": status,
        "intent": "plan",
        "title": PLAN_TITLE,
        "description": _text(plan.situation),
        "subject": _ref(patient_url),
        "period": _period(plan, "valid_from", "valid_to"),
        "created": instant(version.created_at) if version.created_at else None,
        "author": {"display": plan.prepared_by} if plan.prepared_by else None,
        "contributor": contributors,
        "careTeam": [_ref(care_team)] if care_team else [],
        "goal": goals,
        "activity": activities,
        "replaces": [_ref(replaces)] if replaces else [],
    })
    decisions = [b.add({
        "resourceType": "CarePlan",
        "extension": _evaluation(row, "evaluation"),
        "status": "active" if current else "revoked",
        "intent": "plan",
        "category": [{"text": DECISIONS_CATEGORY}],
        "description": _text(row.decision),
        "subject": _ref(patient_url),
        "period": _period(row, "period_from", "period_to"),
        "author": {"display": row.responsible} if row.responsible else None,
        "partOf": [_ref(url)],
        "note": [{"text": row.comment}] if row.comment else [],
    }) for row in plan.decisions]
    if plan.crisis is not None:
        decisions.append(fm.crisis_resources(b.add, patient_url, url, plan.crisis, current))
    return url, decisions


def _provenance(b: _Builder, patient_url: str, plan_url: str, patient_name: str,
                signature: Signature) -> str:
    agents = []
    for attr, (code, participant, text) in SIGNATURE_ROLES.items():
        name = getattr(signature, attr)
        if not name and attr != "patient_name":
            continue
        who = _ref(patient_url, name) if attr == "patient_name" else {"display": name}
        agents.append({"type": {"coding": [
            {"system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
             "code": participant},
            {"system": CS_SIGNATURE_ROLE, "code": code}], "text": text}, "who": who})
    return b.add({
        "resourceType": "Provenance",
        "target": [_ref(plan_url)],
        "occurredDateTime": _text(signature.signed_date),
        "recorded": instant(signature.recorded_at or dt.datetime.now()),
        "activity": {"text": "Signert på papir"},
        "agent": agents,
    })


def _consent(b: _Builder, patient_url: str, consent: Consent, declined: bool) -> str | None:
    if consent == Consent() and not declined:
        return None
    if consent.withdrawn_date:
        status = "inactive"
    elif consent.given:
        status = "active"
    elif declined:
        status = "rejected"
    else:
        status = "proposed"
    performers = []
    if consent.given or consent.signed_by:
        performers.append(_ref(patient_url, consent.signed_by))
    if consent.guardian:
        guardian = b.add({
            "resourceType": "RelatedPerson", "patient": _ref(patient_url),
            "relationship": [{"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                "code": "GUARD", "display": "guardian"}], "text": "Verge/foresatte"}],
            "name": [{"text": consent.guardian}]})
        performers.append(_ref(guardian, consent.guardian))

    def provision(code: str, display: str, permit: bool, actor_role: str = "",
                  actor: str = "") -> dict:
        return {"type": "permit" if permit else "deny",
                "actor": [{"role": {"text": actor_role}, "reference": {"display": actor}}]
                if actor else [],
                "code": [{"coding": [{"system": CS_CONSENT_PROVISION, "code": code,
                                      "display": display}]}]}

    provisions = [
        provision("share-with-team", "Planen kan gis til ansvarsgruppen og bidragsyterne",
                  consent.share_with_team),
        provision("share-confidential", "Deltakerne kan få taushetsbelagte opplysninger",
                  consent.share_confidential),
    ]
    if consent.companion:
        provisions.append(provision("companion", "Ønsker med seg i arbeidet", True,
                                    "Ønsket deltaker", consent.companion))
    if consent.reservations:
        provisions.append(provision("reservations", "Ønsker ikke involvert", False,
                                    "Skal ikke involveres", consent.reservations))
    return b.add({
        "resourceType": "Consent",
        "extension": [
            {"url": EXT_CONSENT_PLACE, "valueString": _text(consent.place)},
            {"url": EXT_CONSENT_INFORMATION, "extension": [
                {"url": "given-by", "valueString": _text(consent.info_given_by)},
                {"url": "date", "valueDate": _text(consent.info_given_date)},
                *_typed_value("date-as-typed", consent, "info_given_date")]},
            {"url": EXT_CONSENT_WITHDRAWAL, "extension": [
                {"url": "date", "valueDate": _text(consent.withdrawn_date)},
                *_typed_value("date-as-typed", consent, "withdrawn_date"),
                {"url": "recorded-by", "valueString": _text(consent.withdrawn_recorded_by)}]},
        ],
        "status": status,
        "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                              "code": "treatment", "display": "Treatment"}]},
        "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0",
                                  "display": "Patient Consent"}],
                      "text": "Samtykke til individuell plan"}],
        "patient": _ref(patient_url),
        **_dated("dateTime", consent, "date"),
        "performer": performers,
        "policyRule": {"text": "Samtykke til utarbeidelse av individuell plan"},
        "provision": {"type": "permit", "period": _period(consent, "valid_from", "valid_to"),
                      "provision": provisions},
    })


def _checklist_item(prefix: str, index: int, label: str, item: ChecklistItem) -> dict:
    link = f"{prefix}-{index + 1}"
    code = CHECKLIST_STATE_CODES.get(item.state, "open")
    return {"linkId": link, "text": label, "item": [
        {"linkId": f"{link}.state", "answer": [{"valueCoding": {
            "system": CS_CHECKLIST_STATE, "code": code,
            "display": CHECKLIST_STATE_DISPLAY[code]}}]},
        {"linkId": f"{link}.date", "answer": [_dated("valueDate", item, "date")]},
        {"linkId": f"{link}.done-by", "answer": [{"valueString": _text(item.done_by)}]},
        {"linkId": f"{link}.note", "answer": [{"valueString": _text(item.note)}]},
    ]}


def _answer(link: str, value: Any) -> dict:
    if isinstance(value, bool):
        return {"linkId": link, "answer": [{"valueBoolean": value}]}
    kind = "valueDate" if link.endswith("date") else "valueString"
    return {"linkId": link, "answer": [{kind: _text(value)}]}


def _checklist(b: _Builder, patient_url: str, checklist: Checklist) -> str:
    c = checklist
    return b.add({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": QUESTIONNAIRE,
        "status": "in-progress",
        "subject": _ref(patient_url),
        "item": [
            {"linkId": "start", "text": "Igangsette planprosess", "item": [
                _checklist_item("start", i, label, item)
                for i, (label, item) in enumerate(zip(CHECKLIST_START, c.start, strict=False))]},
            {"linkId": "existing", "text": "Når pasienten allerede har en plan", "item": [
                _checklist_item("existing", i, label, item) for i, (label, item)
                in enumerate(zip(CHECKLIST_EXISTING, c.existing, strict=False))]},
            _answer("has-existing-plan", c.has_existing_plan),
            _answer("user-involvement", c.user_involvement),
            _answer("next-of-kin-involved", c.next_of_kin_involved),
            _answer("next-of-kin", c.next_of_kin),
            {"linkId": "declined-group", "text": "Pasienten ønsker ikke individuell plan",
             "item": [_answer("declined", c.declined),
                      {"linkId": "declined-date",
                       "answer": [_dated("valueDate", c, "declined_date")]},
                      _answer("declined-written-info", c.declined_written_info),
                      _answer("declined-unit-name", c.declined_unit_name),
                      _answer("declined-unit-phone", c.declined_unit_phone),
                      _answer("declined-note", c.declined_note)]},
        ],
    })


def _section(key: str, entries: list[str]) -> dict:
    section = {"title": SECTIONS[key],
               "code": {"coding": [{"system": CS_SECTION, "code": key}], "text": SECTIONS[key]},
               "entry": [_ref(url) for url in entries]}
    if not entries:
        section["text"] = {"status": "generated",
                           "div": '<div xmlns="http://www.w3.org/1999/xhtml">Ingen '
                                  'opplysninger.</div>'}
        section["emptyReason"] = {"coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/list-empty-reason",
            "code": "nilknown", "display": "Nil Known"}]}
    return section


# ---------------------------------------------------------------- the bundle

def build_bundle(doc: PlanDocument, exported_by: str = "",
                 now: dt.datetime | None = None) -> dict:
    """The document Bundle for one patient: Composition first, every version of the plan."""
    now = now or dt.datetime.now()
    today = now.date().isoformat()
    b = _Builder()
    patient_url = b.add(_patient(doc.patient))
    plan_urls: list[str] = []
    decisions: list[str] = []
    signatures: list[str] = []
    previous = None
    for version in doc.versions:
        current = version is doc.versions[-1]
        url, decision_urls = _care_plan(b, patient_url, version, previous, current, today)
        plan_urls.append(url)
        if current:
            decisions = decision_urls
        if version.signature is not None:
            signatures.append(_provenance(b, patient_url, url, doc.patient.name,
                                          version.signature))
        previous = url
    consent = _consent(b, patient_url, doc.consent, doc.checklist.declined)
    checklist = _checklist(b, patient_url, doc.checklist)
    consents = [consent] if consent else []
    consents += fp.add_process(b, patient_url, doc.process, plan_urls[-1] if plan_urls else None,
                               _consent)  # older consent versions, notices, flags, the state
    sections = [_section("plan", plan_urls[-1:]), _section("decisions", decisions),
                _section("consent", consents),
                _section("checklist", [checklist])]
    if signatures:
        sections.append(_section("signatures", signatures))
    people = fpe.add_people(b, patient_url, doc.people, consent)
    if people:
        sections.append(_section("people", people))
    if doc.mappings:
        sections.append(_section("mapping", [fm.mapping_response(b.add, patient_url, m)
                                             for m in doc.mappings]))
    if len(plan_urls) > 1:
        sections.append(_section("history", list(reversed(plan_urls[:-1]))))
    newest = doc.current
    composition_id = str(uuid.uuid4())
    composition = {
        "resourceType": "Composition", "id": composition_id,
        "status": "final" if newest and newest.frozen else "preliminary",
        "type": {"coding": [{"system": DOCTYPE_SYSTEM, "code": DOCTYPE_CODE,
                             "display": DOCTYPE_DISPLAY}], "text": DOCTYPE_DISPLAY},
        "subject": _ref(patient_url, doc.patient.name),
        "date": instant(now),
        "author": [{"display": exported_by or "Individuell plan"}],
        "title": PLAN_TITLE,
        "confidentiality": "R",
        "section": sections,
    }
    bundle = {
        "resourceType": "Bundle",
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{uuid.uuid4()}"},
        "type": "document",
        "timestamp": instant(now),
        "entry": [{"fullUrl": f"urn:uuid:{composition_id}", "resource": composition},
                  *b.entries],
    }
    return _prune(bundle)
