"""Program settings in the ``settings`` table (key/value text): the registry of the typed
options (key, type, default, who may change it; Picard's options.py), the hospital's logo for
printouts and the hospital's own consent wording."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, NamedTuple

from desktop.i18n import translate
from desktop.records_base import ValidationError

if TYPE_CHECKING:
    import sqlite_utils

KEY_LOGO = "print.logo"  # base64 of a PNG or JPEG file
KEY_CONSENT_TEXT = "print.consent_text"  # the hospital's approved consent statement

# who may change an option: an administrator once accounts exist (before the first account,
# whoever runs the program)
ADMIN = "admin"


class Option(NamedTuple):
    """One setting: its key in the table, its type, its default and who may change it."""

    key: str
    type: type
    default: int | str
    changed_by: str = ADMIN
    minimum: int | None = None
    maximum: int | None = None

    def read(self, conn: sqlite_utils.Database | sqlite3.Connection) -> int | str:
        """The stored value, else the default (nothing stored, or unreadable); works on a
        plain read-only sqlite3 connection too (the `backup` command)."""
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [self.key]).fetchone()
        if row is None or not row[0]:
            return self.default
        if self.type is not int:
            return row[0]
        try:
            value = int(row[0])
        except ValueError:
            return self.default
        return value if self.minimum is None else max(self.minimum, value)

    def in_range(self, value: int) -> bool:
        return ((self.minimum is None or value >= self.minimum)
                and (self.maximum is None or value <= self.maximum))


IDLE_MINUTES = Option("trust.idle_minutes", int, 10, ADMIN, 1, 240)  # before the window locks
BACKUP_KEEP = Option("trust.backup_keep", int, 14, ADMIN, 1, 365)  # automatic backups kept
LOGO = Option(KEY_LOGO, str, "", ADMIN)  # prints on every ward's forms
CONSENT_TEXT = Option(KEY_CONSENT_TEXT, str, "", ADMIN)  # store/consent_text.py; "": default
EMERGENCY_HOURS = Option("trust.emergency_hours", int, 4, ADMIN, 1, 24)  # a nødtilgang lasts
OPTIONS: tuple[Option, ...] = (IDLE_MINUTES, BACKUP_KEEP, LOGO, CONSENT_TEXT, EMERGENCY_HOURS)

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
    import base64  # here and below: `list` reads settings but never the logo
    import binascii

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
    import base64

    set_setting(db, KEY_LOGO, base64.b64encode(data).decode("ascii"))


def get_consent_text(db: sqlite_utils.Database) -> str:
    """The hospital's own consent statement, or "" for the program's wording (the words in
    force: store/consent_text.statement)."""
    return get_setting(db, KEY_CONSENT_TEXT)


def set_consent_text(db: sqlite_utils.Database, text: str | None) -> None:
    set_setting(db, KEY_CONSENT_TEXT, (text or "").strip() or None)
