"""The tamper suite: each change an attacker with the file and sqlite3 could make, made on a
copy, and `check` (the command) exits non-zero with a line naming the fault."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop import cli, paths, store
from desktop.records import Patient, Plan, Signature
from desktop.store import backup, log, prints, seals

SIGNED = Signature(patient_name="Åse Bråten", coordinator_name="Kari Nordmann",
                   signed_date="2026-03-15")


@pytest.fixture(scope="module")
def sound(tmp_path_factory) -> Path:
    """A data folder with signed and draft versions, a print snapshot, log entries and one
    backup; `check` passes on it."""
    folder = tmp_path_factory.mktemp("sound")
    db = store.open_db(paths.database_path(folder), paths.backup_dir(folder))
    for number in range(3):
        patient = store.add_patient(db, Patient(name=f"Åse Bråten {number}",
                                                department="Voksenpsykiatri"))
        store.save_plan(db, patient.id, Plan(overall_goal=f"Mål {number}"))
        store.sign_version(db, patient.id, Signature(**SIGNED.__dict__))
        store.save_plan(db, patient.id, Plan(overall_goal=f"Nytt mål {number}"))
        log.log_event(db, log.OPEN_PATIENT, patient.id, {"department": "Voksenpsykiatri"})
    prints.snapshot_for_print(db, 1, 1, store.get_patient(db, 1), b"logo")
    backup.backup_now(paths.database_path(folder), paths.backup_dir(folder))
    log.log_event(db, log.PRINT, 2, {"form": "plan"})
    db.close()
    return folder


@pytest.fixture
def copy(sound, tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(sound, folder)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    return folder


def _sql(folder: Path, *statements: str) -> None:
    conn = sqlite3.connect(paths.database_path(folder))
    for statement in statements:
        conn.executescript(statement)
    conn.commit()
    conn.close()


def _check(capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["check"])
    return code, capsys.readouterr().err


def _rechain(folder: Path) -> None:
    """Recompute every hash and the head, as an attacker who read store/log.py would."""
    conn = sqlite3.connect(paths.database_path(folder))
    conn.execute("DROP TRIGGER access_log_no_update")
    prev = log.GENESIS
    for id_, at, user, kind, patient_id, detail in conn.execute(
            "SELECT id, at, user, kind, patient_id, detail FROM access_log ORDER BY id"
            ).fetchall():
        digest = log._digest(prev, at, user, kind, patient_id, detail)
        conn.execute("UPDATE access_log SET prev_hash = ?, hash = ? WHERE id = ?",
                     [prev, digest, id_])
        prev = digest
    last = conn.execute("SELECT MAX(id) FROM access_log").fetchone()[0]
    conn.execute("UPDATE settings SET value = ? WHERE key = 'log.head'", [f"{last}:{prev}"])
    conn.execute("CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log\n"
                 "        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END")
    conn.commit()
    conn.close()


def test_the_untouched_copy_passes(copy, capsys) -> None:
    code, err = _check(capsys)
    assert (code, err) == (0, "")


def test_an_edited_entry_breaks_the_chain(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER access_log_no_update",
         "UPDATE access_log SET user = 'noen' WHERE id = 2")
    code, err = _check(capsys)
    assert code == 1
    assert "Oppføring 2 i tilgangsloggen er endret." in err
    assert "Triggeren access_log_no_update mangler i databasen." in err


def test_a_deleted_entry_breaks_the_chain(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER access_log_no_delete", "DELETE FROM access_log WHERE id = 3")
    code, err = _check(capsys)
    assert code == 1 and "brutt før oppføring 4" in err


def test_a_deleted_and_rechained_entry_shows_against_the_backup(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER access_log_no_delete", "DELETE FROM access_log WHERE id = 3",
         "CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log\n"
         "        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END")
    _rechain(copy)
    code, err = _check(capsys)
    assert code == 1
    assert "Oppføring 3" in err and "mangler i databasen: loggen er skrevet om." in err
    assert "tilgangsloggen er brutt" not in err.lower()  # the chain itself holds


def test_an_edited_and_rechained_entry_shows_against_the_backup(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER access_log_no_update",
         "UPDATE access_log SET user = 'noen' WHERE id = 2",
         "CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log\n"
         "        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END")
    _rechain(copy)
    code, err = _check(capsys)
    assert code == 1 and "Oppføring 2 " in err and "er endret i databasen" in err


def test_a_deleted_log_head(copy, capsys) -> None:
    _sql(copy, "DELETE FROM settings WHERE key = 'log.head'")
    code, err = _check(capsys)
    assert code == 1 and "log.head" in err and "mangler" in err


def test_a_log_silencing_trigger(copy, capsys) -> None:
    _sql(copy, "CREATE TRIGGER quiet BEFORE INSERT ON access_log WHEN NEW.user = 'noen' "
               "BEGIN SELECT RAISE(IGNORE); END")
    code, err = _check(capsys)
    assert code == 1 and "Triggeren quiet er lagt til utenfor programmet." in err


def test_a_changed_trigger(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER access_log_head",
         "CREATE TRIGGER access_log_head AFTER INSERT ON access_log WHEN 0 BEGIN "
         "INSERT OR REPLACE INTO settings (key, value) VALUES ('log.head', NEW.id); END")
    code, err = _check(capsys)
    assert code == 1 and "Triggeren access_log_head er endret utenfor programmet." in err


def test_a_signed_version_cannot_be_deleted_while_the_trigger_stands(copy) -> None:
    conn = sqlite3.connect(paths.database_path(copy))
    for statement in ("DELETE FROM plan_versions WHERE signature IS NOT NULL",
                      "DELETE FROM print_snapshots", "DELETE FROM patients WHERE id = 1",
                      "DELETE FROM plans WHERE patient_id = 2"):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(statement)
    conn.close()


def test_a_deleted_signed_version(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER plan_versions_signed_no_delete",
         "DELETE FROM plan_versions WHERE plan_id = 2 AND number = 1")
    code, err = _check(capsys)
    assert code == 1
    assert "Signert planversjon 1 for pasient 2 er slettet." in err
    assert "Triggeren plan_versions_signed_no_delete mangler i databasen." in err


def test_an_edited_signed_version(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER plan_versions_frozen",
         "UPDATE plan_versions SET content = json_set(content, '$.overall_goal', 'Annet') "
         "WHERE plan_id = 3 AND number = 1")
    code, err = _check(capsys)
    assert code == 1 and "Signert planversjon 1 for pasient 3 er endret" in err


def test_an_unsigned_signed_version(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER plan_versions_frozen",
         "UPDATE plan_versions SET signature = NULL WHERE plan_id = 1 AND number = 1",
         "CREATE TRIGGER plan_versions_frozen BEFORE UPDATE ON plan_versions\n"
         "        WHEN OLD.signature IS NOT NULL\n        BEGIN\n"
         "            SELECT RAISE(ABORT, 'signed plan versions are frozen');\n        END")
    code, err = _check(capsys)
    assert code == 1
    assert err.strip() == "Signert planversjon 1 for pasient 1 er ikke lenger signert."


def test_a_version_signed_outside_the_program(copy, capsys) -> None:
    _sql(copy, "UPDATE plan_versions SET signature = '{}' WHERE plan_id = 1 AND number = 2")
    code, err = _check(capsys)
    assert code == 1 and "Signert planversjon 2 for pasient 1 har ingen oppføring" in err


def test_an_edited_print_snapshot(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER print_snapshots_frozen",
         "UPDATE print_snapshots SET printed_on = '2020-01-01'")
    code, err = _check(capsys)
    assert code == 1 and "Utskriftsgrunnlaget for planversjon 1 for pasient 1 er endret" in err


def test_a_deleted_print_snapshot(copy, capsys) -> None:
    _sql(copy, "DROP TRIGGER print_snapshots_no_delete", "DELETE FROM print_snapshots")
    code, err = _check(capsys)
    assert code == 1 and "Utskriftsgrunnlaget for planversjon 1 for pasient 1 er slettet." in err


def test_broken_stored_json(copy, capsys) -> None:
    _sql(copy, "UPDATE plan_versions SET content = '{\"overall_goal\": ' "
               "WHERE signature IS NULL AND plan_id = 2")
    code, err = _check(capsys)
    assert code == 1 and "Lagret JSON i plan_versions.content kan ikke leses" in err


def test_a_dropped_table(copy, capsys) -> None:
    _sql(copy, "DROP TABLE pending_files")
    code, err = _check(capsys)
    assert code == 1 and "Tabellen pending_files mangler i databasen." in err


def test_a_seal_is_the_hash_of_the_canonical_content(copy) -> None:
    conn = sqlite3.connect(paths.database_path(copy))
    detail = conn.execute("SELECT detail FROM access_log WHERE kind = 'sign' AND patient_id = 1"
                          ).fetchone()[0]
    assert json.loads(detail)[seals.SEAL_KEY] == seals.stored_version_hash(conn, 1, 1)
    conn.close()


def test_an_older_database_is_sealed_when_upgraded_and_passes(tmp_path) -> None:
    import sqlite_utils

    from desktop.store.check import check_database
    from desktop.store.db import configure, migrations

    path = tmp_path / "old.sqlite"
    old = sqlite_utils.Database(sqlite3.connect(path))
    configure(old)
    migrations.apply(old, stop_before="0008_seals")
    stamp = "2026-01-01T10:00:00"
    old.executescript(
        f"""INSERT INTO patients (id, name, created_at, updated_at) VALUES (1, 'Åse', '{stamp}',
        '{stamp}');
        INSERT INTO plans (id, patient_id, created_at) VALUES (1, 1, '{stamp}');
        INSERT INTO plan_versions (plan_id, number, content, signature, created_at, updated_at)
        VALUES (1, 1, '{{}}', '{{"signed_date": "2026-01-01"}}', '{stamp}', '{stamp}');
        INSERT INTO print_snapshots VALUES (1, 1, '2026-01-02', '{{}}', NULL, '{stamp}');""")
    log.log_event(old, log.SIGN, 1, {"version": 1})  # as signing was logged before seals
    old.conn.commit()
    old.close()
    store.open_db(path, tmp_path / "backups").close()
    copies = [p.name for p in (tmp_path / "backups").iterdir()]
    assert len(copies) == 1 and copies[0].startswith("before-0008_seals")
    assert check_database(path) == []
    conn = sqlite3.connect(path)
    sealed = conn.execute("SELECT kind, user FROM access_log WHERE detail LIKE '%content_hash%'"
                          ).fetchall()
    conn.close()
    assert sealed == [("sign", seals.UPGRADE_USER), ("print_snapshot", seals.UPGRADE_USER)]
