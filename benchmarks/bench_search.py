"""The store's search alone, beside its floor: one keystroke's page and the match count.

For every keystroke of the window benchmark's eight searches, the page of 200 rows the list
asks for (store.search_patients), split into searches whose words are all one or two
characters (no trigram index) and the rest; the exact and the capped count of each whole
search; each one- or two-character keystroke again with each quick filter on (the page and
the capped count, issue 11); and the floor, a plain SQLite substring scan of every patient's
name. Those are fresh searches: the matches a narrow search keeps for the next keystroke
(store/search_keep.py) are dropped before each call. "as typed" is each keystroke as the
window asks it, right after the previous keystroke's page and count (untimed): its page, and
its page with the count to the list's cap plus one. Each figure is the median of five calls,
in milliseconds of the process's CPU time and on the clock; the last lines give each median
as a multiple of the floor's (CPU and wall).

    .venv/bin/python benchmarks/bench_search.py benchmarks/.cache/patients-100000
    .venv/bin/python benchmarks/bench_search.py --read-only benchmarks/.cache/patients-1000000

The folder is one the window benchmark (bench_app.py) or bulk.py built; ``--read-only``
opens a current database without writing to it (no backup, no migration, no WAL switch: the
shared million-patient file).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_app import COUNT_CAP, QUERIES  # noqa: E402
from desktop import paths, store  # noqa: E402
from desktop.store.list_filters import ListFilter  # noqa: E402

try:  # the kept matches of a narrow search (absent before they were: the same figures)
    from desktop.store import search_keep
except ImportError:  # pragma: no cover
    search_keep = None  # type: ignore[assignment]

FILTERS = (ListFilter(overdue=True), ListFilter(soon=True), ListFilter(awaiting_reply=True))


def _forget(db) -> None:
    if search_keep is not None:
        search_keep.forget(db)


def timed(call, before=None) -> tuple[float, float]:
    """Median CPU and wall milliseconds of five calls, each after ``before()`` (untimed)."""
    cpu, wall = [], []
    for _ in range(5):
        if before is not None:
            before()
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        call()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start_wall) * 1000)
    return statistics.median(cpu), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--read-only", action="store_true",
                        help="open the database read-only (it must be current)")
    args = parser.parse_args()
    path = paths.database_path(args.folder)
    if args.read_only:
        import sqlite_utils

        db = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True),
                                   execute_plugins=False)
        db.execute("PRAGMA busy_timeout = 5000")
    else:
        db = store.open_db(path)
    size = store.count_patients(db)
    figures: dict[str, list[tuple[float, float]]] = {
        "keystroke": [], "1-2 characters": [], "3+ characters": [], "as typed": [],
        "as typed, page and count": [], "count": [], "capped count": [],
        "1-2 characters + filter, page and capped count": [], "floor: name scan": []}
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            text, typed = query[:end], query[:end - 1]

            def previous(t=typed) -> None:  # the keystroke before, as the window asked it
                _forget(db)
                if t.strip():
                    store.search_patients(db, t)
                    store.count_patients(db, t, cap=COUNT_CAP + 1)
            figures["as typed"].append(timed(
                lambda t=text: store.search_patients(db, t), previous))
            figures["as typed, page and count"].append(timed(
                lambda t=text: (store.search_patients(db, t),
                                store.count_patients(db, t, cap=COUNT_CAP + 1)), previous))
            lap = timed(lambda t=text: store.search_patients(db, t), lambda: _forget(db))
            figures["keystroke"].append(lap)
            short = all(len(word) < 3 for word in text.split())
            figures["1-2 characters" if short else "3+ characters"].append(lap)
            for quick in FILTERS if short else ():
                figures["1-2 characters + filter, page and capped count"].append(timed(
                    lambda t=text, q=quick: (store.search_patients(db, t, quick=q),
                                             store.count_patients(db, t, cap=COUNT_CAP + 1,
                                                                  quick=q)),
                    lambda: _forget(db)))
        figures["count"].append(timed(lambda q=query: store.count_patients(db, q),
                                      lambda: _forget(db)))
        figures["capped count"].append(timed(lambda q=query: store.count_patients(
            db, q, cap=COUNT_CAP), lambda: _forget(db)))
        pattern = f"%{query.split()[0]}%"
        figures["floor: name scan"].append(timed(lambda p=pattern: db.execute(
            "SELECT COUNT(*) FROM patients WHERE name LIKE ?", [p]).fetchone()))
    db.close()
    print(f"{size:,} patients; median / worst CPU ms (median wall ms)".replace(",", "\u00a0"))
    print("| " + " | ".join(figures) + " |")
    print("|" + "---:|" * len(figures))
    cells = []
    for laps in figures.values():
        cpu = [lap[0] for lap in laps]
        wall = [lap[1] for lap in laps]
        cells.append(f"{statistics.median(cpu):.1f} / {max(cpu):.0f} "
                     f"({statistics.median(wall):.1f})")
    print("| " + " | ".join(cells) + " |")
    floor = figures["floor: name scan"]
    for name, laps in figures.items():
        cpu = statistics.median(lap[0] for lap in laps) / statistics.median(f[0] for f in floor)
        wall = statistics.median(lap[1] for lap in laps) / statistics.median(f[1] for f in floor)
        print(f"{name}: {cpu:.2f}x the floor in CPU, {wall:.2f}x in wall time")


if __name__ == "__main__":
    main()
