"""The log-in screen: the first administrator on a database without accounts, personal log-in
(also to unlock an idle window), a new password after a reset, and the demo accounts on a demo
database only."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.store import accounts, plain, policy, unlock
from desktop.store.accounts import AccountError, User

if TYPE_CHECKING:
    import sqlite_utils


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(QDialog):
    """``exec()`` accepted means ``self.user`` is logged in (and their log-in is logged)."""

    PAGE_FIRST, PAGE_LOGIN, PAGE_NEW_PASSWORD = range(3)

    def __init__(self, db: sqlite_utils.Database | None, locked_by: str = "",
                 parent: QWidget | None = None, folder: Path | None = None) -> None:
        """``db`` None: the encrypted database of ``folder``, opened by the log-in (then
        ``self.db``)."""
        super().__init__(parent)
        self.db = db
        self.folder = folder
        self.user: User | None = None
        self._temporary_password = ""
        self.setWindowTitle(self.tr("Logg inn – Individuell plan"))
        self.setMinimumWidth(440)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.pages = QStackedWidget(self)

        first = QWidget(self)
        form = QFormLayout(first)
        self.first_name = QLineEdit(first)
        self.first_username = QLineEdit(first)
        self.first_password = _password_field(first)
        self.first_repeat = _password_field(first)
        form.addRow(self.tr("Navn"), self.first_name)
        form.addRow(self.tr("Brukernavn"), self.first_username)
        form.addRow(self.tr("Passord"), self.first_password)
        form.addRow(self.tr("Gjenta passordet"), self.first_repeat)

        login = QWidget(self)
        form = QFormLayout(login)
        self.username = QLineEdit(login)
        self.password = _password_field(login)
        form.addRow(self.tr("Brukernavn"), self.username)
        form.addRow(self.tr("Passord"), self.password)

        renew = QWidget(self)
        form = QFormLayout(renew)
        self.new_password = _password_field(renew)
        self.new_repeat = _password_field(renew)
        form.addRow(self.tr("Nytt passord"), self.new_password)
        form.addRow(self.tr("Gjenta passordet"), self.new_repeat)
        for page in (first, login, renew):
            self.pages.addWidget(page)

        self.demo = QLabel(self)
        self.demo.setWordWrap(True)
        self.demo.setTextFormat(Qt.TextFormat.RichText)
        self.demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo.setStyleSheet(f"background: {palette.DEMO_BACKGROUND}; "
                                f"border: 1px solid {palette.DEMO_BORDER}; padding: 8px;")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {palette.LOGIN_ERROR_TEXT}; font-weight: 600;")
        self.error.setAccessibleName(self.tr("Feilmelding"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avslutt"))

        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro, self.pages, self.demo, self.error, self.buttons):
            layout.addWidget(widget)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # always fits its page
        self.intro.setFixedWidth(420)
        self._show_start(locked_by)

    def _show_start(self, locked_by: str) -> None:
        self.error.hide()
        self.demo.hide()
        if self.db is not None and not accounts.has_accounts(self.db):
            self._page(self.PAGE_FIRST, self.tr("Første oppstart"),
                       self.tr("Opprett den første administratoren. Administratoren legger "
                               "inn de ansatte og gir dem tilgang til sine avdelinger, men får "
                               "selv ikke tilgang til pasienter av rollen alene."),
                       self.tr("Opprett administrator"))
            self.first_name.setFocus()
            self.adjustSize()
            return
        if locked_by:
            intro = self.tr("Vinduet ble låst fordi det ikke var i bruk ({name} var logget "
                            "inn). Det som var skrevet, er tatt vare på. Logg inn for å "
                            "fortsette.").format(name=locked_by)
        else:
            intro = self.tr("Logg inn med ditt personlige brukernavn og passord.")
        self._page(self.PAGE_LOGIN, self.tr("Individuell plan"), intro, self.tr("Logg inn"))
        if self.db is not None and policy.is_demo(self.db):
            # the username and the password never break (easy to read and to copy); the
            # departments may
            rows = "".join(
                f"<tr><td style='white-space: pre'><b>{name}</b></td>"
                f"<td style='white-space: pre'>{password}</td>"
                f"<td>{', '.join(deps) or '–'}</td></tr>"
                for name, _, _, deps, password in policy.DEMO_ACCOUNTS)
            self.demo.setText(self.tr("<b>Demodatabase</b> (syntetiske pasienter, ikke "
                                      "kryptert). Demokontoer:") +
                              f"<table cellspacing=4>{rows}</table>")
            self.demo.show()
        self.username.setFocus()
        self.adjustSize()

    def _page(self, page: int, title: str, intro: str, ok_text: str) -> None:
        self.pages.setCurrentIndex(page)
        for index in range(self.pages.count()):  # the stack only as tall as the shown page
            size = QSizePolicy.Policy.Preferred if index == page else QSizePolicy.Policy.Ignored
            self.pages.widget(index).setSizePolicy(size, size)
        self.pages.adjustSize()
        self.title.setText(title)
        self.intro.setText(intro)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _submit(self) -> None:
        page = self.pages.currentIndex()
        if self.db is not None:  # opened on a plain connection to show the screen sooner
            self.db = plain.writable(self.db)  # (store/opening.py): every page here writes
        try:
            if page == self.PAGE_FIRST:
                self._create_first()
            elif page == self.PAGE_LOGIN:
                self._log_in()
            else:
                self._renew()
        except AccountError as error:
            self._fail(str(error))

    def _create_first(self) -> None:
        if self.first_password.text() != self.first_repeat.text():
            raise AccountError(self.tr("Passordene er ikke like."))
        accounts.create_first_admin(self.db, self.first_username.text(), self.first_name.text(),
                                    self.first_password.text())
        self.user = accounts.authenticate(self.db, self.first_username.text(),
                                          self.first_password.text())
        self.accept()

    def _log_in(self) -> None:
        typed = self.password.text()
        self.password.clear()
        if self.db is None:  # the password unlocks the encrypted database first
            assert self.folder is not None
            self.db, self.user = unlock.log_in(self.folder, self.username.text(), typed)
        else:
            self.user = accounts.authenticate(self.db, self.username.text(), typed)
        if not self.user.must_change_password:
            self.accept()
            return
        self._temporary_password = typed  # the store asks for it again to set the new one
        self.error.hide()
        self._page(self.PAGE_NEW_PASSWORD, self.tr("Velg et nytt passord"),
                   self.tr("En administrator har gitt deg et midlertidig passord. Velg ditt "
                           "eget (minst {n} tegn).").format(n=accounts.MIN_PASSWORD_LENGTH),
                   self.tr("Lagre og fortsett"))
        self.new_password.setFocus()

    def _renew(self) -> None:
        if self.new_password.text() != self.new_repeat.text():
            raise AccountError(self.tr("Passordene er ikke like."))
        accounts.change_password(self.db, self.user, self._temporary_password,
                                 self.new_password.text())
        self._temporary_password = ""
        self.user = accounts.get_user(self.db, self.user.username)
        self.accept()
