"""The Indikatorer window's tables: one box per indicator (its title, its table, I8's two part
tables, its definition), built and shown one per turn of the event loop so the window's thread
is never held long when a count's figures arrive (issue 17 item 3: the ten boxes took 45-90 ms
in one turn). Hiding or showing small counts only tells the tables' models; nothing is rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.indicator_table_model import IndicatorTableModel
from desktop.reports import indicators as ind


class IndicatorTables(QWidget):
    """``show_report`` lays the tables out; ``built`` is emitted when the last one is in place
    (at once for ``at_once``), and ``tables`` then holds every view by its key (I8's parts as
    "I8:label"), in reading order. (Built on a hidden page shown when whole, the page's
    showing and layout alone held the thread 80 ms: each box is shown in its own turn.)"""

    built = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables: dict[str, QTableView] = {}
        self._suppress = True
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 8, 0)
        self._steps: Iterator[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_turn)

    @property
    def building(self) -> bool:
        return self._steps is not None

    def show_report(self, report: ind.Report | None, suppress: bool,
                    at_once: bool = False) -> None:
        """Replace the tables with ``report``'s (none for None); an earlier build still going
        is dropped."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        self.tables, self._suppress = {}, suppress
        self.setUpdatesEnabled(False)  # painted once, when the last box is in
        self._steps = self._boxes(report)
        if at_once:
            self._timer.stop()
            while self._steps is not None:
                self._next_turn()
        else:
            self._timer.start()

    def set_suppress(self, suppress: bool) -> None:
        self._suppress = suppress  # for the boxes still to be built, too
        for view in self.tables.values():
            view.model().set_suppress(suppress)

    def _next_turn(self) -> None:
        if self._steps is None:
            return
        if next(self._steps, StopIteration) is StopIteration:
            self._steps = None
            self.setUpdatesEnabled(True)
            self.built.emit()
        else:
            self._timer.start()

    def _boxes(self, report: ind.Report | None) -> Iterator[None]:
        for key in report.tables if report is not None else ():
            self._layout.addWidget(self._indicator_box(report, key))
            yield
        unmapped = report.unmapped_departments() if report is not None else []
        if unmapped:
            note = QLabel(self.tr(
                "Avdelinger uten rapportkategori (telt for seg, ikke i Totalt): {names}. En "
                "administrator knytter dem til en kategori i Innstillinger.").format(
                names=", ".join(unmapped)), self)
            note.setWordWrap(True)
            self._layout.addWidget(note)
        self._layout.addStretch(1)

    def _indicator_box(self, report: ind.Report, key: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        name = f"{key} {ind.translate('indicators', ind.INDICATORS[key])}"
        layout.addWidget(QLabel(f"<b>{name}</b>", box))
        model = IndicatorTableModel(report, key, self._suppress)
        layout.addWidget(self._table_view(box, model, key, name))
        parts = report.parts_of(key)
        if parts:
            row = QHBoxLayout()
            for label, table in parts:
                column = QVBoxLayout()
                column.addWidget(QLabel(self.tr("Av dem: {what}").format(what=label), box))
                column.addWidget(self._table_view(
                    box, IndicatorTableModel(report, key, self._suppress, table=table),
                    f"{key}:{label}", f"{key} {label}"))
                row.addLayout(column)
            layout.addLayout(row)
        definition = QLabel(ind.translate("indicators", ind.DEFINITIONS[key]), box)
        definition.setWordWrap(True)
        definition.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(definition)
        return box

    def _table_view(self, parent: QWidget, model: IndicatorTableModel, key: str,
                    name: str) -> QTableView:
        """A read-only table as tall as its rows (the page scrolls, not each table)."""
        view = QTableView(parent)
        model.setParent(view)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.resizeRowsToContents()
        height = (view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                  + sum(view.rowHeight(r) for r in range(model.rowCount())))
        view.setFixedHeight(height)
        self.tables[key] = view
        return view
