"""A large benchmark database fast: a million synthetic patients, each with its forms.

The demo generator saves one patient at a time through the store (about 4 ms a patient: 70
minutes for a million). Here a pool of demo patients is generated once through the store, in
memory, and every patient of the large database gets a new synthetic identity (name, birth
date, fødselsnummer with valid check digits, address, department) and the forms of one pool
patient drawn at random: checklist, consent and plan versions as the store wrote them (JSON),
with the list's summary columns to match, its stored deadlines and notices, and its process
events (the indicators' input) with the copy's department. Everything is written with
``executemany`` in one transaction, through the real schema, so the triggers that keep the
search index run as they do for every save.

    from benchmarks.bulk import build_bulk
    build_bulk(path, 1_000_000)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import store  # noqa: E402
from desktop.demo import demo_patient, fill_demo  # noqa: E402
from desktop.store.patients import search_text, sort_key  # noqa: E402

POOL = 2000  # demo patients whose forms are drawn from
BATCH = 20_000

_SUMMARY = ("consent_state, consent_to, plan_from, plan_to, evaluation_date, plan_status, "
            "plan_version, next_deadline, next_deadline_kind, awaiting_reply, coordinator_key")
_DEADLINE = "due, kind, text, form, field, row, item_id, responsible"  # patient_deadlines
_EVENT = "kind, on_date, by_user, detail, recorded_at"  # process_events but patient, department


def _notice_columns(db: sqlite_utils.Database) -> str:
    """The notices' columns but their id and patient (a notice is copied with its patient)."""
    names = [row[1] for row in db.execute("PRAGMA table_info(notices)")]
    return ", ".join(n for n in names if n not in ("id", "patient_id"))


def _pool(seed: int, today: dt.date, size: int = POOL) -> list[dict]:
    """Forms of ``size`` demo patients in every stage that has forms (the "new" stage has none)."""
    db = store.open_db(":memory:")
    fill_demo(db, size, seed=seed, today=today)
    pool = []
    for (patient_id, *summary) in db.execute(f"SELECT id, {_SUMMARY} FROM patients").fetchall():
        checklist = db.execute("SELECT content FROM checklists WHERE patient_id = ?",
                               [patient_id]).fetchone()
        if checklist is None:
            continue
        consents = db.execute("SELECT number, content FROM consent_versions "
                              "WHERE patient_id = ? ORDER BY number", [patient_id]).fetchall()
        versions = db.execute(
            "SELECT v.number, v.content, v.signature FROM plan_versions v "
            "JOIN plans p ON p.id = v.plan_id WHERE p.patient_id = ? ORDER BY v.number",
            [patient_id]).fetchall()
        deadlines = db.execute(f"SELECT {_DEADLINE} FROM patient_deadlines WHERE patient_id = ?",
                               [patient_id]).fetchall()
        notices = db.execute(f"SELECT {_notice_columns(db)} FROM notices WHERE patient_id = ?",
                             [patient_id]).fetchall()
        events = db.execute(f"SELECT {_EVENT} FROM process_events WHERE patient_id = ? "
                            "ORDER BY id", [patient_id]).fetchall()
        pool.append({"summary": summary, "checklist": checklist[0],
                     "consents": consents, "versions": versions,
                     "deadlines": deadlines, "notices": notices, "events": events})
    db.close()
    return pool


def _patients(size: int, pool: list[dict], rng: random.Random,
              today: dt.date) -> Iterator[tuple[tuple, dict]]:
    seen: set[str] = set()
    made = 0
    while made < size:
        patient = demo_patient(rng, today)
        if patient.id_number in seen:
            continue
        seen.add(patient.id_number)
        made += 1
        yield (patient.name, patient.birth_date, patient.id_number, patient.address,
               patient.phone, patient.department, patient.municipality,
               sort_key(patient.name), search_text(patient)), rng.choice(pool)


def build_bulk(path: Path, size: int, seed: int = 1, pool_size: int = POOL) -> None:
    """Write ``size`` patients with forms into a new database at ``path`` (drawn from
    ``pool_size`` demo patients)."""
    today = dt.date.today()
    rng = random.Random(seed)
    pool = _pool(seed, today, pool_size)
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    db = store.open_db(path)
    # a benchmark file, built again if a build is cut: no journal while it is written
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    conn = db.conn
    patient_id = 0
    with db.atomic():
        rows = _patients(size, pool, rng, today)
        while patient_id < size:
            patients, checklists, consents, plans, versions = [], [], [], [], []
            deadlines: list[tuple] = []
            notices: list[tuple] = []
            events: list[tuple] = []
            for identity, forms in (next(rows) for _ in range(min(BATCH, size - patient_id))):
                patient_id += 1
                patients.append((patient_id, *identity, stamp, stamp, *forms["summary"]))
                checklists.append((patient_id, forms["checklist"], stamp))
                consents += [(patient_id, number, content, stamp, stamp)
                             for number, content in forms["consents"]]
                deadlines += [(patient_id, *row, identity[5]) for row in forms["deadlines"]]
                notices += [(patient_id, *row) for row in forms["notices"]]
                # the pool patient's process events, moved onto the copy and its department
                events += [(patient_id, identity[5], *row) for row in forms["events"]]
                if forms["versions"]:
                    plans.append((patient_id, patient_id, stamp))
                    versions += [(patient_id, number, content, signature, stamp, stamp)
                                 for number, content, signature in forms["versions"]]
            conn.executemany(
                "INSERT INTO patients (id, name, birth_date, id_number, address, phone, "
                "department, municipality, sort_name, search_text, created_at, updated_at, "
                f"{_SUMMARY}) VALUES ({', '.join('?' * (12 + len(_SUMMARY.split(','))))})",
                patients)
            conn.executemany("INSERT INTO checklists (patient_id, content, updated_at) "
                             "VALUES (?, ?, ?)", checklists)
            conn.executemany("INSERT INTO consent_versions (patient_id, number, content, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?)", consents)
            conn.executemany("INSERT INTO plans (id, patient_id, created_at) VALUES (?, ?, ?)",
                             plans)
            conn.executemany(f"INSERT INTO patient_deadlines (patient_id, {_DEADLINE}, "
                             f"department) VALUES ({', '.join('?' * 10)})", deadlines)
            notice_columns = _notice_columns(db)
            conn.executemany(
                f"INSERT INTO notices (patient_id, {notice_columns}) VALUES "
                f"({', '.join('?' * (1 + len(notice_columns.split(','))))})", notices)
            conn.executemany(f"INSERT INTO process_events (patient_id, department, {_EVENT}) "
                             f"VALUES ({', '.join('?' * 7)})", events)
            conn.executemany("INSERT INTO plan_versions (plan_id, number, content, signature, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", versions)
    db.execute("PRAGMA journal_mode = WAL")
    db.close()
