"""Time migration 0009 (consent versions, process events filled from existing data, each
patient's suggested IP state) on a database of N patients at the schema before it.

    .venv/bin/python benchmarks/bench_migration.py [--patients 100000]

The old database is built from the demo's forms: the demo fills 40 patients in every stage on
a current database, and their checklist, consent and plan documents are copied (with the plan
versions and signatures) round-robin into N patient rows of a database stopped before 0009.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

from desktop import store  # noqa: E402
from desktop.demo import fill_demo  # noqa: E402
from desktop.store.db import configure, migrations  # noqa: E402


def templates() -> list[tuple[str | None, str | None, list[tuple[int, str, str | None]]]]:
    db = store.open_db(":memory:")
    fill_demo(db, 40)
    out = []
    for (pid,) in db.execute("SELECT id FROM patients ORDER BY id").fetchall():
        checklist = db.execute("SELECT content FROM checklists WHERE patient_id = ?",
                               [pid]).fetchone()
        consent = db.execute("SELECT content FROM consent_versions WHERE patient_id = ? "
                             "ORDER BY number DESC", [pid]).fetchone()
        versions = db.execute("SELECT v.number, v.content, v.signature FROM plan_versions v "
                              "JOIN plans p ON p.id = v.plan_id WHERE p.patient_id = ?",
                              [pid]).fetchall()
        out.append((checklist[0] if checklist else None, consent[0] if consent else None,
                    versions))
    return out


def build(path: Path, count: int) -> None:
    forms = templates()
    db = sqlite_utils.Database(sqlite3.connect(str(path)))
    migrations.apply(db, stop_before="0009_process")
    db.execute("PRAGMA synchronous = OFF")  # building the old file is not what is measured
    with db.conn:
        for i in range(1, count + 1):
            checklist, consent, versions = forms[i % len(forms)]
            db.execute("INSERT INTO patients (id, name, sort_name, department, created_at, "
                       "updated_at) VALUES (?, ?, ?, 'Voksenpsykiatri', 'x', 'x')",
                       [i, f"Pasient {i}", f"pasient {i:06d}"])
            if checklist:
                db.execute("INSERT INTO checklists VALUES (?, ?, 'x')", [i, checklist])
            if consent:
                db.execute("INSERT INTO consents VALUES (?, ?, 'x')", [i, consent])
            if versions:
                db.execute("INSERT INTO plans (id, patient_id, created_at) VALUES (?, ?, 'x')",
                           [i, i])
                for number, content, signature in versions:
                    db.execute("INSERT INTO plan_versions (plan_id, number, content, signature, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')",
                               [i, number, content, signature])
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "old.sqlite"
        started = time.perf_counter()
        build(path, args.patients)
        print(f"built {args.patients} patients in {time.perf_counter() - started:.1f} s")
        db = sqlite_utils.Database(sqlite3.connect(str(path)))
        configure(db)
        started = time.perf_counter()
        migrations.apply(db)
        seconds = time.perf_counter() - started
        events = db.execute("SELECT COUNT(*) FROM process_events").fetchone()[0]
        print(f"migration 0009: {seconds:.1f} s, {events} process events written")
        db.close()


if __name__ == "__main__":
    main()
