"""Program settings in the ``settings`` table (key/value text): the hospital's logo for printouts
and the hospital's own consent wording."""

from __future__ import annotations

import base64
import binascii

import sqlite_utils

from desktop.i18n import translate
from desktop.records import ValidationError

KEY_LOGO = "print.logo"  # base64 of a PNG or JPEG file
KEY_CONSENT_TEXT = "print.consent_text"  # the hospital's approved consent statement

LOGO_MAX_BYTES = 2 * 1024 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def get_setting(db: sqlite_utils.Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: sqlite_utils.Database, key: str, value: str | None) -> None:
    """Store ``value`` under ``key``; None or "" removes the setting."""
    with db.atomic():
        if not value:
            db.execute("DELETE FROM settings WHERE key = ?", [key])
        else:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def check_logo(data: bytes) -> None:
    """Refuse what ReportLab cannot print as a logo (only PNG and JPEG, at most 2 MB)."""
    if not data.startswith((_PNG, _JPEG)):
        raise ValidationError(translate("settings", "Logoen må være en PNG- eller JPEG-fil."))
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(translate("settings", "Logofilen er for stor (høyst 2 MB)."))


def get_logo(db: sqlite_utils.Database) -> bytes | None:
    """The hospital's logo, or None when it uses the program's neutral default."""
    text = get_setting(db, KEY_LOGO)
    if not text:
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith((_PNG, _JPEG)) else None


def set_logo(db: sqlite_utils.Database, data: bytes | None) -> None:
    """Choose the logo printed in the form headers; None goes back to the neutral default."""
    if data is None:
        set_setting(db, KEY_LOGO, None)
        return
    check_logo(data)
    set_setting(db, KEY_LOGO, base64.b64encode(data).decode("ascii"))


def get_consent_text(db: sqlite_utils.Database) -> str:
    """The hospital's own consent statement, or "" for the program's wording."""
    return get_setting(db, KEY_CONSENT_TEXT)


def set_consent_text(db: sqlite_utils.Database, text: str | None) -> None:
    set_setting(db, KEY_CONSENT_TEXT, (text or "").strip() or None)
