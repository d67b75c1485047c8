"""The plan's history: every version with its period, status and signatures; any version can
be viewed and printed again (a signed one prints exactly as the first time)."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import store
from desktop.models.plan_versions_model import VERSION_NUMBER_ROLE, PlanVersionsModel
from desktop.store.session import Session, as_session
from desktop.views.paper.print_dialog import PrintDialog


class HistoryDialog(QDialog):
    def __init__(self, session: Session | sqlite_utils.Database, patient_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        db = self.db = self.session.db
        self.patient_id = patient_id
        self.print_dialog: PrintDialog | None = None
        patient = store.get_patient(db, patient_id)
        self.setWindowTitle(self.tr("Planens historikk – {name}").format(
            name=patient.name if patient else ""))
        self.resize(900, 420)

        self.model = PlanVersionsModel(store.plan_versions(db, patient_id), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Planversjoner"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlanVersionsModel.COL_SIGNED_BY,
                                    QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_version)

        count = self.model.rowCount()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr("Planen har ingen versjoner ennå.") if count == 0 else
            self.tr("En signert versjon er låst og skrives ut likt hver gang. Endringer etter "
                    "signering lagres som en ny versjon."))

        self.view_button = QPushButton(self.tr("Vis / skriv ut…"), self)
        self.view_button.clicked.connect(self.open_version)
        close = QPushButton(self.tr("Lukk"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        if count:
            self.table.selectRow(count - 1)  # the newest version
        self._update_buttons()

    def selected_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], VERSION_NUMBER_ROLE)

    def _update_buttons(self) -> None:
        self.view_button.setEnabled(self.selected_number() is not None)

    def open_version(self, index: QModelIndex | None = None) -> None:
        """Show the print dialog on the selected (or double-clicked) version."""
        if isinstance(index, QModelIndex) and index.isValid():
            number = self.model.data(index, VERSION_NUMBER_ROLE)
        else:
            number = self.selected_number()
        if number is None:
            return
        self.print_dialog = PrintDialog(self.session, self.patient_id, self, version_number=number)
        self.print_dialog.open()
