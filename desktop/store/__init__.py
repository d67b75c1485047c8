"""Qt-free persistence: one SQLite file through sqlite-utils; import what you need from here.

The names below are imported when first asked for (``store.open_db``, ``from desktop.store
import save_plan``), not when a module of the store is: the command line's read-only `list`
imports only the modules it reads through, without sqlite-utils (store/db.py and its
migrations) or the forms. store/db.py imports store/deadlines.py, whose hook keeps the list's
next-deadline column when forms are saved, so every database opened for writing has it.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_HOMES = {
    "db": ("open_db", "open_data_folder"),
    "forms": ("add_plan_version", "current_version", "get_version", "load_checklist",
              "load_consent", "load_plan", "new_consent_version", "plan_versions",
              "save_checklist", "save_consent", "save_consent_version", "save_plan",
              "sign_version"),
    "patients": ("add_patient", "count_patients", "find_patient", "get_patient",
                 "patient_summary", "search_patients", "update_patient"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "open_db", "open_data_folder", "add_plan_version", "current_version", "get_version",
    "load_checklist",
    "load_consent", "load_plan", "plan_versions", "save_checklist", "save_consent", "save_plan",
    "sign_version", "new_consent_version", "save_consent_version", "add_patient",
    "count_patients", "find_patient", "get_patient",
    "patient_summary", "search_patients", "update_patient",
]


def __getattr__(name: str) -> object:
    if name in _HOMES:  # store.patients.NumberTaken, as when __init__ imported the modules
        return import_module(f"desktop.store.{name}")
    home = _HOME_OF.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"desktop.store.{home}"), name)
    globals()[name] = value  # asked once
    return value
