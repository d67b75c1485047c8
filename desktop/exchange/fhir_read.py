"""FHIR R4 Bundle -> records, read leniently: our own documents and plans from other systems
(document or collection Bundles). Anything that cannot be read is refused as a whole."""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

from desktop.exchange import fhir_access as fa
from desktop.exchange import fhir_measures as fm
from desktop.exchange import fhir_people_read as fpr
from desktop.exchange import fhir_process as fp
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.fhir import (
    CHECKLIST_STATE_CODES,
    CS_CONSENT_PROVISION,
    CS_SIGNATURE_ROLE,
    DECISIONS_CATEGORY,
    DNR_SYSTEM,
    EXT_CONSENT_INFORMATION,
    EXT_CONSENT_PLACE,
    EXT_CONSENT_WITHDRAWAL,
    EXT_EVALUATION,
    EXT_EVALUATION_TYPED,
    EXT_PLAN_VERSION,
    FNR_SYSTEM,
    GOAL_OVERALL,
    MUNICIPALITY_TYPE,
    PLAN_TITLE,
    QUESTIONNAIRE,
    ROLE_HOSPITAL,
    ROLE_MUNICIPAL,
    SIGNATURE_ROLES,
    PlanDocument,
)
from desktop.exchange.fhir_access import clean_text, not_fhir
from desktop.i18n import translate
from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    Checklist,
    ChecklistItem,
    Consent,
    Coordinator,
    DecisionRow,
    Patient,
    Plan,
    PlanRow,
    PlanVersion,
    Signature,
    ValidationError,
)

_Malformed = fa.Malformed
_d = fa.as_dict
_l = fa.as_list
_s = fa.string
_first = fa.first
_date = fa.date
_local_time = fa.local_time
_ext = fa.ext
_name = fa.name_of
_telecom = fa.telecom
_address = fa.address
_codes = fa.codes
_too_much = fa.too_much
_keep = fa.keep_typed


def _keep_value(record: Any, name: str, parent: dict, url: str) -> None:
    """The date as typed of a date carried in an extension: its sibling extension ``url``."""
    text = _s(_ext(parent, url).get("valueString")).strip()
    if text:
        record.typed[name] = text
_STATES = {code: state for state, code in CHECKLIST_STATE_CODES.items()}
_LOCAL_REF = re.compile(r"^(?:.*/)?([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})(?:/_history/[^/]+)?$")


# ---------------------------------------------------------------- the bundle's index

class _Index:
    def __init__(self, bundle: dict) -> None:
        self.resources: list[dict] = []
        self.by_url: dict[str, dict] = {}
        for entry in _l(bundle.get("entry")):
            resource = _d(_d(entry).get("resource"))
            kind = _s(resource.get("resourceType"))
            if not kind:
                raise _Malformed
            self.resources.append(resource)
            url = _s(entry.get("fullUrl"))
            if url:
                self.by_url[url] = resource
            rid = _s(resource.get("id"))
            if rid:
                self.by_url.setdefault(f"{kind}/{rid}", resource)

    def of_type(self, kind: str) -> list[dict]:
        return [r for r in self.resources if r.get("resourceType") == kind]

    def resolve(self, reference: Any, kind: str | None = None) -> dict | None:
        target = self._lookup(_s(_d(reference).get("reference")))
        if target is not None and kind and target.get("resourceType") != kind:
            return None
        return target

    def _lookup(self, ref: str) -> dict | None:
        if not ref:
            return None
        if ref in self.by_url:
            return self.by_url[ref]
        match = _LOCAL_REF.match(ref)
        return self.by_url.get(f"{match.group(1)}/{match.group(2)}") if match else None

    def check_references(self) -> None:
        """Every reference must point at an entry of the bundle (or a contained resource)."""
        for resource in self.resources:
            contained = {_s(_d(c).get("id")) for c in _l(resource.get("contained"))}
            self._walk(resource, contained, 0)

    def _walk(self, node: Any, contained: set[str], depth: int) -> None:
        if depth > 64:
            raise _Malformed
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "reference" and not isinstance(value, dict):
                    ref = _s(value)
                    found = ref[1:] in contained if ref.startswith("#") else self._lookup(ref)
                    if not found:
                        raise ExchangeRefused(translate(
                            "exchange", "Filen har henvisninger som peker til noe som ikke "
                                        "finnes i filen, og kan ikke importeres."))
                else:
                    self._walk(value, contained, depth + 1)
        elif isinstance(node, list):
            for value in node:
                self._walk(value, contained, depth + 1)

    def check_text_length(self, limit: int) -> None:
        """Refuse a file with any text longer than ``limit`` characters."""
        stack: list[Any] = list(self.resources)
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, str) and len(node) > limit:
                raise ExchangeRefused(translate(
                    "exchange", "Filen har en tekst på mer enn {limit} tegn og kan ikke "
                                "importeres; så lange felt har ingen ekte plan.").format(
                                    limit=f"{limit:,}".replace(",", " ")))

    def display(self, reference: Any) -> str:
        """A reference's display text, or the name of what it points at."""
        text = _s(_d(reference).get("display"))
        if text:
            return text
        target = self.resolve(reference)
        if target is None:
            return ""
        name = target.get("name")
        return _s(name) if isinstance(name, str) or name is None else _name(name)


# ---------------------------------------------------------------- resources -> records

def _patient(resource: dict) -> Patient:
    number = ""
    for identifier in _l(resource.get("identifier")):
        if _d(identifier).get("system") in (FNR_SYSTEM, DNR_SYSTEM):
            number = re.sub(r"\s", "", _s(identifier.get("value")))
            break
    address, municipality = _address(resource.get("address"))
    patient = Patient(name=_name(resource.get("name")), birth_date=_date(resource.get("birthDate")),
                      id_number=number, address=address,
                      phone=_telecom(resource.get("telecom"), "phone"), municipality=municipality,
                      department=" ".join(
                          _s(_d(resource.get("managingOrganization")).get("display")).split()))
    try:
        return patient.validated()
    except ValidationError as error:
        raise ExchangeRefused(translate(
            "exchange", "Pasientopplysningene i filen er ugyldige: {error}").format(
                error=error)) from None


def _coordinators(ix: _Index, care_plan: dict) -> tuple[Coordinator, Coordinator]:
    found = {ROLE_HOSPITAL: Coordinator(), ROLE_MUNICIPAL: Coordinator()}
    for ref in _l(care_plan.get("careTeam"))[:1]:
        team = ix.resolve(ref, "CareTeam") or {}
        for participant in _l(team.get("participant")):
            participant = _d(participant)
            role = _s(_first(participant.get("role")).get("text")).casefold()
            key = ROLE_MUNICIPAL if "kommune" in role else (
                ROLE_HOSPITAL if "spesialist" in role or "midlertidig" in role else None)
            if key is None:
                continue
            person = ix.resolve(participant.get("member")) or {}
            name = _name(person.get("name")) or _s(_d(participant.get("member")).get("display"))
            found[key] = Coordinator(
                name=name, workplace=ix.display(participant.get("onBehalfOf")),
                address=_address(person.get("address"))[0],
                phone=_telecom(person.get("telecom"), "phone"),
                email=_telecom(person.get("telecom"), "email"))
    return found[ROLE_HOSPITAL], found[ROLE_MUNICIPAL]


def _goal_text(goal: dict) -> str:
    return _s(_d(goal.get("description")).get("text"))


def _is_decision(ix: _Index, care_plan: dict) -> bool:
    if any(ix.resolve(ref, "CarePlan") for ref in _l(care_plan.get("partOf"))):
        return True
    return any(_s(_d(c).get("text")) == DECISIONS_CATEGORY for c in _l(care_plan.get("category")))


def _notes(value: Any) -> str:
    return "\n".join(t for t in (_s(_d(n).get("text")) for n in _l(value)) if t)


def _plan(ix: _Index, care_plan: dict, decisions: list[dict]) -> Plan:
    plan = Plan()
    author = care_plan.get("author")
    plan.prepared_by = ix.display(author) if author is not None else ""
    contributors = [ix.resolve(ref, "Organization") or {} for ref in
                    _l(care_plan.get("contributor"))]
    municipal = [o for o in contributors if any(
        _s(_d(t).get("text")) == MUNICIPALITY_TYPE for t in _l(o.get("type")))]
    if municipal or contributors:
        plan.municipality = _s((municipal or contributors)[0].get("name"))
    period = _d(care_plan.get("period"))
    plan.valid_from, plan.valid_to = _date(period.get("start")), _date(period.get("end"))
    plan.evaluation_date = _date(_ext(care_plan, EXT_EVALUATION).get("valueDate"))
    _keep(plan, "valid_from", period, "start")
    _keep(plan, "valid_to", period, "end")
    _keep_value(plan, "evaluation_date", care_plan, EXT_EVALUATION_TYPED)
    plan.situation = _s(care_plan.get("description"))
    fm.read_plan(plan, care_plan, clean_text)
    fp.read_plan(plan, care_plan)
    plan.hospital_coordinator, plan.municipal_coordinator = _coordinators(ix, care_plan)
    goals = [ix.resolve(ref, "Goal") or {} for ref in _l(care_plan.get("goal"))]
    used: set[int] = set()
    for goal in goals:
        if any(_s(_d(c).get("text")) == GOAL_OVERALL for c in _l(goal.get("category"))):
            plan.overall_goal = _goal_text(goal)
            used.add(id(goal))
            break
    for activity in _l(care_plan.get("activity")):
        activity = _d(activity)
        detail = _d(activity.get("detail"))
        row_goals = [ix.resolve(ref, "Goal") or {} for ref in _l(detail.get("goal"))]
        used.update(id(g) for g in row_goals)
        scheduled = _d(detail.get("scheduledPeriod"))
        performer = _first(detail.get("performer"))
        measures = _s(detail.get("description")) or _s(_d(detail.get("code")).get("text"))
        row = PlanRow(
            goal="\n".join(_goal_text(g) for g in row_goals if _goal_text(g)),
            measures=measures, start=_date(scheduled.get("start")),
            responsible=ix.display(performer) if performer else "",
            evaluation=_date(_ext(detail, EXT_EVALUATION).get("valueDate")),
            comment=_notes(activity.get("progress")), ended=_date(scheduled.get("end")))
        _keep(row, "start", scheduled, "start")
        _keep(row, "ended", scheduled, "end")
        _keep_value(row, "evaluation", detail, EXT_EVALUATION_TYPED)
        fm.read_row(row, detail, activity, row_goals, clean_text)
        plan.rows.append(row)
    for goal in goals:  # sub-goals without a measure become rows of their own
        if id(goal) not in used and _goal_text(goal):
            plan.rows.append(PlanRow(goal=_goal_text(goal)))
    for decision in decisions:
        if fm.is_crisis(decision):
            team = ix.resolve(_first(decision.get("careTeam")), "CareTeam")
            plan.crisis = fm.read_crisis(decision, team, clean_text)
            continue
        period = _d(decision.get("period"))
        author = decision.get("author")
        existing = DecisionRow(
            decision=_s(decision.get("description")) or _s(decision.get("title")),
            responsible=ix.display(author) if author is not None else "",
            period_from=_date(period.get("start")), period_to=_date(period.get("end")),
            evaluation=_date(_ext(decision, EXT_EVALUATION).get("valueDate")),
            comment=_notes(decision.get("note")))
        _keep(existing, "period_from", period, "start")
        _keep(existing, "period_to", period, "end")
        _keep_value(existing, "evaluation", decision, EXT_EVALUATION_TYPED)
        plan.decisions.append(existing)
    return plan


def _signature(ix: _Index, provenance: dict) -> Signature:
    signature = Signature(signed_date=_date(provenance.get("occurredDateTime") or _d(
        provenance.get("occurredPeriod")).get("start")),
        recorded_at=_local_time(provenance.get("recorded")))
    by_code = {code: attr for attr, (code, _p, _t) in SIGNATURE_ROLES.items()}
    by_text = {text: attr for attr, (_c, _p, text) in SIGNATURE_ROLES.items()}
    for agent in _l(provenance.get("agent")):
        agent = _d(agent)
        kind = _d(agent.get("type"))
        attr = next((by_code[code] for system, code in _codes(kind)
                     if system == CS_SIGNATURE_ROLE and code in by_code), None)
        attr = attr or by_text.get(_s(kind.get("text")))
        if attr:
            setattr(signature, attr, ix.display(agent.get("who")))
    return signature


# Limits of one import, far beyond any real plan (a plan gets a version at each evaluation, a
# few a year; a long situation text is a few thousand characters), so that a hostile or broken
# file cannot make the reader, the store or the printout run for minutes.
MAX_VERSIONS = 5_000
MAX_ROWS = 2_000  # rows or existing decisions of one plan version
MAX_FIELD_CHARS = 100_000  # characters in one text field



def _check_limits(ix: _Index, mains: list[dict]) -> None:
    if len(mains) > MAX_VERSIONS:
        raise _too_much(translate("exchange", "planversjoner"), MAX_VERSIONS)
    care_plans = ix.of_type("CarePlan")
    if len(care_plans) - len(mains) > MAX_ROWS * len(mains) or any(
            len(_l(c.get("activity"))) > MAX_ROWS for c in care_plans):
        raise _too_much(translate("exchange", "rader i én plan"), MAX_ROWS)
    ix.check_text_length(MAX_FIELD_CHARS)


def _order(ix: _Index, mains: list[dict]) -> list[dict]:
    """The plan versions oldest first: by our version number when every plan has a distinct
    one, else by the length of each plan's chain of ``replaces`` (memoised: linear time)."""
    numbers = [_ext(c, EXT_PLAN_VERSION).get("valueInteger") for c in mains]
    if all(type(n) is int for n in numbers) and len(set(numbers)) == len(numbers):
        return [c for _n, c in sorted(zip(numbers, mains, strict=True), key=itemgetter(0))]
    before: dict[int, dict | None] = {}

    def replaced(plan: dict) -> dict | None:
        if id(plan) not in before:
            before[id(plan)] = next(
                (ix.resolve(r, "CarePlan") for r in _l(plan.get("replaces"))), None)
        return before[id(plan)]

    depth: dict[int, int] = {}
    for plan in mains:
        chain: list[dict] = []
        on_chain: set[int] = set()
        node: dict | None = plan
        while node is not None and id(node) not in depth and id(node) not in on_chain:
            chain.append(node)
            on_chain.add(id(node))
            node = replaced(node)
        below = depth.get(id(node), 0) if node is not None else 0  # a cycle ends the chain
        for step in reversed(chain):
            below += 1
            depth[id(step)] = below
    return sorted(mains, key=lambda plan: depth[id(plan)])


def _final_without_signature(care_plan: dict, composition_final: bool, current: bool) -> bool:
    """A plan another system marked final or active (no Provenance): it stays signed."""
    status = _s(care_plan.get("status"))
    return status in ("active", "completed") or (current and composition_final)


def _versions(ix: _Index, composition_final: bool = False) -> list[PlanVersion]:
    care_plans = ix.of_type("CarePlan")
    mains = [c for c in care_plans if not _is_decision(ix, c) and not fm.is_crisis(c)]
    if not mains:
        raise ExchangeRefused(translate(
            "exchange", "Filen mangler selve planen (CarePlan) og kan ikke importeres."))
    titled = [c for c in mains if _s(c.get("title")) == PLAN_TITLE]
    mains = titled or mains
    _check_limits(ix, mains)
    ordered = _order(ix, mains)
    decisions: dict[int, list[dict]] = {}
    for care_plan in care_plans:
        for ref in _l(care_plan.get("partOf")):
            target = ix.resolve(ref, "CarePlan")
            if target is not None:
                decisions.setdefault(id(target), []).append(care_plan)
    signed: dict[int, dict] = {}
    for record in ix.of_type("Provenance"):
        for ref in _l(record.get("target")):
            target = ix.resolve(ref)
            if target is not None:
                signed.setdefault(id(target), record)
    versions = []
    for number, care_plan in enumerate(ordered, start=1):
        provenance = signed.get(id(care_plan))
        if provenance is not None:
            signature = _signature(ix, provenance)
        elif _final_without_signature(care_plan, composition_final, number == len(ordered)):
            signature = Signature()  # signed elsewhere; the file does not say by whom
        else:
            signature = None
        versions.append(PlanVersion(number=number, plan=_plan(ix, care_plan,
                                                              decisions.get(id(care_plan), [])),
                                    signature=signature))
    return versions


def _consent(ix: _Index, consent: dict) -> Consent:
    result = Consent(given=_s(consent.get("status")) in ("active", "inactive"))
    result.place = _s(_ext(consent, EXT_CONSENT_PLACE).get("valueString"))
    info, withdrawal = _ext(consent, EXT_CONSENT_INFORMATION), _ext(consent, EXT_CONSENT_WITHDRAWAL)
    result.info_given_by = _s(_ext(info, "given-by").get("valueString"))
    result.info_given_date = _date(_ext(info, "date").get("valueDate"))
    result.withdrawn_date = _date(_ext(withdrawal, "date").get("valueDate"))
    result.withdrawn_recorded_by = _s(_ext(withdrawal, "recorded-by").get("valueString"))
    result.date = _date(consent.get("dateTime"))
    _keep(result, "date", consent, "dateTime")
    _keep_value(result, "info_given_date", info, "date-as-typed")
    _keep_value(result, "withdrawn_date", withdrawal, "date-as-typed")
    for performer in _l(consent.get("performer")):
        target = ix.resolve(performer) or {}
        if target.get("resourceType") == "RelatedPerson":
            result.guardian = ix.display(performer)
        elif target.get("resourceType") == "Patient" or not target:
            result.signed_by = _s(_d(performer).get("display"))
    provision = _d(consent.get("provision"))
    period = _d(provision.get("period"))
    result.valid_from, result.valid_to = _date(period.get("start")), _date(period.get("end"))
    _keep(result, "valid_from", period, "start")
    _keep(result, "valid_to", period, "end")
    for sub in _l(provision.get("provision")):
        sub = _d(sub)
        codes = {code for concept in _l(sub.get("code")) for system, code in _codes(concept)
                 if system == CS_CONSENT_PROVISION}
        permit = _s(sub.get("type")) == "permit"
        actor = ix.display(_first(sub.get("actor")).get("reference"))
        if "share-with-team" in codes:
            result.share_with_team = permit
        if "share-confidential" in codes:
            result.share_confidential = permit
        if "companion" in codes:
            result.companion = actor
        if "reservations" in codes:
            result.reservations = actor
    return result


def _answers(items: Any, found: dict[str, Any], depth: int = 0) -> None:
    if depth > 8:
        raise _Malformed
    for item in _l(items):
        item = _d(item)
        answer = _first(item.get("answer"))
        for key, value in answer.items():
            if key.startswith("value"):
                found[_s(item.get("linkId"))] = value
        if fa.as_typed(answer, "valueDate"):  # the date as typed, under the link's own key
            found[_s(item.get("linkId")) + "#typed"] = fa.as_typed(answer, "valueDate")
        _answers(item.get("item"), found, depth + 1)


def _checklist(response: dict) -> Checklist:
    found: dict[str, Any] = {}
    _answers(response.get("item"), found)
    checklist = Checklist()

    def item(prefix: str, index: int) -> ChecklistItem:
        link = f"{prefix}-{index + 1}"
        state = _s(_d(found.get(f"{link}.state")).get("code"))
        typed = {"date": found[f"{link}.date#typed"]} if f"{link}.date#typed" in found else {}
        return ChecklistItem(state=_STATES.get(state, ""), date=_date(found.get(f"{link}.date")),
                             done_by=_s(found.get(f"{link}.done-by")),
                             note=_s(found.get(f"{link}.note")), typed=typed)

    def flag(link: str) -> bool:
        return found.get(link) is True

    checklist.start = [item("start", i) for i in range(len(CHECKLIST_START))]
    checklist.existing = [item("existing", i) for i in range(len(CHECKLIST_EXISTING))]
    checklist.has_existing_plan = flag("has-existing-plan")
    checklist.user_involvement = _s(found.get("user-involvement"))
    checklist.next_of_kin_involved = flag("next-of-kin-involved")
    checklist.next_of_kin = _s(found.get("next-of-kin"))
    checklist.declined = flag("declined")
    checklist.declined_date = _date(found.get("declined-date"))
    if "declined-date#typed" in found:
        checklist.typed["declined_date"] = found["declined-date#typed"]
    checklist.declined_written_info = flag("declined-written-info")
    checklist.declined_unit_name = _s(found.get("declined-unit-name"))
    checklist.declined_unit_phone = _s(found.get("declined-unit-phone"))
    checklist.declined_note = _s(found.get("declined-note"))
    return checklist


# ---------------------------------------------------------------- entry point

def read_bundle(bundle: Any) -> PlanDocument:
    """A PlanDocument from a parsed FHIR R4 Bundle, or ExchangeRefused (one Norwegian line)."""
    try:
        return _read(bundle)
    except ExchangeRefused:
        raise
    except (_Malformed, TypeError, AttributeError, KeyError, IndexError, ValueError,
            RecursionError):
        raise not_fhir() from None


def _read(bundle: Any) -> PlanDocument:
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise not_fhir()
    if bundle.get("type") not in ("document", "collection"):
        raise ExchangeRefused(translate(
            "exchange", "Bare FHIR-bundler av typen «document» eller «collection» kan "
                        "importeres."))
    ix = _Index(bundle)
    ix.check_references()
    patient_resource = None
    compositions = ix.of_type("Composition")
    if compositions:
        patient_resource = ix.resolve(compositions[0].get("subject"), "Patient")
    patients = ix.of_type("Patient")
    if patient_resource is None and patients:
        patient_resource = patients[0]
    if patient_resource is None:
        raise ExchangeRefused(translate(
            "exchange", "Filen mangler pasienten (Patient) og kan ikke importeres."))
    versions = _versions(ix, bool(compositions) and _s(compositions[0].get("status")) in (
        "final", "amended"))
    consents = [c for c in ix.of_type("Consent") if not fp.is_process_consent(c)]
    responses = ix.of_type("QuestionnaireResponse")
    ours = [r for r in responses if r.get("questionnaire") == QUESTIONNAIRE]
    return PlanDocument(
        patient=_patient(patient_resource),
        checklist=_checklist(ours[0]) if ours else Checklist(),
        consent=_consent(ix, consents[0]) if consents else Consent(),
        versions=versions,
        mappings=[fm.read_mapping(r, clean_text) for r in responses
                  if r.get("questionnaire") == fm.QUESTIONNAIRE_MAPPING],
        process=fp.read_process(ix, _consent),
        people=fpr.read_people(ix))
