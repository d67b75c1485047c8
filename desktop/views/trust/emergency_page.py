"""Innstillinger → Nødtilgang (administrators): how many hours a nødtilgang lasts before the
patient closes by itself (it always ends when the window locks or the user logs out)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.store import policy, settings
from desktop.store.accounts import AccountError
from desktop.store.session import Session
from desktop.views.common.style import error_label


class EmergencyPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Nødtilgang"))
        intro = QLabel(self.tr(
            "En pasient som er åpnet med nødtilgang, vises med begrunnelsen øverst i "
            "arbeidsflaten. Tilgangen slutter når vinduet låses, når brukeren logger ut, eller "
            "etter tiden du velger her. Hver nødtilgang står i tilgangsloggen og på pasientens "
            "innsynsutskrift."), self)
        intro.setWordWrap(True)
        option = settings.EMERGENCY_HOURS
        self.hours = QSpinBox(self)
        self.hours.setRange(option.minimum or 1, option.maximum or 24)
        self.hours.setSuffix(self.tr(" timer"))
        self.hours.setValue(policy.emergency_hours(session.db))
        self.hours.setAccessibleName(self.tr("Nødtilgangen varer"))
        form = QFormLayout()
        form.addRow(self.tr("Nødtilgangen &varer"), self.hours)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    @classmethod
    def applies(cls, session: Session) -> bool:
        return session.user is not None and session.user.is_admin

    def apply(self) -> bool:
        try:
            policy.set_emergency_hours(self.session, self.hours.value())
        except AccountError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        return True
