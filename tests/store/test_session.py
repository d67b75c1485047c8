"""store/session.py: the session names who acts in the log and holds nødtilgang; nothing global."""

from __future__ import annotations

import pytest

from desktop.store import accounts, log
from desktop.store.session import Session, as_session

pytestmark = pytest.mark.usefixtures("fast_hash")


def test_a_session_names_its_user_and_two_sessions_share_nothing(db) -> None:
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "hemmelig-ord-9x")
    first, second = Session(db, admin), Session(db)
    assert (first.username, first.display_name) == ("kari.admin", "Kari Admin")
    assert second.username == log.system_user() == second.display_name
    first.log(log.PRINT, None, {"form": "plan"})
    second.log(log.PRINT, None, {"form": "plan"})
    assert [e.user for e in log.entries(db, kind=log.PRINT)] == ["kari.admin", log.system_user()]
    first.grant_emergency(7, "Innlagt akutt i natt", 4)
    assert first.emergency_patients == {7} and second.emergency_patients == set()


def test_a_bare_database_is_a_session_where_nobody_is_logged_in(db) -> None:
    session = Session(db)
    assert as_session(session) is session
    made = as_session(db)
    assert made.db is db and made.user is None and made.emergency_patients == set()
