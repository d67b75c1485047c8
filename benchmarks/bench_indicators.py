"""One year's indicator report (all ten) at 100 000 patients with several years of events.

    .venv/bin/python benchmarks/bench_indicators.py [--patients 100000]

Builds a database under benchmarks/.cache/ with synthetic patients and about nine process
events each spread over 2023-2026 (fast SQL inserts, the same rows the store writes), then
times ``reports.indicators.count`` for 2026 (best and worst of five runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.records import DEPARTMENTS  # noqa: E402
from desktop.reports import indicators  # noqa: E402
from desktop.store import events as ev  # noqa: E402
from desktop.store.db import open_db  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
STEPS = (ev.INFORMED, ev.CONSENT_GIVEN, ev.NOTIFY_CONSENT_GIVEN, ev.NOTICE_SENT, ev.REPLY,
         ev.COORDINATOR_MUNICIPAL, ev.COORDINATOR_HOSPITAL, ev.PLAN_SIGNED, ev.CHECKLIST_DONE)


def build(path: Path, patients: int) -> None:
    rng = random.Random(14)
    db = open_db(path)
    stamp = "2026-12-01T00:00:00"
    db.conn.executemany("INSERT INTO patients (id, name, department, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [(i, f"Pasient {i}", rng.choice(DEPARTMENTS), stamp, stamp)
                         for i in range(1, patients + 1)])
    rows = []
    for pid in range(1, patients + 1):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1400))
        department = rng.choice(DEPARTMENTS)
        for kind in STEPS:
            day += dt.timedelta(days=rng.randint(0, 40))
            detail = {"version": rng.randint(1, 3), "by_patient": True, "by_coordinator": True} \
                if kind == ev.PLAN_SIGNED else {"list": "start", "item": 8} \
                if kind == ev.CHECKLIST_DONE else {}
            on = day.isoformat() if rng.random() > 0.02 else str(day.year)
            rows.append((pid, kind, on, department, json.dumps(detail), stamp))
    db.conn.executemany("INSERT INTO process_events (patient_id, kind, on_date, department, "
                        "detail, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", rows)
    db.conn.commit()
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=100_000)
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"indicators-{args.patients}.db"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.patients)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s")
    db = open_db(path)
    events = db.execute("SELECT COUNT(*) FROM process_events").fetchone()[0]
    times = []
    for _ in range(5):
        started = time.perf_counter()
        report = indicators.count(db, 2026)
        times.append(time.perf_counter() - started)
    cpu = []
    for _ in range(5):
        started = time.process_time()
        indicators.count(db, 2026)
        cpu.append(time.process_time() - started)
    total = report.tables["I1"].count(indicators.TOTAL, 1)
    print(f"{args.patients} patients, {events} events: report of 2026 best "
          f"{min(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms wall; "
          f"median CPU {sorted(cpu)[2] * 1000:.0f} ms (I1 T1 {total})")
    chart(db)


def chart(db) -> None:
    """The window's chart drawn from figures already counted (offscreen Qt)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.store.session import Session
    from desktop.views.reports.indicators_window import IndicatorsWindow

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    window = IndicatorsWindow(Session(db))
    window.show()
    app.processEvents()
    opened = time.perf_counter() - started
    draws = []
    for index in range(window.chart_indicator.count()):
        started = time.perf_counter()
        window.chart_indicator.setCurrentIndex(index)
        window.chart_view.grab()  # painted, not only built
        draws.append(time.perf_counter() - started)
    print(f"window with all ten tables {opened * 1000:.0f} ms; chart drawn and painted "
          f"median {sorted(draws)[len(draws) // 2] * 1000:.0f} ms, worst "
          f"{max(draws) * 1000:.0f} ms")
    window.close()


if __name__ == "__main__":
    main()
