"""Trust settings kept in the database (idle lock, backups kept) and the demo accounts that
`individuell-plan demo` creates (documented in docs/trust.md; shown on a demo database only)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.store import accounts, settings
from desktop.store.accounts import AccountError, User
from desktop.store.log import USER_ADMIN, log_event
from desktop.store.session import Session
from desktop.store.settings import get_setting, set_setting

if TYPE_CHECKING:
    import sqlite_utils

KEY_DEMO = "trust.demo"

DEMO_ACCOUNTS = accounts.DEMO_ACCOUNTS  # synthetic people, passwords in docs/trust.md


def idle_minutes(db: sqlite_utils.Database) -> int:
    """Minutes without input before the window locks."""
    return int(settings.IDLE_MINUTES.read(db))


def backup_keep(db: sqlite_utils.Database) -> int:
    """How many automatic backups to keep."""
    return int(settings.BACKUP_KEEP.read(db))


def may_change(session: Session, option: settings.Option) -> bool:
    """Whether the session's user may change ``option`` (its ``changed_by``): an
    administrator once accounts exist, whoever runs the program before the first account."""
    if option.changed_by != settings.ADMIN:
        return True
    if session.user is not None:
        return session.user.is_admin
    return not accounts.has_accounts(session.db)


def set_trust_settings(db: sqlite_utils.Database, actor: User, idle: int, keep: int) -> None:
    """An administrator changes the idle time (1–240 min) and the backups kept (1–365)."""
    fresh = accounts.get_user(db, actor.username)
    if fresh is None or not fresh.active or not fresh.is_admin:
        raise AccountError(translate("accounts", "Bare administratorer kan endre innstillinger."))
    if not settings.IDLE_MINUTES.in_range(idle):
        raise AccountError(translate("accounts", "Låsetiden må være mellom 1 og 240 minutter."))
    if not settings.BACKUP_KEEP.in_range(keep):
        raise AccountError(translate("accounts", "Antall sikkerhetskopier må være mellom 1 og "
                                                 "365."))
    with db.atomic():
        set_setting(db, settings.IDLE_MINUTES.key, str(idle))
        set_setting(db, settings.BACKUP_KEEP.key, str(keep))
        log_event(db, USER_ADMIN, None, {"action": "settings", "idle_minutes": idle,
                                         "backup_keep": keep}, user=actor.username)


def emergency_hours(db: sqlite_utils.Database) -> int:
    """Hours a nødtilgang lasts (unless the window locks or logs out first)."""
    return int(settings.EMERGENCY_HOURS.read(db))


def set_emergency_hours(session: Session, hours: int) -> None:
    """An administrator sets how long a nødtilgang lasts (1–24 hours); logged."""
    if not may_change(session, settings.EMERGENCY_HOURS) or session.user is None:
        raise AccountError(translate("accounts", "Bare administratorer kan endre innstillinger."))
    fresh = accounts.get_user(session.db, session.user.username)
    if fresh is None or not fresh.active or not fresh.is_admin:
        raise AccountError(translate("accounts", "Bare administratorer kan endre innstillinger."))
    if not settings.EMERGENCY_HOURS.in_range(hours):
        raise AccountError(translate("accounts", "Nødtilgangen må vare mellom 1 og 24 timer."))
    if hours == emergency_hours(session.db):
        return
    with session.db.atomic():
        set_setting(session.db, settings.EMERGENCY_HOURS.key, str(hours))
        session.log(USER_ADMIN, None, {"action": "settings", "emergency_hours": hours})


def may_change_logo(session: Session) -> bool:
    """The logo prints on every ward's forms: once accounts exist, only an administrator
    changes it (before the first account, whoever runs the program)."""
    return may_change(session, settings.LOGO)


def create_demo_accounts(db: sqlite_utils.Database) -> list[User]:
    """On a database without accounts, add the documented demo accounts and mark it a demo
    database; on a database with accounts, do nothing."""
    with db.atomic():
        if accounts.has_accounts(db):
            return []
        (username, name, _, _, password), *others = DEMO_ACCOUNTS
        admin = accounts.create_first_admin(db, username, name, password)
        created = [admin]
        for username, name, role, departments, password in others:
            created.append(accounts.add_user(db, admin, username, name, password, role,
                                             departments))
        set_setting(db, KEY_DEMO, "1")
    return created


def is_demo(db: sqlite_utils.Database) -> bool:
    """A demo database: made by `demo` and holding no accounts but the demo ones. Only then does
    the log-in screen show the demo passwords (and the command line run without --user)."""
    if get_setting(db, KEY_DEMO) != "1":
        return False
    names = {row[0] for row in db.execute("SELECT username FROM users")}
    return bool(names) and names <= {account[0] for account in DEMO_ACCOUNTS}


def export_consent_refusal(db: sqlite_utils.Database, patient_id: int,
                           today: dt.date | None = None) -> str:
    """Why the plan may not leave the hospital for the responsibility group, in one Norwegian
    sentence; "" when the consent is in force and allows sharing. The one rule both the export
    command and the export dialog follow (the window may go ahead with a typed reason)."""
    from desktop.records import (
        CONSENT_EXPIRED,
        CONSENT_GIVEN,
        CONSENT_NONE,
        CONSENT_REFUSED,
        CONSENT_WITHDRAWN,
        consent_state,
    )
    from desktop.store.forms import load_checklist, load_consent

    consent = load_consent(db, patient_id)
    state = consent_state(consent, load_checklist(db, patient_id).declined, today)
    if state == CONSENT_GIVEN and consent.share_with_team:
        return ""
    return {
        CONSENT_WITHDRAWN: translate("policy", "Pasienten har trukket samtykket tilbake, så "
                                               "planen kan ikke overføres."),
        CONSENT_REFUSED: translate("policy", "Pasienten ønsker ikke individuell plan, så "
                                             "planen kan ikke overføres."),
        CONSENT_EXPIRED: translate("policy", "Samtykket er utløpt, så planen kan ikke "
                                             "overføres før et nytt samtykke er registrert."),
        CONSENT_NONE: translate("policy", "Samtykke er ikke registrert, så planen kan ikke "
                                          "overføres."),
    }.get(state, translate("policy", "Samtykket tillater ikke at planen deles med "
                                     "ansvarsgruppen, så den kan ikke overføres."))
