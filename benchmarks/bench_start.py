"""Start-up and log-in beside their floors (issue 17 item 1).

    .venv/bin/python benchmarks/bench_start.py [--folder DATA_FOLDER] [--runs 5]
                                               [--patients 1000] [--entries 100000]

**Start-up**: process start to the main window painted (the program's own window on the data
folder, no log-in: the databases have no accounts) beside a bare PySide6 window with a
200-row table (``bench_app.py --bare``), alternated, ``--runs`` times each; medians of wall
and of the process's CPU time, and the ratio (target 2x). ``--folder`` chooses the data
folder (say a copy of ``benchmarks/.cache/patients-100000``); without it a folder of
``--patients`` demo patients is built under ``benchmarks/.cache/``. The window is painted
when the event loop is free again after its first paint (the moment the workspace's pages
start being built in the idle time, see ``watch_idle_build``). Printed beside it: each part
of the start-up inside the process (perf_counter / process_time marks), the turns of the
event loop that build the workspace's pages after the paint (target: none over 50 ms), and
the first opening of a patient after that build and, in another run, at once after the
paint (target: under 150 ms), when the opening waits for the pages, built a step per turn of
the event loop (its longest turn is printed beside it, measured by a zero-timer's beats). The
data folder is opened as the program's start opens it (store/opening.py: a current database
on a plain connection, made writable after the paint: sqlite-utils is imported on a thread
meanwhile, and the window's thread looks whether it is done every 10 ms; those turns are
printed too, in the window thread's CPU, with the time from the paint to the database
writable, and whether sqlite-utils was loaded when the paint was over). The
QApplication is made as ``run_app`` makes it (``make_application(at_start=True)``: no Python
filter on the whole application before the first window's paint, see
views/common/accessibility.py).

**Log-in**: a database of ``--patients`` demo patients with the demo accounts and
``--entries`` access-log entries in the chain (built once under ``benchmarks/.cache/``). A
fresh process takes ``run_with_login``'s steps: opens the folder, shows the log-in screen
(printed: start to the screen painted beside a bare window run alternately, the program's
start when accounts exist; target 2x), imports the main window's modules on a thread after
its paint (waited for, as a person typing would), types the administrator's name and
password, presses OK and waits for the main window to be painted. Printed: OK to the window
painted, the argon2 check inside it (timed around ``PasswordHasher.verify``), the rest
(target: under 200 ms), and what the log-in used to wait for beside it: the administrator's
log-chain check (now on a thread after the window shows).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "benchmarks" / ".cache"
ADMIN, ADMIN_PASSWORD = "demo.admin", "demo-passord-admin"
AT_PAINT: list[bool] = []  # whether sqlite-utils was imported when the first paint was over


# The probes import the program from its bytecode, as an installed program does (pip writes
# the .pyc files): a PYTHONDONTWRITEBYTECODE in the caller's environment (the sessions here
# set it) would have every start compile each of the program's modules from source again.
CHILD_ENV = {**{key: value for key, value in os.environ.items()
                if key != "PYTHONDONTWRITEBYTECODE"}, "QT_QPA_PLATFORM": "offscreen"}


def run_event_loop(ms: int) -> None:
    """The event loop for ``ms``, as the program's ``app.exec()`` runs it, which lets go of
    Python's lock while it waits; ``QTest.qWait`` holds it, and a thread (sqlite-utils'
    import, the log-in's import of the window) would get half the time it gets in the
    program."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def watch_idle_build() -> tuple[list[tuple[float, float]], list[tuple[float, float, float]]]:
    """The workspace's pages are built in the idle time after the window's first paint (a
    zero-timer armed by it), once sqlite-utils is imported on a thread (``AfterFirstPaint``,
    posted first, makes the window's database writable then). Returned: each build turn's
    (wall, CPU), and (time, wall, CPU) at the first turn of either, when the window stood
    painted and the event loop was free again, which is what the bare window's probe waits
    for (its processEvents would run that turn)."""
    from desktop.views.common.after_paint import AfterFirstPaint
    from desktop.views.workspace.workspace import Workspace

    turns: list[tuple[float, float]] = []
    idle: list[tuple[float, float, float]] = []
    step, later = Workspace._build_step, Workspace._build_later
    after_paint = AfterFirstPaint._start

    def first_after_paint(self: AfterFirstPaint) -> None:
        if not idle:
            idle.append((time.time(), time.perf_counter(), time.process_time()))
            AT_PAINT.append("sqlite_utils" in sys.modules)
        after_paint(self)

    def timed_step(self: Workspace) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        step(self)
        turns.append((time.perf_counter() - wall, time.process_time() - cpu))

    def first_idle(self: Workspace) -> None:
        if not idle:
            idle.append((time.time(), time.perf_counter(), time.process_time()))
            AT_PAINT.append("sqlite_utils" in sys.modules)
        later(self)

    Workspace._build_step = timed_step  # type: ignore[method-assign]
    Workspace._build_later = first_idle  # type: ignore[method-assign]
    AfterFirstPaint._start = first_after_paint  # type: ignore[method-assign]
    return turns, idle


def watch_writable() -> tuple[list[tuple[float, float]], dict[int, float]]:
    """Each turn of the work after the paint (making the window's database writable, and the
    small steps of the accessibility polisher and the undo keys): (wall, the window thread's
    CPU; the import's thread runs beside it); and when each was done, by its id."""
    from desktop.views.common.after_paint import AfterFirstPaint

    turns: list[tuple[float, float]] = []
    done: dict[int, float] = {}
    step = AfterFirstPaint.step

    def timed(self: AfterFirstPaint) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        step(self)
        turns.append((time.perf_counter() - wall, time.thread_time() - cpu))
        if self.done:
            done.setdefault(id(self), time.perf_counter())

    AfterFirstPaint.step = timed  # type: ignore[method-assign]
    return turns, done


def window_probe(folder: str, open_at_once: bool = False) -> None:
    """Child process: the program's main window on ``folder``, painted; then (the process's
    own figures, not the start-up's) the workspace pages built in the idle time after the
    paint, and the first patient of the list opened. ``open_at_once``: the patient is opened
    right after the paint, before the idle build (a click as soon as the window shows)."""
    marks = [(time.perf_counter(), time.process_time())]

    def mark() -> None:
        marks.append((time.perf_counter(), time.process_time()))

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    mark()
    from desktop.app import main_window_for, make_application
    from desktop.store.opening import open_data_folder  # as the program's start opens it

    mark()
    app = make_application([], at_start=True)  # as run_app
    mark()
    db = open_data_folder(folder)
    mark()
    from desktop.views.shell import main_window  # noqa: F401 (timed apart from the building)

    mark()
    window = main_window_for(db)
    mark()
    turns, idle = watch_idle_build()
    writable, writable_at = watch_writable()
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    if not idle:
        idle.append((time.time(), time.perf_counter(), time.process_time()))
    marks.append(idle[0][1:])
    shown = {"shown": idle[0][0], "cpu": idle[0][2],
             "parts": [(b[0] - a[0], b[1] - a[1]) for a, b in pairwise(marks)]}
    from PySide6.QtCore import Qt, QTimer

    from desktop.models.patient_list_model import PatientIdRole

    idle_longest = None
    if not open_at_once:
        # a 2 ms timer's beats (the window thread's CPU) until the pages are built: the gaps
        # are the turns of everything after the paint, the build's and all others
        pulses = [time.thread_time()]
        pulse = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=2)
        pulse.timeout.connect(lambda: pulses.append(time.thread_time()))
        pulse.start()
        deadline = time.perf_counter() + 20
        while not (window.workspace.pages_built and window.writable_later.done) and (
                time.perf_counter() < deadline):
            run_event_loop(5)
        pulse.stop()
        idle_longest = max(b - a for a, b in pairwise(pulses))
        from desktop import reports

        reports.warm_up_in_background().join()  # started by the pages' end: a person is slower
    patient_id = window.model.index(0, 0).data(PatientIdRole)

    # a zero-timer's beats (wall, the window thread's CPU): the gaps are the event loop's turns
    ticks: list[tuple[float, float]] = []
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    beat.start()
    wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
    window.show_patient(patient_id)  # the user's path: stepwise while the pages are built
    deadline = wall + 20
    while window.workspace.current_patient_id() != patient_id and time.perf_counter() < deadline:
        QApplication.processEvents()
    QApplication.processEvents()  # the pages shown and painted
    opening = time.perf_counter() - wall, time.process_time() - cpu
    beat.stop()
    beats = [(wall, thread), *ticks, (wall + opening[0], time.thread_time())]
    longest = [max(b[i] - a[i] for a, b in pairwise(beats)) for i in (0, 1)]
    window.workspace.flush()
    made = writable_at.get(id(window.writable_later))
    to_writable = made - idle[0][1] if made is not None else None
    print(json.dumps({**shown, "turns": turns, "open": opening, "longest": longest,
                      "writable": writable, "to_writable": to_writable,
                      "idle_longest": idle_longest,
                      "plain": AT_PAINT == [False]}), flush=True)
    os._exit(0)  # measured: the window's background threads need no orderly end here


PARTS = ("importing PySide6 (QtWidgets, QtTest)", "importing desktop.app and desktop.store",
         "the QApplication (language, translations, accessibility)",
         "opening the database (a plain connection when its schema is current)",
         "importing the main window", "building the main window (the list's first page)",
         "showing and the first paint")


def login_probe(folder: str) -> None:
    """Child process: the program's start as run_with_login does it (the data folder opened,
    the log-in screen shown, the main window's modules imported on a thread after its first
    paint), typed into once the import is done (a person is slower), OK pressed, and the
    main window painted."""
    marks = [(time.perf_counter(), time.process_time())]
    from argon2 import PasswordHasher
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.app import main_window_for, make_application
    from desktop.store import audit, opening, unlock
    from desktop.views.common import accessibility
    from desktop.views.common.after_paint import AfterFirstPaint
    from desktop.views.trust.login_dialog import LoginDialog
    from desktop.views.trust.session import Session, import_window_meanwhile

    hashing = [0.0, 0.0]
    verify = PasswordHasher.verify

    def timed_verify(self, *args, **kwargs):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return verify(self, *args, **kwargs)
        finally:
            hashing[0] += time.perf_counter() - wall
            hashing[1] += time.process_time() - cpu

    PasswordHasher.verify = timed_verify  # type: ignore[method-assign]
    marks.append((time.perf_counter(), time.process_time()))
    app = make_application([], at_start=True)  # as run_app
    db = opening.open_data_folder(folder)
    marks.append((time.perf_counter(), time.process_time()))
    _turns, idle = watch_idle_build()
    dialog = LoginDialog(db, "", folder=Path(folder))
    accessibility.polish_first(dialog)
    importing: list = []
    AfterFirstPaint(dialog, lambda: importing.append(import_window_meanwhile()))
    dialog.open()
    QTest.qWaitForWindowExposed(dialog)
    app.processEvents()
    if not idle:
        idle.append((time.time(), time.perf_counter(), time.process_time()))
    marks.append(idle[0][1:])
    screen = {"shown": idle[0][0], "cpu": idle[0][2], "plain": AT_PAINT == [False],
              "parts": [(b[0] - a[0], b[1] - a[1]) for a, b in pairwise(marks)]}
    while not importing:
        run_event_loop(5)
    importing[0].join()  # a person takes longer than this to type a name and a password
    dialog.username.setText(ADMIN)
    dialog.password.setText(ADMIN_PASSWORD)
    app.processEvents()
    idle.clear()
    wall, cpu = time.perf_counter(), time.process_time()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    if dialog.user is None:
        raise SystemExit("the log-in was refused")
    db = unlock.secure(Path(folder), dialog.db)  # run_with_login's steps after the log-in
    session = Session(db, Path(folder), main_window_for)
    session.open_window(dialog.user)
    QTest.qWaitForWindowExposed(session.window)
    app.processEvents()
    end = idle[0][1:] if idle else (time.perf_counter(), time.process_time())
    ok = end[0] - wall, end[1] - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    audit.login_faults(db)
    chain = time.perf_counter() - wall, time.process_time() - cpu
    session.chain_check.join()
    session.window.workspace.flush()
    print(json.dumps({"ok": ok, "argon2": hashing, "chain": chain, **screen}), flush=True)
    os._exit(0)  # the session's timers and the window need no orderly end here


LOGIN_PARTS = ("importing PySide6, desktop.app and the log-in's modules",
               "the QApplication and opening the database",
               "building, showing and painting the log-in screen")


def child(kind: str, folder: Path, *extra: str) -> dict:
    started = time.time()
    done = subprocess.run([sys.executable, __file__, f"--{kind}-probe", str(folder), *extra],
                          cwd=ROOT, capture_output=True, text=True, check=True,
                          env=CHILD_ENV)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["started"] = started
    return result


def bare() -> dict:
    started = time.time()
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_app.py"), "--bare"],
                          cwd=ROOT, capture_output=True, text=True, check=True,
                          env=CHILD_ENV)
    events = json.loads(done.stdout.strip().splitlines()[-1])["events"]
    return {"shown": events["shown"], "cpu": events["shown_cpu"], "started": started}


def demo_folder(patients: int, entries: int = 0) -> Path:
    """A data folder of demo patients (with the demo accounts and ``entries`` log entries
    when ``entries``), built once under benchmarks/.cache/."""
    from desktop import paths, store
    from desktop.demo import fill_demo
    from desktop.store import log, policy

    folder = CACHE / (f"login-{patients}-{entries}" if entries else f"start-{patients}")
    if paths.database_path(folder).exists():
        return folder
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    db = store.open_db(paths.database_path(folder))
    fill_demo(db, patients)
    if entries:
        policy.create_demo_accounts(db)
        with db.atomic():  # one transaction: the chain is the same as entry by entry
            for index in range(entries):
                log.log_event(db, log.OPEN_PATIENT, 1 + index % patients,
                              {"department": "Voksenpsykiatri"}, user="bench")
    db.close()
    print(f"built {folder.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return folder


def start_up(folder: Path, runs: int) -> None:
    child("window", folder)  # warm the file cache and the bytecode
    windows, floors, at_once = [], [], []
    for _ in range(runs):
        floors.append(bare())
        windows.append(child("window", folder))
        at_once.append(child("window", folder, "--open-at-once"))

    def medians(results: list[dict]) -> tuple[float, float]:
        return (statistics.median(r["shown"] - r["started"] for r in results),
                statistics.median(r["cpu"] for r in results))

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    window, floor = medians(windows), medians(floors)
    print(f"\nStart-up on {folder} (medians of {runs}, alternated with the floor; "
          f"CPU is the process's own time, the figure to read on a shared machine)\n")
    print("| start to the window painted | wall | CPU |\n|---|---:|---:|")
    print(f"| bare PySide6 window, 200-row table (floor) | {floor[0] * 1000:.0f} ms "
          f"| {floor[1] * 1000:.0f} ms |")
    print(f"| the program's main window | {window[0] * 1000:.0f} ms "
          f"| {window[1] * 1000:.0f} ms |")
    print(f"| ratio (target 2x) | {window[0] / floor[0]:.2f}x | {window[1] / floor[1]:.2f}x |")
    plain = sum(r["plain"] for r in windows)
    print(f"\nPainted without sqlite-utils in {plain} of {len(windows)} runs.")
    print("\n| of which, inside the process | wall | CPU |\n|---|---:|---:|")
    for index, label in enumerate(PARTS):
        print(f"| {label} | {ms([r['parts'][index][0] for r in windows])} "
              f"| {ms([r['parts'][index][1] for r in windows])} |")
    print("\n| after the paint | wall | CPU |\n|---|---:|---:|")
    print(f"| workspace pages built in the idle time: turns of the event loop "
          f"| {len(windows[0]['turns'])} | |")
    for label, pick in (("the longest turn (target under 50 ms)", max), ("all turns", sum)):
        print(f"| {label} | {ms([pick(t[0] for t in r['turns']) for r in windows])} "
              f"| {ms([pick(t[1] for t in r['turns']) for r in windows])} |")
    print(f"| the database made writable after the paint (sqlite-utils imported on a thread "
          f"meanwhile): the window thread's turns | {len(windows[0]['writable'])} | |")
    for label, pick in (("the longest of them (target under 50 ms; CPU: the window's thread)",
                         max), ("all of them", sum)):
        print(f"| {label} | {ms([pick(t[0] for t in r['writable']) for r in windows])} "
              f"| {ms([pick(t[1] for t in r['writable']) for r in windows])} |")
    print(f"| the longest turn of any kind from the paint to the pages built (target under "
          f"50 ms; the window thread's CPU between a 2 ms timer's beats) | | "
          f"{ms([r['idle_longest'] for r in windows])} |")
    print(f"| the paint to the database writable | "
          f"{ms([r['to_writable'] for r in windows if r['to_writable'] is not None])} | |")
    for label, results in (("first patient opened, after the idle build", windows),
                           ("first patient opened at once, pages built then", at_once)):
        print(f"| {label} (target under 150 ms) | {ms([r['open'][0] for r in results])} "
              f"| {ms([r['open'][1] for r in results])} |")
    print(f"| of which the longest turn of the event loop, opened at once (target under 50 ms; "
          f"CPU: the window's thread) | {ms([r['longest'][0] for r in at_once])} "
          f"| {ms([r['longest'][1] for r in at_once])} |")


def log_in(folder: Path, runs: int, entries: int) -> None:
    results, floors = [], []
    for run in range(runs + 1):  # the first warms the file cache and the bytecode
        with tempfile.TemporaryDirectory() as tmp:  # a fresh copy: each log-in adds entries
            copy = Path(tmp) / "data"
            shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("backups"))
            if run:
                floors.append(bare())
            results.append(child("login", copy))
    del results[0]

    screen = (statistics.median(r["shown"] - r["started"] for r in results),
              statistics.median(r["cpu"] for r in results))
    floor = (statistics.median(r["shown"] - r["started"] for r in floors),
             statistics.median(r["cpu"] for r in floors))
    print(f"\nStart-up to the log-in screen painted (the program's start when accounts exist, "
          f"run_with_login's steps), {folder.name}, medians of {runs} alternated with the floor\n")
    print("| start to the screen painted | wall | CPU |\n|---|---:|---:|")
    print(f"| bare PySide6 window, 200-row table (floor) | {floor[0] * 1000:.0f} ms "
          f"| {floor[1] * 1000:.0f} ms |")
    print(f"| the log-in screen | {screen[0] * 1000:.0f} ms | {screen[1] * 1000:.0f} ms |")
    print(f"| ratio (target 2x) | {screen[0] / floor[0]:.2f}x | {screen[1] / floor[1]:.2f}x |")
    for index, label in enumerate(LOGIN_PARTS):
        print(f"| {label} | {statistics.median(r['parts'][index][0] for r in results) * 1000:.0f}"
              f" ms | {statistics.median(r['parts'][index][1] for r in results) * 1000:.0f} ms |")
    plain = sum(r["plain"] for r in results)
    print(f"\nPainted without sqlite-utils in {plain} of {len(results)} runs.")

    def median(key: str, index: int) -> float:
        return statistics.median(r[key][index] for r in results) * 1000

    print(f"\nLog-in, administrator, {entries} log entries (medians of {runs})\n")
    print("| log-in | wall | CPU |\n|---|---:|---:|")
    for label, key in (("OK to the main window painted", "ok"),
                       ("of which the argon2 check", "argon2")):
        print(f"| {label} | {median(key, 0):.0f} ms | {median(key, 1):.0f} ms |")
    rest = [statistics.median(r["ok"][i] - r["argon2"][i] for r in results) * 1000
            for i in (0, 1)]
    print(f"| the rest (target under 200 ms) | {rest[0]:.0f} ms | {rest[1]:.0f} ms |")
    print(f"| the log-chain check, now after the window (before: inside OK) "
          f"| {median('chain', 0):.0f} ms | {median('chain', 1):.0f} ms |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--patients", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--window-probe", help=argparse.SUPPRESS)
    parser.add_argument("--login-probe", help=argparse.SUPPRESS)
    parser.add_argument("--open-at-once", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip-login", action="store_true")
    args = parser.parse_args()
    if args.window_probe:
        return window_probe(args.window_probe, args.open_at_once)
    if args.login_probe:
        return login_probe(args.login_probe)
    start_up(args.folder or demo_folder(args.patients), args.runs)
    if not args.skip_login:
        log_in(demo_folder(args.patients, args.entries), args.runs, args.entries)


if __name__ == "__main__":
    main()
