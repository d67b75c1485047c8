"""A command imports only what it uses: `list` on a filled data folder, run as its own
process, loads none of the printing, handover or window libraries, nor sqlite-utils (a current
database is read on a plain sqlite3 connection, store/plain.py; its import alone costs more
than a bare Python start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_FOR_LIST = {"reportlab", "pikepdf", "PySide6", "pyzipper", "Cryptodome", "cffi",
                "pycparser", "urllib3", "xml", "email", "sqlite_utils", "click", "pluggy",
                "dateutil", "argon2", "platformdirs"}

PROBE = """
import sys
from desktop.cli import main
status = main(sys.argv[1:])
print("MODULES", " ".join(sorted(sys.modules)))
sys.exit(status)
"""


def _run(*argv: str) -> tuple[list[str], set[str]]:
    rows, modules = _run_modules(*argv)
    return rows, {name.split(".")[0] for name in modules}


def _run_modules(*argv: str) -> tuple[list[str], set[str]]:
    """The command's output lines and every module it loaded, by full name."""
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=ROOT, capture_output=True,
                          text=True, check=True,
                          env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"})
    lines = done.stdout.splitlines()
    return lines[:-1], set(lines[-1].removeprefix("MODULES ").split())


def test_list_loads_no_printing_handover_or_window_library(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    _run("--data-dir", folder, "demo", "--patients", "5")
    rows, loaded = _run("--data-dir", folder, "list")
    assert len(rows) == 5  # the probe really listed the patients
    assert not loaded & NOT_FOR_LIST, sorted(loaded & NOT_FOR_LIST)


def test_list_loads_no_form_records_keyring_or_socket(tmp_path: Path) -> None:
    """`list` reads patients: the forms' records (records.py and its siblings), the patient's
    dataclass (records_patient.py), the keyring's hashing, json and the socket module are not
    loaded (records_base.py has what it needs); neither are the dataclasses module (with
    inspect, ast and dis, some 15 ms, and about 1 ms for each dataclass made: the list's
    records are NamedTuples) nor shutil (argparse's help formatter asks it for the
    terminal's width for every argument added; cli._terminal_columns asks the terminal)."""
    folder = str(tmp_path / "data")
    _run("--data-dir", folder, "demo", "--patients", "3")
    rows, loaded = _run_modules("--data-dir", folder, "list")
    assert len(rows) == 3 and all(len(row.split("\t")) == 4 for row in rows)
    not_for_list = {"desktop.records", "desktop.records_process", "desktop.records_people",
                    "desktop.records_measures", "desktop.records_patient",
                    "desktop.store.keyring", "socket", "hashlib", "json", "dataclasses",
                    "inspect", "ast", "dis", "shutil", "bz2", "lzma"}
    assert not loaded & not_for_list, sorted(loaded & not_for_list)
    assert "desktop.records_base" in loaded


def test_print_still_brings_reportlab_when_chosen(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    _run("--data-dir", folder, "demo", "--patients", "1")
    _rows, loaded = _run("--data-dir", folder, "print", "1", "--out", str(tmp_path / "p.pdf"))
    assert (tmp_path / "p.pdf").exists()
    assert {"reportlab", "pikepdf"} <= loaded



def test_import_of_a_package_loads_cryptodome_on_ctypes_not_cffi(tmp_path: Path) -> None:
    """pycryptodome on cffi parses C declarations with pycparser at its first import (about
    80 ms); desktop/cryptodome_backend.py makes it take its ctypes binding."""
    import datetime as dt
    import random

    from desktop import store
    from desktop.demo import add_demo_patient, demo_plan
    from desktop.exchange.exporter import export_patient

    passphrase = "kanel-fjord-sykkel-hest-tromme-vindu-ski"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(passphrase + "\n", encoding="utf-8")
    package = tmp_path / "plan.zip"
    db = store.open_db(tmp_path / "source.sqlite")
    rng, today = random.Random(3), dt.date.today()
    patient = add_demo_patient(db, rng, today, "signed")
    store.save_plan(db, patient.id, demo_plan(rng, patient, today - dt.timedelta(days=30), 5))
    export_patient(db, patient.id, package, passphrase,
                   version=store.current_version(db, patient.id).number)
    db.close()
    rows, modules = _run_modules("--data-dir", str(tmp_path / "target"), "import", str(package),
                                 "--passphrase-file", str(secret), "--new-patient")
    loaded = {name.split(".")[0] for name in modules}
    assert rows and "ny pasient" in rows[-1]
    assert "Cryptodome" in loaded and not loaded & {"cffi", "pycparser"}
    # a new patient is compared with nobody: the comparison's module is not loaded
    assert "desktop.exchange.importer" in modules and "desktop.exchange.diff" not in modules


DOCUMENTED = """
import dataclasses, inspect, sys
import desktop.exchange.importer, desktop.store.db, desktop.store.departments
undocumented = []
for name, module in sorted(sys.modules.items()):
    if name.startswith("desktop."):
        for value in vars(module).values():
            if (isinstance(value, type) and dataclasses.is_dataclass(value)
                    and value.__module__ == name and value.__doc__ == value.__name__
                    + str(inspect.signature(value)).replace(" -> None", "")):
                undocumented.append(f"{name}.{value.__qualname__}")
print(" ".join(undocumented))
"""


def test_the_dataclasses_an_import_makes_have_docstrings() -> None:
    """A dataclass without a docstring gets one made from inspect.signature when its class is
    made (about 0.15 ms each; `import` makes some 50): each of ours has its own."""
    done = subprocess.run([sys.executable, "-c", DOCUMENTED], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == []
