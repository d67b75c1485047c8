"""Who gets this copy: the patient and the participants as a checkable list, for the export,
a print handed out and a letter. A person the patient has reserved against is marked; ticking
them asks for a typed reason (logged with the copy, store/distribution.py). Without the consent
to share with the responsibility group only the patient can be chosen, and the box says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.records_people import KIND_PATIENT, participant_kind_label
from desktop.store import distribution, participants
from desktop.store.patients import get_patient
from desktop.store.session import Session

PATIENT = -1  # the patient's row (a copy to the patient has no participant id)


class RecipientsBox(QGroupBox):
    def __init__(self, session: Session, patient_id: int, title: str,
                 parent: QWidget | None = None, *, preselect_copies: bool = False,
                 patient_ticked: bool = False) -> None:
        super().__init__(title, parent)
        self.session, self.patient_id = session, patient_id
        self.ask_reason: Callable[[str], str | None] = self._ask_reason
        db = session.db
        self.may_share = distribution.may_share(db, patient_id)
        self.reserved = {p.id: p.name for p in participants.reserved_participants(db, patient_id)}
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        patient = get_patient(db, patient_id)
        self._add(PATIENT, self.tr("{name} (pasienten)").format(
            name=patient.name if patient else ""), patient_ticked, True)
        for person in participants.list_participants(db, patient_id):
            if person.kind == KIND_PATIENT or person.id is None:
                continue
            text = f"{person.name} – {participant_kind_label(person.kind).lower()}"
            if person.id in self.reserved:
                text += " " + self.tr("(reservert)")
            self._add(person.id, text, preselect_copies and person.gets_copy and
                      person.id not in self.reserved and self.may_share, self.may_share)
        row = max(self.list.sizeHintForRow(0), self.fontMetrics().height())
        self.list.setMinimumHeight(row * min(self.list.count(), 5) + 8)
        self.list.setMaximumHeight(row * 7 + 8)  # a long list scrolls: the dialog fits a laptop
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        if not self.may_share:
            self.note.setText(self.tr("Pasienten har ikke samtykket til at planen deles med "
                                      "ansvarsgruppen, så bare pasienten kan få kopi."))
            self.note.setStyleSheet(palette.ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        self.note.setVisible(bool(self.note.text()))

    def _add(self, key: int, text: str, ticked: bool, enabled: bool) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(Qt.ItemDataRole.UserRole, key)
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if not enabled:
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if key in self.reserved:
            item.setForeground(QColor(palette.RED_TEXT))

    def set_checked(self, key: int | None, on: bool) -> None:
        key = PATIENT if key is None else key
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int | None]:
        """The ticked recipients: participant ids, None for the patient."""
        keys = [self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())
                if self.list.item(n).checkState() == Qt.CheckState.Checked]
        return [None if key == PATIENT else key for key in keys]

    def reasons(self) -> dict[int, str] | None:
        """A typed reason for each ticked reserved person (asked now); None when one was not
        given: that person is unticked and nothing goes out."""
        reasons: dict[int, str] = {}
        for key in self.chosen():
            if key is None or key not in self.reserved:
                continue
            answer = self.ask_reason(self.tr(
                "Pasienten har reservert seg mot at {name} får kopi. Skriv en begrunnelse for å "
                "gi kopi likevel.").format(name=self.reserved[key]))
            if not answer or not answer.strip():
                self.set_checked(key, False)
                return None
            reasons[key] = answer.strip()
        return reasons

    def _ask_reason(self, question: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Reservasjon"), question)
        return text if ok else None
