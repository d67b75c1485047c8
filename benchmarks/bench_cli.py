"""Command-line processes beside their floor (issue 17 item 6): `list` on a data folder of
demo patients and `import` of a 200-row package, each run as a whole process, against a bare
``python -c "import sqlite3"`` measured in the same run.

    .venv/bin/python benchmarks/bench_cli.py [--runs 7] [--patients 40]

Target: each command's process under 2x the bare process plus the command's own work. "Own
work" is the same command run a second time inside one process (its modules already
imported), so it is what the command does, not what it loads. A process's CPU time is read
from ``os.wait4`` (user + system), so a busy machine stretches the wall time but hardly the
CPU column. "sqlite-utils" is a bare process that imports the store's writing library and
nothing else: what every command that writes pays (`list` reads a current database on a plain
sqlite3 connection and does without it). Run it with bytecode writing allowed (without
PYTHONDONTWRITEBYTECODE), as an installed program runs: else every process compiles again.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PASS = "kanel-fjord-sykkel-hest-tromme-vindu-ski"

OWN_WORK = """
import json, sys, time, io, contextlib
from desktop.cli import main
first, second = json.loads(sys.argv[1])
with contextlib.redirect_stdout(io.StringIO()):
    main(first)  # the first run imports what the command uses
    wall, cpu = time.perf_counter(), time.process_time()
    main(second)
    result = [time.perf_counter() - wall, time.process_time() - cpu]
print(json.dumps(result))
"""


def process_time(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process."""
    argv = [str(part) for part in argv]
    started = time.perf_counter()
    child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{argv} ended with {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


Argv = Callable[[], list[str]]  # a new command line for each run (a fresh folder for import)


def medians(argv: Argv, runs: int) -> tuple[float, float]:
    process_time(argv())  # warm the file cache and the bytecode
    times = [process_time(argv()) for _ in range(runs)]
    return statistics.median(w for w, _ in times), statistics.median(c for _, c in times)


def own_work(argv: Argv, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(max(3, runs // 2)):
        both = [argv()[3:], argv()[3:]]  # without the interpreter and `-m desktop.cli`
        done = subprocess.run([PYTHON, "-c", OWN_WORK, json.dumps(both)], cwd=ROOT,
                              capture_output=True, text=True, check=True)
        wall, cpu = json.loads(done.stdout.splitlines()[-1])
        times.append((wall, cpu))
    return statistics.median(w for w, _ in times), statistics.median(c for _, c in times)


def make_package(folder: Path, rows: int) -> Path:
    """A data folder with one patient whose plan has ``rows`` rows, exported as a package."""
    sys.path.insert(0, str(ROOT))
    from desktop import store
    from desktop.demo import add_demo_patient, demo_plan
    from desktop.exchange.exporter import export_patient

    db = store.open_db(folder / "source.sqlite")
    rng = random.Random(rows)
    today = dt.date.today()
    patient = add_demo_patient(db, rng, today, "signed")
    store.save_plan(db, patient.id, demo_plan(rng, patient, today - dt.timedelta(days=30), rows))
    package = folder / f"plan-{rows}.zip"
    export_patient(db, patient.id, package, PASS, version=store.current_version(
        db, patient.id).number)
    db.close()
    return package


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--patients", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "data"
        cli = [PYTHON, "-m", "desktop.cli", "--data-dir"]
        subprocess.run([*cli, data, "demo", "--patients", str(args.patients)], cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)
        empty = folder / "empty"
        subprocess.run([*cli, empty, "list"], cwd=ROOT, check=True)  # created, migrated
        package = make_package(folder, 200)
        secret = folder / "passphrase.txt"
        secret.write_text(PASS + "\n", encoding="utf-8")
        fresh = (folder / f"import-{n}" for n in itertools.count())

        def import_argv() -> list[str]:  # into a fresh copy of the empty folder each time
            target = next(fresh)
            shutil.copytree(empty, target)
            return [*cli, str(target), "import", str(package), "--passphrase-file",
                    str(secret), "--new-patient"]

        commands: dict[str, Argv] = {
            f"list ({args.patients} patients)": lambda: [*cli, str(data), "list"],
            "import (200-row package)": import_argv,
        }
        bare = medians(lambda: [PYTHON, "-c", "import sqlite3"], args.runs)
        library = medians(lambda: [PYTHON, "-c", "import sqlite3, sqlite_utils"], args.runs)
        print(f"Medians of {args.runs} processes; ms wall / ms CPU. Target: 2 x bare + own work.")
        print("\n| process | wall | CPU | own work (wall / CPU) | target (wall / CPU) "
              "| ratio to 2 x bare + own work (wall / CPU) |")
        print("|---|---:|---:|---:|---:|---:|")
        print(f"| bare `python -c \"import sqlite3\"` | {bare[0] * 1000:.0f} "
              f"| {bare[1] * 1000:.0f} | – | – | – |")
        print(f"| `import sqlite3, sqlite_utils` | {library[0] * 1000:.0f} "
              f"| {library[1] * 1000:.0f} | – | – | {library[0] / bare[0]:.1f}x / "
              f"{library[1] / bare[1]:.1f}x of bare |")
        for name, argv in commands.items():
            whole = medians(argv, args.runs)
            work = own_work(argv, args.runs)
            target = (2 * bare[0] + work[0], 2 * bare[1] + work[1])
            print(f"| `{name}` | {whole[0] * 1000:.0f} | {whole[1] * 1000:.0f} "
                  f"| {work[0] * 1000:.0f} / {work[1] * 1000:.0f} "
                  f"| {target[0] * 1000:.0f} / {target[1] * 1000:.0f} "
                  f"| {whole[0] / target[0]:.2f}x / {whole[1] / target[1]:.2f}x |")


if __name__ == "__main__":
    main()
