"""What one user's window looks like between sessions (window size, splitter, the print
dialog's forms and paper): small JSON values in the settings table, one key per user and
name. Not patient data: a value that cannot be read or written is simply not remembered."""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from desktop.store.session import Session
from desktop.store.settings import get_setting, set_setting

_log = logging.getLogger(__name__)


def _key(session: Session, name: str) -> str:
    return f"pref:{session.username}:{name}"


def get_pref(session: Session, name: str) -> dict[str, Any]:
    """The user's stored value for ``name``, or {} when there is none (or it is unreadable)."""
    try:
        value = json.loads(get_setting(session.reading, _key(session, name), "{}"))
    except (ValueError, sqlite3.Error):
        return {}
    return value if isinstance(value, dict) else {}


def set_pref(session: Session, name: str, value: dict[str, Any]) -> None:
    """Remember ``value`` for the user; a read-only or busy database only loses the wish."""
    try:
        set_setting(session.db, _key(session, name), json.dumps(value, sort_keys=True))
    except sqlite3.Error as error:
        _log.info("could not remember %s: %s", name, error)
