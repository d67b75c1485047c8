"""Settings: the language of the program (this user's, from the next start) and the hospital's
logo printed in the header of the forms (stored in the database, for everyone) on the first tab;
further tabs come from ``PAGES``.

A page is a QWidget class taking ``(session, parent)``; its ``windowTitle()`` names the tab, an
optional ``applies(session) -> bool`` class method decides whether this user sees it, and an
optional ``apply() -> bool`` runs when the dialog is saved (False keeps the dialog open). Pages
that change stored data at once (a list an administrator keeps) need no ``apply``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import language as languages
from desktop import resources
from desktop.records import ValidationError
from desktop.store import log, policy
from desktop.store import settings as stored
from desktop.store.session import Session, as_session
from desktop.views.common.file_dialogs import open_file_name
from desktop.views.trust.emergency_page import EmergencyPage
from desktop.views.trust.password_page import PasswordPage

PageFactory = Callable[[Session, QWidget], QWidget]
PAGES: list[PageFactory] = []  # each feature's settings page, in tab order


class SettingsDialog(QDialog):
    def __init__(self, session: Session | sqlite_utils.Database,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        db = self.db = self.session.db
        self.setWindowTitle(self.tr("Innstillinger"))
        self._logo: bytes | None = stored.get_logo(db)
        self._logo_changed = False
        self.may_change_logo = policy.may_change_logo(self.session)

        self.tabs = QTabWidget(self)  # first, so that its tab bar leads the focus chain
        self.tabs.setTabBarAutoHide(True)
        self.language = QComboBox(self)
        system = languages.system_language() or languages.DEFAULT_LANGUAGE
        self.language.addItem(self.tr("Som systemet ({name})").format(
            name=languages.LANGUAGE_NAMES[system]), "")
        for code, name in languages.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            languages.chosen_language() or "")))
        self.language.setAccessibleName(self.tr("Språk"))
        language_label = QLabel(self.tr("&Språk:"), self)
        language_label.setBuddy(self.language)
        restart = QLabel(self.tr("Det nye språket brukes neste gang programmet starter."), self)
        restart.setWordWrap(True)
        language_box = QGroupBox(self.tr("Språk for deg"), self)
        form = QFormLayout(language_box)
        form.addRow(language_label, self.language)
        form.addRow(restart)

        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 5)
        self.preview.setAccessibleName(self.tr("Logoen som skrives ut"))
        self.choose_logo = QPushButton(self.tr("&Velg logo…"), self)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.default_logo = QPushButton(self.tr("Bruk &standardlogoen"), self)
        self.default_logo.clicked.connect(self._use_default_logo)
        self.logo_note = QLabel(self)
        self.logo_note.setWordWrap(True)
        logo_box = QGroupBox(self.tr("Sykehusets logo på utskriftene (for alle brukere)"), self)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.choose_logo)
        buttons_row.addWidget(self.default_logo)
        buttons_row.addStretch(1)
        logo_layout = QVBoxLayout(logo_box)
        logo_layout.addWidget(self.preview)
        logo_layout.addWidget(self.logo_note)
        logo_layout.addLayout(buttons_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(language_box)
        general_layout.addWidget(logo_box)
        general_layout.addStretch(1)
        self.tabs.addTab(general, self.tr("Generelt"))
        self.pages: list[QWidget] = []
        for factory in PAGES:
            applies = getattr(factory, "applies", None)
            if applies is not None and not applies(self.session):
                continue
            page = factory(self.session, self.tabs)
            self.pages.append(page)
            self.tabs.addTab(page, page.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._show_logo()
        if not self.may_change_logo:
            self.choose_logo.setEnabled(False)
            self.default_logo.setEnabled(False)
            self.logo_note.setText(self.logo_note.text() + " " + self.tr(
                "Bare en administrator kan bytte logoen."))
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 70),
                    self.sizeHint().height())

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        data = self._logo if self._logo is not None else resources.read_bytes(
            resources.DEFAULT_LOGO)
        pixmap.loadFromData(data)
        height = self.fontMetrics().height() * 4
        self.preview.setPixmap(pixmap.scaledToHeight(
            height, Qt.TransformationMode.SmoothTransformation) if not pixmap.isNull() else pixmap)
        self.logo_note.setText(
            self.tr("Sykehusets egen logo.") if self._logo is not None else
            self.tr("Programmets nøytrale standardlogo. Velg sykehusets logo (PNG eller JPEG, "
                    "høyst 2 MB)."))
        self.default_logo.setEnabled(self._logo is not None)

    def _choose_logo(self) -> None:
        name = open_file_name(
            self, self.tr("Velg sykehusets logo"), str(Path.home()),
            self.tr("Bilder (*.png *.jpg *.jpeg)"))
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> bool:
        """Take the logo from ``path`` (saved when the dialog is saved); False if refused."""
        try:
            data = path.read_bytes()
            stored.check_logo(data)
        except (OSError, ValidationError) as error:
            QMessageBox.warning(self, self.tr("Logoen kan ikke brukes"), str(error))
            return False
        self._logo, self._logo_changed = data, True
        self._show_logo()
        return True

    def _use_default_logo(self) -> None:
        self._logo, self._logo_changed = None, True
        self._show_logo()

    def accept(self) -> None:
        for page in self.pages:
            apply = getattr(page, "apply", None)
            if apply is not None and not apply():
                self.tabs.setCurrentWidget(page)
                return
        if self._logo_changed and self.may_change_logo:
            with self.db.atomic():
                stored.set_logo(self.db, self._logo)
                self.session.log(log.USER_ADMIN, None, {
                    "action": "settings", "logo": "hospital" if self._logo else "default"})
        languages.set_chosen_language(self.language.currentData() or None)
        super().accept()


from desktop.views.trust.consent_text_page import ConsentTextPage  # noqa: E402
from desktop.views.trust.departments_page import DepartmentsPage  # noqa: E402
from desktop.views.trust.ke_directory_page import KEDirectoryPage  # noqa: E402
from desktop.views.trust.letter_templates_page import LetterTemplatesPage  # noqa: E402
from desktop.views.trust.local_lists_page import LocalListsPage  # noqa: E402

# issue 15: own password, how long nødtilgang lasts; issue 16: departments, consent text;
# issue 10: the KE directory; issue 13: local lists; issue 12: letter templates (last: the
# guide shoots it so)
PAGES.extend((PasswordPage, DepartmentsPage, ConsentTextPage, KEDirectoryPage, EmergencyPage,
              LocalListsPage, LetterTemplatesPage))
