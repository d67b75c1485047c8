"""Innstillinger › Lokale lister (administrators): the hospital's measure names and life areas,
offered as completions while typing and never forced. Add, rename and remove entries, or
replace a list from a CSV file (one name a line, a first line "navn" is a header) and export it.
Each change is stored at once (store/local_lists.py); removing an entry changes no plan."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.files import write_atomically
from desktop.records import ValidationError
from desktop.store import local_lists
from desktop.store.accounts import AccountError, User
from desktop.store.session import Session
from desktop.views.common.file_dialogs import open_file_name, save_file_name
from desktop.views.common.style import HINT_STYLE, error_label


class LocalListsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Lokale lister"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Tiltak"), local_lists.LIST_MEASURES)
        self.kind.addItem(self.tr("Livsområder"), local_lists.LIST_LIFE_AREAS)
        self.kind.setAccessibleName(self.tr("Liste"))
        self.entries = QListWidget(self)
        self.entries.setAccessibleName(self.tr("Navn i listen"))
        self.add_button = QPushButton(self.tr("Legg til…"), self)
        self.rename_button = QPushButton(self.tr("Gi nytt navn…"), self)
        self.remove_button = QPushButton(self.tr("Fjern"), self)
        self.import_button = QPushButton(self.tr("Hent fra CSV…"), self)
        self.export_button = QPushButton(self.tr("Lagre som CSV…"), self)
        hint = QLabel(self.tr("Navnene foreslås mens man skriver i planen og kartleggingen; alt "
                              "kan fortsatt skrives fritt. Å fjerne eller endre et navn her "
                              "endrer ingen planer."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.error = error_label(self)

        pick = QHBoxLayout()
        caption = QLabel(self.tr("&Liste"), self)
        caption.setBuddy(self.kind)
        pick.addWidget(caption)
        pick.addWidget(self.kind, 1)
        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button,
                       self.import_button, self.export_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.entries, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)

        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.entries.currentRowChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        self.refresh()

    @classmethod
    def applies(cls, session: Session) -> bool:
        """Administrators keep the lists."""
        return session.user is not None and session.user.is_admin

    # ------------------------------------------------------------ showing

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def refresh(self) -> None:
        self.entries.clear()
        self.entries.addItems(local_lists.entries(self.session.db, self.current_kind()))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.entries.currentRow() >= 0
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _actor(self) -> User:
        assert self.session.user is not None  # the page is shown to administrators only
        return self.session.user

    def _store(self, values: list[str]) -> bool:
        try:
            local_lists.set_entries(self.session.db, self._actor(), self.current_kind(), values)
        except (ValidationError, AccountError, sqlite3.Error) as error:
            self._refuse(str(error))
            return False
        self.error.hide()
        self.refresh()
        return True

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _values(self) -> list[str]:
        return [self.entries.item(i).text() for i in range(self.entries.count())]

    # ------------------------------------------------------------ changes

    def add(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Legg til"), self.tr("Navn:"))
        if ok and text.strip() and self._store([*self._values(), text]):
            self.entries.setCurrentRow(self.entries.count() - 1)

    def rename(self) -> None:
        row = self.entries.currentRow()
        if row < 0:
            return
        values = self._values()
        text, ok = QInputDialog.getText(self, self.tr("Gi nytt navn"), self.tr("Navn:"),
                                        text=values[row])
        if ok and text.strip():
            values[row] = text
            if self._store(values):
                self.entries.setCurrentRow(min(row, self.entries.count() - 1))

    def remove(self) -> None:
        row = self.entries.currentRow()
        if row >= 0:
            values = self._values()
            del values[row]
            self._store(values)

    def import_csv(self) -> None:
        name = open_file_name(self, self.tr("Hent liste fra CSV"), "",
                              self.tr("CSV-filer (*.csv);;Alle filer (*)"))
        if not name:
            return
        try:
            text = Path(name).read_text(encoding="utf-8-sig")
            local_lists.import_csv(self.session.db, self._actor(), self.current_kind(), text)
        except UnicodeDecodeError:
            self._refuse(self.tr("Filen er ikke en tekstfil i UTF-8."))
            return
        except (OSError, ValidationError, AccountError, sqlite3.Error) as error:
            self._refuse(str(error))
            return
        self.error.hide()
        self.refresh()

    def export_csv(self) -> None:
        name = save_file_name(self, self.tr("Lagre listen som CSV"),
                              f"{self.current_kind()}.csv", self.tr("CSV-filer (*.csv)"))
        if not name:
            return
        try:
            write_atomically(Path(name), local_lists.export_csv(
                self.session.db, self.current_kind()).encode("utf-8"))
        except OSError as error:
            self._refuse(self.tr("Filen kan ikke lagres ({detail}).").format(detail=error))
