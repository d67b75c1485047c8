"""Deltakere: the people around the patient in a table, and a form under it to add one in a
few keystrokes (kind first, then the name, with completions of professionals typed before on
this ward) or change or remove the chosen one. Each save goes straight to the database;
giving a copy to a person the patient has reserved against asks for a reason, which is logged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.models.participants_model import ParticipantsModel
from desktop.records import ValidationError
from desktop.records_people import (
    KIND_NEXT_OF_KIN,
    PARTICIPANT_KINDS,
    PROFESSIONAL_KINDS,
    Participant,
    participant_kind_label,
)
from desktop.store import participants
from desktop.store.participants import ReservationError
from desktop.store.session import Session

_TEXT_FIELDS = ("name", "role", "organisation", "phone", "email", "address", "contributes",
                "note")


class ParticipantsPage(QWidget):
    changed = Signal()  # a participant was added, changed or removed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_id: int | None = None
        self.department = ""
        self.editing: int | None = None  # the participant id in the form; None: a new one
        self.ask_reason: Callable[[str], str | None] = self._ask_reason

        self.model = ParticipantsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._load_row(current.row()))
        self.table.setAccessibleName(self.tr("Deltakere"))

        self.kind = QComboBox(self)
        self.kind.setSizeAdjustPolicy(  # long kinds must not widen the window
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(12)
        for kind in PARTICIPANT_KINDS:
            self.kind.addItem(participant_kind_label(kind), kind)
        self.kind.setCurrentIndex(PARTICIPANT_KINDS.index(KIND_NEXT_OF_KIN))
        self.fields: dict[str, QLineEdit] = {name: QLineEdit(self) for name in _TEXT_FIELDS}
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated[str].connect(self._fill_from_completion)
        self.fields["name"].textEdited.connect(self._offer_names)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.in_group = QCheckBox(self.tr("Medlem av ansvarsgruppen"), self)
        self.gets_copy = QCheckBox(self.tr("Får kopi av planen"), self)

        form = QGridLayout()  # two columns of label and field: the table keeps the height
        labels = {"name": self.tr("&Navn"), "role": self.tr("&Rolle eller relasjon"),
                  "organisation": self.tr("&Virksomhet"), "phone": self.tr("&Telefon"),
                  "email": self.tr("&E-post"), "address": self.tr("&Adresse"),
                  "contributes": self.tr("&Bidrar med"), "note": self.tr("&Merknad")}
        cells: list[tuple[str, QWidget]] = [(self.tr("&Hvem"), self.kind)]
        cells += [(labels[name], self.fields[name]) for name in _TEXT_FIELDS]
        for name in _TEXT_FIELDS:
            self.fields[name].returnPressed.connect(self.save)
        for n, (text, field) in enumerate(cells):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addWidget(label, n // 2, (n % 2) * 2)
            form.addWidget(field, n // 2, (n % 2) * 2 + 1)
        boxes = QHBoxLayout()
        boxes.addWidget(self.in_group)
        boxes.addWidget(self.gets_copy)
        boxes.addStretch(1)
        form.addLayout(boxes, len(cells) // 2 + 1, 0, 1, 4)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        self.new_button = QPushButton(self.tr("Ny deltaker"), self)
        self.save_button = QPushButton(self.tr("Lagre deltaker"), self)
        self.remove_button = QPushButton(self.tr("Fjern"), self)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        inner = QWidget(self)  # scrolls on a small screen instead of widening the window
        layout = QVBoxLayout(inner)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.start_new()

    def title(self) -> str:
        return self.tr("Deltakere")

    def load(self, patient_id: int, department: str) -> None:
        self.patient_id, self.department = patient_id, department
        self.refresh()
        self.start_new()

    def refresh(self) -> None:
        if self.patient_id is None:
            return
        db = self.session.db
        reserved = {p.id for p in participants.reserved_participants(db, self.patient_id)
                    if p.id is not None}
        self.model.set_participants(participants.list_participants(db, self.patient_id),
                                    reserved)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 150))

    # ------------------------------------------------------------ the form

    def start_new(self) -> None:
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self.editing = None
        for line in self.fields.values():
            line.clear()
        self.in_group.setChecked(False)
        self.gets_copy.setChecked(False)
        self.remove_button.setEnabled(False)
        self.kind.setFocus()

    def _load_row(self, row: int) -> None:
        if row < 0:
            return
        person = self.model.participant(row)
        self.editing = person.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(person.kind)))
        for name, line in self.fields.items():
            line.setText(getattr(person, name))
        self.in_group.setChecked(person.in_group)
        self.gets_copy.setChecked(person.gets_copy)
        self.remove_button.setEnabled(True)
        self._show("")

    def _person(self) -> Participant:
        values = {name: line.text() for name, line in self.fields.items()}
        return Participant(id=self.editing, patient_id=self.patient_id,
                           kind=self.kind.currentData(), in_group=self.in_group.isChecked(),
                           gets_copy=self.gets_copy.isChecked(), **values)

    def save(self) -> bool:
        """Save the form (a new participant or the chosen one); False when refused."""
        if self.patient_id is None:
            return False
        person, reason = self._person(), ""
        while True:
            try:
                saved = participants.save_participant(self.session, person, reason)
                break
            except ReservationError as refusal:
                answer = self.ask_reason(str(refusal))
                if not answer or not answer.strip():
                    self._show(str(refusal), error=True)
                    return False
                reason = answer
            except ValidationError as error:
                self._show(str(error), error=True)
                return False
        self.refresh()
        self._show(self.tr("{name} er lagret.").format(name=saved.name))
        self.changed.emit()
        self.start_new()
        return True

    def remove(self) -> None:
        if self.editing is None:
            return
        participants.delete_participant(self.session, self.editing)
        self.refresh()
        self.start_new()
        self._show(self.tr("Deltakeren er fjernet."))
        self.changed.emit()

    def _show(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(palette.ERROR_STYLE if error else "")

    def _ask_reason(self, question: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Reservasjon"), question)
        return text if ok else None

    # ------------------------------------------------------------ completions

    def _kind_changed(self) -> None:
        """Only professionals get completions: never patients or next of kin."""
        professional = self.kind.currentData() in PROFESSIONAL_KINDS
        self.fields["name"].setCompleter(self.completer if professional else None)

    def _offer_names(self, text: str) -> None:
        if self.kind.currentData() not in PROFESSIONAL_KINDS or not self.department:
            self.names.setStringList([])
            return
        found = participants.complete_professionals(self.session.db, self.department, text)
        self._completions = {p.name: p for p in found}
        self.names.setStringList(list(self._completions))

    def _fill_from_completion(self, name: str) -> None:
        known = getattr(self, "_completions", {}).get(name)
        if known is None:
            return
        for field in ("role", "organisation", "phone", "email", "address"):
            if not self.fields[field].text():
                self.fields[field].setText(getattr(known, field))
