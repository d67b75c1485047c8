"""store/settings.py: the typed registry of options, read with its defaults, and who changes it."""

from __future__ import annotations

import sqlite3

import pytest

from desktop import paths
from desktop.store import accounts, policy, settings
from desktop.store.session import Session

pytestmark = pytest.mark.usefixtures("fast_hash")


def test_every_option_is_declared_once_with_its_type_and_default(db) -> None:
    keys = [option.key for option in settings.OPTIONS]
    assert len(keys) == len(set(keys))
    for option in settings.OPTIONS:
        assert isinstance(option.default, option.type)
    assert policy.idle_minutes(db) == settings.IDLE_MINUTES.default == 10
    assert policy.backup_keep(db) == settings.BACKUP_KEEP.default == 14


def test_unreadable_values_fall_back_and_a_read_only_connection_works(db, data_dir) -> None:
    settings.set_setting(db, settings.IDLE_MINUTES.key, "ti")
    settings.set_setting(db, settings.BACKUP_KEEP.key, "0")
    assert policy.idle_minutes(db) == 10
    assert policy.backup_keep(db) == 1  # never below the option's minimum
    conn = sqlite3.connect(f"file:{paths.database_path(data_dir)}?mode=ro", uri=True)
    try:
        assert settings.BACKUP_KEEP.read(conn) == 1
    finally:
        conn.close()
    assert settings.BACKUP_KEEP.in_range(365) and not settings.BACKUP_KEEP.in_range(366)


def test_only_administrators_change_the_logo_once_accounts_exist(db) -> None:
    assert policy.may_change_logo(Session(db))  # before the first account
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "hemmelig-ord-9x")
    staff = accounts.add_user(db, admin, "ola.ansatt", "Ola Ansatt", "hemmelig-ord-9x",
                              departments=["Rusbehandling"])
    assert policy.may_change_logo(Session(db, admin))
    assert not policy.may_change_logo(Session(db, staff))
    assert not policy.may_change_logo(Session(db))
