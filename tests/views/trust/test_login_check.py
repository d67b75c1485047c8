"""The administrator's check of the log chain at log-in runs beside the window, not before
it: the window is shown while the check is still running, and a broken chain still brings
the warning once the check has ended."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import paths, store
from desktop.app import main_window_for
from desktop.demo import fill_demo
from desktop.store import accounts, audit, policy
from desktop.views.trust.session import Session
from tests.views.trust.session_helpers import end_session

pytestmark = pytest.mark.usefixtures("fast_hash")


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    return warnings


def _session(db, data_dir) -> Session:
    fill_demo(db, 5)
    policy.create_demo_accounts(db)
    return Session(db, data_dir, main_window_for)


def _tamper_with_the_log(data_dir) -> None:
    conn = sqlite3.connect(paths.database_path(data_dir))
    triggers = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'access_log'")]
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE access_log SET detail = 'endret' WHERE id = 2")
    conn.commit()
    conn.close()


def test_a_broken_chain_still_warns_the_administrator(qtbot, data_dir, shown) -> None:
    db = store.open_db(paths.database_path(data_dir))
    made = _session(db, data_dir)
    admin = accounts.authenticate(db, "demo.admin", "demo-passord-admin")
    db.close()
    _tamper_with_the_log(data_dir)
    db = store.open_db(paths.database_path(data_dir))
    made.db = db
    made.open_window(admin)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Oppføring 2 i tilgangsloggen er endret." in shown[0]
    assert made.chain_check is not None and not made.chain_check.is_alive()
    end_session(made)
    db.close()


def test_the_window_does_not_wait_for_the_check(qtbot, db, data_dir, shown,
                                                monkeypatch) -> None:
    made = _session(db, data_dir)
    admin = accounts.authenticate(db, "demo.admin", "demo-passord-admin")
    release, checking = threading.Event(), threading.Event()

    def slow_faults(checked) -> list[str]:
        checking.set()
        assert checked is not db and checked.conn is not db.conn  # its own connection
        release.wait(10)
        return ["Oppføring 1 i tilgangsloggen er endret."]

    monkeypatch.setattr(audit, "login_faults", slow_faults)
    made.open_window(admin)
    assert made.window.isVisible() and not shown  # shown, the check still running
    assert checking.wait(10) and made.chain_check.is_alive()
    release.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [shown[0]] and "Oppføring 1" in shown[0]
    end_session(made)


def test_others_are_not_checked(qtbot, db, data_dir, shown) -> None:
    made = _session(db, data_dir)
    made.open_window(accounts.authenticate(db, "demo.voksen", "demo-passord-ansatt"))
    assert made.chain_check is None
    end_session(made)
