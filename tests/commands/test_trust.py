"""The command line with accounts: --user and INDIVIDUELL_PLAN_PASSWORD, departments, the demo
database, and the backup and restore commands."""

from __future__ import annotations

import argparse

import pytest

from desktop import paths, store
from desktop.cli import EXIT_OK, EXIT_REFUSED, Refused, main
from desktop.commands.trust import ENV_PASSWORD, command_context
from desktop.records import Patient
from desktop.store import accounts, backup
from desktop.store.log import LOGIN, LOGIN_FAILED, REFUSED, RESTORE, entries

pytestmark = pytest.mark.usefixtures("fast_hash")


@pytest.fixture
def demo_dir(data_dir, capsys):
    assert main(["demo", "--patients", "20"]) == EXIT_OK
    assert "demokontoer" in capsys.readouterr().out
    return data_dir


@pytest.fixture
def real_dir(demo_dir):
    """The demo data with real accounts added (an administrator, then staff): no longer a
    demo database, and the demo accounts are deactivated."""
    db = store.open_db(paths.database_path(demo_dir))
    demo_admin = accounts.get_user(db, "demo.admin")
    admin = accounts.add_user(db, demo_admin, "ida.admin", "Ida Admin", "styrer-passord-1",
                              accounts.ROLE_ADMIN)
    accounts.add_user(db, admin, "sykepleier", "Siri Sykepleier", "passord-siri",
                      departments=["Voksenpsykiatri"])
    db.close()
    return demo_dir


def _log(folder):
    db = store.open_db(paths.database_path(folder))
    try:
        return entries(db)
    finally:
        db.close()


def _department_of(folder, patient_id: str) -> str:
    db = store.open_db(paths.database_path(folder))
    try:
        return store.get_patient(db, int(patient_id)).department
    finally:
        db.close()


def test_demo_database_lists_all_without_user_and_filters_with_one(demo_dir, capsys,
                                                                   monkeypatch) -> None:
    assert main(["list"]) == EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 20
    monkeypatch.setenv(ENV_PASSWORD, "demo-passord-ansatt")
    assert main(["--user", "demo.voksen", "list"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert 0 < len(lines) < 20
    assert {_department_of(demo_dir, line.split("\t")[0]) for line in lines} <= {
        "Voksenpsykiatri", "Rusbehandling"}
    last = _log(demo_dir)[-1]
    assert (last.kind, last.user) == (LOGIN, "demo.voksen") and '"cli"' in last.detail


def test_a_database_with_real_accounts_needs_user_and_password(real_dir, capsys,
                                                               monkeypatch) -> None:
    assert main(["list"]) == EXIT_REFUSED
    assert "--user" in capsys.readouterr().err
    monkeypatch.delenv(ENV_PASSWORD, raising=False)
    monkeypatch.setattr("sys.stdin", None)
    assert main(["--user", "sykepleier", "list"]) == EXIT_REFUSED
    assert ENV_PASSWORD in capsys.readouterr().err
    monkeypatch.setenv(ENV_PASSWORD, "feil-passord")
    assert main(["--user", "sykepleier", "list"]) == EXIT_REFUSED
    assert "Feil brukernavn eller passord" in capsys.readouterr().err
    assert _log(real_dir)[-1].kind == LOGIN_FAILED
    monkeypatch.setenv(ENV_PASSWORD, "passord-siri")
    assert main(["--user", "sykepleier", "list"]) == EXIT_OK
    ids = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert ids and {_department_of(real_dir, i) for i in ids} == {"Voksenpsykiatri"}


def test_user_without_accounts_is_refused(data_dir, capsys) -> None:
    assert main(["--user", "noen", "list"]) == EXIT_REFUSED
    assert "første administratoren" in capsys.readouterr().err


def test_a_command_on_a_patient_of_another_department_is_refused(real_dir, monkeypatch) -> None:
    monkeypatch.setenv(ENV_PASSWORD, "passord-siri")
    db = store.open_db(paths.database_path(real_dir))
    patients = store.search_patients(db, limit=100)
    db.close()
    own = next(p for p in patients if p.department == "Voksenpsykiatri")
    other = next(p for p in patients if p.department != "Voksenpsykiatri")

    def run(patient) -> None:
        args = argparse.Namespace(command="print", patient=str(patient.id), user="sykepleier",
                                  data_dir=str(real_dir))
        with command_context(args) as user:
            assert user.username == "sykepleier"

    run(own)
    with pytest.raises(Refused, match="Fant ingen pasient du har tilgang til") as refused:
        run(other)
    unknown = argparse.Namespace(command="print", patient="01810112345", user="sykepleier",
                                 data_dir=str(real_dir))
    with pytest.raises(Refused) as nobody, command_context(unknown):
        pass
    assert str(nobody.value) == str(refused.value)  # no oracle
    logged = [e for e in _log(real_dir) if e.kind == REFUSED]
    assert [(e.user, e.patient_id) for e in logged] == [("sykepleier", other.id),
                                                        ("sykepleier", None)]
    assert "01810112345" not in logged[1].detail and "ukjent" in logged[1].detail


def test_backup_and_restore_commands(real_dir, capsys, monkeypatch) -> None:
    assert main(["backup"]) == EXIT_OK
    made = capsys.readouterr().out.strip()
    assert made.endswith("-manual.sqlite")
    assert main(["backup", "--list"]) == EXIT_OK
    assert "manual" in capsys.readouterr().out
    db = store.open_db(paths.database_path(real_dir))
    before = store.count_patients(db)
    store.add_patient(db, Patient(name="Ny Etter Kopien"))
    db.close()
    name = made.rsplit("/", 1)[-1]
    monkeypatch.setenv(ENV_PASSWORD, "passord-siri")
    assert main(["--user", "sykepleier", "restore", name]) == EXIT_REFUSED
    assert "administratorer" in capsys.readouterr().err
    monkeypatch.setenv(ENV_PASSWORD, "styrer-passord-1")
    assert main(["--user", "ida.admin", "restore", name]) == EXIT_OK
    assert "Tilstanden før" in capsys.readouterr().out
    db = store.open_db(paths.database_path(real_dir))
    assert store.count_patients(db) == before
    db.close()
    last = _log(real_dir)[-1]
    assert (last.kind, last.user) == (RESTORE, "ida.admin")
    labels = [b.label for b in backup.list_backups(paths.backup_dir(real_dir))]
    assert "before-restore" in labels
    assert main(["check"]) == EXIT_REFUSED  # the first log-in encrypted the database
    assert "--user" in capsys.readouterr().err
    assert main(["--user", "ida.admin", "check"]) == EXIT_OK  # the demo accounts are retired
