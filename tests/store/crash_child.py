"""Child process of test_crash.py: a stream of saves through the store, one line on standard
output for each acknowledged (committed) save, until the test kills it with SIGKILL.

Usage: python crash_child.py DATABASE FIRST_NUMBER
Prints "ready", then "patient N" after each new patient and "plan N" after each plan save.
"""

from __future__ import annotations

import sys

from desktop import store
from desktop.records import Patient, Plan
from desktop.store.log import CHANGE, log_event


def main() -> None:
    db = store.open_db(sys.argv[1])
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
