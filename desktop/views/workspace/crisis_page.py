"""Kriseplan: warning signs, what I do myself, what others do, whom to call (taken from the
participants: name, role, phone, when reachable), agreements on medication, how I want to be
met, where I want to be admitted, made with whom, the date and the review date.

The crisis plan is part of the plan document (``Plan.crisis``), so this page is a form page
like the plan itself: autosaved by the workspace, undoable, frozen with a signed version. It is
printed from the print dialog as the full A4 form (crisis) and the A5 card (crisis-card)."""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.records import Patient, Plan
from desktop.records_measures import CrisisContact, CrisisHelper, CrisisPlan
from desktop.records_people import Participant
from desktop.store import participants
from desktop.store.measures import contact_from_participant, validated_crisis
from desktop.store.session import Session
from desktop.views.common.style import HINT_STYLE
from desktop.views.workspace.form_page import FormPage
from desktop.views.workspace.partial_date_field import PartialDateField
from desktop.views.workspace.plan_form import text_box


class TextTable(QWidget):
    """A small table of one-line texts with «Legg til» and «Fjern»; ``edited`` on each change."""

    edited = Signal()

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("Legg til"), self)
        self.remove_button = QPushButton(self.tr("Fjern"), self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        self._fit()
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove)

    def _fit(self) -> None:
        line = self.table.verticalHeader().defaultSectionSize()
        rows = max(self.table.rowCount(), 2)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + line * rows
                                   + 2 * self.table.frameWidth() + 2)

    def rows(self) -> list[list[str]]:
        return [[(self.table.item(r, c).text() if self.table.item(r, c) else "")
                 for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for values in rows:
            self._append(values)
        self.table.blockSignals(False)
        self._fit()

    def _append(self, values: list[str]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if column < len(values) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def add_row(self, values: list[str]) -> None:
        self.table.blockSignals(True)
        row = self._append(values)
        self.table.blockSignals(False)
        self._fit()
        self.table.setCurrentCell(row, 0)
        self.edited.emit()

    def _add_clicked(self) -> None:
        self.add_row([])
        self.table.setFocus()
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._fit()
            self.edited.emit()


_BOXES = ("warning_signs", "self_help", "medication", "how_to_meet", "admission")


class CrisisPage(FormPage):
    document_key = "plan"

    def __init__(self, session: Session, parent: QWidget | None = None,
                 in_steps: bool = False) -> None:
        """``in_steps``: the page is built by iterating ``steps`` (the workspace gives the
        event loop a turn between two steps); otherwise it is built here at once."""
        super().__init__(parent)
        self.session = session
        self.patient_id: int | None = None
        self._loading = False
        self._people: list[Participant] = []
        # participants added as contacts this visit, by (name, phone)
        self._added_ids: dict[tuple[str, str], int | None] = {}
        self.steps: Iterator[None] = self._building()
        if not in_steps:
            collections.deque(self.steps, maxlen=0)

    def _building(self) -> Iterator[None]:
        """The page in the order it was always made (the Tab order follows it), a part of it
        per step."""
        content = QWidget()
        column = QVBoxLayout(content)
        hint = QLabel(self.tr("Kriseplanen lages sammen med pasienten. Den står som egen rad i "
                              "«Eksisterende vedtak, planer og avtaler», og skrives ut som eget "
                              "skjema og som kort pasienten kan ha med seg (Skriv ut…)."),
                      content)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        column.addWidget(hint)
        captions = {
            "warning_signs": self.tr("Varselsignaler – slik merker jeg og andre at det går "
                                     "dårlig"),
            "self_help": self.tr("Dette gjør jeg selv"),
            "medication": self.tr("Avtaler om medisiner"),
            "how_to_meet": self.tr("Slik vil jeg bli møtt"),
            "admission": self.tr("Hvis jeg må legges inn, ønsker jeg"),
        }
        self.boxes: dict[str, QPlainTextEdit] = {}
        for key in _BOXES:
            box = text_box(content, "", 4 if key in ("warning_signs", "self_help") else 3)
            box.textChanged.connect(self._user_edit)
            self.boxes[key] = box
        yield
        self.helpers = TextTable([self.tr("Hvem"), self.tr("Hva de gjør")], content)
        yield
        self.contacts = TextTable([self.tr("Navn"), self.tr("Rolle"), self.tr("Telefon"),
                                   self.tr("Når kan de nås")], content)
        self.participant = QComboBox(content)
        self.participant.setAccessibleName(self.tr("Deltaker"))
        self.from_participant = QPushButton(self.tr("Legg til fra deltakerne"), content)
        self.contacts.buttons.insertWidget(2, self.participant)
        self.contacts.buttons.insertWidget(3, self.from_participant)
        for table in (self.helpers, self.contacts):
            table.edited.connect(self._user_edit)
        self.from_participant.clicked.connect(self._add_participant)
        yield

        for key in ("warning_signs", "self_help"):
            column.addWidget(self._group(captions[key], self.boxes[key], content))
        column.addWidget(self._group(self.tr("Dette gjør andre"), self.helpers, content))
        column.addWidget(self._group(self.tr("Hvem jeg kan ringe"), self.contacts, content))
        for key in ("medication", "how_to_meet", "admission"):
            column.addWidget(self._group(captions[key], self.boxes[key], content))
        column.addWidget(self._build_made(content))
        column.addStretch(1)
        self.set_scrolling_content(content)

    def _group(self, title: str, widget: QWidget, parent: QWidget) -> QGroupBox:
        box = QGroupBox(title, parent)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        widget.setAccessibleName(title)
        return box

    def _build_made(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Laget"), parent)
        grid = QGridLayout(box)
        self.made_with = QLineEdit(box)
        self.made_with.setPlaceholderText(self.tr("hvem kriseplanen er laget sammen med"))
        self.date = PartialDateField(box)
        self.review_date = PartialDateField(box)
        self.review_date.setToolTip(self.tr("Kriseplanen skal gjennomgås igjen innen denne "
                                            "datoen (en frist)."))
        for column, (text, widget) in enumerate(((self.tr("Laget sammen &med"), self.made_with),
                                                 (self.tr("&Dato"), self.date),
                                                 (self.tr("&Revideres (dato)"),
                                                  self.review_date))):
            caption = QLabel(text, box)
            caption.setBuddy(widget.line if isinstance(widget, PartialDateField) else widget)
            grid.addWidget(caption, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        self.made_with.textEdited.connect(self._user_edit)
        self.date.edited.connect(self._user_edit)
        self.review_date.edited.connect(self._user_edit)
        return box

    # ------------------------------------------------------------ the contract

    def title(self) -> str:
        return self.tr("Kriseplan")

    def load_document(self, document: Any) -> None:
        plan = document if isinstance(document, Plan) else Plan()
        crisis = plan.crisis or CrisisPlan()
        self._loading = True
        try:
            for key, box in self.boxes.items():
                if box.toPlainText() != getattr(crisis, key):
                    box.setPlainText(getattr(crisis, key))
            self.helpers.set_rows([[h.who, h.what] for h in crisis.helpers])
            self.contacts.set_rows([[c.name, c.role, c.phone, c.reachable]
                                    for c in crisis.contacts])
            self.made_with.setText(crisis.made_with)
            self.date.set_iso(crisis.date)
            self.review_date.set_iso(crisis.review_date)
        finally:
            self._loading = False

    def write_to(self, document: Any) -> Plan:
        plan = document if isinstance(document, Plan) else Plan()
        before = plan.crisis or CrisisPlan()
        ids = {(c.name, c.phone): c.participant_id for c in before.contacts}
        ids.update(self._added_ids)
        crisis = CrisisPlan(
            **{key: box.toPlainText() for key, box in self.boxes.items()},
            helpers=[CrisisHelper(*row) for row in self.helpers.rows()],
            contacts=[CrisisContact(*row, participant_id=ids.get((row[0].strip(),
                                                                  row[2].strip())))
                      for row in self.contacts.rows()],
            made_with=self.made_with.text(), date=self.date.value(before.date),
            review_date=self.review_date.value(before.review_date))
        crisis = validated_crisis(crisis)
        if plan.crisis is None and crisis == CrisisPlan():
            return plan  # nothing written: no crisis plan
        return dataclasses.replace(plan, crisis=crisis)

    def context_changed(self, patient: Patient, documents: dict[str, Any]) -> None:
        if patient.id != self.patient_id:
            self.patient_id = patient.id
            self._added_ids = {}
            self.refresh_participants()

    def showEvent(self, event: QShowEvent) -> None:  # the participants page may have changed
        self.refresh_participants()
        super().showEvent(event)

    def refresh_participants(self) -> None:
        """The participants offered as contacts."""
        self._people = (participants.list_participants(self.session.db, self.patient_id)
                        if self.patient_id is not None else [])
        self.participant.clear()
        for person in self._people:
            self.participant.addItem(f"{person.name} ({person.role})" if person.role
                                     else person.name, person.id)
        self.participant.setEnabled(bool(self._people))
        self.from_participant.setEnabled(bool(self._people))

    # ------------------------------------------------------------ changes

    def _add_participant(self) -> None:
        index = self.participant.currentIndex()
        if not 0 <= index < len(self._people):
            return
        contact = contact_from_participant(self._people[index])
        self._added_ids = {**self._added_ids, (contact.name, contact.phone):
                           contact.participant_id}
        self.contacts.add_row([contact.name, contact.role, contact.phone, contact.reachable])

    def _user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()
