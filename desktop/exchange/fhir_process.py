"""FHIR R4 for issue 10's process records in the plan bundle, both directions
(docs/fhir-mapping.md, "The process"): every older consent version and the consent to notify as
Consent resources, each notice as a ServiceRequest (performer: the KE's Organization) with its
follow-up Task (the reply's due date in restriction.period.end), the two flags as Flag
resources, and CarePlan.status from the state of the IP work; plus who signs the plan as
ansvarlig koordinator. ``fhir`` and ``fhir_read`` call it once each way; this module imports
neither (they pass their consent writer and reader)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop.records import RESPONSIBLE_HOSPITAL, RESPONSIBLE_MUNICIPAL, Consent, Plan
from desktop.records_process import (
    BEHALF_LABELS,
    IP_DECLINED,
    IP_ENDED,
    IP_TRANSFERRED,
    IP_WAITING,
    NOTICE_ANSWERED,
    NOTICE_CLOSED,
    NOTICE_DRAFT,
    NOTICE_KINDS,
    REPLY_APPOINTED,
    REPLY_OUTCOMES,
    Contact,
    HospitalCoordinator,
    IpState,
    KEUnit,
    Notice,
    NotifyConsent,
)

PREFIX = "urn:individuell-plan:fhir:"
EXT = PREFIX + "StructureDefinition:"
EXT_RESPONSIBLE = EXT + "responsible-coordinator"
EXT_CONSENT_VERSION = EXT + "consent-version"
EXT_NOTIFY = EXT + "notify-consent"  # on the consent to notify: on_behalf, basis, recorded_by
EXT_IP_STATE = EXT + "ip-state"  # on the CarePlan: state, reason, date, by
EXT_HOSPITAL_COORDINATOR = EXT + "hospital-coordinator"
EXT_NOTICE = EXT + "notice"  # on the ServiceRequest: channel, services, activity, purpose …
EXT_FOLLOW_UP = EXT + "notice-follow-up"  # on the Task: reminder, reply, closing
HER_SYSTEM = "urn:oid:2.16.578.1.12.4.1.2"  # the national address register's HER-id
KOMMUNENUMMER_SYSTEM = "urn:oid:2.16.578.1.12.4.1.1.3402"  # kommunenummer (SSB)
CS_NOTICE_KIND = PREFIX + "CodeSystem:notice-kind"
CS_REPLY = PREFIX + "CodeSystem:notice-reply"
CS_FLAG = PREFIX + "CodeSystem:process-flag"
NOTIFY_CATEGORY = "Samtykke til å kontakte kommunen"
FLAG_PLAN, FLAG_COORDINATOR = "plan", "coordinator"

# the CareTeam participant's role text of the coordinator who signs (fhir.ROLE_*)
_ROLES = {RESPONSIBLE_HOSPITAL: "Koordinator i spesialisthelsetjenesten",
          RESPONSIBLE_MUNICIPAL: "Koordinator i kommunen"}
_CARE_PLAN_STATUS = {IP_TRANSFERRED: "completed", IP_ENDED: "completed",
                     IP_WAITING: "on-hold", IP_DECLINED: "revoked"}
_REQUEST_STATUS = {NOTICE_DRAFT: "draft", NOTICE_CLOSED: "completed"}
_TASK_STATUS = {NOTICE_DRAFT: "draft", NOTICE_ANSWERED: "completed", NOTICE_CLOSED: "completed"}
_NOTICE_FIELDS = ("channel", "services", "activity", "purpose", "sent_by")
_FOLLOW_UP_FIELDS = ("reminder_date", "reminder_by", "reminder_how", "reply_date", "reply_note",
                     "closed_date", "closed_by")


@dataclass
class ProcessRecords:
    """What a handover carries of the process besides the newest consent (PlanDocument.consent):
    the older consent versions (oldest first), the consent to notify, the state, the hospital's
    coordinator, the notices (oldest first) and the flags as they stood (written, not read)."""
    older_consents: list[Consent] = field(default_factory=list)
    notify: NotifyConsent = field(default_factory=NotifyConsent)
    ip_state: IpState = field(default_factory=IpState)
    hospital_coordinator: HospitalCoordinator = field(default_factory=HospitalCoordinator)
    notices: list[Notice] = field(default_factory=list)
    flag_plan: str = ""
    flag_coordinator: Contact | None = None


# ---------------------------------------------------------------- small helpers

def _ref(url: str, display: str = "") -> dict:
    return {"reference": url, "display": display} if display else {"reference": url}


def _or_none(text: str) -> str | None:
    return text or None


def _record(url: str, record: Any, names: tuple[str, ...] | None = None) -> dict:
    """A complex extension with one valueString per (non-empty) text field of ``record``."""
    names = names or tuple(f.name for f in dataclasses.fields(record))
    return {"url": url, "extension": [{"url": name, "valueString": str(getattr(record, name))}
                                      for name in names if getattr(record, name)]}


def _ext(resource: Any, url: str) -> dict:
    for ext in resource.get("extension") or [] if isinstance(resource, dict) else []:
        if isinstance(ext, dict) and ext.get("url") == url:
            return ext
    return {}


def _read_record(record: Any, ext: dict) -> Any:
    """Fill ``record``'s text fields from a complex extension written by ``_record``."""
    names = {f.name for f in dataclasses.fields(record) if isinstance(getattr(record, f.name),
                                                                         str)}
    values = {part.get("url"): str(part.get("valueString") or "")
              for part in ext.get("extension") or [] if isinstance(part, dict)}
    return dataclasses.replace(record, **{k: v for k, v in values.items() if k in names})


def _contact_text(contact: Contact) -> str:
    return ", ".join(v for v in (contact.name, contact.workplace, contact.phone, contact.email)
                     if v)


# ---------------------------------------------------------------- the plan's own fields

def plan_extensions(plan: Plan) -> list[dict]:
    """The CarePlan's extension for a chosen responsible coordinator (none for the default)."""
    role = _ROLES.get(plan.responsible)
    return [{"url": EXT_RESPONSIBLE, "valueString": role}] if role else []


def read_plan(plan: Plan, care_plan: Any) -> None:
    """Set plan.responsible from the CarePlan (an unknown or missing value: the default)."""
    text = str(_ext(care_plan, EXT_RESPONSIBLE).get("valueString") or "").casefold()
    plan.responsible = next((key for key, role in _ROLES.items() if role.casefold() == text),
                            "")


# ---------------------------------------------------------------- the notice

def organization(unit: KEUnit) -> dict:
    identifiers = [{"system": KOMMUNENUMMER_SYSTEM, "value": unit.kommunenummer}
                   if unit.kommunenummer else None,
                   {"system": HER_SYSTEM, "value": unit.her_id} if unit.her_id else None]
    return {"resourceType": "Organization", "identifier": identifiers,
            "name": _or_none(unit.unit_name or unit.municipality),
            "alias": [unit.municipality] if unit.unit_name and unit.municipality else [],
            "telecom": [{"system": "phone", "value": unit.phone} if unit.phone else None,
                        {"system": "email", "value": unit.email} if unit.email else None],
            "address": [{"text": unit.address}] if unit.address else []}


def notice_resources(b: Any, patient_url: str, notice: Notice, unit: KEUnit) -> str:
    """Add the notice's Organization, ServiceRequest and Task to the builder ``b`` (its
    ``add(resource) -> url``); returns the ServiceRequest's URL."""
    ke = b.add(organization(unit))
    notes = [("Aktuelle tjenester og varighet", notice.services),
             ("Pasientens aktivitet i dag", notice.activity),
             ("Formålet med individuell plan", notice.purpose),
             ("Forslag til koordinator", _contact_text(notice.suggested))]
    request = b.add({
        "resourceType": "ServiceRequest",
        "extension": [_record(EXT_NOTICE, notice, _NOTICE_FIELDS),
                      _record(EXT_NOTICE + "-suggested", notice.suggested)],
        "status": _REQUEST_STATUS.get(notice.state, "active"),
        "intent": "order" if notice.sent_date else "proposal",
        "code": {"coding": [{"system": CS_NOTICE_KIND, "code": notice.kind,
                             "display": NOTICE_KINDS[notice.kind]}],
                 "text": NOTICE_KINDS[notice.kind]},
        "subject": _ref(patient_url),
        "authoredOn": _or_none(notice.sent_date),
        "requester": {"display": notice.sent_by} if notice.sent_by else None,
        "performer": [_ref(ke, unit.unit_name or unit.municipality)],
        "note": [{"text": f"{title}: {text}"} for title, text in notes if text],
    })
    outputs = []
    if notice.reply_outcome:
        outputs.append({"type": {"coding": [{"system": CS_REPLY, "code": notice.reply_outcome,
                                             "display": REPLY_OUTCOMES[notice.reply_outcome]}]},
                        "valueString": _contact_text(notice.reply_coordinator)
                        or REPLY_OUTCOMES[notice.reply_outcome]})
    b.add({
        "resourceType": "Task",
        "extension": [_record(EXT_FOLLOW_UP, notice, _FOLLOW_UP_FIELDS),
                      _record(EXT_FOLLOW_UP + "-coordinator", notice.reply_coordinator)],
        "status": _TASK_STATUS.get(notice.state, "requested"),
        "intent": "order",
        "description": "Oppfølging av svar fra kommunen",
        "focus": _ref(request),
        "for": _ref(patient_url),
        "authoredOn": _or_none(notice.sent_date),
        "owner": _ref(ke),
        "restriction": {"period": {"end": _or_none(notice.due_date)}},
        "note": [{"text": f"Purret {notice.reminder_date} ({notice.reminder_how or '–'})"}
                 if notice.reminder_date else None],
        "output": outputs,
        "businessStatus": {"text": "Koordinator oppnevnt"}
        if notice.reply_outcome == REPLY_APPOINTED else None,
    })
    return request


def _read_notice(ix: Any, request: dict, tasks: list[dict]) -> Notice:
    code = ((request.get("code") or {}).get("coding") or [{}])[0].get("code")
    notice = _read_record(Notice(kind=code if code in NOTICE_KINDS else Notice().kind),
                          _ext(request, EXT_NOTICE))
    notice.suggested = _read_record(Contact(), _ext(request, EXT_NOTICE + "-suggested"))
    notice.sent_date = str(request.get("authoredOn") or "")[:10]
    unit = ix.resolve((request.get("performer") or [{}])[0], "Organization") or {}
    ids = {i.get("system"): str(i.get("value") or "") for i in unit.get("identifier") or []
           if isinstance(i, dict)}
    telecom = {t.get("system"): str(t.get("value") or "") for t in unit.get("telecom") or []
               if isinstance(t, dict)}
    alias = [str(a) for a in unit.get("alias") or []]
    name = str(unit.get("name") or "")
    notice.recipient = KEUnit(
        kommunenummer=ids.get(KOMMUNENUMMER_SYSTEM, ""), her_id=ids.get(HER_SYSTEM, ""),
        municipality=alias[0] if alias else name, unit_name=name if alias else "",
        phone=telecom.get("phone", ""), email=telecom.get("email", ""),
        address=str(((unit.get("address") or [{}])[0] or {}).get("text") or ""))
    for task in tasks:
        notice = _read_record(notice, _ext(task, EXT_FOLLOW_UP))
        notice.reply_coordinator = _read_record(Contact(),
                                                _ext(task, EXT_FOLLOW_UP + "-coordinator"))
        notice.due_date = str(((task.get("restriction") or {}).get("period") or {})
                              .get("end") or "")[:10]
        for output in task.get("output") or []:
            reply = ((output.get("type") or {}).get("coding") or [{}])[0].get("code")
            notice.reply_outcome = reply if reply in REPLY_OUTCOMES else ""
    return notice


# ---------------------------------------------------------------- the plan bundle

def load_process(db: sqlite_utils.Database, patient_id: int) -> ProcessRecords:
    from desktop.store import consents, ip_work, notices, process

    versions = consents.consent_versions(db, patient_id)
    flags = ip_work.flags(db, patient_id)
    return ProcessRecords(
        older_consents=[v.consent for v in versions[:-1]],
        notify=process.load_notify_consent(db, patient_id),
        ip_state=process.load_ip_state(db, patient_id),
        hospital_coordinator=process.load_hospital_coordinator(db, patient_id),
        notices=[dataclasses.replace(n, recipient=notices.recipient(db, n))
                 for n in notices.patient_notices(db, patient_id)],
        flag_plan=flags.plan, flag_coordinator=flags.coordinator)


ConsentWriter = Callable[[Any, str, Consent, bool], "str | None"]


def add_process(b: Any, patient_url: str, process: ProcessRecords | None, plan_url: str | None,
                write_consent: ConsentWriter) -> list[str]:
    """Add the process resources to the builder; the URLs for the Composition's section. The
    current CarePlan (``plan_url``) gets its status from the state and the state itself."""
    if process is None:
        return []
    urls: list[str] = []
    for number, consent in enumerate(process.older_consents, start=1):
        url = write_consent(b, patient_url, consent, False)
        if url:
            _resource(b, url)["extension"].append({"url": EXT_CONSENT_VERSION,
                                                   "valueInteger": number})
            urls.append(url)
    notify = process.notify
    if notify != NotifyConsent():
        urls.append(b.add({
            "resourceType": "Consent",
            "extension": [_record(EXT_NOTIFY, notify, ("on_behalf", "basis", "recorded_by"))],
            "status": "rejected" if notify.declined else ("active" if notify.date else "proposed"),
            "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                                  "code": "patient-privacy", "display": "Privacy Consent"}]},
            "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0",
                                      "display": "Patient Consent"}], "text": NOTIFY_CATEGORY}],
            "patient": _ref(patient_url),
            "dateTime": _or_none(notify.date),
            "performer": [{"display": notify.given_by}] if notify.given_by else [],
            "policyRule": {"text": BEHALF_LABELS.get(notify.on_behalf, "")},
        }))
    for notice in process.notices:
        urls.append(notice_resources(b, patient_url, notice, notice.recipient))
    urls += [_flag(b, patient_url, FLAG_PLAN, f"Individuell plan foreligger: {process.flag_plan}"),
             _flag(b, patient_url, FLAG_COORDINATOR, "Koordinator oppnevnt: " + (
                 f"ja – {_contact_text(process.flag_coordinator)}"
                 if process.flag_coordinator else "nei"))]
    if plan_url:
        care_plan = _resource(b, plan_url)
        status = _CARE_PLAN_STATUS.get(process.ip_state.state)
        # a draft is never "completed": a reader would take it for a plan signed elsewhere
        if status and (status != "completed" or care_plan.get("status") == "active"):
            care_plan["status"] = status
        care_plan["extension"] += [_record(EXT_IP_STATE, process.ip_state),
                                   _record(EXT_HOSPITAL_COORDINATOR,
                                           process.hospital_coordinator)]
    return urls


def is_process_consent(consent: Any) -> bool:
    """An older consent version or the consent to notify (not the newest consent to the plan)."""
    return bool(_ext(consent, EXT_CONSENT_VERSION) or _ext(consent, EXT_NOTIFY))


def _flag(b: Any, patient_url: str, code: str, text: str) -> str:
    return b.add({"resourceType": "Flag", "status": "active",
                  "code": {"coding": [{"system": CS_FLAG, "code": code}], "text": text},
                  "subject": _ref(patient_url)})


def _resource(b: Any, url: str) -> dict:
    resource: dict = next(e["resource"] for e in b.entries if e["fullUrl"] == url)
    resource.setdefault("extension", [])
    return resource


def read_process(ix: Any, read_consent: Callable[[Any, dict], Consent]) -> ProcessRecords:
    """The process records of a bundle (an older bundle without them: empty records)."""
    process = ProcessRecords()
    care_plan = next((c for c in ix.of_type("CarePlan") if _ext(c, EXT_IP_STATE)), None)
    older = [(int(_ext(c, EXT_CONSENT_VERSION).get("valueInteger") or 0), c)
             for c in ix.of_type("Consent") if _ext(c, EXT_CONSENT_VERSION)]
    process.older_consents = [read_consent(ix, c) for _n, c in sorted(older, key=lambda p: p[0])]
    for consent in ix.of_type("Consent"):
        if any((c or {}).get("text") == NOTIFY_CATEGORY for c in consent.get("category") or []):
            notify = _read_record(NotifyConsent(), _ext(consent, EXT_NOTIFY))
            notify.date = str(consent.get("dateTime") or "")[:10]
            notify.declined = consent.get("status") == "rejected"
            notify.given_by = str(((consent.get("performer") or [{}])[0] or {})
                                  .get("display") or "")
            process.notify = notify if notify.on_behalf in BEHALF_LABELS else dataclasses.replace(
                notify, on_behalf="")
    tasks = ix.of_type("Task")
    for request in ix.of_type("ServiceRequest"):
        mine = [t for t in tasks if ix.resolve(t.get("focus")) is request]
        process.notices.append(_read_notice(ix, request, mine))
    if care_plan is not None:
        state = _read_record(IpState(), _ext(care_plan, EXT_IP_STATE))
        process.ip_state = state if state.state else IpState()
        process.hospital_coordinator = _read_record(
            HospitalCoordinator(), _ext(care_plan, EXT_HOSPITAL_COORDINATOR))
    return process


def store_process(db: sqlite_utils.Database, patient_id: int,
                  process: ProcessRecords | None) -> None:
    """Write an imported patient's process records (inside the import's transaction), before
    the newest consent: the older versions come first, and a fresh newest version waits."""
    if process is None:
        return
    from desktop.store import consents, forms, notices
    from desktop.store import process as stored

    for number, consent in enumerate(process.older_consents, start=1):
        consents.write_version(db, patient_id, number, consent)
    if process.older_consents:
        forms.new_consent_version(db, patient_id)
    if process.notify != NotifyConsent():
        stored.save_notify_consent(db, patient_id, process.notify)
    if process.hospital_coordinator != HospitalCoordinator():
        stored.save_hospital_coordinator(db, patient_id, process.hospital_coordinator)
    for notice in process.notices:
        notices.import_notice(db, patient_id, notice)
    if process.ip_state.date or process.ip_state.state != IpState().state:
        stored.set_ip_state(db, patient_id, process.ip_state)
