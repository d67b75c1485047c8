"""Deltakere: the people around the patient in a table, and a form under it to add one in a
few keystrokes (kind first, then the name, with completions of professionals typed before on
this ward) or change or remove the chosen one. Saved like the forms (record_editor.py): a
moment after typing stops, and at once when another row or patient is chosen. Giving a copy
to a person the patient has reserved against asks for a reason, which is logged; without one
the copy is not given and the rest is saved."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.models.participants_model import ParticipantsModel
from desktop.records import ValidationError
from desktop.records_people import (
    KIND_NEXT_OF_KIN,
    PARTICIPANT_KINDS,
    PROFESSIONAL_KINDS,
    Participant,
    participant_kind_label,
)
from desktop.store import coordinator_users, participants
from desktop.store.participants import ReservationError
from desktop.store.session import Session
from desktop.views.workspace.copies_dialog import CopiesDialog
from desktop.views.workspace.record_editor import SAVE_DELAY_MS, RecordEditor

_TEXT_FIELDS = ("name", "role", "organisation", "phone", "email", "address", "contributes",
                "note")


class ParticipantsPage(RecordEditor):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 save_delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(session, parent, save_delay_ms)
        self.department = ""
        self._username = ""  # the user of the program the participant was picked as

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
            lambda current, _previous: self._row_chosen(current.row()))
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
            self.fields[name].returnPressed.connect(self.start_new)  # Enter: the next one
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

        self.watch(self.kind, *self.fields.values(), self.in_group, self.gets_copy)
        self.lay_out([(self.table, 1), form], self.tr("Ny deltaker"), self.tr("Fjern"))
        self.copies_button = QPushButton(self.tr("Kopiliste…"), self)
        self.copies_button.clicked.connect(self.show_copies)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.copies_button)
        self._open(None)

    def title(self) -> str:
        return self.tr("Deltakere")

    def load(self, patient_id: int, department: str = "") -> None:
        self.department = department
        super().load(patient_id)

    def show_copies(self) -> None:
        """Who got which version, when and how."""
        if self.patient_id is not None and self.flush():
            CopiesDialog(self.session, self.patient_id, self).exec()

    def start_new(self) -> None:
        super().start_new()
        if self.editing is None:
            self.kind.setFocus()

    # ------------------------------------------------------------ RecordEditor

    def _reread(self) -> None:
        assert self.patient_id is not None
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

    def _select(self, record_id: int | None) -> None:
        row = self.model.row_of(record_id) if record_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
        else:
            self.table.selectRow(row)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.choose(self.model.participant(row).id)

    def _fill_record(self, record_id: int | None) -> None:
        person = (participants.get_participant(self.session.db, record_id)
                  if record_id is not None else None)
        self._username = person.username if person is not None else ""
        if person is None:
            for line in self.fields.values():
                line.clear()
            self.in_group.setChecked(False)
            self.gets_copy.setChecked(False)
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(person.kind)))
        for name, line in self.fields.items():
            line.setText(getattr(person, name))
        self.in_group.setChecked(person.in_group)
        self.gets_copy.setChecked(person.gets_copy)

    def _person(self) -> Participant:
        values = {name: line.text() for name, line in self.fields.items()}
        return Participant(id=self.editing, patient_id=self.patient_id,
                           kind=self.kind.currentData(), in_group=self.in_group.isChecked(),
                           gets_copy=self.gets_copy.isChecked(), username=self._username,
                           **values)

    def _blank(self) -> bool:
        return not any(line.text().strip() for line in self.fields.values())

    def _store(self) -> int | None:
        person, reason = self._person(), ""
        while True:
            try:
                return participants.save_participant(self.session, person, reason).id
            except ReservationError as refusal:
                answer = self.ask_reason(str(refusal))
                if answer and answer.strip():
                    reason = answer
                    continue
                # no reason: the copy is not given, the rest is saved
                with self.quietly():
                    self.gets_copy.setChecked(False)
                person = dataclasses.replace(person, gets_copy=False)
                self._show(self.tr("{name} får ikke kopi: pasienten har reservert seg, og "
                                   "ingen begrunnelse ble skrevet.").format(name=person.name),
                           error=True)
            except ValidationError as error:
                self._show(str(error), error=True)
                return None

    def _delete(self, record_id: int) -> None:
        participants.delete_participant(self.session, record_id)
        self._show(self.tr("Deltakeren er fjernet."))

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
        if self.kind.currentData() in coordinator_users.USER_KINDS:  # may be a user of ours
            key = coordinator_users.name_key(text)
            self._completions.update({
                user.label(): Participant(name=user.display_name, username=user.username)
                for user in coordinator_users.user_choices(self.session.db)
                if key in coordinator_users.name_key(user.display_name)})
        self.names.setStringList(list(self._completions))

    def _fill_from_completion(self, name: str) -> None:
        known = getattr(self, "_completions", {}).get(name)
        if known is None:
            return
        if known.username:  # a user picked: the name without the username, and who it is
            self._username = known.username
            self.fields["name"].setText(known.name)
        for field in ("role", "organisation", "phone", "email", "address"):
            if not self.fields[field].text():
                self.fields[field].setText(getattr(known, field))
