"""Brevmaler, a tab of Innstillinger for administrators: the ward's letter templates (name and
body in plain text with merge fields), the merge fields to insert with a double-click, and the
letter as it would look for a made-up patient. Saved with the dialog (all templates or none);
an unknown or empty field shows as "[mangler: …]", as in the printed letter."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.records import ValidationError
from desktop.records_people import LetterTemplate
from desktop.reports.letter import merge
from desktop.store import accounts, letters
from desktop.store.session import Session

# pyside6-lupdate reads translate("Context", "text") calls with both strings literal
translate = QCoreApplication.translate


def merge_fields() -> list[tuple[str, str, str]]:
    """(field, what it is, a made-up value for the preview) of every merge field a letter has
    (store/letters.letter_fields)."""
    return [
        ("pasient.navn", translate("LetterTemplatesPage", "pasientens navn"), "Ola Nordmann"),
        ("pasient.født", translate("LetterTemplatesPage", "pasientens fødselsdato"), "14.03.1990"),
        ("pasient.adresse", translate("LetterTemplatesPage", "pasientens adresse"),
         "Storgata 1, 2815 Gjøvik"),
        ("kommune", translate("LetterTemplatesPage", "kommunen"), "Gjøvik"),
        ("koordinator.navn",
         translate("LetterTemplatesPage", "koordinatoren i spesialisthelsetjenesten"),
         "Siri Koordinator"),
        ("koordinator.telefon", translate("LetterTemplatesPage", "koordinatorens telefon"),
         "61 00 00 00"),
        ("ke.navn", translate("LetterTemplatesPage", "kommunens koordinerende enhet"),
         "Koordinerende enhet, Gjøvik"),
        ("ke.telefon", translate("LetterTemplatesPage", "den koordinerende enhetens telefon"),
         "61 11 11 11"),
        ("deltakere", translate("LetterTemplatesPage", "de inviterte (ellers ansvarsgruppen)"),
         "Kari Nordmann, Per Fastlege"),
        ("møte.type", translate("LetterTemplatesPage", "hva slags møte"),
         translate("LetterTemplatesPage", "ansvarsgruppemøte")),
        ("møte.tid", translate("LetterTemplatesPage", "når møtet er"), "20.05.2027 13:00"),
        ("møte.sted", translate("LetterTemplatesPage", "hvor møtet er"),
         translate("LetterTemplatesPage", "Møterom 2")),
        ("møte.saker", translate("LetterTemplatesPage", "sakslisten"),
         translate("LetterTemplatesPage", "Gjennomgang av planen")),
        ("møte.referat", translate("LetterTemplatesPage", "referatet"),
         translate("LetterTemplatesPage", "Planen ble gjennomgått.")),
        ("møte.til_stede", translate("LetterTemplatesPage", "hvem som var til stede"),
         "Ola Nordmann, Siri Koordinator"),
        ("møte.tiltak", translate("LetterTemplatesPage", "det som ble avtalt"),
         "– " + translate("LetterTemplatesPage", "Søke om støttekontakt")),
        ("møte.neste", translate("LetterTemplatesPage", "neste møte"), "17.06.2027 13:00"),
        ("dagens_dato", translate("LetterTemplatesPage", "dagens dato"), "01.12.2026"),
        ("avsender", translate("LetterTemplatesPage", "avsenderen (avdelingen)"),
         translate("LetterTemplatesPage", "Voksenpsykiatrisk avdeling")),
    ]


class LetterTemplatesPage(QWidget):
    @classmethod
    def applies(cls, session: Session) -> bool:
        """Only administrators keep the templates (anyone while there are no accounts)."""
        return not accounts.has_accounts(session.db) or bool(session.user and
                                                             session.user.is_admin)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Brevmaler"))
        self.templates = letters.list_templates(session.db)
        self.deleted: list[int] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Brevmaler"))
        self.list.currentRowChanged.connect(self._show)
        new_button = QPushButton(self.tr("Ny mal"), self)
        new_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Slett malen"), self)
        self.remove_button.clicked.connect(self.remove)
        self.name = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Brevets tekst"))
        self.fields = QListWidget(self)
        self.fields.setAccessibleName(self.tr("Flettefelt"))
        self.sample = {field: value for field, _what, value in merge_fields()}
        for field, what, _value in merge_fields():
            item = QListWidgetItem(f"{{{field}}} – {what}", self.fields)
            item.setData(Qt.ItemDataRole.UserRole, field)
        self.fields.itemActivated.connect(self._insert)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Forhåndsvisning"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(palette.ERROR_STYLE)
        self.name.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(new_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Navn:"), self)
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        middle = QVBoxLayout()
        middle.addLayout(form)
        middle.addWidget(self.body, 3)
        middle.addWidget(QLabel(self.tr("Flettefelt (dobbeltklikk for å sette inn):"), self))
        middle.addWidget(self.fields, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Slik blir brevet (for en oppdiktet pasient):"), self))
        right.addWidget(self.preview, 1)
        splitter = QSplitter(self)
        for part in (left, middle, right):
            holder = QWidget(splitter)
            part.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(part)
            splitter.addWidget(holder)
        splitter.setSizes([180, 360, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._reload_list(0)

    def _reload_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for template in self.templates:
            self.list.addItem(template.name or self.tr("(uten navn)"))
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self.templates) - 1))
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        chosen = 0 <= row < len(self.templates)
        template = self.templates[row] if chosen else LetterTemplate()
        for widget in (self.name, self.body, self.remove_button):
            widget.setEnabled(chosen)
        self.name.blockSignals(True)
        self.body.blockSignals(True)
        self.name.setText(template.name)
        self.body.setPlainText(template.body)
        self.name.blockSignals(False)
        self.body.blockSignals(False)
        self._preview()

    def _edited(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.templates):
            return
        self.templates[row] = dataclasses.replace(self.templates[row], name=self.name.text(),
                                                  body=self.body.toPlainText())
        self.list.item(row).setText(self.name.text() or self.tr("(uten navn)"))
        self._preview()

    def _preview(self) -> None:
        self.preview.setPlainText(merge(self.body.toPlainText(), self.sample))

    def _insert(self, item: QListWidgetItem) -> None:
        if self.body.isEnabled():
            self.body.insertPlainText("{" + item.data(Qt.ItemDataRole.UserRole) + "}")
            self.body.setFocus()

    def add(self) -> None:
        self.templates.append(LetterTemplate(name=self.tr("Ny mal")))
        self._reload_list(len(self.templates) - 1)
        self.name.selectAll()
        self.name.setFocus()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.templates):
            removed = self.templates.pop(row)
            if removed.id is not None:
                self.deleted.append(removed.id)
            self._reload_list(row)

    def apply(self) -> bool:
        """Save every template (and the removals) together; False and the reason shown when
        one is refused (that template is shown)."""
        stored = {t.id: t for t in letters.list_templates(self.session.db)}
        saving = 0  # the template being saved, shown when it is refused
        try:
            with self.session.db.atomic():
                for template_id in self.deleted:
                    letters.delete_template(self.session, template_id)
                for template in self.templates:
                    before = stored.get(template.id)
                    if before is None or (before.name, before.body) != (template.name,
                                                                       template.body):
                        letters.save_template(self.session, template)
                    saving += 1
        except ValidationError as refusal:
            self.list.setCurrentRow(min(saving, len(self.templates) - 1))
            self.message.setText(str(refusal))
            return False
        return True
