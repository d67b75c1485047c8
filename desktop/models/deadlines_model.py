"""The Frister view's model: the open deadlines grouped Forfalt / Denne uka / Neste uke /
Senere, four group rows whose children come a page at a time from a store DeadlineQuery.

The counts or a page that outgrow their budget on the window's thread (store/budget.py: a
whole department at a million patients) are read in the background (models/background.py):
meanwhile a group shows "(…)" for its count, and the answer is dropped if the view asked
something else in between."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop import palette
from desktop.models import background
from desktop.models.headers import horizontal_header
from desktop.records import format_partial_date
from desktop.records_deadlines import Deadline, kind_label
from desktop.store.deadline_list import (
    GROUP_NEXT_WEEK,
    GROUP_OVERDUE,
    GROUP_THIS_WEEK,
    DeadlineLine,
    DeadlineQuery,
    group_label,
)

ModelIndex = QModelIndex | QPersistentModelIndex
DeadlineRole = Qt.ItemDataRole.UserRole + 1  # the Deadline of a child row (None on a group)
PAGE_SIZE = 200
GROUPS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeadlinesModel", text)


class DeadlinesModel(QAbstractItemModel):
    """Nothing in ``data()`` touches the database; a group's rows load when it is expanded."""

    COL_DUE, COL_PATIENT, COL_BORN, COL_KIND, COL_TEXT, COL_RESPONSIBLE, COL_DEPARTMENT = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("DeadlinesModel", "Frist"),
               QT_TRANSLATE_NOOP("DeadlinesModel", "Pasient"),
               QT_TRANSLATE_NOOP("DeadlinesModel", "Født"),
               QT_TRANSLATE_NOOP("DeadlinesModel", "Hva"),
               QT_TRANSLATE_NOOP("DeadlinesModel", "Hva som skal gjøres"),
               QT_TRANSLATE_NOOP("DeadlinesModel", "Ansvarlig"),
               QT_TRANSLATE_NOOP("DeadlinesModel", "Avdeling"))
    SORT_KEYS = {COL_DUE: "due", COL_PATIENT: "name", COL_BORN: "born", COL_KIND: "kind",
                 COL_TEXT: "text", COL_RESPONSIBLE: "responsible", COL_DEPARTMENT: "department"}

    def __init__(self, query: DeadlineQuery, parent=None, page_size: int = PAGE_SIZE,
                 read_budget: float | None = None) -> None:
        super().__init__(parent)
        self._query = query
        self._page_size = page_size
        self._budget = read_budget  # None: the window's (budget.FRAME)
        self._generation = 0  # of the counts and rows: a new filter or order makes a new one
        # the reads in the background: "counts", or a group's next page by its number
        self._reads: dict[str | int, background.BackgroundRead | None] = {}
        self._order, self._descending = "due", False
        self._counts = [0] * GROUPS
        self._rows: list[list[DeadlineLine]] = [[] for _ in range(GROUPS)]
        self._load()

    # ------------------------------------------------------------ queries

    def _load(self) -> None:
        self.cancel_reads()
        self._generation += 1
        self._rows = [[] for _ in range(GROUPS)]
        query, generation = self._query, self._generation
        now, answer = background.soon(query.session.db,
                                      lambda db: (generation, query.on(db).counts()),
                                      self._counts_read, self._budget)
        if now:
            self._counts = answer[1]
        else:
            self._counts = [0] * GROUPS
            self._reads["counts"] = answer

    def _counts_read(self, answer: tuple[int, list[int]]) -> None:
        generation, counts = answer
        if generation != self._generation:
            return
        self._reads.pop("counts", None)
        self.beginResetModel()
        self._counts = counts
        self.endResetModel()

    def counting(self) -> bool:
        """Whether the groups are still being counted in the background."""
        return "counts" in self._reads

    def cancel_reads(self) -> None:
        """Drop the background reads of this view (a new filter, or the view closes)."""
        for worker in self._reads.values():
            if worker is not None:
                worker.cancel()
        self._reads.clear()

    def set_query(self, query: DeadlineQuery) -> None:
        """Another filter (kinds, departments) or today's date: read again."""
        self._query = query
        self.reload()

    def query(self) -> DeadlineQuery:
        return self._query

    def reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def counts(self) -> list[int]:
        return list(self._counts)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self._order, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def canFetchMore(self, parent: ModelIndex) -> bool:
        group = self._group_of(parent)
        return group is not None and len(self._rows[group]) < self._counts[group]

    def fetchMore(self, parent: ModelIndex) -> None:
        group = self._group_of(parent)
        if (group is None or len(self._rows[group]) >= self._counts[group]
                or group in self._reads):
            return
        first = len(self._rows[group])
        query, generation = self._query, self._generation
        order, descending, size = self._order, self._descending, self._page_size
        now, answer = background.soon(query.session.db, lambda db: (
            generation, group, first, query.on(db).page(group, order, descending, first, size)),
            self._page_read, self._budget)
        if now:
            self._add_page(group, first, answer[3])
        else:
            self._reads[group] = answer

    def _page_read(self, answer: tuple[int, int, int, list[DeadlineLine]]) -> None:
        generation, group, first, page = answer
        if generation != self._generation or len(self._rows[group]) != first:
            return
        self._reads.pop(group, None)
        self._add_page(group, first, page)

    def _add_page(self, group: int, first: int, page: list[DeadlineLine]) -> None:
        parent = self.group_index(group)
        page = page[:self._counts[group] - first]
        if not page:
            self._counts[group] = first  # fewer than counted (changed meanwhile)
            return
        self.beginInsertRows(parent, first, first + len(page) - 1)
        self._rows[group].extend(page)
        self.endInsertRows()

    def _group_of(self, parent: ModelIndex) -> int | None:
        """The group a top-level index stands for (None for the root and for children)."""
        if parent.isValid() and parent.internalId() == 0 and parent.column() == 0:
            return parent.row()
        return None

    # ------------------------------------------------------------ deadlines by row

    def line(self, index: ModelIndex) -> DeadlineLine | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        rows = self._rows[index.internalId() - 1]
        return rows[index.row()] if index.row() < len(rows) else None

    def group_index(self, group: int) -> QModelIndex:
        return self.index(group, 0)

    # ------------------------------------------------------------ Qt model interface

    def index(self, row: int, column: int,
              parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return GROUPS
        group = self._group_of(parent)
        return len(self._rows[group]) if group is not None else 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return True
        group = self._group_of(parent)
        return group is not None and self._counts[group] > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return horizontal_header("DeadlinesModel", self.HEADERS, section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if index.internalId() == 0 else flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index.row(), index.column(), role)
        line = self.line(index)
        if line is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, index.column())
        if role == DeadlineRole:
            return line.deadline
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_DUE:
            group = index.internalId() - 1
            if group == GROUP_OVERDUE:
                return QBrush(QColor(palette.ERROR_TEXT))
            if group in (GROUP_THIS_WEEK, GROUP_NEXT_WEEK):
                return QBrush(QColor(palette.ORANGE_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_TEXT:
            return line.deadline.text
        return None

    def _group_data(self, group: int, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = QCoreApplication.translate("DeadlinesModel", "{group} ({n})")
            return text.format(group=group_label(group),
                               n="…" if self.counting() else self._counts[group])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, line: DeadlineLine, column: int) -> str:
        deadline: Deadline = line.deadline
        texts = {self.COL_DUE: format_partial_date(deadline.due.isoformat()),
                 self.COL_PATIENT: line.name,
                 self.COL_BORN: format_partial_date(line.birth_date),
                 self.COL_KIND: kind_label(deadline.kind),
                 self.COL_TEXT: deadline.text,
                 self.COL_RESPONSIBLE: deadline.responsible,
                 self.COL_DEPARTMENT: line.department}
        return texts.get(column, "")
