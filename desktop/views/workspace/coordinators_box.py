"""The plan's "Ansvarlig for samordning og fremdrift": the hospital's coordinator and the
municipality's coordinator side by side, one row per detail, as on the paper form, and which of
them signs the plan as ansvarlig koordinator."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.records import (
    RESPONSIBLE_DEFAULT,
    RESPONSIBLE_HOSPITAL,
    RESPONSIBLE_MUNICIPAL,
    Coordinator,
)
from desktop.store.coordinator_users import UserChoice

# (Coordinator field, row label) in the paper form's order.
FIELDS = (
    ("name", QT_TRANSLATE_NOOP("CoordinatorsBox", "Navn")),
    ("workplace", QT_TRANSLATE_NOOP("CoordinatorsBox", "Arbeidssted")),
    ("address", QT_TRANSLATE_NOOP("CoordinatorsBox", "Adresse")),
    ("phone", QT_TRANSLATE_NOOP("CoordinatorsBox", "Tlf/mobil")),
    ("email", QT_TRANSLATE_NOOP("CoordinatorsBox", "E-post")),
)
HOSPITAL = 0
MUNICIPAL = 1
RESPONSIBLE = (  # (Plan.responsible, the choice's text)
    (RESPONSIBLE_DEFAULT, QT_TRANSLATE_NOOP(
        "CoordinatorsBox", "Kommunens koordinator når utfylt, ellers spesialisthelsetjenestens")),
    (RESPONSIBLE_MUNICIPAL, QT_TRANSLATE_NOOP("CoordinatorsBox", "Koordinator i kommunen")),
    (RESPONSIBLE_HOSPITAL, QT_TRANSLATE_NOOP("CoordinatorsBox",
                                             "Koordinator i spesialisthelsetjenesten")),
)


NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the text a picked user fills in (their name)
USERNAME_ROLE = Qt.ItemDataRole.UserRole + 2


def user_completer(parent: QWidget) -> tuple[QCompleter, QStandardItemModel]:
    """A completer of the program's users: the list shows "name (username)" so that namesakes
    can be told apart, picking one fills in the name; the username is at USERNAME_ROLE of the
    index the completer's ``activated[QModelIndex]`` gives."""
    model = QStandardItemModel(parent)
    completer = QCompleter(model, parent)
    completer.setCompletionRole(NAME_ROLE)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer, model


def fill_user_model(model: QStandardItemModel, users: list[UserChoice]) -> None:
    model.clear()
    for user in users:
        item = QStandardItem(user.label())
        item.setData(user.display_name, NAME_ROLE)
        item.setData(user.username, USERNAME_ROLE)
        model.appendRow(item)


class CoordinatorsBox(QGroupBox):
    """``edited`` fires when the user types in any of the ten fields or picks who signs;
    ``user_picked(username)`` when the hospital coordinator is picked among the users (after
    ``edited``, so that the name is saved first). Free text stays allowed."""

    edited = Signal()
    user_picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ansvarlig for samordning og fremdrift"), parent)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        heads = (self.tr("Koordinator i spesialisthelsetjenesten"),
                 self.tr("Koordinator i kommunen"))
        for column, text in enumerate(heads, start=1):
            head = QLabel(f"<b>{text}</b>", self)
            head.setWordWrap(True)
            grid.addWidget(head, 0, column)
        self.fields: list[dict[str, QLineEdit]] = [{}, {}]
        for row, (name, label) in enumerate(FIELDS, start=1):
            grid.addWidget(QLabel(QCoreApplication.translate("CoordinatorsBox", label), self),
                           row, 0)
            for side in (HOSPITAL, MUNICIPAL):
                edit = QLineEdit(self)
                edit.setAccessibleName(f"{heads[side]}: "
                                       f"{QCoreApplication.translate('CoordinatorsBox', label)}")
                edit.textEdited.connect(self.edited)
                grid.addWidget(edit, row, side + 1)
                self.fields[side][name] = edit
        self.responsible = QComboBox(self)
        for key, text in RESPONSIBLE:
            self.responsible.addItem(QCoreApplication.translate("CoordinatorsBox", text), key)
        self.responsible.setAccessibleName(self.tr("Ansvarlig koordinator (signerer planen)"))
        self.responsible.activated.connect(self.edited)
        grid.addWidget(QLabel(self.tr("Ansvarlig koordinator:"), self), len(FIELDS) + 1, 0)
        grid.addWidget(self.responsible, len(FIELDS) + 1, 1, 1, 2)
        # the hospital coordinator's name completes from the program's users: the one picked
        # is kept as a username, which the list's filter Mine matches
        self.completer, self.users = user_completer(self)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.fields[HOSPITAL]["name"].setCompleter(self.completer)

    def set_users(self, users: list[UserChoice]) -> None:
        """The users of the program, offered as one types the hospital coordinator's name."""
        fill_user_model(self.users, users)

    def _picked(self, index: QModelIndex) -> None:
        self.fields[HOSPITAL]["name"].setText(str(index.data(NAME_ROLE) or ""))
        self.edited.emit()
        username = index.data(USERNAME_ROLE)
        if username:
            self.user_picked.emit(str(username))

    def set_coordinators(self, hospital: Coordinator, municipal: Coordinator,
                         responsible: str = RESPONSIBLE_DEFAULT) -> None:
        self.responsible.setCurrentIndex(max(0, self.responsible.findData(responsible)))
        for side, person in ((HOSPITAL, hospital), (MUNICIPAL, municipal)):
            for name, edit in self.fields[side].items():
                edit.setText(getattr(person, name))

    def coordinator(self, side: int) -> Coordinator:
        return Coordinator(**{name: edit.text().strip()
                              for name, edit in self.fields[side].items()})

    def responsible_key(self) -> str:
        """Plan.responsible: who signs as ansvarlig koordinator."""
        return str(self.responsible.currentData() or RESPONSIBLE_DEFAULT)
