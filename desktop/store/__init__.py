"""Qt-free persistence: one SQLite file through sqlite-utils; import what you need from here."""

from desktop.store import deadlines as _deadlines  # noqa: F401  (keeps the list's column)
from desktop.store.db import open_data_folder, open_db
from desktop.store.forms import (
    add_plan_version,
    current_version,
    get_version,
    load_checklist,
    load_consent,
    load_plan,
    new_consent_version,
    plan_versions,
    save_checklist,
    save_consent,
    save_consent_version,
    save_plan,
    sign_version,
)
from desktop.store.patients import (
    add_patient,
    count_patients,
    find_patient,
    get_patient,
    patient_summary,
    search_patients,
    update_patient,
)

__all__ = [
    "open_db", "open_data_folder", "add_plan_version", "current_version", "get_version",
    "load_checklist",
    "load_consent", "load_plan", "plan_versions", "save_checklist", "save_consent", "save_plan",
    "sign_version", "new_consent_version", "save_consent_version", "add_patient",
    "count_patients", "find_patient", "get_patient",
    "patient_summary", "search_patients", "update_patient",
]
