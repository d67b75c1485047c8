"""A time budget for a read the window's thread makes, so no list blocks the window longer
than a frame or two (issue 17 item 3: nothing on the GUI thread over 50 ms at a million
patients). Qt-free.

``within(db, seconds)`` lets SQLite look at the clock every ``STEPS`` virtual-machine steps
and stop the statement once the budget is spent; the read then raises ``OverBudget`` and has
changed nothing (it was a read). The caller asks the same question again on a connection of
its own in the background (models/background.py), where it may take as long as it needs.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

STEPS = 2000  # SQLite virtual-machine steps between looks at the clock (about 0.1 ms)
FRAME = 0.02  # CPU seconds a read on the window's thread may take before it moves to a thread
WAIT = 0.15  # and seconds of waiting in all (a cold disk), what another process's load adds


class OverBudget(Exception):
    """The read did not finish within its budget; SQLite stopped it."""


@contextmanager
def within(db: Any, seconds: float | None) -> Iterator[None]:
    """Run the reads of the block within ``seconds`` of CPU time (None: no limit; waiting
    counts up to ``WAIT``) on ``db``'s connection (a sqlite-utils Database or a connection);
    raises OverBudget when they take longer."""
    if seconds is None:
        yield
        return
    conn = getattr(db, "conn", db)
    # the thread's CPU time, so a busy machine does not push a quick read off the thread; and
    # the clock, so a read waiting on the disk moves too
    cpu_deadline = time.thread_time() + seconds
    deadline = time.perf_counter() + max(seconds, WAIT)
    spent = False

    def over() -> bool:
        nonlocal spent
        spent = time.thread_time() > cpu_deadline or time.perf_counter() > deadline
        return spent

    conn.set_progress_handler(over, STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if spent:  # "interrupted": our handler stopped it
            raise OverBudget from error
        raise
    finally:
        conn.set_progress_handler(None, STEPS)
