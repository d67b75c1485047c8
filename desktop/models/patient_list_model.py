"""The patient list: a lazy, read-only table over the pages of a store PatientQuery, with the
search and the quick filters (store/list_filters.py) it asks the query for.

A page or a count that outgrows its budget on the window's thread (store/budget.py: the
rare search at a million patients) is read again in the background (models/background.py):
meanwhile the list is empty and ``pending()`` is true, and the rows (or ``countKnown``) come
when the read is done, unless the search changed in between."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop import palette
from desktop.i18n import translate as i18n_translate
from desktop.models import background
from desktop.models.headers import horizontal_header
from desktop.records import (
    CONSENT_EXPIRED,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
    PLAN_SIGNED,
    PatientSummary,
    consent_state_label,
    format_partial_date,
    partial_date_last_day,
)
from desktop.records_deadlines import kind_label
from desktop.records_process import IP_STATES, STATES_WITHOUT_ALARMS
from desktop.store.list_filters import NO_FILTER, ListFilter
from desktop.store.patient_query import PatientQuery

ModelIndex = QModelIndex | QPersistentModelIndex

PatientIdRole = Qt.ItemDataRole.UserRole + 1  # int: the patient's id, in every column
AlertRole = Qt.ItemDataRole.UserRole + 2  # bool: the cell shows something needing attention

PAGE_SIZE = 200
COUNT_CAP = 1000  # a search's matches are counted up to this many ("1000+ treff" beyond)

ALERT_COLOUR = QColor(palette.ERROR_TEXT)
WARNING_COLOUR = QColor(palette.ORANGE_TEXT)
SOON_DAYS = 14  # "Innen 14 dager": amber in the Neste frist column


def _tr(text: str) -> str:
    return QCoreApplication.translate("PatientListModel", text)


# pyside6-lupdate reads translate("Context", "text") calls with both strings literal
translate = QCoreApplication.translate


class PatientListModel(QAbstractTableModel):
    """Rows come a page at a time from ``query``; nothing in ``data()`` touches the database
    but the Neste frist tooltip, which reads the hovered patient's deadlines once."""

    countKnown = Signal()  # a count read in the background is in (see total_soon)

    COL_NAME = 0
    COL_BORN = 1
    COL_ID_NUMBER = 2
    COL_DEPARTMENT = 3
    COL_CONSENT = 4
    COL_PERIOD = 5
    COL_EVALUATION = 6
    COL_PLAN = 7
    COL_STATE = 8  # the state of the IP work (issue 10)
    COL_DEADLINE = 9

    HEADERS = (QT_TRANSLATE_NOOP("PatientListModel", "Navn"),
               QT_TRANSLATE_NOOP("PatientListModel", "Født"),
               QT_TRANSLATE_NOOP("PatientListModel", "Fødselsnummer"),
               QT_TRANSLATE_NOOP("PatientListModel", "Avdeling"),
               QT_TRANSLATE_NOOP("PatientListModel", "Samtykke"),
               QT_TRANSLATE_NOOP("PatientListModel", "Planperiode"),
               QT_TRANSLATE_NOOP("PatientListModel", "Neste evaluering"),
               QT_TRANSLATE_NOOP("PatientListModel", "Plan"),
               QT_TRANSLATE_NOOP("PatientListModel", "Tilstand"),
               QT_TRANSLATE_NOOP("PatientListModel", "Neste frist"))

    # column -> sort key of store.search_patients (columns missing here do not sort)
    SORT_KEYS = {
        COL_NAME: "name",
        COL_BORN: "birth_date",
        COL_DEPARTMENT: "department",
        COL_CONSENT: "consent",
        COL_PERIOD: "plan_from",
        COL_EVALUATION: "evaluation_date",
        COL_PLAN: "plan_status",
        COL_STATE: "ip_state",  # the indexed stored key, sort_name within a state
        COL_DEADLINE: "next_deadline",
    }

    def __init__(self, query: PatientQuery, parent=None, page_size: int = PAGE_SIZE,
                 today: dt.date | None = None, count_cap: int = COUNT_CAP,
                 read_budget: float | None = None) -> None:
        super().__init__(parent)
        self._query = query
        self._budget = read_budget  # None: the window's (budget.FRAME)
        self._generation = 0  # of the rows: a new search, filter or order makes a new one
        self._reading: background.BackgroundRead | None = None  # a page read elsewhere
        self._counting: background.BackgroundRead | None = None
        self._first_pending = False
        self._page_size = page_size
        self._count_cap = count_cap
        self._today = today
        self._rows: list[PatientSummary] = []
        self._search = ""
        self._filter = NO_FILTER
        self._tips: dict[int, str] = {}
        self._order = "name"
        self._descending = False
        self._exhausted = False
        self._total: int | None = None
        self._fetching = False
        self._load_first_page()

    # ------------------------------------------------------------ queries and paging

    def _load_first_page(self) -> None:
        self.cancel_reads()
        self._generation += 1
        now, answer = background.soon(self._query.db, self._reader(0), self._first_page_read,
                                      self._budget)
        if now:
            self._set_first_page(answer[2])
            return
        self._rows, self._exhausted, self._total = [], True, None
        self._first_pending, self._reading = True, answer

    def _set_first_page(self, rows: list[PatientSummary]) -> None:
        self._first_pending = False
        self._rows = rows
        self._exhausted = len(self._rows) < self._page_size
        self._total = len(self._rows) if self._exhausted else None

    def _reader(self, offset: int):
        """The read of the page at ``offset`` as asked now, for a background connection."""
        query, generation = self._query, self._generation
        text, order, descending = self._search, self._order, self._descending
        quick, limit = self._filter, self._page_size

        def read(db):
            return generation, offset, query.on(db).search(
                text, order=order, descending=descending, offset=offset, limit=limit,
                quick=quick)
        return read

    def _first_page_read(self, answer: tuple[int, int, list[PatientSummary]]) -> None:
        generation, _offset, rows = answer
        if generation != self._generation:
            return
        self._reading = None
        self.beginResetModel()
        self._set_first_page(rows)
        self.endResetModel()

    def _more_read(self, answer: tuple[int, int, list[PatientSummary]]) -> None:
        generation, offset, page = answer
        if generation != self._generation or offset != len(self._rows):
            return
        self._reading = None
        self._append_page(offset, page)

    def pending(self) -> bool:
        """Whether the search's first page is still being read in the background."""
        return self._first_pending

    def cancel_reads(self) -> None:
        """Drop the background reads of this list (a new search, or the window closes)."""
        for worker in (self._reading, self._counting):
            if worker is not None:
                worker.cancel()
        self._reading = self._counting = None

    def reload(self) -> None:
        """Read the first page again (after a patient was added or changed)."""
        self.beginResetModel()
        self._tips.clear()
        self._load_first_page()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        text = " ".join(text.split())
        if text == self._search:
            return
        self._search = text
        self.reload()

    def search_text(self) -> str:
        return self._search

    def set_filter(self, quick: ListFilter) -> None:
        """Show only the patients passing the quick filters (combined with the search)."""
        if quick == self._filter:
            return
        self._filter = quick
        self.reload()

    def list_filter(self) -> ListFilter:
        return self._filter

    def _narrowed(self) -> bool:
        return bool(self._search) or bool(self._filter)

    def total(self) -> int:
        """How many patients match the search (counted once per search, on demand). A search
        is counted only up to one more than the cap (see ``beyond_cap``); the whole list is
        counted in full."""
        if self._total is None:
            self._total = self._counter()(self._query.db)[1]
        return self._total

    def _counter(self):
        """The count of the matches as asked now (to the cap plus one for a search), for this
        connection or a background one."""
        query, generation = self._query, self._generation
        text, quick = self._search, self._filter
        cap = self._count_cap + 1 if self._narrowed() else None

        def read(db):
            return generation, query.on(db).count(text, cap=cap, quick=quick)
        return read

    def total_soon(self) -> int | None:
        """``total()`` when it is counted within the window's budget; else None, and the count
        goes on in the background (``countKnown`` fires when ``total()`` has it)."""
        if self._total is not None:
            return self._total
        if self._counting is not None:
            return None
        now, answer = background.soon(self._query.db, self._counter(), self._count_read,
                                      self._budget)
        if now:
            self._total = answer[1]
            return self._total
        self._counting = answer
        return None

    def _count_read(self, answer: tuple[int, int]) -> None:
        generation, total = answer
        if generation != self._generation:
            return
        self._counting = None
        self._total = total
        self.countKnown.emit()

    def beyond_cap(self) -> bool:
        """Whether the search matches more patients than the count went to (``total`` is then
        the cap plus one, not the real number)."""
        return self._narrowed() and not self._exhausted and self.total() > self._count_cap

    def count_cap(self) -> int:
        return self._count_cap

    def known_total(self) -> int | None:
        """The number of matches when known without counting, else None."""
        return self._total

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetching or self._reading is not None:
            return
        self._fetching = True  # views and testers may ask again while rows are inserted
        try:
            first = len(self._rows)
            now, answer = background.soon(self._query.db, self._reader(first), self._more_read,
                                          self._budget)
            if now:
                self._append_page(first, answer[2])
            else:
                self._reading = answer
        finally:
            self._fetching = False

    def _append_page(self, first: int, page: list[PatientSummary]) -> None:
        if len(page) < self._page_size:
            self._exhausted = True
            self._total = first + len(page)
        if not page:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order, self._descending):
            return
        self._order, self._descending = key, descending
        self.reload()

    # ------------------------------------------------------------ rows by patient

    def row_of(self, patient_id: int) -> int:
        """The row of a loaded patient, or -1."""
        for row, summary in enumerate(self._rows):
            if summary.id == patient_id:
                return row
        return -1

    def summary(self, row: int) -> PatientSummary:
        return self._rows[row]

    def refresh_patient(self, patient_id: int) -> None:
        """Re-read one loaded patient's line after its forms were saved."""
        row = self.row_of(patient_id)
        if row < 0:
            return
        summary = self._query.summary(patient_id)
        if summary is None:
            return
        self._rows[row] = summary
        self._tips.pop(patient_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ------------------------------------------------------------ Qt model interface

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return horizontal_header("PatientListModel", self.HEADERS, section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == PatientIdRole:
            return summary.id
        if role == AlertRole:
            return self._alert(summary, column) is not None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_DEADLINE and summary.next_deadline:
                return self._deadline_brush(summary.next_deadline)
            return QBrush(ALERT_COLOUR) if self._alert(summary, column) else None
        if role == Qt.ItemDataRole.FontRole:
            if self._alert(summary, column):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DEADLINE and summary.next_deadline:
                return self._deadlines_tip(summary.id)
            return self._alert(summary, column)
        return None

    def _deadlines_tip(self, patient_id: int) -> str | None:
        """Every open deadline of the patient, one a line (read once, on hover)."""
        if patient_id not in self._tips:
            found = self._query.deadlines(patient_id, self._today_date())
            late = " " + translate("PatientListModel", "(forfalt)")
            lines = [f"{format_partial_date(d.due.isoformat())}  {d.text}"
                     + (late if d.overdue(self._today_date()) else "") for d in found]
            self._tips[patient_id] = "\n".join(lines)
        return self._tips[patient_id] or None

    # ------------------------------------------------------------ cell texts

    def _today_date(self) -> dt.date:
        return self._today or dt.date.today()

    def _display(self, summary: PatientSummary, column: int) -> str:
        if column == self.COL_NAME:
            return summary.name
        if column == self.COL_BORN:
            return format_partial_date(summary.birth_date)
        if column == self.COL_ID_NUMBER:
            number = summary.id_number
            return f"{number[:6]} {number[6:]}" if len(number) == 11 else number
        if column == self.COL_DEPARTMENT:
            return summary.department
        if column == self.COL_CONSENT:
            return consent_state_label(summary.current_consent_state(self._today_date()))
        if column == self.COL_PERIOD:
            return period_text(summary.plan_from, summary.plan_to)
        if column == self.COL_EVALUATION:
            return format_partial_date(summary.evaluation_date)
        if column == self.COL_PLAN:
            return plan_status_text(summary.plan_status, summary.plan_version)
        if column == self.COL_STATE:
            label = IP_STATES.get(summary.ip_state)
            return i18n_translate("process", label) if label else summary.ip_state
        if column == self.COL_DEADLINE and summary.next_deadline:
            return (f"{format_partial_date(summary.next_deadline)}  "
                    f"{kind_label(summary.next_deadline_kind)}")
        return ""

    def _deadline_brush(self, due: str) -> QBrush | None:
        """Red when overdue, amber within 14 days (the palette's tones)."""
        days = (dt.date.fromisoformat(due) - self._today_date()).days
        if days < 0:
            return QBrush(ALERT_COLOUR)
        return QBrush(WARNING_COLOUR) if days <= SOON_DAYS else None

    def _alert(self, summary: PatientSummary, column: int) -> str | None:
        """A tooltip explaining why the cell is highlighted, or None."""
        if column == self.COL_CONSENT:
            state = summary.current_consent_state(self._today_date())
            if state == CONSENT_WITHDRAWN:
                return translate("PatientListModel", "Samtykket er trukket tilbake. Planen kan "
                                 "ikke brukes videre uten nytt samtykke.")
            if state == CONSENT_EXPIRED:
                return translate("PatientListModel", "Samtykket gjaldt til {date}. Innhent nytt "
                                 "samtykke.").format(date=format_partial_date(summary.consent_to))
            if state == CONSENT_REFUSED:
                return translate("PatientListModel", "Pasienten ønsker ikke individuell plan nå, "
                                 "men kan be om det senere.")
        if column == self.COL_DEADLINE and summary.next_deadline:
            due = dt.date.fromisoformat(summary.next_deadline)
            if due < self._today_date():
                return translate("PatientListModel", "Fristen gikk ut {date}: {what}.").format(
                    date=format_partial_date(summary.next_deadline),
                    what=kind_label(summary.next_deadline_kind))
        if (column == self.COL_EVALUATION and summary.evaluation_date
                and summary.ip_state not in STATES_WITHOUT_ALARMS):  # the plan is not ours now
            last = partial_date_last_day(summary.evaluation_date)
            if last and last < self._today_date():
                return translate("PatientListModel", "Evalueringen skulle vært gjort innen "
                                 "{date}.").format(date=format_partial_date(summary.evaluation_date))
        return None


def period_text(start: str, end: str) -> str:
    """"01.02.2026 – 01.02.2027", or "01.02.2026 – til etter evaluering" when open."""
    if not start and not end:
        return ""
    to = format_partial_date(end) if end else translate("PatientListModel", "til etter evaluering")
    return f"{format_partial_date(start)} – {to}"


def plan_status_text(status: str, version: int) -> str:
    """"Utkast v2" or "Signert v1"; "" when there is no plan yet."""
    if not status:
        return ""
    if status == PLAN_SIGNED:
        return translate("PatientListModel", "Signert v{number}").format(number=version)
    return translate("PatientListModel", "Utkast v{number}").format(number=version)
