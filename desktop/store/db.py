"""Opening the database: WAL, full sync, foreign keys, numbered migrations with a backup first."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from desktop.store import cipher, plain
from desktop.store import deadlines as _deadlines  # noqa: F401  (keeps the list's column)
from desktop.store.clock import now
from desktop.store.plain import configure, owner_only, tidy  # noqa: F401  (db.configure)
from desktop.store.safe_files import copy_database

migrations = Migrations("individuell-plan")


@migrations(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            birth_date TEXT NOT NULL DEFAULT '',
            id_number TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            -- kept by the store for the patient list (derived from the forms on every save)
            sort_name TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            consent_state TEXT NOT NULL DEFAULT '',
            consent_to TEXT NOT NULL DEFAULT '',
            plan_from TEXT NOT NULL DEFAULT '',
            plan_to TEXT NOT NULL DEFAULT '',
            evaluation_date TEXT NOT NULL DEFAULT '',
            plan_status TEXT NOT NULL DEFAULT '',
            plan_version INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX patients_sort_name ON patients(sort_name);
        CREATE INDEX patients_birth_date ON patients(birth_date);
        CREATE INDEX patients_department ON patients(department, sort_name);
        CREATE INDEX patients_evaluation ON patients(evaluation_date);
        CREATE INDEX patients_plan_from ON patients(plan_from);
        CREATE INDEX patients_id_number ON patients(id_number);
        -- search as you type: a substring LIKE cannot use an index to seek, so a search scans
        -- this narrow covering index (every column a search may sort by) instead of the table
        CREATE INDEX patients_search ON patients(search_text, sort_name, birth_date, department,
            consent_state, plan_from, evaluation_date, plan_status);

        CREATE TABLE checklists (
            patient_id INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
            content TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE consents (
            patient_id INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
            content TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- one plan per patient; its content lives in numbered versions
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL UNIQUE REFERENCES patients(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE plan_versions (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            content TEXT NOT NULL,
            signature TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (plan_id, number)
        );
        -- a signed version is frozen: its content and signature cannot change
        CREATE TRIGGER plan_versions_frozen BEFORE UPDATE ON plan_versions
        WHEN OLD.signature IS NOT NULL
        BEGIN
            SELECT RAISE(ABORT, 'signed plan versions are frozen');
        END;

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations(name="0002_access_log")
def _access_log(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- append-only; each entry carries the hash of the one before (see store/log.py)
        CREATE TABLE access_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            kind TEXT NOT NULL,
            patient_id INTEGER,
            detail TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX access_log_patient ON access_log(patient_id, at);
        CREATE INDEX access_log_kind ON access_log(kind, at);
        CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
        CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
        """
    )


@migrations(name="0003_prints")
def _prints(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- What the first print of a signed plan version showed besides the frozen plan itself
        -- (print date, patient block, logo), so every reprint is the same document byte for
        -- byte (see store/prints.py). Written once, never changed.
        CREATE TABLE print_snapshots (
            patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
            version_number INTEGER NOT NULL,
            printed_on TEXT NOT NULL,
            patient TEXT NOT NULL,
            logo BLOB,
            created_at TEXT NOT NULL,
            PRIMARY KEY (patient_id, version_number)
        );
        CREATE TRIGGER print_snapshots_frozen BEFORE UPDATE ON print_snapshots
        BEGIN SELECT RAISE(ABORT, 'print snapshots are frozen'); END;
        """
    )


@migrations(name="0005_accounts")
def _accounts(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- personal accounts (store/accounts.py); never deleted, because the log names them
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
            departments TEXT NOT NULL DEFAULT '[]',  -- JSON list of department names
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_count INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT NOT NULL DEFAULT '',
            must_change_password INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TRIGGER users_no_delete BEFORE DELETE ON users
        BEGIN SELECT RAISE(ABORT, 'users are deactivated, never deleted'); END;
        CREATE INDEX access_log_user ON access_log(user, at);
        INSERT OR IGNORE INTO settings (key, value) VALUES ('trust.idle_minutes', '10');
        INSERT OR IGNORE INTO settings (key, value) VALUES ('trust.backup_keep', '14');
        """
    )


@migrations(name="0006_log_head")
def _log_head(db: sqlite_utils.Database) -> None:
    # The chain shows a changed or deleted entry, but not entries cut from its end: the
    # newest entry's id and hash are also kept here, by a trigger, for store/log.verify_chain.
    db.executescript(
        """
        INSERT OR REPLACE INTO settings (key, value)
            SELECT 'log.head', id || ':' || hash FROM access_log ORDER BY id DESC LIMIT 1;
        CREATE TRIGGER access_log_head AFTER INSERT ON access_log
        BEGIN
            INSERT OR REPLACE INTO settings (key, value)
                VALUES ('log.head', NEW.id || ':' || NEW.hash);
        END;
        """
    )


@migrations(name="0007_list_sort_indexes")
def _list_sort_indexes(db: sqlite_utils.Database) -> None:
    # The whole list sorted by a column walks an index in that order; with the name as tie
    # breaker in the index, SQLite needs no sort of 100 000 rows (consent took 360 ms).
    db.executescript(
        """
        DROP INDEX patients_birth_date;
        DROP INDEX patients_evaluation;
        DROP INDEX patients_plan_from;
        CREATE INDEX patients_birth_sort ON patients(birth_date, sort_name);
        CREATE INDEX patients_evaluation_sort ON patients(evaluation_date, sort_name);
        CREATE INDEX patients_plan_from_sort ON patients(plan_from, sort_name);
        CREATE INDEX patients_consent_sort ON patients(consent_state, sort_name);
        CREATE INDEX patients_status_sort ON patients(plan_status, sort_name);
        """
    )


@migrations(name="0008_seals")
def _seals(db: sqlite_utils.Database) -> None:
    # What is signed or printed stays: no DELETE of a signed version, a print snapshot, or a
    # patient (or plan) that has signed versions. Files that leave the program are first
    # listed in pending_files, so a kill between the temporary file and its log entry leaves
    # nothing behind at the next start (store/outbox.py).
    db.executescript(
        """
        CREATE TRIGGER plan_versions_signed_no_delete BEFORE DELETE ON plan_versions
        WHEN OLD.signature IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'signed plan versions cannot be deleted'); END;
        CREATE TRIGGER print_snapshots_no_delete BEFORE DELETE ON print_snapshots
        BEGIN SELECT RAISE(ABORT, 'print snapshots cannot be deleted'); END;
        CREATE TRIGGER plans_signed_no_delete BEFORE DELETE ON plans
        WHEN EXISTS (SELECT 1 FROM plan_versions
                     WHERE plan_id = OLD.id AND signature IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, 'a plan with signed versions cannot be deleted'); END;
        CREATE TRIGGER patients_signed_no_delete BEFORE DELETE ON patients
        WHEN EXISTS (SELECT 1 FROM plan_versions v JOIN plans p ON p.id = v.plan_id
                     WHERE p.patient_id = OLD.id AND v.signature IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, 'a patient with signed plan versions cannot be deleted'); END;
        CREATE TABLE pending_files (
            path TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
        );
        """
    )
    from desktop.store.seals import seal_existing

    seal_existing(db)  # versions signed and snapshots written before seals existed


@migrations(name="0009_process")
def _process(db: sqlite_utils.Database) -> None:
    # The ward's process around the plan (shared/spec/process.md, docs/architecture.md):
    # consents become numbered versions, and every step is also a dated, append-only event.
    db.executescript(
        """
        CREATE TABLE consent_versions (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            content TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (patient_id, number)
        );
        INSERT INTO consent_versions (patient_id, number, content, created_at, updated_at)
            SELECT patient_id, 1, content, updated_at, updated_at FROM consents;
        DROP TABLE consents;
        -- one JSON document per patient each (records_process.py)
        CREATE TABLE notify_consents (
            patient_id INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
            content TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE assessments (
            patient_id INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
            content TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE hospital_coordinators (
            patient_id INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
            content TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE ip_states (
            patient_id INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
            content TEXT NOT NULL, updated_at TEXT NOT NULL);
        -- the municipalities' koordinerende enheter, one per municipality
        CREATE TABLE ke_units (
            id INTEGER PRIMARY KEY,
            kommunenummer TEXT NOT NULL UNIQUE,
            municipality TEXT NOT NULL,
            unit_name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            her_id TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ke_units_municipality ON ke_units(municipality COLLATE NOCASE);
        -- notices to the municipality; state and dates are columns for the deadline overview
        CREATE TABLE notices (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
            state TEXT NOT NULL,
            sent_date TEXT NOT NULL DEFAULT '',
            due_date TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX notices_patient ON notices(patient_id, id);
        CREATE INDEX notices_due ON notices(state, due_date);

        ALTER TABLE patients ADD COLUMN ip_state TEXT NOT NULL DEFAULT 'assessing';
        CREATE INDEX patients_ip_state_sort ON patients(ip_state, sort_name);
        DROP INDEX patients_search;
        CREATE INDEX patients_search ON patients(search_text, sort_name, birth_date, department,
            consent_state, plan_from, evaluation_date, plan_status, ip_state);

        CREATE TABLE process_events (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            on_date TEXT NOT NULL,  -- ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD
            department TEXT NOT NULL,  -- the patient's department when it happened
            by_user TEXT,
            detail TEXT NOT NULL DEFAULT '{}',  -- JSON
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX process_events_kind ON process_events(kind, on_date);
        CREATE INDEX process_events_patient ON process_events(patient_id);
        CREATE TRIGGER process_events_no_update BEFORE UPDATE ON process_events
        BEGIN SELECT RAISE(ABORT, 'process events are append-only'); END;
        CREATE TRIGGER process_events_no_delete BEFORE DELETE ON process_events
        BEGIN SELECT RAISE(ABORT, 'process events are append-only'); END;
        """
    )
    from desktop.store.process_backfill import backfill

    backfill(db)


@migrations(name="0010_search_index")
def _search_index(db: sqlite_utils.Database) -> None:
    # Search as you type looks words of three or more characters up in a trigram index of the
    # search text (already case-folded by the store, so å, æ and ø fold too) instead of
    # scanning every patient; shorter words still scan patients_search. The index holds no copy
    # of the text (external content) and is kept by triggers in the writing transaction.
    db.executescript(
        """
        CREATE VIRTUAL TABLE patients_fts USING fts5(
            search_text, content='patients', content_rowid='id', tokenize='trigram');
        CREATE TRIGGER patients_fts_insert AFTER INSERT ON patients
        BEGIN
            INSERT INTO patients_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
        END;
        CREATE TRIGGER patients_fts_delete AFTER DELETE ON patients
        BEGIN
            INSERT INTO patients_fts (patients_fts, rowid, search_text)
                VALUES ('delete', OLD.id, OLD.search_text);
        END;
        CREATE TRIGGER patients_fts_update AFTER UPDATE OF search_text ON patients
        WHEN OLD.search_text IS NOT NEW.search_text
        BEGIN
            INSERT INTO patients_fts (patients_fts, rowid, search_text)
                VALUES ('delete', OLD.id, OLD.search_text);
            INSERT INTO patients_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
        END;
        INSERT INTO patients_fts (patients_fts) VALUES ('rebuild');
        """
    )


@migrations(name="0011_participants_meetings_letters")
def _participants_meetings_letters(db: sqlite_utils.Database) -> None:
    # The people around the patient, their meetings, the kopiliste and letter templates
    # (store/participants.py, meetings.py, distribution.py, letters.py).
    db.executescript(
        """
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            in_group INTEGER NOT NULL DEFAULT 0,
            contributes TEXT NOT NULL DEFAULT '',
            gets_copy INTEGER NOT NULL DEFAULT 0,
            from_date TEXT NOT NULL DEFAULT '',
            to_date TEXT NOT NULL DEFAULT '',
            when_to_call TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX participants_patient ON participants(patient_id, position);
        -- names of professionals typed on each ward, for completion as one types (never
        -- patients or next of kin); name_key is the name case-folded in Python (æøå too)
        CREATE TABLE professional_names (
            department TEXT NOT NULL,
            name_key TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (department, name_key)
        ) WITHOUT ROWID;

        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            video INTEGER NOT NULL DEFAULT 0,
            invited TEXT NOT NULL DEFAULT '[]',  -- JSON list of participant ids
            present TEXT NOT NULL DEFAULT '[]',
            agenda TEXT NOT NULL DEFAULT '',
            minutes TEXT NOT NULL DEFAULT '',
            next_meeting TEXT NOT NULL DEFAULT '',
            invitation_sent TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX meetings_patient ON meetings(patient_id, starts_at);
        CREATE INDEX meetings_next ON meetings(next_meeting);
        CREATE TABLE meeting_actions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            what TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            done TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meeting_actions_meeting ON meeting_actions(meeting_id, position);
        CREATE INDEX meeting_actions_open ON meeting_actions(done, due, meeting_id);

        -- the kopiliste: which version or letter went to whom, when and how; never changed
        CREATE TABLE copies (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
            participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
            recipient TEXT NOT NULL,
            what TEXT NOT NULL,
            version_number INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL,
            given_on TEXT NOT NULL,
            given_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX copies_patient ON copies(patient_id, version_number);
        CREATE TRIGGER copies_no_update BEFORE UPDATE OF recipient, what, version_number,
            title, channel, given_on, given_by ON copies
        BEGIN SELECT RAISE(ABORT, 'the kopiliste is not changed'); END;

        CREATE TABLE letter_templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            body TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT ''
        );

        -- the participants a signed version showed at its first print (see store/prints.py):
        -- a reprint shows the same list, byte for byte; written once, never changed
        CREATE TABLE print_snapshot_participants (
            patient_id INTEGER NOT NULL,
            version_number INTEGER NOT NULL,
            content TEXT NOT NULL,
            PRIMARY KEY (patient_id, version_number),
            FOREIGN KEY (patient_id, version_number)
                REFERENCES print_snapshots(patient_id, version_number) ON DELETE CASCADE
        );
        CREATE TRIGGER print_snapshot_participants_frozen
            BEFORE UPDATE ON print_snapshot_participants
        BEGIN SELECT RAISE(ABORT, 'print snapshots are frozen'); END;
        """
    )
    from desktop.store.people_migration import move_next_of_kin, seed_letter_templates

    move_next_of_kin(db, now())
    seed_letter_templates(db, now())

@migrations(name="0012_mappings_local_lists")
def _mappings_local_lists(db: sqlite_utils.Database) -> None:
    # Life-area mappings (kartlegging, store/mapping.py) and the hospital's lists of measure
    # names and life areas (store/local_lists.py).
    db.executescript(
        """
        CREATE TABLE mappings (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
            content TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX mappings_patient ON mappings(patient_id, id);
        CREATE TABLE local_lists (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            value TEXT NOT NULL,
            UNIQUE (kind, value)
        );
        """
    )
    from desktop.store.local_lists import seed_life_areas

    seed_life_areas(db)


@migrations(name="0016_next_deadline")
def _next_deadline(db: sqlite_utils.Database) -> None:
    # The list's "Neste frist": the earliest open deadline, kept on the patient row like the
    # evaluation date, indexed for the sort and the quick filters.
    db.executescript(
        """
        ALTER TABLE patients ADD COLUMN next_deadline TEXT NOT NULL DEFAULT '';
        ALTER TABLE patients ADD COLUMN next_deadline_kind TEXT NOT NULL DEFAULT '';
        CREATE INDEX patients_next_deadline_sort ON patients(next_deadline, sort_name);
        CREATE INDEX patients_next_deadline_kind ON patients(next_deadline_kind, next_deadline);
        """
    )
    from desktop.store.deadlines import fill_next_deadlines

    fill_next_deadlines(db)


@migrations(name="0013_departments")
def _departments(db: sqlite_utils.Database) -> None:
    # The department list an administrator keeps (store/departments.py), each mapped to a
    # report category; filled from the departments patients and users already name, and the
    # indicators' former mapping setting moves into it. A new database starts with the five.
    db.executescript(
        """
        CREATE TABLE departments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            active INTEGER NOT NULL DEFAULT 1,
            category TEXT,  -- one of the indicators' report categories; NULL: unmapped
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TRIGGER departments_no_delete BEFORE DELETE ON departments
        BEGIN SELECT RAISE(ABORT, 'departments are deactivated, never deleted'); END;
        -- former names (a rename): the process events keep the name of their day
        CREATE TABLE department_aliases (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            department_id INTEGER NOT NULL REFERENCES departments(id)
        );
        """
    )
    from desktop.store.departments import seed_departments

    seed_departments(db)


@migrations(name="0022_indicator_started")
def _indicator_started(db: sqlite_utils.Database) -> None:
    # The indicator report reads one year of events; what it needs from all earlier years (the
    # date each patient's IP work began, I2) is kept per patient by a trigger on every event,
    # and the year's events are found by their date (covering indexes: a report reads no row).
    from desktop.store.events import started_trigger_sql

    db.executescript(
        f"""
        CREATE TABLE ip_started (
            patient_id INTEGER PRIMARY KEY,
            on_date TEXT NOT NULL,
            department TEXT NOT NULL
        );
        CREATE INDEX ip_started_on_date ON ip_started(on_date);
        CREATE INDEX process_events_on_date ON process_events(on_date, patient_id, department);
        DROP INDEX process_events_kind;
        CREATE INDEX process_events_kind ON process_events(kind, on_date, patient_id, department);
        {started_trigger_sql()}
        """
    )
    from desktop.store.events import refill_started

    refill_started(db)


@migrations(name="0015_incomplete_consent")
def _incomplete_consent(db: sqlite_utils.Database) -> None:
    # A consent ticked without a date is "Ufullstendig" in the list, not a full consent
    # (records_process.version_state): correct the rows saved before the rule.
    db.execute(
        """
        UPDATE patients SET consent_state = 'incomplete'
        WHERE consent_state = 'given' AND id IN (
            SELECT v.patient_id FROM consent_versions v
            WHERE v.number = (SELECT MAX(number) FROM consent_versions
                              WHERE patient_id = v.patient_id)
              AND COALESCE(json_extract(v.content, '$.date'), '') = ''
              AND COALESCE(json_extract(v.content, '$.withdrawn_date'), '') = '')
        """
    )


@migrations(name="0019_patient_deadlines")
def _patient_deadlines(db: sqlite_utils.Database) -> None:
    # Every open deadline of every patient, kept with each save (store/deadlines.py) so the
    # Frister view and the Fristliste read one indexed query instead of every patient's forms.
    db.executescript(
        """
        CREATE TABLE patient_deadlines (
            patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
            due TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            form TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL DEFAULT '',
            row INTEGER,
            item_id INTEGER,
            responsible TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT ''  -- the patient's, for one department's view
        );
        CREATE INDEX patient_deadlines_patient ON patient_deadlines(patient_id);
        CREATE INDEX patient_deadlines_due ON patient_deadlines(due, patient_id);
        CREATE INDEX patient_deadlines_department
            ON patient_deadlines(department, due, kind);
        -- the list's quick filter Mine: the plan's hospital coordinator (case-folded name)
        -- and the participants by name, each indexed
        ALTER TABLE patients ADD COLUMN coordinator_key TEXT NOT NULL DEFAULT '';
        -- Venter svar fra kommunen: a notice sent and not answered
        ALTER TABLE patients ADD COLUMN awaiting_reply INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX patients_awaiting_reply ON patients(awaiting_reply, sort_name);
        CREATE INDEX patients_coordinator_key ON patients(coordinator_key);
        CREATE INDEX participants_name ON participants(name COLLATE NOCASE);
        """
    )
    from desktop.store.deadlines import fill_next_deadlines

    fill_next_deadlines(db)


@migrations(name="0026_coordinator_users")
def _coordinator_users(db: sqlite_utils.Database) -> None:
    # Mine by the account: the user a coordinator or professional was picked as (or the one
    # user of that name), beside the typed name (store/coordinator_users.py)
    db.executescript(
        """
        ALTER TABLE patients ADD COLUMN coordinator_user TEXT NOT NULL DEFAULT '';
        ALTER TABLE participants ADD COLUMN username TEXT NOT NULL DEFAULT '';
        CREATE INDEX patients_coordinator_user ON patients(coordinator_user);
        CREATE INDEX participants_username ON participants(username);
        """
    )
    from desktop.store.coordinator_users import fill_coordinator_users

    fill_coordinator_users(db)


@migrations(name="0023_indicator_plans")
def _indicator_plans(db: sqlite_utils.Database) -> None:
    # I3 counts a patient with an active signed plan in a tertial, and reads each patient's
    # latest event per tertial from a table kept by a trigger instead of every event
    # (store/indicator_keep.py); partial indexes answer the report's JSON conditions.
    from desktop.store import indicator_keep

    db.executescript(indicator_keep.schema_sql())
    indicator_keep.refill(db)


@migrations(name="0025_search")
def _search_grams(db: sqlite_utils.Database) -> None:
    # Words of one or two characters are looked up in an index of character pairs instead of
    # scanning every patient (store/search_grams.py); filled from the existing patients here.
    from desktop.store import search_grams

    search_grams.create(db)


def _backup_before_migrating(path: Path, backup_folder: Path,
                             key: bytes | None = None) -> Path | None:
    """Copy an existing database with SQLite's online backup before pending migrations run
    (encrypted with the database's own key, when it has one)."""
    probe = sqlite_utils.Database(cipher.connect(path, key), execute_plugins=False)
    try:
        pending = migrations.pending(probe)
        has_tables = bool(probe.table_names())
    finally:
        probe.close()
    if not pending or not has_tables:
        return None
    backup_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_folder / f"before-{pending[0].name}-{stamp}.sqlite"
    source = cipher.connect(path, key)
    try:
        copy_database(source, target)
    finally:
        source.close()
    return target




def open_data_folder(folder: str | os.PathLike[str] | None = None,
                     key: bytes | None = None) -> sqlite_utils.Database:
    """The database of a data folder (the override, else the environment's, else the user's;
    see desktop/paths.py), created empty and current on a new machine. The one way the window,
    the command line and the scripts open a data folder. An encrypted database opens with
    ``key`` or a key this process has unlocked (store/unlock.py does that from a password)."""
    from desktop import paths

    chosen = paths.data_dir(folder)
    return open_db(paths.database_path(chosen), paths.backup_dir(chosen), key)


def open_db(path: Path | str, backup_folder: Path | None = None,
            key: bytes | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path`` and bring it to the current schema;
    with ``key`` (or a remembered one, see store/cipher.py) an encrypted database, else a clear
    one. The folder is made private to the user (0700) and the file 0600."""
    path = Path(path)
    if str(path) != ":memory:":
        backup_folder = backup_folder or path.parent / "backups"
        tidy(path, backup_folder)
        key = key or cipher.key_for(path)
        if path.exists():
            _backup_before_migrating(path, backup_folder, key)
        else:
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        owner_only(path, 0o600)
        conn = cipher.connect(path, key, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False)
    db = plain.writable(conn)  # WAL for a file, foreign keys, full sync: as every writer
    migrations.apply(db)
    from desktop.store.outbox import remove_leftovers

    remove_leftovers(db)  # temporary files of an export or print a kill interrupted
    return db
