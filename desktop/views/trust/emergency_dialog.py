"""Nødtilgang: open a patient outside the user's departments by fødselsnummer, with a written
reason that is logged as an emergency access."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.store import access
from desktop.store.access import AccessDenied
from desktop.store.session import Session
from desktop.views.common.style import error_label, ok_cancel_buttons


class EmergencyDialog(QDialog):
    """Accepted: ``patient_id`` may be opened (logged as nødtilgang when it was needed)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.patient_id: int | None = None
        self.setWindowTitle(self.tr("Nødtilgang"))
        self.setMinimumWidth(480)
        warning = QLabel(self.tr(
            "Pasienten hører ikke til dine avdelinger. Nødtilgang gis bare ved tjenstlig behov. "
            "Begrunnelsen og tilgangen logges, vises tydelig i tilgangsloggen og kontrolleres. "
            "Pasienten kan be om å få se hvem som har åpnet journalen."), self)
        warning.setWordWrap(True)
        warning.setStyleSheet(f"background: {palette.EMERGENCY_BACKGROUND}; "
                              f"border: 1px solid {palette.EMERGENCY_STRONG}; padding: 8px;")
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("11 siffer"))
        self.number.setMaxLength(11)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("For eksempel: Innlagt akutt i natt, vakthavende "
                                               "lege trenger planen."))
        self.reason.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Fødselsnummer"), self.number)
        form.addRow(self.tr("Begrunnelse"), self.reason)
        self.error = error_label(self)
        buttons, _ok = ok_cancel_buttons(self, self.tr("Åpne med nødtilgang"), self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _submit(self) -> None:
        number = "".join(self.number.text().split())
        if len(number) != 11 or not number.isdigit():
            self._fail(self.tr("Skriv pasientens fødselsnummer eller D-nummer (11 siffer)."))
            return
        try:
            patient = access.reach_by_number(self.session, number,
                                             self.reason.toPlainText())
        except AccessDenied as denied:
            self._fail(str(denied))
            return
        self.patient_id = patient.id
        self.accept()
