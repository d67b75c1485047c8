"""One writer per data folder: a second copy is told and does not write; a killed holder never
leaves a stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop import paths
from desktop.cli import EXIT_OK, EXIT_REFUSED, main
from desktop.store.lock import FolderInUse, WriterLock, folder_in_use

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desktop.store.lock import WriterLock
    lock = WriterLock(Path(sys.argv[1])).acquire()
    print("held", flush=True)
    time.sleep(60)
""")


@pytest.fixture
def holder(data_dir):
    """Another process holding the data folder's lock."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)],
                             stdout=subprocess.PIPE, text=True,
                             cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert child.stdout.readline().strip() == "held"
    yield child
    child.kill()
    child.wait()


def test_a_second_lock_on_the_same_folder_is_refused_until_released(data_dir) -> None:
    first = WriterLock(data_dir).acquire()
    with pytest.raises(FolderInUse, match=f"prosess {os.getpid()}"):
        WriterLock(data_dir).acquire()
    assert folder_in_use(data_dir)
    first.release()
    assert folder_in_use(data_dir) is None
    with WriterLock(data_dir) as again:
        assert again.held


def test_another_process_holds_the_lock_and_a_kill_frees_it(data_dir, holder) -> None:
    with pytest.raises(FolderInUse, match=f"prosess {holder.pid}"):
        WriterLock(data_dir).acquire()
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with WriterLock(data_dir) as lock:  # the operating system dropped the dead holder's lock
        assert lock.held


def test_the_command_line_does_not_write_while_another_copy_is_open(data_dir, holder,
                                                                    capsys) -> None:
    db_path = paths.database_path(data_dir)
    assert main(["demo", "--patients", "2"]) == EXIT_REFUSED
    assert "allerede åpent" in capsys.readouterr().err
    assert not db_path.exists()  # nothing written
    assert main(["list"]) == EXIT_REFUSED
    # check only reads; it runs beside the open copy
    assert main(["check"]) == EXIT_REFUSED  # no database yet: refused for that reason
    assert "Fant ingen database" in capsys.readouterr().err


def test_check_and_backup_run_beside_an_open_window(data_dir, capsys) -> None:
    assert main(["demo", "--patients", "2"]) == EXIT_OK
    with WriterLock(data_dir):
        assert main(["check"]) == EXIT_OK
        assert main(["backup"]) == EXIT_OK
        assert main(["list"]) == EXIT_REFUSED
    assert main(["list"]) == EXIT_OK


def test_a_symlinked_data_folder_is_the_same_folder(tmp_path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    with WriterLock(link) as lock:
        assert lock.path == real.resolve() / "individuell-plan.lock"
        with pytest.raises(FolderInUse):
            WriterLock(real).acquire()
        with pytest.raises(FolderInUse):
            WriterLock(tmp_path / "link" / ".." / "real").acquire()
