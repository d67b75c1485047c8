"""The KE directory (the municipalities' koordinerende enheter) as a read-only Qt table, fed
with KEUnit records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.records_process import KEUnit

ModelIndex = QModelIndex | QPersistentModelIndex

# (KEUnit field, column heading) in the CSV file's order
COLUMNS = (
    ("kommunenummer", QT_TRANSLATE_NOOP("KEUnitsModel", "Kommunenr.")),
    ("municipality", QT_TRANSLATE_NOOP("KEUnitsModel", "Kommune")),
    ("unit_name", QT_TRANSLATE_NOOP("KEUnitsModel", "Enhet")),
    ("phone", QT_TRANSLATE_NOOP("KEUnitsModel", "Telefon")),
    ("email", QT_TRANSLATE_NOOP("KEUnitsModel", "E-post")),
    ("address", QT_TRANSLATE_NOOP("KEUnitsModel", "Postadresse")),
    ("her_id", QT_TRANSLATE_NOOP("KEUnitsModel", "HER-id")),
)


class KEUnitsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._units: list[KEUnit] = []

    def set_units(self, units: list[KEUnit]) -> None:
        self.beginResetModel()
        self._units = list(units)
        self.endResetModel()

    def unit(self, row: int) -> KEUnit | None:
        return self._units[row] if 0 <= row < len(self._units) else None

    def row_of(self, unit_id: int | None) -> int:
        return next((row for row, unit in enumerate(self._units) if unit.id == unit_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("KEUnitsModel", COLUMNS[section][1])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        unit = self.unit(index.row()) if index.isValid() else None
        if unit is None or role not in (Qt.ItemDataRole.DisplayRole,
                                        Qt.ItemDataRole.ToolTipRole):
            return None
        return getattr(unit, COLUMNS[index.column()][0])
