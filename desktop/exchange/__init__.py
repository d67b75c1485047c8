"""Handover to and from the municipality: FHIR R4 mapping, encrypted package and PDF (Qt-free).

The names below are imported from their modules when first used, so importing a module of this
package (a command, the errors) does not load the FHIR mapping and the store with it.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {"ExchangeRefused": "desktop.exchange.errors", "PlanDocument": "desktop.exchange.fhir"}

__all__ = ["ExchangeRefused", "PlanDocument"]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
