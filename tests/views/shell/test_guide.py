"""The user guide: reachable with F1, offline, with every picture present, and the HTML built
from the current Markdown (scripts/guide_screenshots.py)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop.views.shell.guide_dialog import GuideDialog, guide_path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import guide_screenshots  # noqa: E402


def test_the_html_is_built_from_the_current_markdown():
    source = (ROOT / "docs" / "guide" / "index.md").read_text(encoding="utf-8")
    built = guide_path().read_text(encoding="utf-8")
    assert built == guide_screenshots.markdown_to_html(source, "Brukerveiledning for "
                                                               "Individuell plan"), \
        "run scripts/guide_screenshots.py --html-only"


def test_every_picture_is_there_and_used():
    html = guide_path().read_text(encoding="utf-8")
    used = set(re.findall(r'src="(img/[^"]+)"', html))
    present = {f"img/{p.name}" for p in (guide_path().parent / "img").glob("*.png")}
    assert used and used == present
    for section in ("Første oppstart", "En pasient fra sjekkliste til signert plan",
                    "Overlevering til kommunen", "Hente inn en plan som finnes fra før",
                    "Melde behov til kommunen", "Frister og oversikt"):
        assert f">{section}</h2>" in html


def test_f1_opens_the_guide_in_the_program(app_session, qtbot):
    window = app_session.start()
    assert QKeySequence("F1") in window.guide_action.shortcuts()
    window.guide_action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Første oppstart" in text and "Kontakt IT" not in text  # not the missing note
    picture = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                 QUrl("img/plan.png"))
    assert picture is not None and not picture.isNull()
    dialog.close()
    QApplication.processEvents()
