"""What each part of `check` costs if the window ran it at log-in (issue 15: the log-in warning).

    .venv/bin/python benchmarks/bench_login_check.py [--patients 10000] [--entries 100000]

Builds a database of N synthetic patients (the demo generator) with E access-log entries in
the chain (benchmarks/.cache/, kept), then times each check the window could run after a
log-in, five times each, and prints the median in milliseconds: the log's chain (what the
log-in runs today), the schema against the migrations, the seals of signed versions and print
snapshots, the stored JSON, SQLite's integrity_check and foreign_key_check, and the whole
`check` (check_database, without backups).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import store  # noqa: E402
from desktop.demo import fill_demo  # noqa: E402
from desktop.store import log  # noqa: E402
from desktop.store.check import check_database  # noqa: E402
from desktop.store.schema_check import json_faults, schema_faults  # noqa: E402
from desktop.store.seals import seal_faults  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache"


def build(path: Path, patients: int, entries: int) -> None:
    db = store.open_db(path)
    fill_demo(db, patients)
    with db.atomic():  # one transaction: the chain is the same as entry by entry
        for index in range(entries):
            log.log_event(db, log.OPEN_PATIENT, 1 + index % patients,
                          {"department": "Voksenpsykiatri"}, user="bench")
    db.close()


def median_ms(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"login-check-{args.patients}-{args.entries}.sqlite"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.patients, args.entries)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s")
    conn = sqlite3.connect(path)
    checks: list[tuple[str, Callable[[], object]]] = [
        ("log chain (log-in today)", lambda: log.verify_chain(conn)),
        ("schema against migrations", lambda: schema_faults(conn)),
        ("seals (signed versions, snapshots)", lambda: seal_faults(conn)),
        ("stored JSON parses", lambda: json_faults(conn)),
        ("integrity_check", lambda: conn.execute("PRAGMA integrity_check").fetchall()),
        ("foreign_key_check", lambda: conn.execute("PRAGMA foreign_key_check").fetchall()),
        ("whole check (no backups)", lambda: check_database(path)),
    ]
    size = path.stat().st_size / 1e6
    print(f"{args.patients} patients, {args.entries} log entries, {size:.0f} MB")
    for name, work in checks:
        print(f"{name:38s} {median_ms(work):9.1f} ms")
    conn.close()


if __name__ == "__main__":
    main()
