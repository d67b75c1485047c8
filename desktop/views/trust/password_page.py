"""Innstillinger → Passord: a user changes their own password (the current one, the new one
twice). The change goes through store.accounts.change_password, which checks the rules, logs
the change (never the password) and re-wraps what the password protects."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.store import accounts
from desktop.store.accounts import AccountError
from desktop.store.session import Session
from desktop.views.common.style import error_label


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PasswordPage(QWidget):
    """Changes the password at once with its button, or when Innstillinger is saved with the
    fields filled in."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Passord"))
        intro = QLabel(self.tr(
            "Bytt ditt eget passord. Det må ha minst {n} tegn, ikke inneholde brukernavnet og "
            "ikke være et av de mest brukte passordene. Flere vanlige ord etter hverandre er "
            "lette å huske og vanskelige å gjette.").format(n=accounts.MIN_PASSWORD_LENGTH),
            self)
        intro.setWordWrap(True)
        self.current = password_field(self, self.tr("Nåværende passord"))
        self.new = password_field(self, self.tr("Nytt passord"))
        self.repeat = password_field(self, self.tr("Gjenta det nye passordet"))
        form = QFormLayout()
        form.addRow(self.tr("&Nåværende passord"), self.current)
        form.addRow(self.tr("N&ytt passord"), self.new)
        form.addRow(self.tr("&Gjenta det nye passordet"), self.repeat)
        self.change_button = QPushButton(self.tr("&Bytt passord"), self)
        self.change_button.clicked.connect(self.change)
        self.error = error_label(self)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        self.done.setStyleSheet(f"color: {palette.GREEN_TEXT}; font-weight: 600;")
        self.done.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.change_button)
        layout.addWidget(self.error)
        layout.addWidget(self.done)
        layout.addStretch(1)

    @classmethod
    def applies(cls, session: Session) -> bool:
        return session.user is not None

    def change(self) -> bool:
        """Change the password now; False (one sentence shown, nothing changed) if refused."""
        self.done.hide()
        user = self.session.user
        assert user is not None  # the page shows only with a user
        try:
            if self.new.text() != self.repeat.text():
                raise AccountError(self.tr("Passordene er ikke like."))
            accounts.change_password(self.session.db, user, self.current.text(),
                                     self.new.text())
        except AccountError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        finally:
            for field in (self.current, self.new, self.repeat):
                field.clear()
        self.session.user = accounts.get_user(self.session.db, user.username) or user
        self.error.hide()
        self.done.setText(self.tr("Passordet er byttet."))
        self.done.show()
        return True

    def apply(self) -> bool:
        if not any(f.text() for f in (self.current, self.new, self.repeat)):
            return True
        return self.change()
