"""The `indicators` command: the table, CSV, FHIR and --merge (shared/spec/cli.md)."""

from __future__ import annotations

from desktop import store
from desktop.cli import main
from desktop.records import Patient
from desktop.store import events as ev


def _fill(db) -> None:
    for on in ("2026-03-01", "2026-03-02", "2026-07-01"):
        pid = store.add_patient(db, Patient(name="Per Tenkt", department="Rusbehandling")).id
        with db.atomic():
            ev.record_event(db, pid, ev.INFORMED, on)


def test_table_csv_fhir_and_merge(db, data_dir, tmp_path, capsys):
    _fill(db)
    assert main(["--data-dir", str(data_dir), "indicators", "--year", "2026",
                 "--indicator", "I1", "--no-suppress"]) == 0
    out = capsys.readouterr().out
    assert "I1 Informert om retten til IP 2026" in out
    assert any(line.startswith("Rusbehandling") and line.split()[1:] == ["2", "1", "0"]
               for line in out.splitlines())
    assert main(["--data-dir", str(data_dir), "indicators", "--year", "2026", "--tertial", "1",
                 "--csv"]) == 0
    assert "Rusbehandling;T1;I1;<5" in capsys.readouterr().out
    target = tmp_path / "ward.json"
    assert main(["--data-dir", str(data_dir), "indicators", "--year", "2026",
                 "--fhir", str(target)]) == 0
    capsys.readouterr()
    assert main(["indicators", "--merge", str(target), "--csv", "--no-suppress"]) == 0
    assert "Rusbehandling;T2;I1;1" in capsys.readouterr().out
    assert main(["indicators", "--merge", str(target), str(target)]) != 0
    assert "allerede talt med" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "indicators", "--year", "2026",
                 "--indicator", "I99"]) != 0
    kinds = [row[0] for row in db.execute("SELECT detail FROM access_log WHERE kind = 'export'")]
    assert len(kinds) == 2 and all('"indicators"' in k for k in kinds)
