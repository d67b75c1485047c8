"""The checklist page (Sjekkliste for god praksis): both lists, the patient's «no» to a plan,
user involvement and next of kin."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    CONSENT_ITEM,
    EXISTING_PLAN_ITEM,
    Checklist,
    ChecklistItem,
    Consent,
    Patient,
    sync_consent_item,
)
from desktop.store.notices import NOTIFY_ITEM
from desktop.views.common.style import HINT_STYLE
from desktop.views.workspace.checklist_items import (
    ChecklistItemsBox,
    consent_item_text,
    laid_out_once,
    put_text,
)
from desktop.views.workspace.form_page import FormPage
from desktop.views.workspace.partial_date_field import PartialDateField

ROWS_PER_STEP = 3  # items of a list built in one turn of the event loop (issue 17: 50 ms)


class ChecklistForm(FormPage):
    document_key = "checklist"
    open_consent_requested = Signal()
    open_notice_requested = Signal()  # item 6's button: the page «Melding til kommunen»

    def __init__(self, parent: QWidget | None = None, in_steps: bool = False) -> None:
        """``in_steps``: the page is built by iterating ``steps`` (the workspace gives the
        event loop a turn between two steps); otherwise it is built here at once."""
        super().__init__(parent)
        self._loading = False
        self._consent = Consent()
        self.staff_names = QStringListModel(self)
        self.steps: Iterator[None] = self._building()
        if not in_steps:
            for _step in self.steps:
                pass

    def _building(self) -> Iterator[None]:
        """The page in the order it was always made (the Tab order follows it), a few items
        of a list per step."""
        content = QWidget()
        column = QVBoxLayout(content)
        intro = QLabel(self.tr("Kryss av etter hvert. Ingen felt må fylles ut, og datoen kan "
                               "være dag, måned eller bare år."), content)
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        column.addWidget(intro)

        self.start_box = ChecklistItemsBox(self.tr("Igangsette planprosess"), CHECKLIST_START,
                                           self.staff_names, content, in_steps=True)
        self.start_box.edited.connect(self._user_edit)
        while self.start_box.add_rows(ROWS_PER_STEP):
            yield
        yield
        self._build_existing_plan_answer()
        self._build_consent_item()
        self.notice_button = QPushButton(self.tr("Melding til kommunen …"), content)
        self.notice_button.clicked.connect(self.open_notice_requested)
        self.start_box.add_extra(NOTIFY_ITEM, self.notice_button)
        column.addWidget(self.start_box)

        self.existing_box = ChecklistItemsBox(self.tr("Når pasienten allerede har en plan"),
                                              CHECKLIST_EXISTING, self.staff_names, content,
                                              self.tr(" (eksisterende plan)"), in_steps=True)
        self.existing_box.edited.connect(self._user_edit)
        while self.existing_box.add_rows(ROWS_PER_STEP):
            yield
        column.addWidget(self.existing_box)
        yield
        column.addWidget(self._build_involvement(content))
        column.addWidget(self._build_declined(content))
        column.addStretch(1)

        self.set_scrolling_content(content)
        self._update_visibility()

    def title(self) -> str:
        return self.tr("Sjekkliste")

    def set_user_name(self, name: Callable[[], str]) -> None:
        """Who is logged in: an item set to Utført gets this name when «Utført av» is empty."""
        self.start_box.user_name = name
        self.existing_box.user_name = name

    # ------------------------------------------------------------ layout

    def _build_existing_plan_answer(self) -> None:
        self.has_existing_plan = QCheckBox(
            self.tr("Pasienten har allerede en individuell plan"))
        self.has_existing_plan.toggled.connect(self._existing_toggled)
        self.start_box.add_extra(EXISTING_PLAN_ITEM, self.has_existing_plan)
        self.existing_note = QLabel()
        self.existing_note.setWordWrap(True)
        self.existing_note.linkActivated.connect(self._toggle_skipped_items)
        self.start_box.add_extra(EXISTING_PLAN_ITEM, self.existing_note)
        self._show_skipped = False
        self._shown: tuple[bool, ...] = ()  # what _update_visibility showed

    def _build_consent_item(self) -> None:
        """Item 5 shows the consent form's state (a link to it) instead of state and date."""
        self.consent_status = QLabel()
        self.consent_status.setWordWrap(True)
        self.consent_status.setToolTip(self.tr("Åpne samtykkeskjemaet"))
        self.consent_status.linkActivated.connect(lambda _link: self.open_consent_requested.emit())
        self.start_box.replace_state_and_date(CONSENT_ITEM, self.consent_status)

    def _build_involvement(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Brukermedvirkning og pårørende"), parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.user_involvement = QPlainTextEdit(box)
        self.user_involvement.setTabChangesFocus(True)
        self.user_involvement.setPlaceholderText(
            self.tr("Hvordan har pasienten vært med i arbeidet? Hva er viktig for pasienten?"))
        self.user_involvement.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.user_involvement.textChanged.connect(self._user_edit)
        form.addRow(self.tr("Brukermedvirkning:"), self.user_involvement)
        self.next_of_kin_involved = QCheckBox(
            self.tr("Pårørende er med i arbeidet (når pasienten ønsker det)"), box)
        self.next_of_kin_involved.toggled.connect(self._user_edit)
        form.addRow(self.next_of_kin_involved)
        self.next_of_kin = QLineEdit(box)
        self.next_of_kin.setPlaceholderText(self.tr("Navn og relasjon, f.eks. «Søster, Kari»"))
        self.next_of_kin.textEdited.connect(self._user_edit)
        form.addRow(self.tr("Pårørende:"), self.next_of_kin)
        return box

    def _build_declined(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Pasienten ønsker ikke individuell plan"), parent)
        box.setCheckable(True)
        box.setChecked(False)
        box.toggled.connect(self._declined_toggled)
        self.declined = box
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        hint = QLabel(self.tr("Pasienten kan be om en plan senere. Gi skriftlig informasjon og "
                              "navn og telefonnummer til kommunens koordinerende enhet."), box)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form.addRow(hint)
        self.declined_date = PartialDateField(box)
        self.declined_date.edited.connect(self._user_edit)
        form.addRow(self.tr("Dato:"), self.declined_date)
        self.declined_written_info = QCheckBox(self.tr("Skriftlig informasjon er gitt"), box)
        self.declined_written_info.toggled.connect(self._user_edit)
        form.addRow(self.declined_written_info)
        self.declined_unit_name = QLineEdit(box)
        self.declined_unit_name.setPlaceholderText(self.tr("Koordinerende enhet i kommunen"))
        self.declined_unit_name.textEdited.connect(self._user_edit)
        form.addRow(self.tr("Koordinerende enhet:"), self.declined_unit_name)
        self.declined_unit_phone = QLineEdit(box)
        self.declined_unit_phone.textEdited.connect(self._user_edit)
        form.addRow(self.tr("Telefon:"), self.declined_unit_phone)
        self.declined_note = QLineEdit(box)
        self.declined_note.textEdited.connect(self._user_edit)
        form.addRow(self.tr("Merknad:"), self.declined_note)
        self._declined_details = [self.declined_date, self.declined_written_info,
                                  self.declined_unit_name, self.declined_unit_phone,
                                  self.declined_note]
        return box

    # ------------------------------------------------------------ contract

    def load_document(self, document: Any) -> None:
        checklist: Checklist = document
        self._loading = True
        try:
            self.start_box.load(checklist.start)
            self.existing_box.load(checklist.existing)
            self.has_existing_plan.setChecked(checklist.has_existing_plan)
            if self.user_involvement.toPlainText() != checklist.user_involvement:
                self.user_involvement.setPlainText(checklist.user_involvement)
            self.next_of_kin_involved.setChecked(checklist.next_of_kin_involved)
            put_text(self.next_of_kin, checklist.next_of_kin)
            self.declined.setChecked(checklist.declined)
            self.declined_date.show_date(checklist, "declined_date")
            self.declined_written_info.setChecked(checklist.declined_written_info)
            put_text(self.declined_unit_name, checklist.declined_unit_name)
            put_text(self.declined_unit_phone, checklist.declined_unit_phone)
            put_text(self.declined_note, checklist.declined_note)
        finally:
            self._loading = False
        self._update_visibility()

    def write_to(self, document: Any) -> Any:
        old: Checklist = document
        new = dataclasses.replace(
            self.declined_date.store_date(old, "declined_date"),
            start=self.start_box.items(old.start),
            existing=self.existing_box.items(old.existing),
            has_existing_plan=self.has_existing_plan.isChecked(),
            user_involvement=self.user_involvement.toPlainText(),
            next_of_kin_involved=self.next_of_kin_involved.isChecked(),
            next_of_kin=self.next_of_kin.text(),
            declined=self.declined.isChecked(),
            declined_written_info=self.declined_written_info.isChecked(),
            declined_unit_name=self.declined_unit_name.text(),
            declined_unit_phone=self.declined_unit_phone.text(),
            declined_note=self.declined_note.text(),
        )
        # item 5 is not edited here: keep what the consent form made of it
        new.start[CONSENT_ITEM] = dataclasses.replace(
            old.start[CONSENT_ITEM], done_by=new.start[CONSENT_ITEM].done_by,
            note=new.start[CONSENT_ITEM].note)
        return sync_consent_item(new, self._consent)

    def context_changed(self, patient: Patient, documents: dict[str, Any]) -> None:
        consent = documents.get("consent")
        self._consent = consent if isinstance(consent, Consent) else Consent()
        checklist = documents.get("checklist")
        declined = checklist.declined if isinstance(checklist, Checklist) else False
        text = html.escape(consent_item_text(self._consent, declined))
        self.consent_status.setText(f'<a href="consent">{text}</a>')

    def set_staff_names(self, names: list[str]) -> None:
        """Names offered while typing «Utført av» (recently used on this ward)."""
        self.staff_names.setStringList(names)

    # ------------------------------------------------------------ reactions

    def _user_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _existing_toggled(self, _checked: bool) -> None:
        if self._loading:  # load_document shows what applies once, at its end
            return
        self._update_visibility()
        self._user_edit()

    def _toggle_skipped_items(self, _link: str) -> None:
        self._show_skipped = not self._show_skipped
        self._update_visibility()

    def _declined_toggled(self, _checked: bool) -> None:
        if self._loading:
            return
        self._update_visibility()
        self._user_edit()

    def _update_visibility(self) -> None:
        """Show what applies; nothing is set (or laid out) when that has not changed."""
        existing = self.has_existing_plan.isChecked()
        has_content = any(item != ChecklistItem() for item in self.existing_box.items([]))
        shown = (existing, has_content, self._show_skipped, self.declined.isChecked())
        if shown == self._shown:
            return
        self._shown = shown
        with laid_out_once(self.start_box.grid, self.declined.layout()):
            self._show_what_applies(existing)
        self.existing_box.setVisible(existing or has_content)

    def _show_what_applies(self, existing: bool) -> None:
        self.existing_note.setVisible(existing)
        if existing:
            link = self.tr("Skjul dem") if self._show_skipped else self.tr("Vis dem likevel")
            self.existing_note.setText(
                "<b>{}</b> <a href=\"toggle\">{}</a>".format(
                    html.escape(self.tr("Pasienten har allerede en plan, så punkt 4–10 gjelder "
                                        "ikke. Bruk listen «Når pasienten allerede har en plan».")),
                    html.escape(link)))
        for index in range(EXISTING_PLAN_ITEM + 1, len(CHECKLIST_START)):
            self.start_box.set_item_dimmed(index, existing,
                                           hidden=existing and not self._show_skipped)
        for widget in self._declined_details:
            if widget.isHidden() == self.declined.isChecked():
                widget.setVisible(self.declined.isChecked())

