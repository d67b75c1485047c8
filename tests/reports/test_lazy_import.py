"""Package imports stay light: a command-line process that does not print loads no ReportLab."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _loaded_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        cwd=ROOT, capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_the_packages_and_the_command_line_do_not_load_reportlab() -> None:
    loaded = _loaded_after("import desktop.cli, desktop.reports, desktop.exchange, "
                           "desktop.commands.paper, desktop.commands.exchange")
    assert "reportlab" not in loaded and "desktop.reports.document" not in loaded
    assert "desktop.exchange.fhir" not in loaded


def test_the_public_names_still_import_from_the_package() -> None:
    from desktop import exchange, reports
    from desktop.reports import FORMS, render_patient_pdf, render_pdf

    assert FORMS == ("plan", "decisions", "consent", "checklist")
    assert reports.ALL_FORMS == FORMS + reports.PEOPLE_FORMS + reports.MEASURE_FORMS
    assert render_pdf is reports.document.render_pdf and callable(render_patient_pdf)
    assert reports.PAPER_SIZES == ("A4", "A5")
    assert exchange.ExchangeRefused.__name__ == "ExchangeRefused"
