"""Item 19: a closed pipe ends quietly, a full disk or a read-only folder in one Norwegian line
(never a traceback)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop import cli
from desktop.cli import EXIT_OK, EXIT_REFUSED, main

ROOT = Path(__file__).resolve().parents[2]


def test_list_into_a_closed_pipe_ends_quietly(tmp_path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    data = ["--data-dir", str(tmp_path / "data")]
    run = [sys.executable, "-m", "desktop.cli", *data]
    assert subprocess.run([*run, "demo", "--patients", "300"], env=env, capture_output=True,
                          cwd=ROOT).returncode == 0
    child = subprocess.Popen([*run, "list"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader is gone before the first line, as after `head -n1`
    err = child.stderr.read()
    child.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert child.returncode == EXIT_OK


def _failing(error: BaseException):
    def dispatch(_args):
        raise error
    return dispatch


def test_a_full_disk_is_one_norwegian_line(monkeypatch, data_dir, capsys) -> None:
    monkeypatch.setattr(cli, "_dispatch", _failing(OSError(errno.ENOSPC, "No space left")))
    assert main(["list"]) == EXIT_REFUSED
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["individuell-plan: Disken er full; ingenting er endret. Frigjør plass og "
                   "prøv igjen."]


def test_a_read_only_database_is_one_norwegian_line(monkeypatch, data_dir, capsys) -> None:
    error = sqlite3.OperationalError("attempt to write a readonly database")
    error.sqlite_errorcode = sqlite3.SQLITE_READONLY  # type: ignore[attr-defined]
    monkeypatch.setattr(cli, "_dispatch", _failing(error))
    assert main(["list"]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert "Kan ikke skrive i datamappen" in err and "Traceback" not in err


def test_a_broken_pipe_inside_a_command_is_quiet(monkeypatch, data_dir, capsys) -> None:
    monkeypatch.setattr(cli, "_dispatch", _failing(BrokenPipeError()))
    assert main(["list"]) == EXIT_OK
    assert capsys.readouterr().err == ""


def test_no_display_says_so_in_one_sentence(monkeypatch, data_dir, capsys) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([]) == EXIT_REFUSED
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "trenger et skrivebord" in line and "--help" in line


def test_a_display_or_another_platform_opens_the_window() -> None:
    assert cli.no_display_sentence({"DISPLAY": ":0"}, "linux") == ""
    assert cli.no_display_sentence({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert cli.no_display_sentence({}, "win32") == ""


def test_help_and_usage_errors_are_norwegian(capsys) -> None:
    assert main(["export"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("bruk: individuell-plan export")
    assert "individuell-plan export: feil: disse argumentene mangler: PATIENT, --out" in err
    assert main(["--help"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "vis denne hjelpen og avslutt" in out and "valg:" in out
    assert "usage" not in out and "show this help" not in out
    assert "vis programmets versjon" in out and "show program" not in out
    assert main(["nokommando"]) == cli.EXIT_USAGE
    assert "ugyldig valg: 'nokommando'" in capsys.readouterr().err
