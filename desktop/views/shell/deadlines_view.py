"""Frister: all open deadlines of the patients the user may see, grouped Forfalt / Denne uka /
Neste uke / Senere, sortable, narrowed by kind and department; a double-click opens the patient
on the page of the deadline with its field in focus; Fristliste saves the same list as a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate
from desktop.models.deadlines_model import GROUPS, DeadlineRole, DeadlinesModel
from desktop.records import ValidationError
from desktop.records_deadlines import KIND_LABELS, Deadline
from desktop.store.deadline_list import DeadlineQuery
from desktop.store.session import Session


class DeadlinesView(QWidget):
    """Its own window; emits ``open_requested(Deadline)`` on a double-click (or Enter)."""

    open_requested = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._today = today
        self.setWindowTitle(self.tr("Frister"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Type frist"))
        self.kind.addItem(self.tr("Alle typer"), None)
        for key, label in KIND_LABELS.items():
            self.kind.addItem(translate("deadlines", label), key)
        self.department = QComboBox(self)
        self.department.setAccessibleName(self.tr("Avdeling"))
        self.department.addItem(self.tr("Alle avdelinger"), None)
        for name in DeadlineQuery(session).departments_seen():
            self.department.addItem(name, name)
        self.print_button = QPushButton(self.tr("Fristliste (PDF) …"), self)
        self.print_button.setToolTip(self.tr("Lagre listen slik den vises som PDF til "
                                             "avdelingsmøtet"))
        self.model = DeadlinesModel(self._query(), self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Frister"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.header().setSortIndicator(DeadlinesModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        m = DeadlinesModel
        for column, width in {m.COL_DUE: 130, m.COL_PATIENT: 160, m.COL_BORN: 86,
                              m.COL_KIND: 190, m.COL_TEXT: 300, m.COL_RESPONSIBLE: 160}.items():
            self.tree.setColumnWidth(column, width)
        self.hint = QLabel(self.tr("Dobbeltklikk en frist for å åpne pasienten der fristen "
                                   "står."), self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Type:"), self))
        row.addWidget(self.kind)
        row.addWidget(QLabel(self.tr("Avdeling:"), self))
        row.addWidget(self.department)
        row.addStretch(1)
        row.addWidget(self.print_button)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.tree, 1)
        column.addWidget(self.hint)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.department.currentIndexChanged.connect(self.refresh)
        self.model.modelReset.connect(self._expand)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.activated.connect(self._activated)
        self.print_button.clicked.connect(self.save_pdf)
        self.resize(1100, 600)
        self._expand()

    def _query(self) -> DeadlineQuery:
        kind, department = self.kind.currentData(), self.department.currentData()
        return DeadlineQuery(self.session, self._today(),
                             kinds=None if kind is None else [kind],
                             departments=None if department is None else [department])

    def refresh(self, *_args: object) -> None:
        """Read again (a form was saved, a filter changed, a new day)."""
        self.model.set_query(self._query())

    def _expand(self) -> None:
        for group in range(GROUPS):
            self.tree.setExpanded(self.model.group_index(group), True)

    def _activated(self, index: QModelIndex) -> None:
        deadline = index.siblingAtColumn(0).data(DeadlineRole)
        if isinstance(deadline, Deadline):
            self.open_requested.emit(deadline)

    def _heading(self) -> str:
        parts = [self.department.currentText(), self.kind.currentText()]
        return " – ".join(parts)

    def save_pdf(self) -> Path | None:
        from desktop.reports.deadline_list import save_deadline_list
        from desktop.views.paper import print_dialog  # with Qt's PDF and printing modules

        name = f"fristliste-{self._today():%Y-%m-%d}.pdf"
        path = print_dialog.choose_save_path(self, self.tr("Lagre fristliste"), name)
        if not path:
            return None
        try:
            return save_deadline_list(self._query(), path, self._heading())
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Ikke lagret"), str(error))
            return None
