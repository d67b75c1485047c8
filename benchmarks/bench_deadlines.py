"""The deadlines on a ward-sized database built with the demo generator: the patient list's
first page sorted by "Neste frist" (whole list and after a keystroke), and every open deadline
of one department (what the Frister view and the `deadlines` command read).

    .venv/bin/python benchmarks/bench_deadlines.py [--patients 100000] [--repeat 10]

Targets: the list's page under 100 ms, one department's deadlines (about a fifth of the
patients) under 300 ms. Figures are CPU time (time.process_time), since the machine is shared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import store  # noqa: E402
from desktop.demo import fill_demo  # noqa: E402
from desktop.records import DEPARTMENTS  # noqa: E402
from desktop.store.deadlines import fill_next_deadlines, visible_deadlines  # noqa: E402

TODAY = dt.date(2026, 11, 20)


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "bench.sqlite")
        start = time.perf_counter()
        fill_demo(db, args.patients, today=TODAY)
        print(f"built {args.patients} patients in {time.perf_counter() - start:.1f} s")
        start = time.process_time()
        with db.atomic():
            fill_next_deadlines(db)
        print(f"migration 0016's fill: {time.process_time() - start:.1f} s CPU")
        ward = DEPARTMENTS[0]
        for label, fn in (
                ("list page by Neste frist", lambda: store.search_patients(
                    db, order="next_deadline")),
                ("keystroke 'an' by Neste frist", lambda: store.search_patients(
                    db, "an", order="next_deadline")),
                ("one department's deadlines", lambda: visible_deadlines(
                    db, TODAY, departments=[ward]))):
            median, worst = timed(fn, args.repeat if "department" not in label else 2)
            found = len(fn())
            print(f"{label:34} median {median:8.1f} ms   worst {worst:8.1f} ms   ({found} rows)")
        db.close()


if __name__ == "__main__":
    main()
