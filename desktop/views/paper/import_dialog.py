"""Obtain a plan: pick a package (with its passphrase) or a FHIR file, see what comes in and how
it differs from the patient already here, choose new patient or new plan version, confirm."""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import store
from desktop.exchange import importer
from desktop.exchange.errors import ExchangeRefused
from desktop.records import consent_state, consent_state_label, format_partial_date
from desktop.store import access, departments
from desktop.store.session import Session, as_session
from desktop.views.common.file_dialogs import open_file_name
from desktop.views.common.style import ERROR_STYLE
from desktop.views.paper.import_reading import FileReader


def choose_import_path(parent: QWidget, title: str) -> str:
    """Ask for the file; "" when cancelled. Tests replace this function."""
    return open_file_name(parent, title, "", "Individuell plan (*.zip *.json);;Alle filer (*)")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask the user to confirm; tests replace this function."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, text: str) -> None:
    """Tell the user something after the fact; tests replace this function."""
    QMessageBox.information(parent, title, text)


class ImportDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("ImportDialog", "Område"),
               QT_TRANSLATE_NOOP("ImportDialog", "Felt"),
               QT_TRANSLATE_NOOP("ImportDialog", "I databasen"),
               QT_TRANSLATE_NOOP("ImportDialog", "I filen"))

    def __init__(self, session: Session | sqlite_utils.Database,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        self.db = self.session.db
        self.preview: importer.ImportPreview | None = None
        self.result: importer.ImportResult | None = None
        self.setWindowTitle(self.tr("Hent inn en plan"))

        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("pakke (.zip) eller FHIR-fil (.json)"))
        browse = QPushButton(self.tr("Velg fil…"), self)
        browse.clicked.connect(self.browse)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(self.tr("passordet du fikk fra avsenderen"))
        self.secret_edit.returnPressed.connect(self.read_file)
        self.show_secret = QCheckBox(self.tr("Vis"), self)
        self.show_secret.toggled.connect(lambda on: self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.read_button = QPushButton(self.tr("Les filen"), self)
        self.read_button.clicked.connect(self.read_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_edit, 1)
        secret_row.addWidget(self.show_secret)
        secret_row.addWidget(self.read_button)
        form = QFormLayout()
        form.addRow(self.tr("Fil:"), file_row)
        form.addRow(self.tr("Passord:"), secret_row)
        form.labelForField(file_row).setBuddy(self.path_edit)
        form.labelForField(secret_row).setBuddy(self.secret_edit)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self._reader: FileReader | None = None
        self.progress = QProgressBar(self)  # the file is read off the UI thread
        self.progress.setRange(0, 0)  # busy: reading and checking has no known length
        self.progress.setAccessibleName(self.tr("Leser filen"))
        self.progress_label = QLabel(self.tr("Leser filen …"), self)
        self.cancel_read_button = QPushButton(self.tr("Avbryt"), self)
        self.cancel_read_button.setAccessibleName(self.tr("Avbryt lesingen"))
        self.cancel_read_button.clicked.connect(self.cancel_reading)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_read_button)
        self.finished.connect(self.cancel_reading)

        self.preview_box = QGroupBox(self.tr("Dette kommer inn"), self)
        self.summary = QLabel(self.preview_box)
        self.summary.setWordWrap(True)
        self.match_label = QLabel(self.preview_box)
        self.match_label.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self.preview_box)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.new_patient_button = QRadioButton(self.tr("Ny pasient i avdeling:"), self)
        self.department = QComboBox(self)  # the user's own departments from the list
        self.department.addItems(departments.offered(self.session))
        self.department.setPlaceholderText(self.tr("Velg avdeling"))
        self.department.setAccessibleName(self.tr("Avdeling for ny pasient"))
        self.department.currentIndexChanged.connect(self._update_buttons)
        self.new_version_button = QRadioButton(self)
        self.choice_group = QButtonGroup(self)
        self.choice_group.addButton(self.new_patient_button)
        self.choice_group.addButton(self.new_version_button)
        self.same_person = QCheckBox(self.tr(
            "Jeg har kontrollert at dette er samme person"), self)
        self.keep_note = QLabel(self.tr(
            "Ingenting overskrives: planen legges til som en ny versjon, og de tidligere "
            "versjonene blir liggende i historikken. Pasientopplysninger, sjekkliste og "
            "samtykke som allerede er registrert her, beholdes."), self)
        self.keep_note.setWordWrap(True)
        for widget in (self.new_patient_button, self.new_version_button, self.same_person):
            widget.toggled.connect(self._update_buttons)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_patient_button)
        new_row.addWidget(self.department, 1)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.match_label)
        preview_layout.addWidget(self.table, 100)
        preview_layout.addLayout(new_row)
        preview_layout.addWidget(self.new_version_button)
        preview_layout.addWidget(self.same_person)
        preview_layout.addWidget(self.keep_note)
        preview_layout.addStretch(1)  # a new patient has no table: the lines stay together
        self.preview_box.setVisible(False)

        self.import_button = QPushButton(self.tr("Importer"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        close = QPushButton(self.tr("Avbryt"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(progress_row)
        layout.addWidget(self.preview_box, 100)
        layout.addStretch(1)  # takes the room while the preview is hidden
        layout.addLayout(buttons)
        self.resize(820, 260)
        self._show_reading(False)

    # ------------------------------------------------------------ reading

    def browse(self) -> None:
        path = choose_import_path(self, self.tr("Velg planen som skal hentes inn"))
        if path:
            self.path_edit.setText(path)
            self.secret_edit.setFocus()
            if path.lower().endswith(".json"):
                self.read_file()

    def read_file(self) -> None:
        self.message.clear()
        self.preview = None
        self.preview_box.setVisible(False)
        self._update_buttons()
        if not self.path_edit.text():
            self.message.setText(self.tr("Velg en fil først."))
            return
        self.cancel_reading()
        self._reader = FileReader(self.path_edit.text(), self.secret_edit.text().strip())
        self._reader.read.connect(self._file_read)
        self._reader.refused.connect(self._read_refused)
        self._show_reading(True)
        self._reader.start()

    @property
    def reading(self) -> bool:
        """A file is being read (the preview follows, or a refusal)."""
        return self._reader is not None

    def cancel_reading(self) -> None:
        """«Avbryt» while reading: the result is dropped; nothing was written."""
        if self._reader is not None:
            self._reader.cancel()
            self._reader = None
        self._show_reading(False)

    def _show_reading(self, reading: bool) -> None:
        self.progress.setVisible(reading)
        self.progress_label.setVisible(reading)
        self.cancel_read_button.setVisible(reading)
        self.read_button.setEnabled(not reading)

    def _file_read(self, found: tuple) -> None:
        path = self._reader.path if self._reader else self.path_edit.text()
        self.cancel_reading()
        try:
            self.preview = importer.compare(self.session, path, *found)
        except ExchangeRefused as refusal:
            self.message.setText(str(refusal))
            return
        self._show_preview(self.preview)

    def _read_refused(self, sentence: str) -> None:
        self.cancel_reading()
        self.message.setText(sentence)

    def _show_preview(self, found: importer.ImportPreview) -> None:
        doc = found.document
        patient, current = doc.patient, doc.current
        lines = [self.tr("{name}, født {born}{number}").format(
            name=patient.name, born=format_partial_date(patient.birth_date) or "–",
            number=self.tr(", fødselsnummer {n}").format(n=patient.id_number)
            if patient.id_number else "")]
        lines.append(self.tr("Plan: {n} versjon(er); den siste er {state}, med {rows} rader "
                             "og {decisions} vedtak.").format(
            n=len(doc.versions), rows=len(current.plan.rows),
            decisions=len(current.plan.decisions),
            state=self.tr("signert") if current.frozen else self.tr("ikke signert")))
        lines.append(self.tr("Samtykke: {state}.").format(state=consent_state_label(
            consent_state(doc.consent, doc.checklist.declined))))
        if doc.people:
            lines.append(self.tr("Deltakere: {p}; møter: {m}; kopiliste: {c}.").format(
                p=len(doc.people.participants), m=len(doc.people.meetings),
                c=len(doc.people.copies)))
        if found.manifest:
            lines.append(self.tr("Eksportert av {who}, {when}.").format(
                who=found.manifest.get("exported_by", "–"),
                when=str(found.manifest.get("created", ""))[:16].replace("T", " kl. ")))
        self.summary.setText("\n".join(lines))
        match = found.match
        self.table.setRowCount(0)
        if match is None:
            self.match_label.setText(self.tr("Ingen pasient her har samme fødselsnummer eller "
                                             "samme navn og fødselsdato."))
        elif found.match_by == importer.MATCH_ID_NUMBER:
            self.match_label.setText(self.tr("Samme fødselsnummer som {name} (id {id}). "
                                             "Forskjeller:").format(name=match.name,
                                                                    id=match.id))
        else:
            self.match_label.setText(self.tr(
                "Samme navn og fødselsdato som {name} (id {id}), men ikke samme "
                "fødselsnummer. Kontroller at det er samme person. Forskjeller:").format(
                    name=match.name, id=match.id))
        rows = [(d.area, d.field, d.existing, d.incoming) for d in found.differences]
        if match is not None and not rows:
            rows = [(self.tr("Alt"), self.tr("Ingen forskjeller"), "", "")]
        for values in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.table.setVisible(match is not None)
        self.new_patient_button.setEnabled(found.may_be_new_patient)
        self.department.setEnabled(found.may_be_new_patient)
        self.new_version_button.setVisible(match is not None)
        self.new_version_button.setText(self.tr("Ny planversjon hos {name} (id {id})").format(
            name=match.name, id=match.id) if match else "")
        self.same_person.setVisible(found.match_by == importer.MATCH_NAME_BIRTH)
        self.same_person.setChecked(False)
        self.keep_note.setVisible(match is not None)
        self._default_department()
        (self.new_version_button if found.match_by == importer.MATCH_ID_NUMBER or
         match is not None and not found.may_be_new_patient
         else self.new_patient_button).setChecked(True)
        self.preview_box.setVisible(True)
        self.resize(max(self.width(), 820), max(self.height(), 600))
        self._update_buttons()

    def _default_department(self) -> None:
        """The department the file names, when it is one of the user's; else the user's own
        (the first of theirs); else none, and the user chooses."""
        from_file = self.preview.document.patient.department if self.preview else ""
        self.department.setCurrentIndex(self.department.findText(
            departments.preset_for_import(self.session, from_file)))

    def _update_buttons(self) -> None:
        ready = self.preview is not None and (
            self.new_patient_button.isChecked() and self.new_patient_button.isEnabled()
            and self.department.currentIndex() >= 0
            or self.new_version_button.isChecked() and (
                self.preview.match_by != importer.MATCH_NAME_BIRTH
                or self.same_person.isChecked()))
        self.import_button.setEnabled(bool(ready))

    # ------------------------------------------------------------ applying

    def do_import(self) -> None:
        found = self.preview
        if found is None:
            return
        new_patient = self.new_patient_button.isChecked()
        if new_patient:
            question = self.tr("Opprette {name} som ny pasient med planen fra filen?").format(
                name=found.document.patient.name)
        else:
            question = self.tr("Legge planen fra filen til som en ny versjon hos {name}? "
                               "Tidligere versjoner beholdes.").format(name=found.match.name)
        if not confirm(self, self.tr("Hent inn planen"), question):
            return
        try:
            self.result = importer.apply(
                self.session, found, importer.NEW_PATIENT if new_patient else importer.NEW_VERSION,
                department=self.department.currentText() if new_patient else "")
        except ExchangeRefused as refusal:
            self.message.setText(str(refusal))
            return
        if not access.may_see(self.session, self.result.patient_id):
            tell(self, self.tr("Hent inn planen"), self.tr(
                "Pasienten er importert til avdeling {department}. Du har ikke tilgang til "
                "den avdelingen.").format(
                    department=store.get_patient(self.db, self.result.patient_id).department
                    or self.tr("ingen")))
        self.accept()
