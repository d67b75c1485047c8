"""Innstillinger › «Koordinerende enheter»: the administrators' list of the municipalities'
koordinerende enheter (kommunenummer, municipality, unit, phone, e-mail, postal address, HER-id)
the notices are sent to. A unit is added, changed or removed at once (logged); CSV import checks
every row first and a bad row, named by its line, imports nothing; CSV export writes all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange import ke_csv
from desktop.models.ke_units_model import COLUMNS, KEUnitsModel
from desktop.records import ValidationError
from desktop.records_process import KEUnit
from desktop.store import accounts, log, notices
from desktop.store.outbox import DeliveryFailed, deliver
from desktop.store.session import Session
from desktop.views.common.file_dialogs import open_file_name, save_file_name
from desktop.views.common.style import ERROR_STYLE


def choose_csv(parent: QWidget, title: str, suggested: str, save: bool) -> str:
    """Ask for a CSV file to read or to write; "" when cancelled. Tests replace this."""
    pattern = "CSV (*.csv)"
    if save:
        return save_file_name(parent, title, suggested, pattern)
    return open_file_name(parent, title, suggested, pattern)


class KEDirectoryPage(QWidget):
    """A settings page: ``(session, parent)``, shown to administrators only."""

    @classmethod
    def applies(cls, session: Session) -> bool:
        if session.user is not None:
            return session.user.is_admin
        return not accounts.has_accounts(session.db)  # before the first account: whoever runs

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Koordinerende enheter"))
        intro = QLabel(self.tr("Kommunenes koordinerende enheter, som meldinger om behov for "
                               "individuell plan sendes til. Pasientens bostedskommune velger "
                               "enheten; meldingen kan velge en annen."), self)
        intro.setWordWrap(True)
        self.model = KEUnitsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Koordinerende enheter"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())

        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, _heading in COLUMNS:
            self.fields[name] = QLineEdit(self)
        labels = {"kommunenummer": self.tr("Kommunenummer:"), "municipality": self.tr("Kommune:"),
                  "unit_name": self.tr("Enhet:"), "phone": self.tr("Telefon:"),
                  "email": self.tr("E-post:"), "address": self.tr("Postadresse:"),
                  "her_id": self.tr("HER-id (valgfritt):")}
        for name, edit in self.fields.items():
            edit.setAccessibleName(labels[name].rstrip(":"))
            form.addRow(labels[name], edit)
        self.fields["kommunenummer"].setMaxLength(4)
        self.fields["kommunenummer"].setPlaceholderText(self.tr("fire siffer"))

        self.save_button = QPushButton(self.tr("Lagre enheten"), self)
        self.save_button.clicked.connect(self.save_unit)
        self.new_button = QPushButton(self.tr("Ny enhet"), self)
        self.new_button.clicked.connect(self.new_unit)
        self.remove_button = QPushButton(self.tr("Fjern"), self)
        self.remove_button.clicked.connect(self.remove_unit)
        self.import_button = QPushButton(self.tr("Importer CSV…"), self)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(self.tr("Eksporter CSV…"), self)
        self.export_button.clicked.connect(self.export_csv)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._editing: int | None = None
        self.reload()

    # ------------------------------------------------------------ showing

    def reload(self, select: int | None = None) -> None:
        self.model.set_units(notices.list_units(self.session.db))
        self.table.resizeColumnsToContents()
        row = self.model.row_of(select)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.new_unit()

    def _show_chosen(self) -> None:
        unit = self.model.unit(self.table.currentIndex().row())
        if unit is None:
            return
        self._editing = unit.id
        for name, edit in self.fields.items():
            edit.setText(getattr(unit, name))
        self.remove_button.setEnabled(True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _log(self, detail: dict) -> None:
        self.session.log(log.USER_ADMIN, None, {"action": "ke_directory", **detail})

    # ------------------------------------------------------------ changes (saved at once)

    def new_unit(self) -> None:
        self._editing = None
        self.table.clearSelection()
        for edit in self.fields.values():
            edit.clear()
        self.remove_button.setEnabled(False)
        self.fields["kommunenummer"].setFocus()

    def save_unit(self) -> None:
        unit = KEUnit(id=self._editing, **{name: edit.text() for name, edit in
                                           self.fields.items()})
        try:
            saved = notices.save_unit(self.session.db, unit)
            self._log({"saved": saved.kommunenummer})
        except (ValidationError, sqlite3.Error) as error:
            self._say(str(error), error=True)
            return
        self.reload(saved.id)
        self._say(self.tr("{name} er lagret.").format(name=saved.municipality))

    def remove_unit(self) -> None:
        unit = self.model.unit(self.table.currentIndex().row())
        if unit is None or unit.id is None:
            return
        notices.delete_unit(self.session.db, unit.id)
        self._log({"removed": unit.kommunenummer})
        self.reload()
        self._say(self.tr("{name} er fjernet. Sendte meldinger beholder mottakeren slik den "
                          "var.").format(name=unit.municipality))

    def import_csv(self) -> None:
        chosen = choose_csv(self, self.tr("Importer koordinerende enheter"), str(Path.home()),
                            save=False)
        if not chosen:
            return
        try:
            count = ke_csv.import_file(self.session.db, Path(chosen).read_bytes())
        except OSError as error:
            self._say(self.tr("Filen kan ikke leses: {error}").format(error=error), error=True)
            return
        except (ValidationError, sqlite3.Error) as error:
            self._say(str(error), error=True)
            return
        self._log({"imported": count})
        self.reload()
        self._say(self.tr("{n} enheter er importert.").format(n=count))

    def export_csv(self) -> None:
        suggested = str(Path.home() / self.tr("koordinerende-enheter.csv"))
        chosen = choose_csv(self, self.tr("Eksporter koordinerende enheter"), suggested,
                            save=True)
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        count = self.model.rowCount()
        try:  # the directory holds no patient data: the log entry says who wrote it where
            deliver(self.session.db, target, ke_csv.export_file(self.session.db),
                    lambda: self._log({"exported": count}))
        except DeliveryFailed as failed:
            self._say(str(failed), error=True)
            return
        self._say(self.tr("{n} enheter er lagret i {path}.").format(n=count, path=target))

    def apply(self) -> bool:
        """Every change is saved when made: nothing is left for the dialog's Lagre."""
        return True
