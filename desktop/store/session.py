"""Who acts: one logged-in user (or nobody, on a database without accounts) over one open
database, and the patients opened through nødtilgang. The window makes one at each log-in and
every command makes one; both pass it down to the store, exchange, reports and models, so no
module keeps who is logged in in a global."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from desktop.store.accounts import User
from desktop.store.log import log_event, system_user


@dataclass(eq=False)
class Session:
    """``user`` None: nobody logged in (a database without accounts, or a demo database used
    from the command line without --user)."""

    db: sqlite_utils.Database
    user: User | None = None
    emergency_patients: set[int] = field(default_factory=set)  # opened through nødtilgang

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

    def log(self, kind: str, patient_id: int | None = None, detail: str | dict = "") -> None:
        """Append one access-log entry in this user's name."""
        log_event(self.db, kind, patient_id, detail, user=self.username)


def as_session(session_or_db: Session | sqlite_utils.Database) -> Session:
    """The session itself, or for a bare database one where nobody is logged in."""
    if isinstance(session_or_db, Session):
        return session_or_db
    return Session(session_or_db)
