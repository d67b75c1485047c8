"""The store's clock: the timestamp every row and log entry carries (local time, to the second)."""

from __future__ import annotations

import datetime as dt


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")
