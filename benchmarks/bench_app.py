"""Speed of the window at 1 000, 10 000 and 100 000 synthetic patients.

Measures, in a fresh process per database size: process start to main window shown, patient
list ready (first page and count shown), search-as-you-type latency per keystroke (from the key
press to the new rows in the model, the search's short typing pause included), opening one
patient's workspace, and peak memory (max RSS).

    .venv/bin/python benchmarks/bench_app.py [--sizes 1000 10000 100000] [--cache DIR]

Databases are built once with the demo generator and kept in the cache folder.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = ("kari nordmann", "åse", "ødegård", "1943", "17.05.19", "0889", "zz", "bjørn h")


def build(folder: Path, size: int) -> float:
    """Create the database of ``size`` demo patients unless it is there; return build seconds."""
    from desktop import paths, store
    from desktop.demo import fill_demo

    path = paths.database_path(folder)
    if path.exists():
        db = store.open_db(path)
        count = store.count_patients(db)
        db.close()
        if count == size:
            return 0.0
        for leftover in folder.glob(paths.DB_FILE + "*"):
            leftover.unlink()
    start = time.perf_counter()
    db = store.open_db(path, paths.backup_dir(folder))
    fill_demo(db, size, seed=size)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return time.perf_counter() - start


def probe(folder: str) -> None:
    """Child process: open the window on ``folder`` and print one JSON line of timings."""
    events = {"imported": time.time()}
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.app import main_window_for, make_application
    from desktop.store import open_data_folder

    app = make_application([])
    db = open_data_folder(folder)
    window = main_window_for(db)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    events["shown"] = time.time()
    while not window.count_label.text():
        app.processEvents()
    events["list_ready"] = time.time()

    keystrokes = []
    for query in QUERIES:
        window.search.clear()
        wait_for_search(app, window, "")
        for position, char in enumerate(query):
            start = time.perf_counter()
            QTest.keyClicks(window.search, char)
            wait_for_search(app, window, query[:position + 1])
            keystrokes.append((time.perf_counter() - start) * 1000)

    window.search.clear()
    wait_for_search(app, window, "")
    rng = random.Random(7)
    total = window.model.total()
    openings = []
    for _ in range(20):
        patient_id = rng.randint(1, total)
        start = time.perf_counter()
        window.open_patient(patient_id)
        app.processEvents()
        openings.append((time.perf_counter() - start) * 1000)
        if window.current_patient_id() != patient_id:
            raise SystemExit(f"patient {patient_id} did not open")

    import resource

    result = {
        "events": events,
        "keystroke_ms": keystrokes,
        "open_ms": openings,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    window.close()
    QApplication.processEvents()
    print(json.dumps(result))
    del Qt


def wait_for_search(app, window, text: str) -> None:
    """Process events until the list shows the result of ``text`` (searches are debounced)."""
    wanted = " ".join(text.split())
    deadline = time.perf_counter() + 10
    while window.model.search_text() != wanted or window.search.text() != text:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit(f"search for {text!r} did not finish")
        time.sleep(0.0005)
    app.processEvents()


def measure(folder: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.time()
    done = subprocess.run([sys.executable, __file__, "--probe", str(folder)], env=env,
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    events = result["events"]
    keys, opens = result["keystroke_ms"], result["open_ms"]
    return {
        "window_shown_s": events["shown"] - start,
        "list_ready_s": events["list_ready"] - start,
        "key_median_ms": statistics.median(keys),
        "key_worst_ms": max(keys),
        "open_median_ms": statistics.median(opens),
        "open_worst_ms": max(opens),
        "max_rss_mb": result["max_rss_mb"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--cache", type=Path, default=ROOT / "benchmarks" / ".cache")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.probe)
        return
    print("| patients | window shown | list ready | keystroke median / worst "
          "| open patient median / worst | max RSS |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        folder = args.cache / f"patients-{size}"
        built = build(folder, size)
        if built:
            print(f"(built {size} patients in {built:.0f} s)", file=sys.stderr)
        measure(folder)  # a first run warms the operating system's file cache
        r = measure(folder)
        print(f"| {size:,} | {r['window_shown_s']:.2f} s | {r['list_ready_s']:.2f} s "
              f"| {r['key_median_ms']:.0f} / {r['key_worst_ms']:.0f} ms "
              f"| {r['open_median_ms']:.0f} / {r['open_worst_ms']:.0f} ms "
              f"| {r['max_rss_mb']:.0f} MB |".replace(",", "\u00a0"))


if __name__ == "__main__":
    main()
