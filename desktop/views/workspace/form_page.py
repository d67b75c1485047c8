"""The contract between the patient workspace and its form pages.

The workspace owns the patient's three documents and their saving:
``"checklist"`` (records.Checklist), ``"consent"`` (records.Consent) and ``"plan"``
(records.Plan, the current version's content, including the existing decisions).
Each page is bound to one document key and edits its own part of that document:

- ``load_document(document)`` fills the widgets from the document without emitting ``edited``;
- ``write_to(document)`` returns a copy of the document with the page's fields written in;
- ``edited`` is emitted whenever the user changed something (typing, ticking, adding a row);
  the workspace then calls ``write_to`` on the current document, saves it after a short
  pause (and at once on flush), and keeps snapshots for undo;
- ``context_changed(patient, documents)`` lets a page show what depends on the patient record
  or on other documents (item 5 of the checklist follows the consent; the plan shows a
  withdrawn or expired consent); it must not emit ``edited``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop.records import Patient
from desktop.views.common.wheel_guard import guard_wheel


class FormPage(QWidget):
    """Base of the workspace's form pages; subclasses set ``document_key``."""

    edited = Signal()
    document_key: str = ""

    def title(self) -> str:
        raise NotImplementedError

    def set_scrolling_content(self, content: QWidget, banner: QWidget | None = None) -> None:
        """Lay the page out as ``content`` in a frameless scroll area, under an optional banner
        that stays in view while the form scrolls."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop before the form;
        scroll.setWidget(content)  # the page follows the focus, and the wheel scrolls it
        guard_wheel(content)  # the wheel scrolls the page, never a status box or a date
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if banner is not None:
            outer.addWidget(banner)
        outer.addWidget(scroll)

    def load_document(self, document: Any) -> None:
        raise NotImplementedError

    def write_to(self, document: Any) -> Any:
        raise NotImplementedError

    def context_changed(self, patient: Patient, documents: dict[str, Any]) -> None:
        """Optional: react to the patient record or the other documents."""
