"""Each user's window preferences are their own and survive a bad value."""

from __future__ import annotations

from desktop.store.accounts import User
from desktop.store.session import Session
from desktop.store.settings import set_setting
from desktop.store.user_prefs import get_pref, set_pref


def user(name: str) -> User:
    return User(id=1, username=name, display_name=name.title(), role="user", departments=(),
                active=True, failed_count=0, locked_until="", must_change_password=False)


def test_preferences_are_per_user(db):
    siri, ola = Session(db, user("siri")), Session(db, user("ola"))
    set_pref(siri, "print", {"paper": "A5"})
    assert get_pref(siri, "print") == {"paper": "A5"}
    assert get_pref(ola, "print") == {}


def test_an_unreadable_value_is_forgotten(db):
    siri = Session(db, user("siri"))
    set_setting(db, "pref:siri:window", "{not json")
    assert get_pref(siri, "window") == {}
