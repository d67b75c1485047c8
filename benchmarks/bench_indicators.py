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


def with_plans(db) -> None:
    """Signed plan periods for I3's second branch (an active plan without an event): each
    plan_signed event's patient a period of a year from that day (the built database has no
    plan versions; the migration filled signed_plans from none)."""
    if db.execute("SELECT COUNT(*) FROM signed_plans").fetchone()[0]:
        return
    db.execute(
        "INSERT OR REPLACE INTO signed_plans (patient_id, number, first_day, last_day, "
        "department) SELECT patient_id, 1, on_date, date(on_date, '+1 year'), department "
        f"FROM process_events WHERE kind = '{ev.PLAN_SIGNED}' AND length(on_date) = 10")
    db.conn.commit()


def _timed(clock, run, times: int = 5) -> list[float]:
    spent = []
    for _ in range(times):
        started = clock()
        run()
        spent.append(clock() - started)
    return sorted(spent)


def _ms(values: list[float]) -> str:
    return f"{values[len(values) // 2] * 1000:.0f} ms (best {values[0] * 1000:.0f}, worst " \
           f"{values[-1] * 1000:.0f})"


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
    with_plans(db)
    events = db.execute("SELECT COUNT(*) FROM process_events").fetchone()[0]
    plans = db.execute("SELECT COUNT(*) FROM signed_plans").fetchone()[0]
    year = "SELECT COUNT(*) FROM process_events WHERE on_date >= '2026' AND on_date < '2027'"
    floor_sql = ("SELECT department, COUNT(DISTINCT patient_id) FROM process_events "
                 "WHERE on_date >= '2026' AND on_date < '2027' GROUP BY department")
    report = indicators.count(db, 2026)
    rows = {
        "one year's report, all ten indicators": lambda: indicators.count(db, 2026),
        "floor: COUNT(*) of the year's events": lambda: db.execute(year).fetchall(),
        "floor: distinct patients per department of the year's events":
            lambda: db.execute(floor_sql).fetchall(),
    }
    print(f"{args.patients} patients, {events} events, {plans} signed plan periods "
          f"(I1 T1 {report.tables['I1'].count(indicators.TOTAL, 1)}, "
          f"I3 T1 {report.tables['I3'].count(indicators.TOTAL, 1)}); median of 5\n")
    print("| | CPU | wall |\n|---|---:|---:|")
    cpu_of = {}
    for label, run in rows.items():
        cpu = _timed(time.process_time, run)
        wall = _timed(time.perf_counter, run)
        cpu_of[label] = cpu[2]
        print(f"| {label} | {_ms(cpu)} | {_ms(wall)} |")
    first, floor = list(cpu_of.values())[0], list(cpu_of.values())[2]
    print(f"\nreport / distinct-patients floor (CPU): {first / floor:.1f}x; target: report "
          "under 1 s")
    chart(db)


def chart(db) -> None:
    """The window on the database: shown at once while its own thread counts (the longest
    the UI thread was busy meanwhile), the figures, then the chart drawn from them."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.store.session import Session
    from desktop.views.reports.indicators_window import IndicatorsWindow

    app = QApplication.instance() or QApplication([])
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    started = time.perf_counter()
    window = IndicatorsWindow(Session(db))
    window.show()
    app.processEvents()
    shown = time.perf_counter() - started
    ticks.clear()
    while window.counting:
        app.processEvents()
        time.sleep(0.001)
    counted = time.perf_counter() - started
    timer.stop()
    stall = max((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=0.0)
    draws = []
    for index in range(window.chart_indicator.count()):
        begun = time.perf_counter()
        window.chart_indicator.setCurrentIndex(index)
        window.chart_view.grab()  # painted, not only built
        draws.append(time.perf_counter() - begun)
    draws.sort()
    print(f"\nwindow shown {shown * 1000:.0f} ms wall, its figures (counted on their own "
          f"thread, ten tables built) {counted * 1000:.0f} ms; the UI thread's longest stall "
          f"while counting {stall * 1000:.0f} ms (includes building the tables); chart drawn "
          f"and painted median {draws[len(draws) // 2] * 1000:.0f} ms, worst "
          f"{draws[-1] * 1000:.0f} ms (target 200 ms)")
    window.close()


if __name__ == "__main__":
    main()
