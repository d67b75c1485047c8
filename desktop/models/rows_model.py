"""One editable table model over a list of row records (plan rows, existing decisions),
described by column specs: text columns keep what was typed, date columns take partial dates
and keep the text as typed when it is not one (records_dates), marked in the error colour with
a tooltip saying what the cell expects; a period whose end is before its start is marked too."""

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
from PySide6.QtGui import QColor

from desktop import palette
from desktop.records import period_error
from desktop.records_dates import date_hint, date_problem, date_text, with_typed_dates

ModelIndex = QModelIndex | QPersistentModelIndex

# True for a column that holds a partial date (the delegate gives it a one-line editor).
DateColumnRole = Qt.ItemDataRole.UserRole + 1

_CELL_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True)
class Column:
    field: str  # attribute of the row record
    header: str  # Bokmål source text, translated in the model's context
    is_date: bool = False
    period_start: str = ""  # for the end of a period: the field holding its start


class RecordRowsModel(QAbstractTableModel):
    """Subclasses set ``record_type`` and ``columns``; headers translate in the subclass's
    context (its class name), so pyside6-lupdate finds them through QT_TRANSLATE_NOOP."""

    record_type: ClassVar[type] = object
    columns: ClassVar[tuple[Column, ...]] = ()

    # A date cell's text is not a date (kept and marked): one Bokmål sentence naming the row
    # and the column.
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
        record = self._rows[index.row()]
        text = date_text(record, column.field) if column.is_date else getattr(record,
                                                                              column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = self._date_hint(record, column) if column.is_date else ""
            shown = "\n".join(part for part in (text, hint) if part)
            return f"{self._header(index.column())}:\n{shown}" if shown else None
        if role == Qt.ItemDataRole.BackgroundRole and column.is_date:
            return QColor(palette.RED_BACKGROUND) if self._flagged(record, column) else None
        if role == Qt.ItemDataRole.ForegroundRole and column.is_date:
            return QColor(palette.ERROR_TEXT) if self._flagged(record, column) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CELL_ALIGNMENT
        if role == DateColumnRole:
            return column.is_date
        return None

    @staticmethod
    def _period_error(record: Any, column: Column) -> str:
        if not column.period_start:
            return ""
        return period_error(getattr(record, column.period_start), getattr(record, column.field))

    def _flagged(self, record: Any, column: Column) -> bool:
        return bool(date_problem(record, column.field) or self._period_error(record, column))

    def _date_hint(self, record: Any, column: Column) -> str:
        """Why a date cell is marked and what it expects, or how a kept text is read."""
        hint = date_hint(record, column.field)
        if date_problem(record, column.field):
            return hint
        return "\n".join(part for part in (hint, self._period_error(record, column)) if part)

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
        record = self._rows[index.row()]
        if column.is_date:
            changed = with_typed_dates(record, **{column.field: text})
        else:
            changed = dataclasses.replace(record, **{column.field: text})
        if changed != record:
            self._rows[index.row()] = changed
            last = self.index(index.row(), len(self.columns) - 1)  # a period's end is marked
            self.dataChanged.emit(self.index(index.row(), 0), last,
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                   Qt.ItemDataRole.ToolTipRole])
        problem = date_problem(changed, column.field) if column.is_date else ""
        if problem:  # kept as typed and marked in the cell; said once, in one sentence
            self.input_refused.emit(QCoreApplication.translate(  # subclasses share it
                "RecordRowsModel", "Rad {row}, «{column}»: {message}").format(
                row=index.row() + 1, column=self._header(index.column()), message=problem))
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
