"""One indicator of a report as a table: the report categories, Totalt and any unmapped
department as rows, the tertials (and "uten tertial") as columns. Read-only; counts come from
``reports.indicators.count`` and small ones show as "<5" while suppressing."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.reports.indicators import CATEGORIES, TOTAL, Report, Table, column_label, shown

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # the exact count (int), whatever is shown


class IndicatorTableModel(QAbstractTableModel):
    def __init__(self, report: Report, indicator: str, suppress: bool = True,
                 parent=None, table: Table | None = None) -> None:
        """``table``: one of the indicator's parts (I8's hospital or municipal column)."""
        super().__init__(parent)
        self._report, self._suppress = report, suppress
        self._table = report.tables[indicator] if table is None else table
        self._rows = self._row_keys()
        self._columns = report.columns  # worked out once: each cell's role asks for them

    def _row_keys(self) -> list[tuple[str, bool]]:
        """(name, mapped) per row: the categories, Totalt, then the unmapped departments."""
        table = self._table
        unmapped = sorted({d for (d, _t) in table.unmapped})
        return [*((c, True) for c in (*CATEGORIES, TOTAL)), *((d, False) for d in unmapped)]

    def set_suppress(self, suppress: bool) -> None:
        self._suppress = suppress
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802, E501
        return 0 if parent.isValid() else len(self._columns)

    def count_at(self, row: int, column: int) -> int:
        table = self._table
        name, mapped = self._rows[row]
        tertial = self._columns[column]
        return table.count(name, tertial) if mapped else table.unmapped.get((name, tertial), 0)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return shown(self.count_at(index.row(), index.column()), self._suppress)
        if role == COUNT_ROLE:
            return self.count_at(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._rows[index.row()][0] == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return column_label(self._report.columns[section])
            return None
        if 0 <= section < len(self._rows):
            name, mapped = self._rows[section]
            if mapped:
                return name
            return QCoreApplication.translate("IndicatorTableModel",
                                              "Uten kategori: {department}").format(
                department=name)
        return None
