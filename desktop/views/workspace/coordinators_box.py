"""The plan's "Ansvarlig for samordning og fremdrift": the hospital's temporary coordinator and
the municipality's coordinator side by side, one row per detail, as on the paper form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desktop.records import Coordinator

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


class CoordinatorsBox(QGroupBox):
    """``edited`` fires when the user types in any of the ten fields."""

    edited = Signal()

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
        # the hospital coordinator's name completes from the program's users (the list's
        # filter Mine matches the logged-in user's name)
        self.user_names = QStringListModel(self)
        completer = QCompleter(self.user_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda _text: self.edited.emit())
        self.fields[HOSPITAL]["name"].setCompleter(completer)

    def set_user_names(self, names: list[str]) -> None:
        """The users of the program, offered as one types the hospital coordinator's name."""
        self.user_names.setStringList(names)

    def set_coordinators(self, hospital: Coordinator, municipal: Coordinator) -> None:
        for side, person in ((HOSPITAL, hospital), (MUNICIPAL, municipal)):
            for name, edit in self.fields[side].items():
                edit.setText(getattr(person, name))

    def coordinator(self, side: int) -> Coordinator:
        return Coordinator(**{name: edit.text().strip()
                              for name, edit in self.fields[side].items()})
