"""Fixtures for the command tests, shared from the feature tests' conftest files rather than
copied: the exchange tests' fully filled patient (`kit`, `full_patient`) and the reports tests'
PDF reader (`pdftext`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def _sibling_conftest(folder: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"{folder}_fixtures", Path(__file__).parent.parent / folder / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_exchange = _sibling_conftest("exchange")
_reports = _sibling_conftest("reports")

kit = _exchange.kit
full_patient = _exchange.full_patient
pdftext = _reports.pdftext
