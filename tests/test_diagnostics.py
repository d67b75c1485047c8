"""The technical log: a rotating, owner-only file in the data folder that keeps tracebacks and
no patient data (names, fødselsnumre, form text)."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import diagnostics
from desktop.cli import EXIT_OK, EXIT_REFUSED, main
from desktop.records import check_digits


def synthetic_fnr() -> str:
    """A synthetic fødselsnummer (month + 80) with valid check digits."""
    for individual in range(100, 999):
        first_nine = f"150385{individual}"
        digits = check_digits(first_nine)
        if digits is not None:
            return first_nine + digits
    raise AssertionError("no synthetic number")


FNR = synthetic_fnr()
NAME = "Kari Nordmann"


@pytest.fixture
def log_file(data_dir: Path) -> Iterator[Path]:
    path = diagnostics.setup_logging(data_dir)
    assert path == data_dir / "logs" / "individuell-plan.log"
    yield path
    diagnostics.stop_logging()


def fail_with_form_text() -> None:
    text = f"{NAME} {FNR} bor i Storgata 1"
    try:
        int(text)  # a ValueError that quotes the text
    except ValueError as error:
        raise RuntimeError(f"kunne ikke lagre {text}") from error


def test_an_error_is_logged_with_its_traceback_and_without_the_person(log_file: Path) -> None:
    try:
        fail_with_form_text()
    except RuntimeError:
        logging.getLogger("desktop.views.workspace").exception("Saving patient %s failed", 17)
    # other libraries' messages: numbers and quoted values go (free text cannot be recognised;
    # the program's own messages name patients by id only)
    logging.getLogger("someone.else").warning("Fikk %s for %r", FNR, NAME)
    written = log_file.read_text(encoding="utf-8")
    assert "Saving patient 17 failed" in written  # internal ids stay
    assert "Fikk <fnr> for '…'" in written
    assert "Traceback (most recent call last):" in written
    assert "in fail_with_form_text" in written and "int(text)" in written
    assert "ValueError: (message left out" in written
    assert "The above exception was the direct cause" in written
    assert "RuntimeError: (message left out" in written
    for secret in (FNR, FNR[:6], "Kari", "Nordmann", "Storgata"):
        assert secret not in written


def test_what_each_exception_may_say() -> None:
    missing = OSError(errno.ENOSPC, "No space left on device", f"/ut/{NAME}.zip")
    assert diagnostics.describe_exception(missing) == (
        f"OSError: [ENOSPC] {os.strerror(errno.ENOSPC)}")
    database = sqlite3.connect(":memory:")
    database.execute("CREATE TABLE t (name TEXT UNIQUE)")
    database.execute("INSERT INTO t VALUES (?)", (NAME,))
    with pytest.raises(sqlite3.IntegrityError) as caught:
        database.execute("INSERT INTO t VALUES (?)", (NAME,))
    assert diagnostics.describe_exception(caught.value) == (
        "sqlite3.IntegrityError: [SQLITE_CONSTRAINT_UNIQUE] UNIQUE constraint failed: t.name")
    assert diagnostics.describe_exception(AttributeError("'NoneType' object has no attribute "
                                                         "'id'")).endswith("attribute 'id'")
    assert diagnostics.describe_exception(KeyError(NAME)) == (
        "KeyError: (message left out, 15 characters)")
    assert diagnostics.describe_exception(ValueError()) == "ValueError"


def test_scrub_takes_numbers_dates_addresses_and_phones() -> None:
    text = (f"{FNR} {FNR[:6]} {FNR[6:]} 15.03.1985 kari@example.no +47 912 34 567 "
            "pasient 17")
    assert diagnostics.scrub(text) == "<fnr> <fnr> <dato> <e-post> <tlf> pasient 17"
    assert diagnostics.scrub(f"ugyldig '{NAME}'", quoted=True) == "ugyldig '…'"


def test_the_log_rotates_and_keeps_a_few_files(data_dir: Path) -> None:
    path = diagnostics.setup_logging(data_dir, max_bytes=2000, backup_count=3)
    assert path is not None
    try:
        for number in range(200):
            logging.getLogger("desktop.test").info("Line %s of the rotation test", number)
    finally:
        diagnostics.stop_logging()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["individuell-plan.log", "individuell-plan.log.1",
                     "individuell-plan.log.2", "individuell-plan.log.3"]
    assert all(p.stat().st_size <= 2000 for p in path.parent.iterdir())
    assert "Line 199 of" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX")
def test_only_the_owner_may_read_the_log(log_file: Path) -> None:
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_a_folder_that_cannot_be_written_gives_no_log(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert diagnostics.setup_logging(blocker) is None  # logs/ cannot be made under a file
    assert diagnostics.current_log() is None


def test_an_error_in_a_thread_reaches_the_log(log_file: Path) -> None:
    told: list[Path | None] = []
    restore = diagnostics.install_excepthooks(told.append)
    try:
        worker = threading.Thread(target=fail_with_form_text, name="backup")
        worker.start()
        worker.join()
    finally:
        restore()
    assert told == [log_file]
    written = log_file.read_text(encoding="utf-8")
    assert "Uncaught exception in thread backup" in written and "Traceback" in written
    assert NAME not in written and FNR not in written


def test_a_failing_command_logs_and_says_one_line(data_dir: Path, monkeypatch, capsys) -> None:
    def broken(_args, _user) -> int:
        fail_with_form_text()
        return EXIT_OK

    monkeypatch.setattr("desktop.commands.patients.cmd_check", broken)
    assert main(["check"]) == EXIT_REFUSED
    log_file = data_dir / "logs" / "individuell-plan.log"
    assert capsys.readouterr().err == (
        f"individuell-plan: Noe gikk galt. Feilen er skrevet i loggen: {log_file}\n")
    written = log_file.read_text(encoding="utf-8")
    assert "The command check failed" in written and "in broken" in written
    assert NAME not in written and FNR not in written
    assert diagnostics.current_log() is None  # the command closed its log
