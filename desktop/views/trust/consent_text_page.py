"""Innstillinger → Samtykketekst (administrators): the hospital's own approved consent
statement, shown on the consent form and printed on the paper the patient signs (one source:
store/consent_text.py). A multi-line editor, a preview of how it reads with the form's own
sharing questions, and "Bruk standardteksten"; stored and logged when Innstillinger is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.palette import ERROR_STYLE, HINT_STYLE
from desktop.records import ValidationError
from desktop.store import consent_text, policy, settings
from desktop.store.session import Session


class ConsentTextPage(QWidget):
    @classmethod
    def applies(cls, session: Session) -> bool:
        return policy.may_change(session, settings.CONSENT_TEXT)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Samtykketekst"))
        db = session.db
        intro = QLabel(self.tr(
            "Samtykkeerklæringen pasienten skriver under på. Teksten vises i skjemaet Samtykke "
            "og skrives ut på samtykkeskjemaet, for alle avdelinger. Lim inn sykehusets "
            "godkjente tekst, eller bruk programmets standardtekst."), self)
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Samtykketekst"))
        self.editor.setPlainText(consent_text.statement(db))
        self.editor.textChanged.connect(self._show_preview)
        self.default_button = QPushButton(self.tr("Bruk &standardteksten"), self)
        self.default_button.clicked.connect(self.use_default)
        self.state = QLabel(self)
        self.state.setStyleSheet(HINT_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Forhåndsvisning av samtykketeksten"))
        preview_box = QGroupBox(self.tr("Slik leser pasienten det"), self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.default_button)
        row.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(preview_box)
        self._saved = consent_text.clean(self.editor.toPlainText())
        self._show_preview()

    def text(self) -> str:
        return consent_text.clean(self.editor.toPlainText())

    def use_default(self) -> None:
        self.editor.setPlainText(consent_text.default_statement())

    def _show_preview(self) -> None:
        text = self.text() or consent_text.default_statement()
        self.preview.setText("\n\n".join([
            text, "☐ " + consent_text.share_with_team(),
            "☐ " + consent_text.share_confidential()]))
        own = bool(self.text()) and self.text() != consent_text.default_statement()
        self.state.setText(self.tr("Sykehusets egen tekst ({n} tegn).").format(
            n=len(self.text())) if own else self.tr("Programmets standardtekst."))
        self.default_button.setEnabled(own)
        self.message.clear()

    def apply(self) -> bool:
        """Store the text when it changed (logged); a refusal keeps the dialog open."""
        if self.text() == self._saved:
            return True
        try:
            consent_text.set_statement(self.session, self.text())
        except ValidationError as refusal:
            self.message.setText(str(refusal))
            return False
        self._saved = self.text()
        return True
