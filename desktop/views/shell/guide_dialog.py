"""The user guide (docs/guide/index.html, Bokmål, with screenshots) in a window of its own:
works offline and without a browser."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.resources import ResourceMissing, resource_root

GUIDE = "guide/index.html"


def guide_path() -> Path:
    """The guide's HTML: under resources/guide in a built program (the spec copies docs/guide
    there), under docs/guide in a source tree."""
    candidates = [resource_root() / "guide" / "index.html"]
    if not getattr(sys, "_MEIPASS", None):
        candidates.append(Path(__file__).resolve().parents[3] / "docs" / "guide" / "index.html")
    for path in candidates:
        if path.is_file():
            return path
    raise ResourceMissing(GUIDE)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brukerveiledning – Individuell plan"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setAccessibleName(self.tr("Brukerveiledning"))
        try:
            self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        except ResourceMissing:
            self.browser.setPlainText(self.tr(
                "Brukerveiledningen mangler i denne installasjonen. Kontakt IT."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 130,
                    self.fontMetrics().height() * 45)
