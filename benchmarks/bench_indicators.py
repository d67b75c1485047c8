"""One year's indicator report (all ten) at 100 000 patients with several years of events.

    .venv/bin/python benchmarks/bench_indicators.py [--patients 100000] [--runs 5]
    .venv/bin/python benchmarks/bench_indicators.py --db PATH [--year 2026] [--runs 3]

Builds a database under benchmarks/.cache/ with synthetic patients and about nine process
events each spread over 2023-2026 (fast SQL inserts, the same rows the store writes), then
times ``reports.indicators.count`` for 2026: median, best and worst CPU and wall of the runs,
beside the floor (distinct patients per department of the year's events) from the same run,
and each indicator's own statement. ``--db`` opens another database (bench_app.py's bulk one
at 100 000 or 1 000 000 patients) read-only instead and changes nothing in it.
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


def _timed(run, times: int) -> tuple[list[float], list[float]]:
    """CPU and wall seconds of ``times`` runs, each sorted."""
    cpu, wall = [], []
    for _ in range(times):
        started, begun = time.process_time(), time.perf_counter()
        run()
        cpu.append(time.process_time() - started)
        wall.append(time.perf_counter() - begun)
    return sorted(cpu), sorted(wall)


def _ms(values: list[float]) -> str:
    return f"{values[len(values) // 2] * 1000:.0f} ms (best {values[0] * 1000:.0f}, worst " \
           f"{values[-1] * 1000:.0f})"


def read_only(path: Path):
    """The database at ``path`` opened read-only (nothing migrated or written)."""
    import sqlite3

    import sqlite_utils

    return sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="another database, opened read-only")
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-window", action="store_true", help="skip the window's figures")
    args = parser.parse_args()
    if args.db:
        db = read_only(args.db)
    else:
        CACHE.mkdir(exist_ok=True)
        path = CACHE / f"indicators-{args.patients}.db"
        if not path.exists():
            started = time.perf_counter()
            build(path, args.patients)
            print(f"built {path.name} in {time.perf_counter() - started:.0f} s")
        db = open_db(path)
        with_plans(db)
    year = args.year
    patients = db.execute("SELECT COUNT(*) FROM patients").fetchone()[0]
    events = db.execute("SELECT COUNT(*) FROM process_events").fetchone()[0]
    plans = db.execute("SELECT COUNT(*) FROM signed_plans").fetchone()[0]
    floor_sql = ("SELECT department, COUNT(DISTINCT patient_id) FROM process_events "
                 f"WHERE on_date >= '{year}' AND on_date < '{year + 1}' GROUP BY department")
    report = indicators.count(db, year)  # once before timing: the pages in the OS cache
    print(f"{patients} patients, {events} events, {plans} signed plan periods; report of "
          f"{year} (I1 T1 {report.tables['I1'].count(indicators.TOTAL, 1)}, I3 T1 "
          f"{report.tables['I3'].count(indicators.TOTAL, 1)}); median of {args.runs}, CPU "
          "time (time.process_time) beside wall\n")
    cpu, wall = _timed(lambda: indicators.count(db, year), args.runs)
    floor_cpu, floor_wall = _timed(lambda: db.execute(floor_sql).fetchall(), args.runs)
    print("| | CPU | wall |\n|---|---:|---:|")
    print(f"| one year's report, all ten indicators | {_ms(cpu)} | {_ms(wall)} |")
    print(f"| floor: distinct patients per department of the year's events | {_ms(floor_cpu)} "
          f"| {_ms(floor_wall)} |")
    median = cpu[len(cpu) // 2]
    print(f"\nreport / floor (CPU median): {median / floor_cpu[len(cpu) // 2]:.1f}x; target: "
          f"under 1 s at 100 000 patients, linear beyond (at 1 000 000 compare with 10x the "
          f"100 000 figure)\n\neach indicator's statement alone (I8 with its two parts), "
          "CPU median:\n")
    print("| | CPU |\n|---|---:|")
    for indicator in indicators.INDICATORS:
        alone, _wall = _timed(lambda i=indicator: indicators.count(db, year, indicators=(i,)),
                              args.runs)
        print(f"| {indicator} | {alone[len(alone) // 2] * 1000:.0f} ms |")
    if not args.no_window:
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
