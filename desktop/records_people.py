"""Plain records of the people around the patient: participants, meetings, the kopiliste and
letter templates (no Qt, no SQL). Messages are Bokmål source text in the context ``records``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desktop.i18n import translate
from desktop.records_base import ValidationError, parse_partial_date

# ---------------------------------------------------------------- participants

KIND_PATIENT = "patient"
KIND_NEXT_OF_KIN = "next_of_kin"
KIND_COMPANION = "companion"  # annen person pasienten ønsker med
KIND_GP = "gp"
KIND_PROVIDER = "provider"
KIND_HOSPITAL_COORDINATOR = "hospital_coordinator"
KIND_MUNICIPAL_COORDINATOR = "municipal_coordinator"
KIND_CHILD_COORDINATOR = "child_coordinator"
PARTICIPANT_KINDS = (KIND_PATIENT, KIND_NEXT_OF_KIN, KIND_COMPANION, KIND_GP, KIND_PROVIDER,
                     KIND_HOSPITAL_COORDINATOR, KIND_MUNICIPAL_COORDINATOR,
                     KIND_CHILD_COORDINATOR)
# professionals: their names may be offered as completions on the same ward
PROFESSIONAL_KINDS = (KIND_GP, KIND_PROVIDER, KIND_HOSPITAL_COORDINATOR,
                      KIND_MUNICIPAL_COORDINATOR, KIND_CHILD_COORDINATOR)


def participant_kind_label(kind: str) -> str:
    return {
        KIND_PATIENT: translate("records", "Pasient"),
        KIND_NEXT_OF_KIN: translate("records", "Pårørende"),
        KIND_COMPANION: translate("records", "Annen person pasienten ønsker med"),
        KIND_GP: translate("records", "Fastlege"),
        KIND_PROVIDER: translate("records", "Tjenesteyter"),
        KIND_HOSPITAL_COORDINATOR: translate("records",
                                             "Koordinator i spesialisthelsetjenesten"),
        KIND_MUNICIPAL_COORDINATOR: translate("records", "Koordinator i kommunen"),
        KIND_CHILD_COORDINATOR: translate("records", "Barnekoordinator"),
    }[kind]


@dataclass
class Participant:
    """A person in the patient's IP work: ansvarsgruppe, next of kin or provider."""

    id: int | None = None
    patient_id: int | None = None
    kind: str = KIND_PROVIDER
    name: str = ""
    role: str = ""  # role or relationship ("mor", "miljøterapeut")
    organisation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    in_group: bool = False  # member of the ansvarsgruppe
    contributes: str = ""  # what they contribute to the plan
    gets_copy: bool = False
    from_date: str = ""  # ISO partial dates
    to_date: str = ""
    when_to_call: str = ""  # for the patient's contact list
    note: str = ""
    username: str = ""  # the user of the program this professional is (store/coordinator_users)

    def validated(self) -> Participant:
        """A cleaned copy, or ValidationError with one Bokmål sentence."""
        if self.kind not in PARTICIPANT_KINDS:
            raise ValidationError(translate("records", "Velg hva slags deltaker dette er."))
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError(translate("records", "Skriv deltakerens navn."))
        start, end = parse_partial_date(self.from_date), parse_partial_date(self.to_date)
        if start and end and end < start:
            raise ValidationError(translate("records", "Til-datoen kan ikke være før fra-datoen."))
        return Participant(
            id=self.id, patient_id=self.patient_id, kind=self.kind, name=name,
            role=self.role.strip(), organisation=self.organisation.strip(),
            phone=self.phone.strip(), email=self.email.strip(), address=self.address.strip(),
            in_group=self.in_group, contributes=self.contributes.strip(),
            gets_copy=self.gets_copy, from_date=start, to_date=end,
            when_to_call=self.when_to_call.strip(), note=self.note.strip(),
            username=self.username.strip())


_PHONE = re.compile(r"(?:\+47\s*)?\d(?:[\s]?\d){7}")
_PAREN = re.compile(r"\(([^)]*)\)")


def next_of_kin_from_line(line: str) -> Participant | None:
    """A next of kin from the checklist's free line ("Kari Hansen (mor), tlf 912 34 567"):
    phone and the relationship in brackets are picked out, the whole line kept in the note."""
    text = " ".join((line or "").split())
    if not text:
        return None
    phone_match = _PHONE.search(text)
    phone = phone_match.group(0) if phone_match else ""
    rest = text.replace(phone, " ") if phone else text
    paren = _PAREN.search(rest)
    role = paren.group(1).strip() if paren else ""
    rest = _PAREN.sub(" ", rest)
    rest = re.sub(r"\b(?:tlf|telefon|mob|mobil)\.?:?", " ", rest, flags=re.IGNORECASE)
    name = " ".join(rest.replace(",", " ").split()) or text
    return Participant(kind=KIND_NEXT_OF_KIN, name=name, role=role, phone=phone,
                       note=translate("records", "Fra sjekklisten: {line}").format(line=text))


# ---------------------------------------------------------------- the kopiliste

CHANNEL_PAPER = "paper"
CHANNEL_POST = "post"
CHANNEL_ENCRYPTED_FILE = "encrypted_file"
CHANNEL_SECURE_MAIL = "secure_mail"
CHANNELS = (CHANNEL_PAPER, CHANNEL_POST, CHANNEL_ENCRYPTED_FILE, CHANNEL_SECURE_MAIL)


def channel_label(channel: str) -> str:
    return {
        CHANNEL_PAPER: translate("records", "utlevert på papir"),
        CHANNEL_POST: translate("records", "post"),
        CHANNEL_ENCRYPTED_FILE: translate("records", "kryptert fil"),
        CHANNEL_SECURE_MAIL: translate("records", "sikker e-post"),
    }[channel]


WHAT_PLAN = "plan"
WHAT_LETTER = "letter"
WHAT_MINUTES = "minutes"


@dataclass
class Copy:
    """One line of the kopiliste: which version (or letter) went to whom, when and how."""
    id: int | None = None
    patient_id: int | None = None
    participant_id: int | None = None
    recipient: str = ""  # the name as it was when the copy was given
    what: str = WHAT_PLAN
    version_number: int = 0  # the plan version; 0 for letters
    title: str = ""  # the letter's template name, or the minutes' meeting
    channel: str = CHANNEL_PAPER
    given_on: str = ""  # ISO date
    given_by: str = ""


# ---------------------------------------------------------------- meetings

MEETING_KINDS = ("samarbeidsmote", "ansvarsgruppemote", "nettverksmote", "planmote",
                 "utskrivningsmote")
INVITATION_NOTICE_DAYS = 7


def meeting_kind_label(kind: str) -> str:
    return {
        "samarbeidsmote": translate("records", "Samarbeidsmøte"),
        "ansvarsgruppemote": translate("records", "Ansvarsgruppemøte"),
        "nettverksmote": translate("records", "Nettverksmøte"),
        "planmote": translate("records", "Planmøte"),
        "utskrivningsmote": translate("records", "Utskrivningsmøte"),
    }[kind]


@dataclass
class MeetingAction:
    """One agreed action of a meeting: what, who, by when, and when it was done."""

    what: str = ""
    who: str = ""
    due: str = ""  # ISO date
    done: str = ""  # ISO date it was done; empty while open


@dataclass
class Meeting:
    """A meeting in the IP work (ansvarsgruppemøte and the like) and its minutes."""

    id: int | None = None
    patient_id: int | None = None
    kind: str = "ansvarsgruppemote"
    starts_at: str = ""  # ISO "2026-03-14T13:00" or a date
    place: str = ""
    video: bool = False
    invited: list[int] = field(default_factory=list)  # participant ids
    present: list[int] = field(default_factory=list)
    agenda: str = ""
    minutes: str = ""
    actions: list[MeetingAction] = field(default_factory=list)
    next_meeting: str = ""  # ISO date (or date and time)
    invitation_sent: str = ""  # ISO date

    @property
    def day(self) -> dt.date | None:
        return parse_moment(self.starts_at).date() if self.starts_at else None

    @property
    def invitation_late(self) -> bool:
        """The invitation went out fewer than seven days before the meeting."""
        if not (self.invitation_sent and self.starts_at):
            return False
        sent = dt.date.fromisoformat(self.invitation_sent)
        day = self.day
        return day is not None and (day - sent).days < INVITATION_NOTICE_DAYS

    def validated(self) -> Meeting:
        if self.kind not in MEETING_KINDS:
            raise ValidationError(translate("records", "Velg hva slags møte dette er."))
        if not self.starts_at.strip():
            raise ValidationError(translate("records", "Skriv når møtet er."))
        starts = moment_iso(self.starts_at)
        sent = _full_date(self.invitation_sent)
        following = moment_iso(self.next_meeting)
        actions = []
        for action in self.actions:
            if not (action.what.strip() or action.who.strip() or action.due.strip()):
                continue
            if not action.what.strip():
                raise ValidationError(translate("records", "Skriv hva som er avtalt."))
            actions.append(MeetingAction(action.what.strip(), action.who.strip(),
                                         _full_date(action.due), _full_date(action.done)))
        return Meeting(id=self.id, patient_id=self.patient_id, kind=self.kind,
                       starts_at=starts, place=self.place.strip(), video=self.video,
                       invited=list(dict.fromkeys(self.invited)),
                       present=list(dict.fromkeys(self.present)), agenda=self.agenda.strip(),
                       minutes=self.minutes.strip(), actions=actions, next_meeting=following,
                       invitation_sent=sent)


def _moment(text: str) -> tuple[dt.datetime, bool]:
    text = (text or "").strip()
    match = re.fullmatch(r"(\S+?)(?:[T ](?:kl\.? ?)?(\d{1,2})[:.](\d{2}))?", text)
    if match:
        try:
            day = parse_partial_date(match.group(1))
        except ValidationError:
            day = ""
        hour, minute = int(match.group(2) or 0), int(match.group(3) or 0)
        if len(day) == 10 and hour < 24 and minute < 60:
            return (dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute)),
                    match.group(2) is not None)
    raise ValidationError(translate(
        "records", "«{text}» er ikke et tidspunkt. Skriv for eksempel 14.03.2026 13:00.").format(
        text=text))


def parse_moment(text: str) -> dt.datetime:
    """A date with an optional time: "2026-03-14T13:00", "14.03.2026 13:00", "14.03.2026"."""
    return _moment(text)[0]


def moment_iso(text: str) -> str:
    """ISO "2026-03-14T13:00", or "2026-03-14" when no time was given; "" for an empty text."""
    if not (text or "").strip():
        return ""
    moment, has_time = _moment(text)
    return moment.isoformat(timespec="minutes") if has_time else moment.date().isoformat()


def _full_date(text: str) -> str:
    value = parse_partial_date(text)
    if value and len(value) != 10:
        raise ValidationError(translate("records", "Skriv en hel dato, for eksempel 14.03.2026."))
    return value


def format_moment(iso: str) -> str:
    """14.03.2026 kl. 13:00 (or only the date)."""
    if not iso:
        return ""
    moment = parse_moment(iso)
    text = moment.strftime("%d.%m.%Y")
    return text + moment.strftime(" kl. %H:%M") if "T" in iso else text


# ---------------------------------------------------------------- letter templates

@dataclass
class LetterTemplate:
    """A ward's letter template: its name and text."""

    id: int | None = None
    name: str = ""
    body: str = ""
    updated_at: str = ""

    def validated(self) -> LetterTemplate:
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError(translate("records", "Gi malen et navn."))
        if not self.body.strip():
            raise ValidationError(translate("records", "Malen har ingen tekst."))
        return LetterTemplate(self.id, name, self.body.strip() + "\n", self.updated_at)
