"""Export and import time for a plan of 10 and of 200 rows (target: under 1 s each at 200 rows).

Export: the printed PDF, the FHIR bundle, the AES-256 package with its key derivation, the
file written and the log entry (and the same for the encrypted PDF alone). Import: the file
read, the layout check, key derivation and decryption, the hashes, the FHIR reading, the
preview against the database and the one-transaction write as a new patient.

A third line reads a FHIR Bundle of 4 000 small plan versions chained only by ``replaces``
(no version numbers, listed newest first; about 1.1 MB) and imports it as a new patient: the
ordering that once took 108 s.

    .venv/bin/python benchmarks/bench_exchange.py [--rows 10 200] [--repeat 5] [--versions 4000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASS = "kanel-fjord-sykkel-hest-tromme-vindu-ski"


def patient_with_rows(db, rows: int) -> int:
    from desktop import store
    from desktop.demo import add_demo_patient, demo_plan

    rng = random.Random(rows)
    today = dt.date(2026, 3, 1)
    patient = add_demo_patient(db, rng, today, "signed")
    plan = demo_plan(rng, patient, today - dt.timedelta(days=30), rows=rows)
    store.save_plan(db, patient.id, plan)
    return patient.id


def best_and_median(times: list[tuple[float, float]]) -> str:
    wall = [w for w, _cpu in times]
    cpu = [c for _wall, c in times]
    return (f"{min(wall) * 1000:5.0f} ms wall (median {statistics.median(wall) * 1000:5.0f}), "
            f"{min(cpu) * 1000:5.0f} ms CPU")


class Clock:
    """Wall and CPU time of one block (CPU time shows the cost on a busy machine too)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc) -> None:
        self.result = (time.perf_counter() - self.wall, time.process_time() - self.cpu)


def many_versions_bundle(count: int) -> dict:
    """A plan from another system: ``count`` versions chained by ``replaces``, newest first,
    without our version numbers (so the reader must follow the chain)."""
    patient = {"resourceType": "Patient", "id": "p", "name": [{"text": "Kari Lang Historikk"}],
               "birthDate": "1961-04-09"}
    entries = [{"fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000000",
                "resource": patient}]
    for i in range(count):
        plan = {"resourceType": "CarePlan", "id": f"v{i}", "status": "revoked",
                "intent": "plan", "title": "Individuell plan",
                "subject": {"reference": "Patient/p"},
                "description": f"Revidert plan nummer {i + 1}: evaluert i samarbeidsmøte."}
        if i:
            plan["replaces"] = [{"reference": f"CarePlan/v{i - 1}"}]
        entries.append({"fullUrl": f"urn:uuid:00000000-0000-4000-8000-{i + 1:012d}",
                        "resource": plan})
    return {"resourceType": "Bundle", "type": "collection",
            "entry": entries[:1] + list(reversed(entries[1:]))}


def run_versions(count: int, repeat: int, folder: Path) -> None:
    import json

    from desktop import store
    from desktop.exchange import importer

    path = folder / f"versions-{count}.json"
    path.write_text(json.dumps(many_versions_bundle(count)), encoding="utf-8")
    times = []
    for i in range(repeat):
        empty = store.open_db(folder / f"versions-{count}-{i}.sqlite")
        with Clock() as clock:
            found = importer.preview(empty, path)
            importer.apply(empty, found, importer.NEW_PATIENT)
        times.append(clock.result)
        assert len(found.document.versions) == count
        empty.close()
    print(f"{count:>4} versions by replaces ({path.stat().st_size / 1024 / 1024:.1f} MB)")
    print(f"      {'import (read, order, write)':<27} {best_and_median(times)}")


def run(rows: int, repeat: int, folder: Path) -> dict[str, list[float]]:
    from desktop import store
    from desktop.exchange import importer
    from desktop.exchange.exporter import FORMAT_PDF, export_patient
    from desktop.reports import render_patient_pdf

    db = store.open_db(folder / f"source-{rows}.sqlite")
    patient_id = patient_with_rows(db, rows)
    version = store.current_version(db, patient_id).number  # the draft with ``rows`` rows
    results: dict[str, list[tuple[float, float]]] = {
        "export zip": [], "export pdf": [], "import": [], "of which: printing the PDF": []}
    for i in range(repeat):
        target = folder / f"plan-{rows}-{i}.zip"
        with Clock() as clock:
            export_patient(db, patient_id, target, PASS, version=version)
        results["export zip"].append(clock.result)
        with Clock() as clock:
            export_patient(db, patient_id, folder / f"plan-{rows}-{i}.pdf", PASS, FORMAT_PDF,
                           version=version)
        results["export pdf"].append(clock.result)
        with Clock() as clock:
            render_patient_pdf(db, patient_id)
        results["of which: printing the PDF"].append(clock.result)
        empty = store.open_db(folder / f"target-{rows}-{i}.sqlite")
        with Clock() as clock:
            found = importer.preview(empty, target, PASS)
            importer.apply(empty, found, importer.NEW_PATIENT)
        results["import"].append(clock.result)
        empty.close()
    size = (folder / f"plan-{rows}-0.zip").stat().st_size
    print(f"{rows:>4} rows  package {size / 1024:.0f} kB")
    for name, times in results.items():
        print(f"      {name:<27} {best_and_median(times)}")
    db.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10, 200])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--versions", type=int, default=4000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            run(rows, args.repeat, Path(folder))
        run_versions(args.versions, max(1, args.repeat // 2), Path(folder))


if __name__ == "__main__":
    main()
