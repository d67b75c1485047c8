"""The people queries on a ward-sized database: 100 000 patients with 3–4 participants each
and a meeting with two actions each, written straight into the tables (the demo's own path
would take an hour). Times the completion of professionals' names as a user types, one
patient's participants and reservation check, and the meeting deadlines of all patients.

    .venv/bin/python benchmarks/bench_people.py [--patients 100000] [--repeat 20]

Targets: completion under 50 ms (it runs on every keystroke), one patient's list under 5 ms,
all meeting deadlines under 1 s (the deadline overview).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import store  # noqa: E402
from desktop.demo import FAMILY_NAMES, GIVEN_NAMES  # noqa: E402
from desktop.records import DEPARTMENTS  # noqa: E402
from desktop.store import meetings, participants  # noqa: E402

KINDS = ("next_of_kin", "gp", "provider", "provider", "municipal_coordinator")


def build(db, count: int, rng: random.Random) -> None:
    stamp = "2026-01-01T00:00:00"
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO patients (id, name, department, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(i, f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}",
              DEPARTMENTS[i % len(DEPARTMENTS)], stamp, stamp) for i in range(1, count + 1)])
        people = []
        for i in range(1, count + 1):
            for position, kind in enumerate(rng.sample(KINDS, rng.randint(3, 4))):
                people.append((i, position, kind, f"{rng.choice(GIVEN_NAMES)} "
                               f"{rng.choice(FAMILY_NAMES)}", stamp, stamp))
        db.conn.executemany("INSERT INTO participants (patient_id, position, kind, name, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", people)
        # what save_participant keeps for completion: professionals' names per ward
        db.conn.executemany(
            "INSERT OR REPLACE INTO professional_names (department, name_key, name, kind, "
            "updated_at) VALUES (?, ?, ?, ?, ?)",
            [(DEPARTMENTS[p[0] % len(DEPARTMENTS)], p[3].casefold(), p[3], p[2], stamp)
             for p in people if p[2] != "next_of_kin"])
        db.conn.executemany(
            "INSERT INTO meetings (id, patient_id, kind, starts_at, next_meeting, created_at, "
            "updated_at) VALUES (?, ?, 'ansvarsgruppemote', ?, ?, ?, ?)",
            [(i, i, f"2026-{rng.randint(1, 12):02d}-10T10:00",
              f"2027-{rng.randint(1, 12):02d}-10", stamp, stamp) for i in range(1, count + 1)])
        db.conn.executemany(
            "INSERT INTO meeting_actions (meeting_id, position, what, who, due, done) "
            "VALUES (?, ?, 'Avklare bolig', 'NAV', ?, ?)",
            [(i, n, f"2026-{rng.randint(1, 12):02d}-20", "" if n else "2026-02-01")
             for i in range(1, count + 1) for n in (0, 1)])


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "bench.sqlite")
        start = time.perf_counter()
        build(db, args.patients, random.Random(7))
        print(f"built {args.patients} patients in {time.perf_counter() - start:.1f} s")
        ward = DEPARTMENTS[0]
        for label, fn in (
                ("completion 'A' (ward)", lambda: participants.complete_professionals(
                    db, ward, "A")),
                ("completion 'Ing' (ward)", lambda: participants.complete_professionals(
                    db, ward, "Ing")),
                ("one patient's participants", lambda: participants.list_participants(
                    db, 5000)),
                ("is_reserved", lambda: participants.is_reserved(db, 5000, 1)),
                ("deadlines due within a month", lambda: meetings.meeting_deadlines(
                    db, until="2026-02-01", departments=[ward])),
                ("all meeting deadlines", lambda: meetings.meeting_deadlines(db))):
            median, worst = timed(fn, args.repeat if "all" not in label else 3)
            result = fn()
            found = len(result) if isinstance(result, list) else result
            print(f"{label:32} median {median:8.1f} ms   worst {worst:8.1f} ms   ({found} found)")
        db.close()


if __name__ == "__main__":
    main()
