"""The `user` commands (issue 15 item 9), the forced password change on the command line
(item 6) and `demo` refused on a database with real accounts."""

from __future__ import annotations

import json

import pytest

from desktop import paths, store
from desktop.cli import EXIT_OK, EXIT_REFUSED, main
from desktop.commands.trust import ENV_PASSWORD
from desktop.commands.users import ENV_NEW_PASSWORD
from desktop.store import accounts
from desktop.store.log import LOGIN, USER_ADMIN, entries

pytestmark = pytest.mark.usefixtures("fast_hash")

ADMIN_PASSWORD = "styrer-passord-1"


def _db(folder):
    return store.open_db(paths.database_path(folder))


def _as(monkeypatch, password: str | None = None, new: str | None = None) -> None:
    for name, value in ((ENV_PASSWORD, password), (ENV_NEW_PASSWORD, new)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)


@pytest.fixture
def ward(data_dir, monkeypatch, capsys):
    """A database set up by script: the first administrator, then a nurse."""
    _as(monkeypatch, new=ADMIN_PASSWORD)
    assert main(["user", "add", "ida.admin", "--name", "Ida Admin", "--admin"]) == EXIT_OK
    _as(monkeypatch, ADMIN_PASSWORD, "korrekt hest batteri")
    assert main(["--user", "ida.admin", "user", "add", "siri", "--name", "Siri Sykepleier",
                 "--department", "Voksenpsykiatri", "--department", "Rusbehandling"]) == EXIT_OK
    capsys.readouterr()
    return data_dir


def test_an_it_script_sets_up_a_ward_and_every_step_is_logged(ward, monkeypatch,
                                                              capsys) -> None:
    _as(monkeypatch, ADMIN_PASSWORD)
    assert main(["--user", "ida.admin", "user", "list"]) == EXIT_OK
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert ["ida.admin", "Ida Admin", "administrator", "", "aktiv"] in lines
    assert ["siri", "Siri Sykepleier", "ansatt", "Rusbehandling, Voksenpsykiatri",
            "aktiv"] in lines
    db = _db(ward)
    try:
        admin_entries = [(e.user, json.loads(e.detail)) for e in entries(db)
                         if e.kind == USER_ADMIN]
        siri = accounts.authenticate(db, "siri", "korrekt hest batteri")
        log_text = " ".join(e.detail for e in entries(db))
    finally:
        db.close()
    assert [(user, d["action"], d["username"]) for user, d in admin_entries] == [
        ("ida.admin", "add", "ida.admin"), ("ida.admin", "add", "siri")]
    assert siri.departments == ("Rusbehandling", "Voksenpsykiatri")
    assert ADMIN_PASSWORD not in log_text and "korrekt hest" not in log_text


def test_the_first_user_must_be_an_administrator_and_passwords_follow_the_rules(
        data_dir, monkeypatch, capsys) -> None:
    _as(monkeypatch, new=ADMIN_PASSWORD)
    assert main(["user", "add", "ida", "--name", "Ida"]) == EXIT_REFUSED
    assert "--admin" in capsys.readouterr().err
    _as(monkeypatch, new="passord123456")
    assert main(["user", "add", "ida", "--name", "Ida", "--admin"]) == EXIT_REFUSED
    assert "mest brukte" in capsys.readouterr().err
    _as(monkeypatch)  # no password anywhere and no terminal: one sentence, nothing made
    assert main(["user", "add", "ida", "--name", "Ida", "--admin"]) == EXIT_REFUSED
    assert ENV_NEW_PASSWORD in capsys.readouterr().err
    db = _db(data_dir)
    try:
        assert not accounts.has_accounts(db)
    finally:
        db.close()


def test_after_the_first_only_an_administrator_adds_users(ward, monkeypatch, capsys) -> None:
    _as(monkeypatch, new="et annet langt passord")
    assert main(["user", "add", "per", "--name", "Per"]) == EXIT_REFUSED
    assert "--user" in capsys.readouterr().err
    _as(monkeypatch, "korrekt hest batteri", "et annet langt passord")
    assert main(["--user", "siri", "user", "add", "per", "--name", "Per"]) == EXIT_REFUSED
    assert "Bare administratorer" in capsys.readouterr().err
    assert main(["--user", "siri", "user", "list"]) == EXIT_REFUSED
    assert main(["--user", "siri", "user", "deactivate", "ida.admin"]) == EXIT_REFUSED


def test_a_reset_on_the_command_line_forces_a_change_before_any_other_command(
        ward, monkeypatch, capsys) -> None:
    _as(monkeypatch, ADMIN_PASSWORD, "midlertidig-passord")
    assert main(["--user", "ida.admin", "user", "passwd", "siri"]) == EXIT_OK
    assert "neste innlogging" in capsys.readouterr().out
    _as(monkeypatch, "midlertidig-passord")
    assert main(["--user", "siri", "list"]) == EXIT_REFUSED
    refusal = capsys.readouterr().err
    assert "user passwd siri" in refusal and "vinduet" in refusal
    _as(monkeypatch, "midlertidig-passord", "mitt eget nye passord")
    assert main(["--user", "siri", "user", "passwd", "siri"]) == EXIT_OK
    _as(monkeypatch, "mitt eget nye passord")
    assert main(["--user", "siri", "list"]) == EXIT_OK
    db = _db(ward)
    try:
        actions = [json.loads(e.detail)["action"] for e in entries(db) if e.kind == USER_ADMIN]
        assert actions[-2:] == ["reset_password", "change_own_password"]
        assert (entries(db)[-1].kind, entries(db)[-1].user) == (LOGIN, "siri")
    finally:
        db.close()


def test_a_reset_in_the_window_also_stops_the_command_line(ward, monkeypatch, capsys) -> None:
    db = _db(ward)
    try:
        admin = accounts.get_user(db, "ida.admin")
        accounts.reset_password(db, admin, "siri", "midlertidig-passord")
    finally:
        db.close()
    _as(monkeypatch, "midlertidig-passord")
    assert main(["--user", "siri", "list"]) == EXIT_REFUSED
    assert "user passwd" in capsys.readouterr().err


def test_own_password_change_needs_the_current_password(ward, monkeypatch, capsys) -> None:
    _as(monkeypatch, "korrekt hest batteri", "kort")
    assert main(["--user", "siri", "user", "passwd", "siri"]) == EXIT_REFUSED
    assert "minst 12" in capsys.readouterr().err
    _as(monkeypatch, "korrekt hest batteri", "et nytt og langt passord")
    assert main(["--user", "siri", "user", "passwd", "siri"]) == EXIT_OK
    db = _db(ward)
    try:
        assert accounts.authenticate(db, "siri", "et nytt og langt passord")
    finally:
        db.close()


def test_deactivate_is_logged_and_ends_the_log_in(ward, monkeypatch, capsys) -> None:
    _as(monkeypatch, ADMIN_PASSWORD)
    assert main(["--user", "ida.admin", "user", "deactivate", "siri"]) == EXIT_OK
    assert main(["--user", "ida.admin", "user", "deactivate", "ida.admin"]) == EXIT_REFUSED
    assert "deg selv" in capsys.readouterr().err
    _as(monkeypatch, "korrekt hest batteri")
    assert main(["--user", "siri", "list"]) == EXIT_REFUSED
    # the database is encrypted since the first log-in: a deactivated user's key wrap is gone,
    # so the refusal is the same as for a wrong password
    assert "Feil brukernavn eller passord" in capsys.readouterr().err
    db = _db(ward)
    try:
        last = [json.loads(e.detail) for e in entries(db) if e.kind == USER_ADMIN][-1]
        assert last == {"action": "deactivate", "username": "siri"}
    finally:
        db.close()


def test_demo_refuses_a_database_with_real_accounts(ward, monkeypatch, capsys) -> None:
    _as(monkeypatch, ADMIN_PASSWORD)
    for argv in (["demo"], ["--user", "ida.admin", "demo"]):
        assert main(argv) == EXIT_REFUSED
        assert "ekte brukerkontoer" in capsys.readouterr().err
    db = _db(ward)
    try:
        assert db.execute("SELECT COUNT(*) FROM patients").fetchone()[0] == 0
    finally:
        db.close()


def test_a_real_account_made_on_a_demo_database_ends_the_demo_accounts(
        data_dir, monkeypatch, capsys) -> None:
    assert main(["demo", "--patients", "3"]) == EXIT_OK
    _as(monkeypatch, "demo-passord-admin", ADMIN_PASSWORD)
    assert main(["user", "add", "ida", "--name", "Ida"]) == EXIT_REFUSED  # needs --user here
    assert main(["--user", "demo.admin", "user", "add", "ida.admin", "--name", "Ida Admin",
                 "--admin"]) == EXIT_OK
    _as(monkeypatch, "demo-passord-ansatt")
    assert main(["--user", "demo.voksen", "list"]) == EXIT_REFUSED
    assert "deaktivert" in capsys.readouterr().err
    assert main(["demo"]) == EXIT_REFUSED
