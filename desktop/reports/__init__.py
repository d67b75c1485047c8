"""Printed forms as PDF (ReportLab, Qt-free): the plan, existing decisions, consent, checklist,
participants, contacts, the evaluation, mapping and crisis plan.

``render_pdf`` is pure (records in, bytes out); ``render_patient_pdf`` reads them from the store.
Output is deterministic (ReportLab's invariant mode, fixed metadata), and a signed plan version
reprints byte for byte: its print date, patient block and logo come from its print snapshot.

The document lives in ``desktop.reports.document``; this package imports it (and with it
ReportLab) only when one of its names is first used, so a process that never prints (the
window's list, most commands) does not pay for loading ReportLab.
"""

from __future__ import annotations

import importlib
import logging
import threading
from typing import Any

__all__ = ["FORMS", "PEOPLE_FORMS", "MEASURE_FORMS", "ALL_FORMS", "PAPER_SIZES", "render_pdf",
           "render_patient_pdf", "render_crisis_card", "parse_forms", "form_label", "log_print",
           "version_label", "warm_up"]

_warming: threading.Thread | None = None


def warm_up_in_background() -> threading.Thread:
    """Start, once per process, a thread that imports the document and builds one small PDF
    (``document.warm_up``), so the first print of a session is as quick as the next ones. A
    print started meanwhile waits for it (one document is built at a time)."""
    global _warming
    if _warming is None:
        _warming = threading.Thread(target=_warm_up, name="warm-up-printing")
        _warming.start()
    return _warming


def _warm_up() -> None:
    try:
        importlib.import_module("desktop.reports.document").warm_up()
    except Exception:  # the first print then meets the same fault and says so
        logging.getLogger(__name__).exception("Warming up printing failed")


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("desktop.reports.document"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
