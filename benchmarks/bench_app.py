"""Speed of the window at 1 000, 10 000, 100 000 and 1 000 000 synthetic patients.

Measures, in a fresh process per database size: process start to main window shown, patient
list ready (first page and count shown), search-as-you-type latency per keystroke (from the key
press to the new rows in the model) with the view's typing pause and without it, the floor of a
search (a plain SQLite substring scan of every name), the match count the view shows when typing
stops and the store's capped count, sorting the whole list by each column, opening one patient's
workspace, and peak memory (max RSS).

    .venv/bin/python benchmarks/bench_app.py [--sizes 1000 10000 100000 1000000] [--cache DIR]
    .venv/bin/python benchmarks/bench_app.py --sizes 100000 --open-only  # opening a patient alone

Databases are built once and kept in the cache folder: up to 100 000 patients with the demo
generator, larger ones with the bulk builder (benchmarks/bulk.py: forms on every patient).
"""

from __future__ import annotations

import argparse
import contextlib
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
DEMO_LIMIT = 100_000  # larger databases come from the bulk builder
COUNT_CAP = 1000
KEY_ENV = "BENCH_DB_KEY"
OPEN_ONLY_ENV = "BENCH_OPEN_ONLY"  # the child measures only the openings (--open-only)
BENCH_KEY = bytes(range(32))  # the encrypted copies' key (synthetic data, a benchmark file)


def encrypted_copy(folder: Path) -> Path:
    """The database of ``folder`` encrypted with SQLCipher (made once, beside it)."""
    from desktop import paths
    from desktop.store import cipher

    copy = folder.with_name(folder.name + "-encrypted")
    if not paths.database_path(copy).exists():
        copy.mkdir(parents=True, exist_ok=True)
        cipher.export_file(paths.database_path(folder), paths.database_path(copy), BENCH_KEY)
    return copy


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
    if size > DEMO_LIMIT:
        from benchmarks.bulk import build_bulk

        build_bulk(path, size)
        return time.perf_counter() - start
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
    if os.environ.get(KEY_ENV):  # an encrypted copy (--encrypted): the key a log-in unwraps
        from desktop.store import cipher

        cipher.remember(bytes.fromhex(os.environ[KEY_ENV]))
    db = open_data_folder(folder)
    window = main_window_for(db)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    events["shown"] = time.time()
    events["shown_cpu"] = time.process_time()
    while not window.count_label.text():
        app.processEvents()
    events["list_ready"] = time.time()
    from desktop import reports

    reports.warm_up_in_background().join()  # printing warmed up behind the first paint
    events["printing_warm"] = time.time()

    if os.environ.get(OPEN_ONLY_ENV):
        print(json.dumps({"events": events, "open_ms": open_patients(app, window).json()}))
        return
    from desktop.store import access
    keystrokes, stalls = type_queries(app, window)  # to the rows; the window's stall
    floor, counts, capped = Laps(), Laps(), Laps()
    for query in QUERIES:
        pattern = f"%{query.split()[0]}%"
        timed(floor, lambda p=pattern: db.execute(
            "SELECT COUNT(*) FROM patients WHERE name LIKE ?", [p]).fetchone())
        # what the view counts when typing stops (the model keeps the count it read once)
        timed(counts, lambda q=query: access.count_visible(window.session, q))
        timed(capped, lambda q=query: access.count_visible(window.session, q,
                                                            cap=COUNT_CAP))

    window.search.clear()
    wait_for_search(app, window, "")
    sorting = Laps()
    header = window.table.horizontalHeader()
    for column in sorted(window.model.SORT_KEYS):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            with sorting.lap():
                header.setSortIndicator(column, order)
                app.processEvents()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    app.processEvents()

    openings = open_patients(app, window)
    # the Frister view of the largest department and of all (the four groups counted and the
    # first page of each read), and one year's indicator report (reports.indicators.count)
    from desktop.models.deadlines_model import GROUPS, DeadlinesModel
    from desktop.reports import indicators
    from desktop.store.deadline_list import DeadlineQuery

    session = window.session
    ward = db.execute("SELECT department FROM patients GROUP BY department "
                      "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]

    def open_deadlines(departments) -> None:
        """Until the four counts and each group's first page are in (a part that outgrew the
        window's budget comes from the background); each call on the window's thread is
        also timed as a stall."""
        with deadline_stalls.lap():
            view = DeadlinesModel(DeadlineQuery(session, departments=departments))
        until(lambda: not view.counting())
        for group in range(GROUPS):
            with deadline_stalls.lap():
                view.fetchMore(view.group_index(group))
            until(lambda g=group: view.rowCount(view.group_index(g)) > 0
                  or view.counts()[g] == 0)

    def until(done) -> None:
        deadline = time.perf_counter() + 600
        while not done():
            app.processEvents()
            time.sleep(0.0005)
            if time.perf_counter() > deadline:
                raise SystemExit("the Frister view did not load")

    ward_view, all_view, deadline_stalls, report = Laps(), Laps(), Laps(), Laps()
    for _ in range(3):
        with ward_view.lap():
            open_deadlines([ward])
        with all_view.lap():
            open_deadlines(None)
    year = int(db.execute("SELECT max(substr(on_date, 1, 4)) FROM process_events"
                          ).fetchone()[0] or time.strftime("%Y"))
    for _ in range(2):
        with report.lap():
            indicators.count(db, year)

    import resource

    result = {
        "events": events,
        "keystroke_ms": keystrokes.json(),
        "stall_ms": stalls.json(),
        "floor_ms": floor.json(),
        "count_ms": counts.json(),
        "capped_ms": capped.json(),
        "sort_ms": sorting.json(),
        "open_ms": openings.json(),
        "deadlines_ward_ms": ward_view.json(),
        "deadlines_all_ms": all_view.json(),
        "deadline_stall_ms": deadline_stalls.json(),
        "indicators_ms": report.json(),
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    window.close()
    QApplication.processEvents()
    print(json.dumps(result))


def open_patients(app, window) -> Laps:
    """Open 20 random patients' workspaces, each until its page in sight is shown; the first
    after the workspace's pages are built in the idle time (as they are long before a person
    has found a patient to click)."""
    deadline = time.perf_counter() + 30
    while not window.workspace.pages_built and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    rng = random.Random(7)
    total = window.model.total()
    openings = Laps()
    for _ in range(20):
        patient_id = rng.randint(1, total)
        with openings.lap():
            window.open_patient(patient_id)
            app.processEvents()
        if window.current_patient_id() != patient_id:
            raise SystemExit(f"patient {patient_id} did not open")
    return openings


def bare_probe() -> None:
    """Child process: the floor of start-up, a bare PySide6 window with a table of 200 rows."""
    events = {"imported": time.time()}
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([])
    model = QStandardItemModel(200, 8)
    for row in range(200):
        for column in range(8):
            model.setItem(row, column, QStandardItem(f"{row}.{column}"))
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    events["shown"] = time.time()
    events["shown_cpu"] = time.process_time()
    print(json.dumps({"events": events}))


def start_up_floor(env: dict) -> tuple[float, float]:
    """Seconds from process start to the bare window shown: wall and the process's CPU."""
    start = time.time()
    done = subprocess.run([sys.executable, __file__, "--bare"], env=env, capture_output=True,
                          text=True, check=True)
    events = json.loads(done.stdout.strip().splitlines()[-1])["events"]
    return events["shown"] - start, events["shown_cpu"]


def type_queries(app, window) -> tuple[Laps, Laps]:
    """Milliseconds from each key press of every query to its rows in the model (a search
    read in the background included), and how long the key press itself held the window's
    thread (the stall a user feels while typing)."""
    from PySide6.QtTest import QTest

    keystrokes, stalls = Laps(), Laps()
    for query in QUERIES:
        window.search.clear()
        wait_for_search(app, window, "")
        for position, char in enumerate(query):
            with keystrokes.lap():
                with stalls.lap():
                    QTest.keyClicks(window.search, char)
                wait_for_search(app, window, query[:position + 1])
    return keystrokes, stalls


class Laps:
    """Milliseconds of each lap: on the clock, and of the process's own CPU time (which a busy
    machine's other processes do not add to)."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.thread: list[float] = []  # the window's thread's own CPU time

    @contextlib.contextmanager
    def lap(self):
        wall, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
        yield
        self.wall.append((time.perf_counter() - wall) * 1000)
        self.cpu.append((time.process_time() - cpu) * 1000)
        self.thread.append((time.thread_time() - own) * 1000)

    def json(self) -> dict:
        return {"wall": self.wall, "cpu": self.cpu, "thread": self.thread}


def timed(laps: Laps, call) -> None:
    """Five laps of ``call``; the one in the middle by wall time stands for it."""
    runs = Laps()
    for _ in range(5):
        with runs.lap():
            call()
    middle = sorted(range(5), key=runs.wall.__getitem__)[2]
    laps.wall.append(runs.wall[middle])
    laps.cpu.append(runs.cpu[middle])
    laps.thread.append(runs.thread[middle])


def wait_for_search(app, window, text: str) -> None:
    """Process events until the list shows the result of ``text`` (a search that outgrew the
    window's budget is read in the background)."""
    wanted = " ".join(text.split())
    deadline = time.perf_counter() + 10
    while (window.model.search_text() != wanted or window.search.text() != text
           or window.model.pending()):
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit(f"search for {text!r} did not finish")
        time.sleep(0.0005)
    app.processEvents()


def measure(folder: Path, key: bytes | None = None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    if key:
        env[KEY_ENV] = key.hex()
    start = time.time()
    done = subprocess.run([sys.executable, __file__, "--probe", str(folder)], env=env,
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    events = result["events"]
    bare = sorted((start_up_floor(env) for _ in range(3)), key=lambda pair: pair[0])[1]
    figures = {"window_shown_s": events["shown"] - start,
               "window_cpu_s": events["shown_cpu"], "bare_s": bare[0], "bare_cpu_s": bare[1],
               "printing_warm_s": events["printing_warm"] - start,
               "list_ready_s": events["list_ready"] - start,
               "max_rss_mb": result["max_rss_mb"]}
    for key in ("keystroke", "stall", "floor", "count", "capped", "sort", "open",
                "deadlines_ward", "deadlines_all", "deadline_stall", "indicators"):
        laps = result[f"{key}_ms"]
        # median and worst on the clock, median CPU of the process, worst of the window's
        # thread's own CPU (the stall a busy machine does not add to)
        figures[key] = (statistics.median(laps["wall"]), max(laps["wall"]),
                        statistics.median(laps["cpu"]), max(laps["thread"]))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--cache", type=Path, default=ROOT / "benchmarks" / ".cache")
    parser.add_argument("--encrypted", action="store_true",
                        help="also measure an SQLCipher-encrypted copy of each database")
    parser.add_argument("--open-only", action="store_true",
                        help="measure only the opening of 20 random patients")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.probe)
        return
    if args.bare:
        bare_probe()
        return
    if args.open_only:
        for size in args.sizes:
            folder = args.cache / f"patients-{size}"
            build(folder, size)
            report_open(folder, size)
        return
    print("Each figure: median / worst wall-clock milliseconds (median CPU milliseconds of the "
          "process)\n")
    print("| patients | window shown | list ready | keystroke to rows | the key press's stall "
          "| floor: name scan | count as shown | capped count | sorting | open patient "
          "| max RSS |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        folder = args.cache / f"patients-{size}"
        built = build(folder, size)
        if built:
            print(f"(built {size} patients in {built:.0f} s)", file=sys.stderr)
        runs = [(folder, None, f"{size:,}".replace(",", "\u00a0"))]
        if args.encrypted:
            runs.append((encrypted_copy(folder), BENCH_KEY, runs[0][2] + " encrypted"))
        for path, key, label in runs:
            report(path, key, label)


def report_open(folder: Path, size: int) -> None:
    """Opening 20 random patients alone (a fresh process, after one warming run)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env[OPEN_ONLY_ENV] = "1"
    for _ in range(2):  # the first run warms the operating system's file cache
        done = subprocess.run([sys.executable, __file__, "--probe", str(folder)], env=env,
                              capture_output=True, text=True, check=True)
    laps = json.loads(done.stdout.strip().splitlines()[-1])["open_ms"]
    count = f"{size:,}".replace(",", "\u00a0")
    print(f"opening a patient, {count} patients: median "
          + "{:.1f} ms wall, {:.1f} ms CPU; worst {:.1f} ms wall, {:.1f} ms CPU "
          "(target under 10 ms median: {:.1f}× wall, {:.1f}× CPU); the first, after the idle "
          "build: {:.1f} ms wall, {:.1f} ms CPU; worst of the others: {:.1f} ms wall, "
          "{:.1f} ms CPU".format(
              statistics.median(laps["wall"]), statistics.median(laps["cpu"]),
              max(laps["wall"]), max(laps["cpu"]), statistics.median(laps["wall"]) / 10,
              statistics.median(laps["cpu"]) / 10, laps["wall"][0], laps["cpu"][0],
              max(laps["wall"][1:]), max(laps["cpu"][1:])), flush=True)
    print("  the window's thread's own CPU (what blocks the GUI; process CPU adds the other "
          "threads): median {:.1f} ms, first {:.1f} ms, worst of the others {:.1f} ms".format(
              statistics.median(laps["thread"]), laps["thread"][0], max(laps["thread"][1:])),
          flush=True)
    held = sum(ms > 50 for ms in laps["thread"])
    print(f"  openings that held the window's thread over 50 ms (issue 17 item 3): {held} of "
          f"{len(laps['thread'])}", flush=True)


def report(folder: Path, key: bytes | None, label: str) -> None:
    """Measure the window on ``folder`` (opened with ``key`` if given) and print its row."""
    measure(folder, key)  # a first run warms the operating system's file cache
    r = measure(folder, key)
    cells = [label, f"{r['window_shown_s']:.2f} s", f"{r['list_ready_s']:.2f} s"]
    cells += [f"{r[name][0]:.1f} / {r[name][1]:.0f} ms ({r[name][2]:.1f})" for name in (
        "keystroke", "stall", "floor", "count", "capped", "sort", "open")]
    cells.append(f"{r['max_rss_mb']:.0f} MB")
    print("| " + " | ".join(cells) + " |", flush=True)
    print(f"    start-up: window shown {r['window_shown_s']:.2f} s "
          f"({r['window_cpu_s']:.2f} s CPU) beside a bare PySide6 window with a table "
          f"{r['bare_s']:.2f} s ({r['bare_cpu_s']:.2f} s CPU): "
          f"{r['window_shown_s'] / r['bare_s']:.1f}× wall, "
          f"{r['window_cpu_s'] / r['bare_cpu_s']:.1f}× CPU (target 2×); printing warm "
          f"{r['printing_warm_s']:.2f} s after start", flush=True)
    floor = r["floor"]
    print(f"    beside the floor (a name scan, {floor[0]:.1f} ms wall, {floor[2]:.1f} ms CPU): "
          + "; ".join(f"{name} {r[name][0] / floor[0]:.2f}× wall, {r[name][2] / floor[2]:.2f}× "
                      "CPU" for name in ("keystroke", "stall", "count", "capped")), flush=True)
    print("    Frister view, largest department {0[0]:.0f} / {0[1]:.0f} ms ({0[2]:.0f} CPU); "
          "all departments {1[0]:.0f} / {1[1]:.0f} ms ({1[2]:.0f} CPU); indicator report, "
          "one year {2[0]:.0f} / {2[1]:.0f} ms ({2[2]:.0f} CPU)".format(
              r["deadlines_ward"], r["deadlines_all"], r["indicators"]), flush=True)
    stalls = {"a key press": r["stall"], "sorting": r["sort"], "opening a patient": r["open"],
              "a Frister view step": r["deadline_stall"]}
    print("    longest hold of the window's thread (worst wall ms / worst own CPU ms; target "
          "50): " + "; ".join(f"{name} {lap[1]:.0f} / {lap[3]:.0f}"
                              for name, lap in stalls.items()), flush=True)


if __name__ == "__main__":
    main()
