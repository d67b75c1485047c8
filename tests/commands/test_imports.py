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
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=ROOT, capture_output=True,
                          text=True, check=True,
                          env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"})
    lines = done.stdout.splitlines()
    modules = lines[-1].removeprefix("MODULES ").split()
    return lines[:-1], {name.split(".")[0] for name in modules}


def test_list_loads_no_printing_handover_or_window_library(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    _run("--data-dir", folder, "demo", "--patients", "5")
    rows, loaded = _run("--data-dir", folder, "list")
    assert len(rows) == 5  # the probe really listed the patients
    assert not loaded & NOT_FOR_LIST, sorted(loaded & NOT_FOR_LIST)


def test_print_still_brings_reportlab_when_chosen(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    _run("--data-dir", folder, "demo", "--patients", "1")
    _rows, loaded = _run("--data-dir", folder, "print", "1", "--out", str(tmp_path / "p.pdf"))
    assert (tmp_path / "p.pdf").exists()
    assert {"reportlab", "pikepdf"} <= loaded
