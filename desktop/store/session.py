"""Who acts: one logged-in user (or nobody, on a database without accounts) over one open
database, and the patients opened through nødtilgang (each until its expiry, or until the
window locks or logs out). The window makes one at each log-in and every command makes one;
both pass it down to the store, exchange, reports and models, so no module keeps who is logged
in in a global."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from desktop.store import plain
from desktop.store.accounts import User
from desktop.store.log import log_event, system_user

if TYPE_CHECKING:
    import sqlite_utils


class EmergencyGrant(NamedTuple):
    """One patient opened through nødtilgang: why, since when and until when."""

    patient_id: int
    reason: str
    started: dt.datetime
    expires: dt.datetime


class Session:
    """``user`` None: nobody logged in (a database without accounts, or a demo database used
    from the command line without --user).

    The session owns its database. A window started on a plain connection (store/opening.py:
    the list is read without importing sqlite-utils) reads through ``reading``; ``db``, the
    database every write goes through, wraps that same connection in sqlite-utils the first
    time it is asked for (the window asks right after its first paint), so nothing can be
    written through the plain connection."""

    def __init__(self, db: sqlite_utils.Database, user: User | None = None,
                 emergency_grants: dict[int, EmergencyGrant] | None = None) -> None:
        self._db = db
        self.user = user
        # the patients opened through nødtilgang, by patient id
        self.emergency_grants: dict[int, EmergencyGrant] = (
            {} if emergency_grants is None else emergency_grants)

    def __repr__(self) -> str:
        return f"Session(user={self.username!r})"

    @property
    def db(self) -> sqlite_utils.Database:
        """The database, ready for writing (see the class)."""
        if plain.is_plain(self._db):
            self._db = plain.writable(self._db)
        return self._db

    @db.setter
    def db(self, db: sqlite_utils.Database) -> None:
        self._db = db

    @property
    def reading(self) -> sqlite_utils.Database:
        """The database as it was opened, for reading only: a plain connection until ``db``
        is first asked for (the store's read functions only call ``execute``), then the same
        connection's sqlite-utils Database."""
        return self._db

    @property
    def ready_to_write(self) -> bool:
        """Whether ``db`` is there without wrapping the connection first."""
        return not plain.is_plain(self._db)

    @property
    def username(self) -> str:
        """The name the access log records for what this session does."""
        return self.user.username if self.user is not None else system_user()

    @property
    def display_name(self) -> str:
        """The name shown on what leaves the program (an export's "exported by")."""
        if self.user is None:
            return system_user()
        return self.user.display_name or self.user.username

    def grant_emergency(self, patient_id: int, reason: str, hours: int,
                        when: dt.datetime | None = None) -> EmergencyGrant:
        """Open ``patient_id`` to this session through nødtilgang for ``hours``."""
        started = when or dt.datetime.now()
        grant = EmergencyGrant(patient_id, reason, started, started + dt.timedelta(hours=hours))
        self.emergency_grants[patient_id] = grant
        return grant

    def emergency(self, patient_id: int, when: dt.datetime | None = None
                  ) -> EmergencyGrant | None:
        """The nødtilgang this session holds for ``patient_id`` now; an expired one is gone."""
        grant = self.emergency_grants.get(patient_id)
        if grant is not None and grant.expires <= (when or dt.datetime.now()):
            del self.emergency_grants[patient_id]
            return None
        return grant

    @property
    def emergency_patients(self) -> set[int]:
        """The patients open to this session through nødtilgang now."""
        moment = dt.datetime.now()
        return {pid for pid in list(self.emergency_grants) if self.emergency(pid, moment)}

    def end_emergencies(self) -> list[EmergencyGrant]:
        """End every nødtilgang (the window locks or logs out); returns those that ended."""
        ended = list(self.emergency_grants.values())
        self.emergency_grants.clear()
        return ended

    def log(self, kind: str, patient_id: int | None = None, detail: str | dict = "") -> None:
        """Append one access-log entry in this user's name."""
        log_event(self.db, kind, patient_id, detail, user=self.username)


def as_session(session_or_db: Session | sqlite_utils.Database) -> Session:
    """The session itself, or for a bare database one where nobody is logged in."""
    if isinstance(session_or_db, Session):
        return session_or_db
    return Session(session_or_db)
