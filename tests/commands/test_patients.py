"""The command line: demo, list and check on a data folder, with the spec's exit codes."""

from __future__ import annotations

import sqlite3

from desktop import paths
from desktop.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main


def test_demo_then_list_and_search(data_dir, capsys) -> None:
    assert main(["--data-dir", str(data_dir), "demo", "--patients", "12"]) == EXIT_OK
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "list"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 12
    patient_id, name, born = lines[0].split("\t")
    assert patient_id.isdigit() and name and born.count(".") == 2
    first_name = name.split()[0]
    assert main(["--data-dir", str(data_dir), "list", "--search", first_name]) == EXIT_OK
    found = capsys.readouterr().out.splitlines()
    assert found and all(first_name.casefold() in line.casefold() for line in found)


def test_a_new_data_dir_is_created_with_an_empty_database(tmp_path, capsys) -> None:
    folder = tmp_path / "new" / "folder"
    assert main(["--data-dir", str(folder), "list"]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert paths.database_path(folder).exists()


def test_environment_variable_chooses_the_data_dir(data_dir, capsys) -> None:
    assert main(["demo", "--patients", "2"]) == EXIT_OK
    assert paths.database_path(data_dir).exists()


def test_check_passes_on_a_sound_database_and_fails_on_a_tampered_log(data_dir, capsys) -> None:
    main(["--data-dir", str(data_dir), "demo", "--patients", "3"])
    assert main(["--data-dir", str(data_dir), "check"]) == EXIT_OK
    from desktop import store
    from desktop.store.log import PRINT, log_event

    db = store.open_db(paths.database_path(data_dir))
    log_event(db, PRINT, 1, "A4")
    log_event(db, PRINT, 2, "A5")
    db.close()
    conn = sqlite3.connect(paths.database_path(data_dir))
    conn.execute("DROP TRIGGER access_log_no_delete")
    conn.execute("DELETE FROM access_log WHERE id = (SELECT MIN(id) FROM access_log)")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check"]) == EXIT_REFUSED
    assert "tilgangsloggen" in capsys.readouterr().err.casefold()


def test_usage_errors_and_refusals(data_dir, capsys) -> None:
    assert main(["--data-dir", str(data_dir), "no-such-command"]) == EXIT_USAGE
    assert main(["--data-dir", str(data_dir), "demo", "--patients", "0"]) == EXIT_REFUSED
    assert "minst 1" in capsys.readouterr().err
