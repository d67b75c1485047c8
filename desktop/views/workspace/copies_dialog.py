"""Kopiliste: who got which plan version, letter or minutes, when and how, and who gave it -
read from the kopiliste (store/distribution.py), newest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.records import format_partial_date
from desktop.records_people import WHAT_LETTER, WHAT_MINUTES, Copy, channel_label
from desktop.store import distribution
from desktop.store.session import Session


class CopiesDialog(QDialog):
    def __init__(self, session: Session, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kopiliste"))
        copies = list(reversed(distribution.list_copies(session.db, patient_id)))
        self.table = QTableWidget(len(copies), 5, self)
        self.table.setAccessibleName(self.tr("Kopiliste"))
        self.table.setHorizontalHeaderLabels([self.tr("Dato"), self.tr("Mottaker"),
                                              self.tr("Hva"), self.tr("Hvordan"),
                                              self.tr("Gitt av")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, copy in enumerate(copies):
            for column, text in enumerate((format_partial_date(copy.given_on), copy.recipient,
                                           self.what(copy), channel_label(copy.channel),
                                           copy.given_by)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        empty = QLabel(self.tr("Ingen har fått kopi ennå. Utskrifter som deles ut, overføringer "
                               "og brev føres her."), self)
        empty.setWordWrap(True)
        empty.setVisible(not copies)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def what(self, copy: Copy) -> str:
        if copy.what == WHAT_LETTER:
            return self.tr("Brev: {title}").format(title=copy.title)
        if copy.what == WHAT_MINUTES:
            return self.tr("Referat: {title}").format(title=copy.title)
        return self.tr("Planen, versjon {n}").format(n=copy.version_number)
