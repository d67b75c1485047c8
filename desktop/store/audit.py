"""Reading the access log for administrators and for innsyn: filters by patient, user, period
and kind, Norwegian labels and readable details, and the chain check run at start."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.store import cipher, log
from desktop.store.log import verify_chain
from desktop.store.seals import SEAL_KEY
from desktop.store.where import Where

if TYPE_CHECKING:
    import sqlite_utils


def kind_label(kind: str) -> str:
    labels = {
        log.OPEN_PATIENT: translate("audit", "Åpnet pasient"),
        log.CHANGE: translate("audit", "Endring"),
        log.PRINT: translate("audit", "Utskrift"),
        log.EXPORT: translate("audit", "Eksport"),
        log.IMPORT: translate("audit", "Import"),
        log.SIGN: translate("audit", "Signatur registrert"),
        log.LOGIN: translate("audit", "Innlogging"),
        log.LOGIN_FAILED: translate("audit", "Mislykket innlogging"),
        log.LOGOUT: translate("audit", "Utlogging"),
        log.LOCK: translate("audit", "Låst"),
        log.EMERGENCY: translate("audit", "Nødtilgang"),
        log.USER_ADMIN: translate("audit", "Brukeradministrasjon"),
        log.RESTORE: translate("audit", "Gjenoppretting"),
        log.SNAPSHOT: translate("audit", "Utskriftsgrunnlag låst"),
        log.REFUSED: translate("audit", "Avvist tilgang"),
        log.SELF_GRANT: translate("audit", "Ga seg selv avdelinger"),
        log.COPY: translate("audit", "Kopi gitt"),
        log.RESERVATION_OVERRIDE: translate("audit", "Kopi eller innkalling tross reservasjon"),
    }
    return labels.get(kind, kind)


@dataclass(frozen=True)
class LogRow:
    id: int
    at: str
    user: str
    user_name: str  # the account's display name, or "" (the OS user before accounts existed)
    kind: str
    patient_id: int | None
    patient_name: str
    detail: str  # readable Bokmål

    @property
    def is_emergency(self) -> bool:
        return self.kind == log.EMERGENCY

    @property
    def is_flagged(self) -> bool:
        """Shown highlighted for review: nødtilgang, and an administrator giving themselves
        departments (access to patients by their own hand)."""
        return self.kind in (log.EMERGENCY, log.SELF_GRANT)


def _labels() -> dict[str, str]:
    return {
        "channel": translate("audit", "via"), "department": translate("audit", "avdeling"),
        "departments": translate("audit", "avdelinger"), "role": translate("audit", "rolle"),
        "username": translate("audit", "bruker"), "until": translate("audit", "til"),
        "added": translate("audit", "nye avdelinger"), "hours": translate("audit", "timer"),
        "idle_minutes": translate("audit", "låsetid (min)"),
        "backup_keep": translate("audit", "sikkerhetskopier"),
        "emergency_hours": translate("audit", "nødtilgang (timer)"),
        "from": translate("audit", "fra"), "safety_copy": translate("audit", "kopi før"),
        "form": translate("audit", "skjema"), "forms": translate("audit", "skjemaer"),
        "paper": translate("audit", "papir"), "version": translate("audit", "versjon"),
        "plan_version": translate("audit", "planversjon"),
        "plan_versions": translate("audit", "planversjoner"), "file": translate("audit", "fil"),
        "format": translate("audit", "format"), "exported_by": translate("audit", "av"),
        "bytes": translate("audit", "byte"), "as": translate("audit", "som"),
        "match": translate("audit", "funnet på"), "target": translate("audit", "til"),
        "signed_date": translate("audit", "signert"), "logo": translate("audit", "logo"),
        "patient": translate("audit", "pasient"), "command": translate("audit", "kommando"),
        "consent_override": translate("audit", "uten samtykke til deling, grunn"),
        "draft": translate("audit", "utkast"),
    }


def _values() -> dict[str, str]:
    return {
        "window": translate("audit", "vinduet"), "cli": translate("audit", "kommandolinjen"),
        "staff": translate("audit", "ansatt"), "admin": translate("audit", "administrator"),
        "add": translate("audit", "Ny bruker"), "update": translate("audit", "Bruker endret"),
        "reset_password": translate("audit", "Nytt passord satt"),
        "deactivate": translate("audit", "Deaktivert"),
        "activate": translate("audit", "Aktivert"),
        "change_own_password": translate("audit", "Byttet eget passord"),
        "settings": translate("audit", "Innstillinger endret"),
        "password": translate("audit", "feil passord"),
        "unknown_user": translate("audit", "ukjent brukernavn"),
        "locked": translate("audit", "kontoen var låst"),
        "inactive": translate("audit", "deaktivert konto"),
        "failed_logins": translate("audit", "tre feil passord"),
        "idle": translate("audit", "ikke i bruk"),
        "by_user": translate("audit", "låst av brukeren"),
        "checklist": translate("audit", "sjekkliste"), "consent": translate("audit", "samtykke"),
        "plan": translate("audit", "individuell plan"),
        "decisions": translate("audit", "eksisterende vedtak"),
        "zip": translate("audit", "kryptert pakke"), "pdf": translate("audit", "kryptert PDF"),
        "package": translate("audit", "pakke"), "bundle": translate("audit", "FHIR-fil"),
        "id_number": translate("audit", "fødselsnummer"),
        "name_birth": translate("audit", "navn og fødselsdato"),
        "new_patient": translate("audit", "ny pasient"),
        "new_version": translate("audit", "ny planversjon"),
        "printer": translate("audit", "skriver"),
        "hospital": translate("audit", "sykehusets egen"),
        "default": translate("audit", "standardlogoen"),
        "open": translate("audit", "åpne pasient"),
        "emergency": translate("audit", "nødtilgang"),
        "emergency_no_reason": translate("audit", "nødtilgang uten begrunnelse"),
        "change_number": translate("audit", "endre fødselsnummer"),
        "import": translate("audit", "import"),
        "upgrade": translate("audit", "oppgradering"),
    }


def _value(value: object, key: str = "") -> str:
    if isinstance(value, list):
        return ", ".join(_value(item) for item in value) or "–"
    text = str(value)
    if key == "target" and text == "pdf":  # a print saved as a PDF file, not an export
        return translate("audit", "PDF-fil")
    if len(text) == 19 and text[10:11] == "T":  # an ISO time
        return f"{text[8:10]}.{text[5:7]}.{text[:4]} {text[11:16]}"
    return _values().get(text, text)


def describe(kind: str, detail: str) -> str:
    """The stored detail (JSON or text) as one readable Bokmål line."""
    try:
        data = json.loads(detail) if detail.startswith("{") else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return detail
    parts = []
    if "action" in data:
        parts.append(_value(data["action"]))
    if "reason" in data:
        label = translate("audit", "Begrunnelse") if kind == log.EMERGENCY else translate(
            "audit", "Årsak")
        parts.append(f"{label}: {_value(data['reason'])}")
    labels = _labels()
    for key, value in sorted(data.items()):
        if key not in ("reason", "action", SEAL_KEY):  # a seal is for `check`, not for reading
            parts.append(f"{labels.get(key, key)}: {_value(value, key)}")
    return "; ".join(parts)


def _filters(patient_id: int | None, user: str | None, kinds: tuple[str, ...] | None,
             start: dt.date | None, end: dt.date | None) -> tuple[str, list]:
    where = (Where().equals("l.patient_id", patient_id)
             .equals("l.user", user or None, collate="NOCASE")
             .one_of("l.kind", kinds or None)
             .at_least("l.at", start.isoformat() if start is not None else None)
             .below("l.at", (end + dt.timedelta(days=1)).isoformat() if end is not None
                    else None))
    return where.sql(), where.params


def search_log(db: sqlite_utils.Database, patient_id: int | None = None,
               user: str | None = None, kinds: tuple[str, ...] | None = None,
               start: dt.date | None = None, end: dt.date | None = None,
               limit: int = 1000, offset: int = 0, newest_first: bool = True) -> list[LogRow]:
    """Log entries matching every given filter; ``end`` is inclusive (the whole day)."""
    where, params = _filters(patient_id, user, kinds, start, end)
    order = "DESC" if newest_first else "ASC"
    rows = db.execute(
        "SELECT l.id, l.at, l.user, COALESCE(u.display_name, ''), l.kind, l.patient_id, "
        "COALESCE(p.name, ''), l.detail FROM access_log l "
        "LEFT JOIN users u ON u.username = l.user "
        f"LEFT JOIN patients p ON p.id = l.patient_id {where} "
        f"ORDER BY l.id {order} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return [LogRow(id=row[0], at=row[1], user=row[2], user_name=row[3], kind=row[4],
                   patient_id=row[5], patient_name=row[6], detail=describe(row[4], row[7]))
            for row in rows]


def count_log(db: sqlite_utils.Database, patient_id: int | None = None,
              user: str | None = None, kinds: tuple[str, ...] | None = None,
              start: dt.date | None = None, end: dt.date | None = None) -> int:
    where, params = _filters(patient_id, user, kinds, start, end)
    return db.execute(f"SELECT COUNT(*) FROM access_log l {where}", params).fetchone()[0]


def log_users(db: sqlite_utils.Database) -> list[str]:
    """Every user name in the log, for the filter's choices."""
    return [row[0] for row in db.execute(
        "SELECT DISTINCT user FROM access_log ORDER BY user COLLATE NOCASE")]


def innsyn_rows(db: sqlite_utils.Database, patient_id: int) -> list[LogRow]:
    """Who has accessed the patient's data and when, oldest first (for the patient's innsyn)."""
    return search_log(db, patient_id=patient_id, limit=1_000_000, newest_first=False)


@dataclass(frozen=True)
class EmergencyUse:
    """One nødtilgang to a patient, as the innsyn lists it."""

    at: str
    user: str
    user_name: str
    reason: str


def emergency_uses(db: sqlite_utils.Database, patient_id: int) -> list[EmergencyUse]:
    """Every nødtilgang to the patient, oldest first: when, who and the written reason."""
    uses = []
    for row in search_log(db, patient_id=patient_id, kinds=(log.EMERGENCY,), limit=1_000_000,
                          newest_first=False):
        stored = db.execute("SELECT detail FROM access_log WHERE id = ?", [row.id]).fetchone()
        try:
            reason = str(json.loads(stored[0]).get("reason", ""))
        except (ValueError, AttributeError):
            reason = stored[0]
        uses.append(EmergencyUse(row.at, row.user, row.user_name, reason))
    return uses


def login_faults(db: sqlite_utils.Database) -> list[str]:
    """What the window warns an administrator about at log-in: the log's chain, and the schema
    against the migrations (an added trigger can silence the log; about 1 ms). The seals,
    stored JSON and integrity_check are left to `check`: together they cost seconds at 10 000
    patients (benchmarks/bench_login_check.py)."""
    from desktop.store.schema_check import schema_faults

    return schema_faults(db.conn) + chain_faults(db)


class LoginCheck(threading.Thread):
    """``login_faults`` off the window's thread, on its own read-only connection to the same
    file (with the same key when it is encrypted): at 100 000 log entries the chain takes
    seconds, which the log-in must not wait for. ``faults`` holds the result once the thread
    has ended; ``on_done(faults)`` is called from the thread (a Qt caller forwards it through
    a queued signal). A database without a file (``:memory:``) is checked on the calling
    thread, since no second connection can see it."""

    def __init__(self, db: sqlite_utils.Database,
                 on_done: Callable[[list[str]], None] | None = None) -> None:
        super().__init__(name="log-in-chain-check", daemon=True)
        self.faults: list[str] = []
        self._on_done = on_done
        self._file = cipher.file_of(db)
        self._key = cipher.key_of(db.conn)
        self._db = None if self._file else db

    def start(self) -> None:
        if self._db is None:
            super().start()
        else:  # nothing to open beside it: check here, now
            self.faults = login_faults(self._db)
            if self._on_done is not None:
                self._on_done(self.faults)

    def run(self) -> None:
        import sqlite_utils  # here: the log-in screen is shown without it (store/opening.py)

        assert self._file is not None  # started as a thread only for a file (see start)
        conn = cipher.connect(self._file, self._key, read_only=True)
        try:
            self.faults = login_faults(sqlite_utils.Database(conn, execute_plugins=False))
        except sqlite3.Error as error:  # the file went away meanwhile: nothing to warn of
            logging.getLogger(__name__).warning("The log-in's chain check failed: %s", error)
        finally:
            conn.close()
        if self._on_done is not None:
            self._on_done(self.faults)


def chain_faults(db: sqlite_utils.Database) -> list[str]:
    """What the program checks at start: a changed or deleted log entry (Norwegian lines)."""
    return verify_chain(db.conn)
