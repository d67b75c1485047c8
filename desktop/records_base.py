"""What the records and the store's reads share, in a module without dataclasses: the
validation error, partial dates and identity numbers, the consent states, the IP work's states
and the patient list's line. The command line's `list` imports this and not the dataclasses
module (whose import, with inspect, ast and dis, and the making of each dataclass's methods
cost it some 20 ms of CPU; issue 17 item 6): the list's line is a NamedTuple.
desktop/records_patient.py (the patient) and desktop/records.py re-export every name here.

User-visible messages here are Bokmål source text; the views translate them with the
context ``records`` (see ``desktop.i18n``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from desktop.i18n import translatable, translate


class ValidationError(ValueError):
    """Bad input; the message is one Bokmål sentence meant for the user."""


# ---------------------------------------------------------------- partial dates

# ASCII digits only ((?a)): \d alone also matches fullwidth and Arabic-Indic digits, which
# int() reads. The patterns are compiled at their first match (re keeps them), not at import:
# the command line's `list` imports this module and reads no date.
_ISO = r"(?a)^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$"
_NORWEGIAN = r"(?a)^(?:(?:(\d{1,2})[./-])?(\d{1,2})[./-])?(\d{4})$"


# Month names as Norwegian staff write them, Bokmål and Nynorsk alike (the names are the same;
# "mars"/"mar", "sept"/"sep" and a full stop after an abbreviation are all read).
_MONTHS = {name: number for number, names in enumerate((
    ("januar", "jan"), ("februar", "feb"), ("mars", "mar"), ("april", "apr"), ("mai",),
    ("juni", "jun"), ("juli", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("oktober", "okt"), ("november", "nov"), ("desember", "des")), start=1) for name in names}
# "15. juli 2012", "jul. 2012", and a span of months as the paper form has it: "Juli/august
# 2012", "juli–aug. 2012" (read as from the first month; the caller keeps the text)
_NAMED = r"(?ai)^(?:(\d{1,2})\.?\s*)?([a-z]+)\.?(?:\s*[/–-]\s*([a-z]+)\.?)?\s*(\d{4})$"
_SHORT_YEAR = r"(?a)^(\d{2})\.(\d{2})\.(\d{2})$"  # 20.11.26, as printed
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
    match = re.match(_ISO, text)
    named = re.match(_NAMED, text)
    short = re.match(_SHORT_YEAR, text)
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
        match = re.match(_NORWEGIAN, text)
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


CONSENT_NONE = ""
CONSENT_GIVEN = "given"
CONSENT_WITHDRAWN = "withdrawn"
CONSENT_EXPIRED = "expired"
CONSENT_REFUSED = "refused"
CONSENT_INCOMPLETE = "incomplete"  # ticked without a date (records_process.version_state)



# ---------------------------------------------------------------- states of the IP work

IP_ASSESSING = "assessing"
IP_NOTIFIED = "notified"
IP_STARTED = "started"
IP_ACTIVE = "active"
IP_TRANSFERRED = "transferred"
IP_WAITING = "waiting"
IP_ENDED = "ended"
IP_DECLINED = "declined"
IP_STATES = {
    IP_ASSESSING: translatable("process", "Vurderes"),
    IP_NOTIFIED: translatable("process", "Meldt kommunen"),
    IP_STARTED: translatable("process", "Påbegynt"),
    IP_ACTIVE: translatable("process", "Aktiv"),
    IP_TRANSFERRED: translatable("process", "Overført til kommunen"),
    IP_WAITING: translatable("process", "Avventer"),
    IP_ENDED: translatable("process", "Avsluttet"),
    IP_DECLINED: translatable("process", "Ønsker ikke IP"),
}


class PatientSummary(NamedTuple):
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
