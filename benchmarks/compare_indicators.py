"""Are two versions' indicator reports identical on a database? Every Report table, cell by
cell, for the years 2023-2027, three choices of tertials, all departments and three choices
of departments, and I3 with I8 chosen alone.

    git worktree add /tmp/main main   # or: git archive main desktop | tar -x -C /tmp/main
    .venv/bin/python benchmarks/compare_indicators.py /tmp/main . --db PATH [--db PATH ...]

Each version counts in its own process (its own ``desktop`` package first on the path); the
database is opened read-only. A count that fails is compared by its error's name (main before
this script failed for two or more chosen departments).
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
from pathlib import Path

YEARS = (2023, 2024, 2025, 2026, 2027)
TERTIALS = ((1, 2, 3), (2,), (1, 3))
DEPARTMENTS = (None, ("Voksenpsykiatri",), ("Rusbehandling", "Barnehabilitering", "Ukjent avd"))


def reports(root: str, path: str) -> dict:
    """Every choice's tables (cells and unmapped), I8's parts and columns, by ``root``'s code."""
    sys.path.insert(0, root)
    import sqlite3

    import sqlite_utils

    from desktop.reports import indicators

    db = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))

    def tables(**choice) -> tuple:
        try:
            report = indicators.count(db, **choice)
        except Exception as error:  # noqa: BLE001 - a failed count is a result to compare
            return (type(error).__name__,)
        return ({k: (t.cells, t.unmapped) for k, t in report.tables.items()},
                {k: (t.cells, t.unmapped) for k, t in report.parts.items()}, report.columns)

    out: dict = {}
    for year in YEARS:
        for tertials in TERTIALS:
            for departments in DEPARTMENTS:
                out[(year, tertials, departments)] = tables(
                    year=year, tertials=tertials, departments=departments)
        out[(year, "I3 I8")] = tables(year=year, indicators=("I3", "I8"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before", help="the source root of one version (its desktop/ folder)")
    parser.add_argument("after", help="the source root of the other")
    parser.add_argument("--db", action="append", required=True, type=Path)
    parser.add_argument("--dump", nargs=2, help=argparse.SUPPRESS)  # the child: root, path
    args = parser.parse_args()
    for path in args.db:
        counted = []
        for root in (args.before, args.after):
            child = subprocess.run(
                [sys.executable, __file__, root, root, "--db", str(path), "--dump", root,
                 str(path)], capture_output=True, check=True)
            counted.append(pickle.loads(child.stdout))
        differ = [key for key in counted[0] if counted[0][key] != counted[1].get(key)]
        print(f"{path}: {len(counted[0])} reports compared, "
              + ("identical" if not differ else f"DIFFERENT in {len(differ)}: {differ[:3]}"))


if __name__ == "__main__":
    if "--dump" in sys.argv:
        root, path = sys.argv[sys.argv.index("--dump") + 1:][:2]
        sys.stdout.buffer.write(pickle.dumps(reports(root, path)))
    else:
        main()
