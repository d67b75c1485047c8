"""Time to produce the full printed PDF (plan, existing decisions, consent, checklist) for a plan
with 10 and with 200 rows, on A4 and A5, through ``render_patient_pdf`` (store reads included).

    .venv/bin/python benchmarks/bench_print.py [--rows 10 200] [--repeat 15]

"cold" is the first document in a fresh process (fonts registered, hyphenation patterns
loaded); "warm" is the median and worst of the following ones, which is what a user waits for
at each change in the print dialog. CPU time is given beside wall time because a busy machine
stretches the wall time. Target: warm median under 150 ms for 10 rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from desktop import store  # noqa: E402
from desktop.demo import add_demo_patient, demo_plan  # noqa: E402
from desktop.reports import render_patient_pdf  # noqa: E402

TODAY = dt.date(2026, 3, 14)


def patient_with_rows(db, rng: random.Random, rows: int) -> int:
    patient = add_demo_patient(db, rng, TODAY, "consented")
    store.save_plan(db, patient.id, demo_plan(rng, patient, TODAY, rows))
    return patient.id


def measure(db, patient_id: int, paper: str, repeat: int) -> dict[str, float]:
    timings, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        data = render_patient_pdf(db, patient_id, paper=paper, today=TODAY)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    return {"cold": timings[0], "median": statistics.median(timings[1:]),
            "max": max(timings[1:]), "cpu": statistics.median(cpu[1:]), "pages": pages,
            "kb": len(data) / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10, 200])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "bench.sqlite")
        rng = random.Random(7)
        ids = {rows: patient_with_rows(db, rng, rows) for rows in args.rows}
        print("| rows | paper | pages | size | first in process | warm median | warm worst "
              "| warm CPU median |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|")
        for rows in args.rows:
            for paper in ("A4", "A5"):
                result = measure(db, ids[rows], paper, args.repeat)
                print(f"| {rows} | {paper} | {result['pages']} | {result['kb']:.0f} kB | "
                      f"{result['cold']:.0f} ms | {result['median']:.0f} ms | "
                      f"{result['max']:.0f} ms | {result['cpu']:.0f} ms |")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
