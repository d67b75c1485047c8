"""One editable table model over a list of row records (plan rows, existing decisions),
described by column specs: text columns keep what was typed, date columns take partial dates."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.records import ValidationError, format_partial_date, parse_partial_date

ModelIndex = QModelIndex | QPersistentModelIndex

# True for a column that holds a partial date (the delegate gives it a one-line editor).
DateColumnRole = Qt.ItemDataRole.UserRole + 1

_CELL_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True)
class Column:
    field: str  # attribute of the row record
    header: str  # Bokmål source text, translated in the model's context
    is_date: bool = False


class RecordRowsModel(QAbstractTableModel):
    """Subclasses set ``record_type`` and ``columns``; headers translate in the subclass's
    context (its class name), so pyside6-lupdate finds them through QT_TRANSLATE_NOOP."""

    record_type: ClassVar[type] = object
    columns: ClassVar[tuple[Column, ...]] = ()

    # A refused edit: one Bokmål sentence naming the row and the column.
    input_refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # ------------------------------------------------------------ records in and out

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = [copy.deepcopy(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[Any]:
        return [copy.deepcopy(r) for r in self._rows]

    def _header(self, column: int) -> str:
        return QCoreApplication.translate(type(self).__name__, self.columns[column].header)

    # ------------------------------------------------------------ read

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self._rows[index.row()], column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_partial_date(value) if column.is_date else value
        if role == Qt.ItemDataRole.ToolTipRole:
            text = format_partial_date(value) if column.is_date else value
            return f"{self._header(index.column())}:\n{text}" if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CELL_ALIGNMENT
        if role == DateColumnRole:
            return column.is_date
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header(section) if 0 <= section < len(self.columns) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    # ------------------------------------------------------------ write

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        text = "" if value is None else str(value).strip()
        if column.is_date:
            try:
                text = parse_partial_date(text)
            except ValidationError as error:
                self.input_refused.emit(QCoreApplication.translate(  # subclasses share it
                    "RecordRowsModel", "Rad {row}, «{column}»: {message}").format(
                    row=index.row() + 1, column=self._header(index.column()),
                    message=str(error)))
                return False
        record = self._rows[index.row()]
        if getattr(record, column.field) == text:
            return True
        self._rows[index.row()] = dataclasses.replace(record, **{column.field: text})
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole,
                                             Qt.ItemDataRole.ToolTipRole])
        return True

    def insertRows(self, row: int, count: int,
                   parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        self._rows[row:row] = [self.record_type() for _ in range(count)]
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int,
                   parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True

    def moveRows(self, source_parent: ModelIndex, source_row: int, count: int,
                 destination_parent: ModelIndex, destination_child: int) -> bool:
        """Move ``count`` rows to before ``destination_child`` (Qt's convention)."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._rows):
            return False
        if not 0 <= destination_child <= len(self._rows):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # a move onto itself
        if not self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1,
                                  QModelIndex(), destination_child):
            return False
        moving = self._rows[source_row:source_row + count]
        del self._rows[source_row:source_row + count]
        at = destination_child - count if destination_child > source_row else destination_child
        self._rows[at:at] = moving
        self.endMoveRows()
        return True

    def move_row(self, row: int, delta: int) -> bool:
        """Move one row up (delta -1) or down (delta +1)."""
        target = row + delta
        if not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows):
            return False
        destination = target if delta < 0 else target + 1
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)
