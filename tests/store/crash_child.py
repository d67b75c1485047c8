"""Child process of test_crash.py: a stream of saves through the store, one line on standard
output for each acknowledged (committed) save, until the test kills it with SIGKILL.

Usage: python crash_child.py DATABASE FIRST_NUMBER
Prints "ready", then "patient N" after each new patient and "plan N" after each plan save.

Or: python crash_child.py DATABASE deliver TARGET (test_outbox.py): writes TARGET through
store/outbox.deliver and dies (os._exit) after the temporary file, before the log commits.
"""

from __future__ import annotations

import sys

from desktop import store
from desktop.records import Patient, Plan
from desktop.store.log import CHANGE, log_event


def die_before_the_log_commits(db, target: str) -> None:
    import os

    from desktop.store.outbox import deliver

    def record() -> None:
        log_event(db, "export", None, {"file": target})
        os._exit(9)  # the temporary file is written; the entry is not committed

    deliver(db, target, b"%PDF-1.7 a whole export", record)


def main() -> None:
    db = store.open_db(sys.argv[1])
    if sys.argv[2] == "deliver":
        die_before_the_log_commits(db, sys.argv[3])
    number = int(sys.argv[2])
    print("ready", flush=True)
    while True:
        with db.atomic():
            patient = store.add_patient(db, Patient(name=f"Krasj Test {number}",
                                                    department="Voksenpsykiatri"))
            log_event(db, CHANGE, patient.id, "patient")
        print(f"patient {number}", flush=True)
        with db.atomic():
            store.save_plan(db, 1, Plan(overall_goal=f"mål {number}"))
            log_event(db, CHANGE, 1, "plan")
        print(f"plan {number}", flush=True)
        number += 1


if __name__ == "__main__":
    main()
