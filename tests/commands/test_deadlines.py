"""`individuell-plan deadlines`: one open deadline a line, reproducible with --today, limited
to the user's departments."""

from __future__ import annotations

import datetime as dt

from desktop import paths, store
from desktop.cli import EXIT_OK, EXIT_REFUSED, main
from desktop.commands.trust import ENV_PASSWORD
from desktop.records import Patient, Plan, PlanRow
from desktop.store import accounts


def _fill(data_dir) -> tuple[int, int]:
    db = store.open_db(paths.database_path(data_dir))
    try:
        adult = store.add_patient(db, Patient(name="Åse Test", department="Voksenpsykiatri"))
        store.save_plan(db, adult.id, Plan(evaluation_date="2026-03", rows=[
            PlanRow(goal="Bo i egen\nleilighet", evaluation="2026-03-01")]))
        child = store.add_patient(db, Patient(name="Ola Test", department="BUP"))
        store.save_plan(db, child.id, Plan(evaluation_date="2026-05-01"))
        return adult.id, child.id
    finally:
        db.close()


def test_lines_are_due_tab_patient_tab_kind_tab_text(data_dir, capsys) -> None:
    adult, child = _fill(data_dir)
    capsys.readouterr()
    assert main(["deadlines", "--today", "2026-03-10"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        f"2026-03-01\t{adult}\trow_evaluation\tEvaluer delmål: Bo i egen leilighet",
        f"2026-03-31\t{adult}\tplan_evaluation\tPlanen skal evalueres",
        f"2026-05-01\t{child}\tplan_evaluation\tPlanen skal evalueres",
    ]
    assert main(["deadlines", "--today", "2026-03-10", "--overdue"]) == EXIT_OK
    assert [line.split("\t")[2] for line in capsys.readouterr().out.splitlines()] == [
        "row_evaluation"]
    assert main(["deadlines", "--today", "2026-03-10", "--within", "21"]) == EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_today_defaults_to_the_date(data_dir, capsys) -> None:
    _fill(data_dir)
    capsys.readouterr()
    assert main(["deadlines", "--overdue"]) == EXIT_OK
    days = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert days and all(day < dt.date.today().isoformat() for day in days)


def test_bad_date_is_refused(data_dir, capsys) -> None:
    assert main(["deadlines", "--today", "10.03.2026"]) == EXIT_REFUSED
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err


def test_honours_the_users_departments(data_dir, capsys, monkeypatch) -> None:
    assert main(["demo", "--patients", "20"]) == EXIT_OK
    capsys.readouterr()
    assert main(["deadlines", "--today", "2030-01-01"]) == EXIT_OK
    every = capsys.readouterr().out.splitlines()
    monkeypatch.setenv(ENV_PASSWORD, "demo-passord-ansatt")
    assert main(["--user", "demo.voksen", "deadlines", "--today", "2030-01-01"]) == EXIT_OK
    mine = capsys.readouterr().out.splitlines()
    assert 0 < len(mine) < len(every) and set(mine) <= set(every)
    db = store.open_db(paths.database_path(data_dir))
    try:
        departments = {store.get_patient(db, int(line.split("\t")[1])).department
                       for line in mine}
        allowed = set(accounts.get_user(db, "demo.voksen").departments)
    finally:
        db.close()
    assert departments and departments <= allowed


def test_pdf_saves_the_fristliste_and_logs_each_print(data_dir, capsys, tmp_path) -> None:
    adult, _child = _fill(data_dir)
    target = tmp_path / "frister.pdf"
    capsys.readouterr()
    assert main(["deadlines", "--today", "2026-03-10", "--overdue", "--pdf", str(target)]) == (
        EXIT_OK)
    assert capsys.readouterr().out.strip() == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    db = store.open_db(paths.database_path(data_dir))
    try:
        printed = [row[0] for row in db.execute(
            "SELECT patient_id FROM access_log WHERE kind = 'print'")]
    finally:
        db.close()
    assert printed == [adult]  # only the overdue one was listed
