"""The people around the patient (deltakere) as a read-only Qt table, fed with Participant
records; a person the patient has reserved against is marked in the name column."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop import palette
from desktop.records_people import Participant, participant_kind_label

PARTICIPANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the participant's id (int)
RESERVED_ROLE = Qt.ItemDataRole.UserRole + 2  # True when the patient reserved against them

_CONTEXT = "ParticipantsModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# pyside6-lupdate reads translate("Context", "text") calls with both strings literal
translate = QCoreApplication.translate


class ParticipantsModel(QAbstractTableModel):
    COL_KIND = 0
    COL_NAME = 1
    COL_ROLE = 2
    COL_ORGANISATION = 3
    COL_PHONE = 4
    COL_IN_GROUP = 5
    COL_GETS_COPY = 6
    COL_CONTRIBUTES = 7

    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Hvem"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Navn"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Rolle eller relasjon"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Virksomhet"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Telefon"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Ansvarsgruppe"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Får kopi"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Bidrar med"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: list[Participant] = []
        self._reserved: set[int] = set()

    def set_participants(self, people: list[Participant], reserved: set[int]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._reserved = set(reserved)
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        return self._people[row]

    def row_of(self, participant_id: int | None) -> int:
        """The row of a participant, -1 when not shown."""
        return next((i for i, p in enumerate(self._people) if p.id == participant_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._people)):
            return None
        person = self._people[index.row()]
        column = index.column()
        reserved = person.id in self._reserved
        if role == PARTICIPANT_ID_ROLE:
            return person.id
        if role == RESERVED_ROLE:
            return reserved
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_NAME and reserved:
                return translate("ParticipantsModel", "{name} (reservert)").format(name=person.name)
            if column in (self.COL_IN_GROUP, self.COL_GETS_COPY):
                on = person.in_group if column == self.COL_IN_GROUP else person.gets_copy
                return translate("ParticipantsModel", "Ja") if on else ""
            return self._text(person, column)
        if role == Qt.ItemDataRole.ForegroundRole and reserved:
            return QColor(palette.RED_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and reserved:
            return QColor(palette.RED_BACKGROUND)
        return None

    def _text(self, person: Participant, column: int) -> str:
        if column == self.COL_KIND:
            return participant_kind_label(person.kind)
        return {self.COL_NAME: person.name, self.COL_ROLE: person.role,
                self.COL_ORGANISATION: person.organisation, self.COL_PHONE: person.phone,
                self.COL_CONTRIBUTES: person.contributes}.get(column, "")
