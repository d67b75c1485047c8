"""Records of the ward's process around the plan (shared/spec/process.md), Qt-free and SQL-free:
the assessment, the consent to notify the municipality, the koordinerende enhet (KE) directory,
the notice and its reply, the hospital coordinator, and the states of the IP work.

Stored keys are English; the labels are Bokmål source text shown through ``translate``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from desktop.i18n import translatable, translate
from desktop.records import (
    CONSENT_GIVEN,
    CONSENT_INCOMPLETE,
    Consent,
    ValidationError,
    consent_state,
    parse_partial_date,
)
from desktop.records_base import (  # noqa: F401  (the IP work's states, as before)
    IP_ACTIVE,
    IP_ASSESSING,
    IP_DECLINED,
    IP_ENDED,
    IP_NOTIFIED,
    IP_STARTED,
    IP_STATES,
    IP_TRANSFERRED,
    IP_WAITING,
)


def _date(text: str) -> str:
    return parse_partial_date(text)


def _day(text: str, message: str) -> str:
    """A full date (day precision) or "", else ValidationError with ``message``."""
    iso = parse_partial_date(text)
    if iso and len(iso) != 10:
        raise ValidationError(message)
    return iso


# ---------------------------------------------------------------- assessment (checklist item 1)

ASSESS_IP = "ip_and_coordinator"
ASSESS_COORDINATOR = "coordinator_only"
ASSESS_CHILD = "child_coordinator"
ASSESS_NO_NEED = "no_need"
ASSESS_WAITING = "waiting"
ASSESSMENT_LABELS = {
    "": translatable("process", "Ikke vurdert"),
    ASSESS_IP: translatable("process", "Rett til IP og koordinator"),
    ASSESS_COORDINATOR: translatable("process", "Koordinator uten IP"),
    ASSESS_CHILD: translatable("process", "Behov for barnekoordinator"),
    ASSESS_NO_NEED: translatable("process", "Ikke behov"),
    ASSESS_WAITING: translatable("process", "Avventer"),
}


@dataclass
class Assessment:
    """The ward's assessment of whether the patient needs an individuell plan."""

    outcome: str = ""
    reason: str = ""  # why the ward waits (avventer), or any remark
    date: str = ""
    by: str = ""

    def validated(self) -> Assessment:
        if self.outcome not in ASSESSMENT_LABELS:
            raise ValidationError(translate("process", "Velg et av utfallene for vurderingen."))
        return dataclasses.replace(self, date=_date(self.date), reason=self.reason.strip(),
                                   by=self.by.strip())


# ---------------------------------------------------------------- consents

BEHALF_PATIENT = ""
BEHALF_GUARDIAN = "guardian"
BEHALF_PARENTS = "parents"
BEHALF_NEXT_OF_KIN = "next_of_kin"
BEHALF_LABELS = {
    BEHALF_PATIENT: translatable("process", "Pasienten selv"),
    BEHALF_GUARDIAN: translatable("process", "Verge"),
    BEHALF_PARENTS: translatable("process", "Foreldre / foresatte"),
    BEHALF_NEXT_OF_KIN: translatable("process", "Nærmeste pårørende"),
}


@dataclass
class ConsentVersion:
    """One consent to the plan; a new plan period gets a new numbered version."""
    number: int = 1
    consent: Consent = field(default_factory=Consent)
    created_at: str = ""
    updated_at: str = ""


def version_state(consent: Consent, declined: bool = False, today: dt.date | None = None) -> str:
    """As ``records.consent_state``, but a tick without a date is "incomplete", not given."""
    state = consent_state(consent, declined, today)
    if state == CONSENT_GIVEN and not consent.date:
        return CONSENT_INCOMPLETE
    return state


def plan_consent_valid(consent: Consent, today: dt.date | None = None) -> bool:
    """A complete, dated consent to the plan that is neither withdrawn nor expired."""
    return version_state(consent, False, today) == CONSENT_GIVEN


@dataclass
class NotifyConsent:
    """Consent to contact or notify the municipality's koordinerende enhet about the need."""
    date: str = ""
    given_by: str = ""  # name of the person who consented
    on_behalf: str = BEHALF_PATIENT  # who consented when not the patient
    basis: str = ""  # on what basis someone consented on the patient's behalf
    declined: bool = False  # the patient said no to notifying the municipality
    recorded_by: str = ""

    def validated(self) -> NotifyConsent:
        if self.on_behalf not in BEHALF_LABELS:
            raise ValidationError(translate(
                "process", "Velg hvem som samtykket på vegne av pasienten."))
        return dataclasses.replace(self, date=_date(self.date), given_by=self.given_by.strip(),
                                   basis=self.basis.strip(), recorded_by=self.recorded_by.strip())

    @property
    def given(self) -> bool:
        return bool(self.date) and not self.declined


# ---------------------------------------------------------------- the KE directory

@dataclass
class KEUnit:
    """A municipality's koordinerende enhet."""
    id: int | None = None
    kommunenummer: str = ""  # four digits
    municipality: str = ""
    unit_name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""  # postal address
    her_id: str = ""  # optional HER-id in the address register (digits)

    def validated(self) -> KEUnit:
        number = self.kommunenummer.strip()
        if not re.fullmatch(r"\d{4}", number):
            raise ValidationError(translate("process", "Kommunenummeret må ha fire siffer."))
        municipality = " ".join(self.municipality.split())
        if not municipality:
            raise ValidationError(translate("process", "Skriv kommunens navn."))
        email = self.email.strip()
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            raise ValidationError(translate(
                "process", "«{text}» er ikke en e-postadresse.").format(text=email))
        her = self.her_id.strip()
        if her and not her.isdigit():
            raise ValidationError(translate("process", "HER-id består bare av siffer."))
        return dataclasses.replace(
            self, kommunenummer=number, municipality=municipality,
            unit_name=" ".join(self.unit_name.split()) or translate(
                "process", "Koordinerende enhet"),
            phone=self.phone.strip(), email=email, address=self.address.strip(), her_id=her)


# ---------------------------------------------------------------- the notice and its reply

NOTICE_IP = "ip_and_coordinator"
NOTICE_COORDINATOR = "coordinator_only"
NOTICE_CHILD = "child_coordinator"
NOTICE_EXISTING = "existing_plan"
NOTICE_KINDS = {
    NOTICE_IP: translatable("process", "Behov for individuell plan og koordinator"),
    NOTICE_COORDINATOR: translatable("process", "Behov for koordinator uten individuell plan"),
    NOTICE_CHILD: translatable("process", "Behov for barnekoordinator"),
    NOTICE_EXISTING: translatable("process", "Pasienten har individuell plan: samarbeid"),
}

CHANNELS = {
    "plo": translatable("process", "PLO-melding"),
    "dialog": translatable("process", "Dialogmelding"),
    "report": translatable("process", "Tverrfaglig rapport"),
    "form": translatable("process", "Kommunens skjema"),
    "letter": translatable("process", "Brev"),
    "phone": translatable("process", "Telefon"),
}

REPLY_APPOINTED = "appointed"
REPLY_REFUSED = "refused"
REPLY_WAIT = "wait"
REPLY_OUTCOMES = {
    REPLY_APPOINTED: translatable("process", "Koordinator oppnevnt"),
    REPLY_REFUSED: translatable("process", "Avslått"),
    REPLY_WAIT: translatable("process", "Ber om å avvente"),
}

NOTICE_DRAFT = "draft"
NOTICE_SENT = "sent"
NOTICE_REMINDED = "reminded"
NOTICE_ANSWERED = "answered"
NOTICE_CLOSED = "closed"
NOTICE_STATES = {
    NOTICE_DRAFT: translatable("process", "Utkast"),
    NOTICE_SENT: translatable("process", "Sendt"),
    NOTICE_REMINDED: translatable("process", "Purret"),
    NOTICE_ANSWERED: translatable("process", "Besvart"),
    NOTICE_CLOSED: translatable("process", "Lukket"),
}

DEFAULT_REPLY_DAYS = 14


@dataclass
class Contact:
    """A coordinator suggested in the notice or named in the reply."""
    name: str = ""
    workplace: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Notice:
    """Melding om behov for IP / koordinator to the municipality's KE, with its follow-up."""
    id: int | None = None
    patient_id: int | None = None
    kind: str = NOTICE_IP
    ke_id: int | None = None  # the recipient in the directory (the patient's KE by default)
    recipient: KEUnit = field(default_factory=KEUnit)  # the KE as it was when sent
    channel: str = "plo"
    services: str = ""  # which services are relevant, and for how long
    activity: str = ""  # the patient's activity today
    purpose: str = ""  # the purpose of the individual plan
    suggested: Contact = field(default_factory=Contact)  # suggested coordinator
    sent_date: str = ""
    sent_by: str = ""
    due_date: str = ""  # the reply is due (sent + the setting's days)
    reminder_date: str = ""
    reminder_by: str = ""
    reminder_how: str = ""  # usually a phone call
    reply_date: str = ""
    reply_outcome: str = ""
    reply_coordinator: Contact = field(default_factory=Contact)
    reply_note: str = ""
    closed_date: str = ""
    closed_by: str = ""

    def validated(self) -> Notice:
        if self.kind not in NOTICE_KINDS:
            raise ValidationError(translate("process", "Velg hva meldingen gjelder."))
        if self.channel not in CHANNELS:
            raise ValidationError(translate("process", "Velg hvordan meldingen sendes."))
        if self.reply_outcome and self.reply_outcome not in REPLY_OUTCOMES:
            raise ValidationError(translate("process", "Velg hva kommunen svarte."))
        message = translate("process", "Skriv en hel dato med dag, måned og år.")
        return dataclasses.replace(
            self, sent_date=_day(self.sent_date, message), due_date=_day(self.due_date, message),
            reminder_date=_day(self.reminder_date, message),
            reply_date=_day(self.reply_date, message),
            closed_date=_day(self.closed_date, message))

    @property
    def state(self) -> str:
        if self.closed_date:
            return NOTICE_CLOSED
        if self.reply_date:
            return NOTICE_ANSWERED
        if self.reminder_date:
            return NOTICE_REMINDED
        if self.sent_date:
            return NOTICE_SENT
        return NOTICE_DRAFT

    def overdue(self, today: dt.date | None = None) -> bool:
        """Unanswered after its due date (on the due date itself it is not yet overdue)."""
        if self.state not in (NOTICE_SENT, NOTICE_REMINDED) or not self.due_date:
            return False
        return (today or dt.date.today()) > dt.date.fromisoformat(self.due_date)


def reply_due(sent_date: str, days: int = DEFAULT_REPLY_DAYS) -> str:
    return (dt.date.fromisoformat(sent_date) + dt.timedelta(days=days)).isoformat()


def notice_state_label(notice: Notice) -> str:
    label = translate("process", NOTICE_STATES[notice.state])
    if notice.state == NOTICE_ANSWERED and notice.reply_outcome:
        label += f" ({translate('process', REPLY_OUTCOMES[notice.reply_outcome]).lower()})"
    return label


# ---------------------------------------------------------------- coordinators

@dataclass
class HospitalCoordinator:
    """Koordinator i spesialisthelsetjenesten: appointed by the hospital, with or without a plan."""
    name: str = ""
    workplace: str = ""
    phone: str = ""
    email: str = ""
    appointed_date: str = ""
    appointed_by: str = ""

    def validated(self) -> HospitalCoordinator:
        return dataclasses.replace(self, name=" ".join(self.name.split()),
                                   appointed_date=_date(self.appointed_date))


# ---------------------------------------------------------------- states of the IP work

STATES_WITH_REASON = (IP_WAITING, IP_ENDED)
STATES_WITHOUT_ALARMS = (IP_TRANSFERRED, IP_ENDED)  # the ward no longer evaluates the plan


@dataclass
class IpState:
    """The state of the IP work, set by hand (why, when and by whom)."""

    state: str = IP_ASSESSING
    reason: str = ""
    date: str = ""
    by: str = ""

    def validated(self) -> IpState:
        if self.state not in IP_STATES:
            raise ValidationError(translate("process", "Ukjent tilstand for arbeidet med planen."))
        return dataclasses.replace(self, date=_date(self.date), reason=self.reason.strip())


def ip_state_label(state: str) -> str:
    return translate("process", IP_STATES.get(state or IP_ASSESSING, IP_STATES[IP_ASSESSING]))


@dataclass
class ProcessFacts:
    """What has been recorded, as far as the next state depends on it."""
    current: str = IP_ASSESSING
    declined: bool = False
    assessment: str = ""
    notice_state: str = ""  # the newest notice's state, "" without one
    reply_outcome: str = ""
    plan_started: bool = False  # a plan draft with content exists
    plan_signed: bool = False  # a version is signed


def suggest_state(facts: ProcessFacts) -> str:
    """The state that what was recorded points to; the user confirms it. Handing over and
    ending are the user's choice and are never suggested away."""
    if facts.current in (IP_TRANSFERRED, IP_ENDED):
        return facts.current
    if facts.declined:
        return IP_DECLINED
    if facts.plan_signed:
        return IP_ACTIVE
    if facts.plan_started or facts.reply_outcome == REPLY_APPOINTED:
        return IP_STARTED
    if facts.reply_outcome == REPLY_WAIT or facts.assessment == ASSESS_WAITING:
        return IP_WAITING
    if facts.notice_state in (NOTICE_SENT, NOTICE_REMINDED):
        return IP_NOTIFIED
    return IP_ASSESSING

