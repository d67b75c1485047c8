"""The store's timestamp: local time to the second, as every table and log entry writes it.
Its own module so that the log and the outbox, which store.db uses while opening, need not
import store.db (no import circle)."""

from __future__ import annotations

import datetime as dt


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")
