"""User administration (administrators only): add staff, change departments and role, reset
passwords, deactivate (never delete), and the idle lock and backup settings."""

from __future__ import annotations

import datetime as dt

import sqlite_utils
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store import accounts, policy
from desktop.store import departments as department_list
from desktop.store.accounts import ROLE_ADMIN, ROLE_STAFF, AccountError, User


def known_departments(db: sqlite_utils.Database, user: User | None = None) -> list[str]:
    """The active departments of the administrator's list, and those ``user`` already belongs
    to (a deactivated one stays until it is unticked)."""
    names = department_list.active_names(db)
    return names + [d for d in (user.departments if user else ()) if d not in names]


class UserEditor(QDialog):
    """A new user (with a first password) or an existing one's name, role and departments."""

    def __init__(self, departments: list[str], user: User | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny bruker") if user is None else self.tr("Endre bruker"))
        self.name = QLineEdit(user.display_name if user else "", self)
        self.username = QLineEdit(user.username if user else "", self)
        self.username.setEnabled(user is None)  # the log refers to it
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Ansatt"), ROLE_STAFF)
        self.role.addItem(self.tr("Administrator"), ROLE_ADMIN)
        self.role.setCurrentIndex(1 if user and user.is_admin else 0)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.boxes = {}
        group = QGroupBox(self.tr("Avdelinger (gir tilgang til avdelingens pasienter)"), self)
        column = QVBoxLayout(group)
        for department in departments:
            box = QCheckBox(department, group)
            box.setChecked(bool(user and department in user.departments))
            column.addWidget(box)
            self.boxes[department] = box
        form = QFormLayout()
        form.addRow(self.tr("Navn"), self.name)
        form.addRow(self.tr("Brukernavn"), self.username)
        form.addRow(self.tr("Rolle"), self.role)
        if user is None:
            form.addRow(self.tr("Første passord"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lagre"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addWidget(buttons)

    def departments(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]


class UsersDialog(QDialog):
    COL_NAME, COL_USERNAME, COL_ROLE, COL_DEPARTMENTS, COL_STATUS = range(5)

    def __init__(self, db: sqlite_utils.Database, admin: User,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.admin = admin
        self.setWindowTitle(self.tr("Brukere – Individuell plan"))
        self.resize(900, 520)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Navn"), self.tr("Brukernavn"),
                                              self.tr("Rolle"), self.tr("Avdelinger"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_DEPARTMENTS, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("Ny bruker…"), self)
        self.edit_button = QPushButton(self.tr("Endre…"), self)
        self.reset_button = QPushButton(self.tr("Nytt passord…"), self)
        self.active_button = QPushButton(self.tr("Deaktiver"), self)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)

        settings = QGroupBox(self.tr("Innstillinger"), self)
        self.idle = QSpinBox(settings)
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(policy.idle_minutes(db))
        self.keep = QSpinBox(settings)
        self.keep.setRange(1, 365)
        self.keep.setValue(policy.backup_keep(db))
        save = QPushButton(self.tr("Lagre innstillingene"), settings)
        save.clicked.connect(self.save_settings)
        form = QFormLayout(settings)
        form.addRow(self.tr("Lås vinduet etter"), self.idle)
        form.addRow(self.tr("Antall sikkerhetskopier (dager)"), self.keep)
        form.addRow("", save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Brukere slettes aldri, fordi tilgangsloggen viser til "
                                         "dem: deaktiver dem i stedet."), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(settings)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.users = accounts.list_users(self.db)
        self.table.setRowCount(len(self.users))
        now = dt.datetime.now()
        for row, user in enumerate(self.users):
            if not user.active:
                status = self.tr("Deaktivert")
            elif user.locked_until and dt.datetime.fromisoformat(user.locked_until) > now:
                status = self.tr("Låst til {time}").format(time=user.locked_until[11:16])
            else:
                status = self.tr("Aktiv")
            role = self.tr("Administrator") if user.is_admin else self.tr("Ansatt")
            for column, text in enumerate((user.display_name, user.username, role,
                                           ", ".join(user.departments) or "–", status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("Aktiver") if user and not user.active
                                   else self.tr("Deaktiver"))

    def _try(self, action) -> bool:
        try:
            action()
        except AccountError as error:
            QMessageBox.warning(self, self.tr("Ikke endret"), str(error))
            return False
        self.reload()
        return True

    def add_user(self) -> None:
        editor = UserEditor(known_departments(self.db), parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._try(lambda: accounts.add_user(
                self.db, self.admin, editor.username.text(), editor.name.text(),
                editor.password.text(), editor.role.currentData(), editor.departments()))

    def edit_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        editor = UserEditor(known_departments(self.db, user), user, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._try(lambda: accounts.update_user(self.db, self.admin, user.username,
                                                   editor.name.text(),
                                                   editor.role.currentData(),
                                                   editor.departments()))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Nytt passord"))
        ask.setLabelText(self.tr("Midlertidig passord for {name} (brukeren velger et nytt ved "
                                 "neste innlogging):").format(name=user.display_name))
        ask.setTextEchoMode(QLineEdit.EchoMode.Password)
        ask.setOkButtonText(self.tr("Sett passord"))
        ask.setCancelButtonText(self.tr("Avbryt"))
        if ask.exec() == QDialog.DialogCode.Accepted:
            password = ask.textValue()
            self._try(lambda: accounts.reset_password(self.db, self.admin, user.username,
                                                      password))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._try(lambda: accounts.set_active(self.db, self.admin, user.username,
                                                  not user.active))

    def save_settings(self) -> None:
        self._try(lambda: policy.set_trust_settings(self.db, self.admin, self.idle.value(),
                                                    self.keep.value()))
