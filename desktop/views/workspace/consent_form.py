"""The consent page (Samtykke til utarbeidelse av individuell plan) with a coloured state
banner and its versions: the newest is edited, an older one is shown read-only. A tick without
a date shows as incomplete; a typed withdrawal date is confirmed before it counts."""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.records import (
    CONSENT_EXPIRED,
    CONSENT_GIVEN,
    CONSENT_INCOMPLETE,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
    TONE_NEUTRAL,
    Checklist,
    Consent,
    Patient,
    Plan,
    consent_state_label,
    consent_tone,
    format_partial_date,
    period_error,
)
from desktop.records_process import ConsentVersion, version_state
from desktop.store import consent_text
from desktop.views.common.style import HINT_STYLE
from desktop.views.workspace import consent_versions_bar
from desktop.views.workspace.consent_versions_bar import ConsentVersionsBar
from desktop.views.workspace.form_page import FormPage
from desktop.views.workspace.partial_date_field import PartialDateField

_DATES = ("valid_from", "valid_to", "date", "info_given_date", "withdrawn_date")

class ConsentForm(FormPage):
    """``new_version_requested`` and ``print_version_requested(number)`` go to the workspace,
    which owns the store."""

    document_key = "consent"
    new_version_requested = Signal()
    print_version_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, statement: str = "",
                 in_steps: bool = False) -> None:
        """``in_steps``: the page is built by iterating ``steps`` (the workspace gives the
        event loop a turn between two steps); otherwise it is built here at once."""
        super().__init__(parent)
        self._loading = False
        self._plan = Plan()
        self._declined = False
        self._document = Consent()
        self._versions: list[ConsentVersion] = []
        self._withdrawal = ""  # the confirmed withdrawal date (a typed one waits for a yes)
        self._asking = False
        self.staff_names = QStringListModel(self)
        self.steps: Iterator[None] = self._building(statement)
        if not in_steps:
            collections.deque(self.steps, maxlen=0)

    def _building(self, statement: str) -> Iterator[None]:
        """The page in the order it was always made (the Tab order follows it), a part of it
        per step."""
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setMargin(8)
        self.versions_bar = ConsentVersionsBar(self)
        self.versions_bar.picked.connect(self._show_version)
        self.versions_bar.new_requested.connect(self.new_version_requested)
        self.versions_bar.print_requested.connect(self.print_version_requested)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.versions_bar)  # in the page, so Tab reads it first
        self.content = QWidget(content)  # the version's fields: read-only for an older one
        fields = QVBoxLayout(self.content)
        fields.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.content)
        column = fields
        column.addWidget(self._build_statement(content, statement))
        column.addWidget(self._build_period(content))
        yield
        column.addWidget(self._build_sharing(content))
        yield
        column.addWidget(self._build_information(content))
        column.addWidget(self._build_withdrawal(content))
        column.addStretch(1)
        self.set_scrolling_content(content, self.banner)
        self._show_state()

    def title(self) -> str:
        return self.tr("Samtykke")

    # ------------------------------------------------------------ layout

    def _line(self, parent: QWidget, placeholder: str = "", staff: bool = False) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(placeholder)
        if staff:
            completer = QCompleter(self.staff_names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        edit.textEdited.connect(self._user_edit)
        return edit

    def _date(self, parent: QWidget) -> PartialDateField:
        field = PartialDateField(parent)
        field.edited.connect(self._user_edit)
        return field

    def _check(self, text: str, parent: QWidget) -> QCheckBox:
        box = QCheckBox(text, parent)
        box.toggled.connect(self._user_edit)
        return box

    def _build_statement(self, parent: QWidget, statement: str) -> QGroupBox:
        box = QGroupBox(self.tr("Samtykkeerklæring"), parent)
        layout = QVBoxLayout(box)
        self.statement = QLabel(box)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)  # the hospital's own lines
        self.statement.setWordWrap(True)
        self.set_statement(statement)
        layout.addWidget(self.statement)
        # the text is the printed one (Bokmål) in every window language: say so in the others
        self.printed_note = QLabel(self.tr(
            "Samtykketeksten og spørsmålene om deling vises på bokmål, slik de står på "
            "skjemaet pasienten skriver under på."), box)
        self.printed_note.setWordWrap(True)
        self.printed_note.setStyleSheet(HINT_STYLE)
        self.printed_note.setVisible(
            QLocale().language() != QLocale.Language.NorwegianBokmal)
        layout.addWidget(self.printed_note)
        self.given = self._check(self.tr("Pasienten har sagt ja og skrevet under"), box)
        self.given.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.given)
        return box

    def set_statement(self, text: str) -> None:
        """Show the consent statement in force (store/consent_text.statement, the words the
        printed form carries); "" shows the program's own."""
        self.statement.setText(text or consent_text.default_statement())

    def _build_period(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Gyldighet og underskrift"), parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        period = QWidget(box)
        line = QHBoxLayout(period)
        line.setContentsMargins(0, 0, 0, 0)
        self.valid_from = self._date(period)
        self.valid_to = self._date(period)
        for field in (self.valid_from, self.valid_to):
            field.line.editingFinished.connect(self._check_period)
        self.use_plan_period = QPushButton(self.tr("Bruk planperioden"), period)
        self.use_plan_period.clicked.connect(self._use_plan_period)
        for caption, field in ((self.tr("f.o.m."), self.valid_from),
                               (self.tr("t.o.m."), self.valid_to)):
            label = QLabel(caption, period)
            label.setBuddy(field.line)
            # as high as the field's line, so the caption stays level when a message shows
            label.setFixedHeight(field.line.sizeHint().height())
            line.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(field, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.use_plan_period, 0, Qt.AlignmentFlag.AlignTop)
        line.addStretch(1)
        form.addRow(self.tr("Samtykket gjelder:"), period)
        self.place = self._line(box)
        form.addRow(self.tr("Sted:"), self.place)
        self.date = self._date(box)
        form.addRow(self.tr("Dato:"), self.date)
        self.signed_by = self._line(box, self.tr("Navnet til den som skrev under"))
        form.addRow(self.tr("Underskrift:"), self.signed_by)
        self.guardian = self._line(box, self.tr("Når verge eller foresatte skriver under"))
        form.addRow(self.tr("Evt. verges/foresattes underskrift:"), self.guardian)
        return box

    def _build_sharing(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Hvem som er med, og hva som kan deles"), parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.companion = self._line(box, self.tr("Navn"))
        self.participant_names: list[str] = []  # the Deltakere page's people, to pick from
        form.addRow(self.tr("Annen person pasienten ønsker med i arbeidet:"),
                    self._with_picker(self.companion, box))
        self.share_with_team = self._check(consent_text.share_with_team(), box)
        form.addRow(self.share_with_team)
        self.share_confidential = self._check(consent_text.share_confidential(), box)
        form.addRow(self.share_confidential)
        self.reservations = QPlainTextEdit(box)
        self.reservations.setTabChangesFocus(True)
        self.reservations.setPlaceholderText(
            self.tr("Personer eller instanser pasienten ikke vil skal være med"))
        self.reservations.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.reservations.textChanged.connect(self._user_edit)
        form.addRow(self.tr("Reservasjoner:"), self._with_picker(self.reservations, box))
        return box

    def _build_information(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Informasjon om individuell plan er gitt"), parent)
        form = QFormLayout(box)
        self.info_given_by = self._line(box, self.tr("Navn på den som informerte"), staff=True)
        form.addRow(self.tr("Informasjon gitt av:"), self.info_given_by)
        self.info_given_date = self._date(box)
        form.addRow(self.tr("Dato:"), self.info_given_date)
        return box

    def _build_withdrawal(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Tilbaketrekking av samtykket"), parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        hint = QLabel(self.tr("Fyll ut når pasienten trekker samtykket tilbake. Da skal planen "
                              "ikke deles eller arbeides videre med."), box)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form.addRow(hint)
        self.withdrawn_date = PartialDateField(box)  # counts once confirmed (_withdrawal_typed)
        self.withdrawn_date.edited.connect(self._withdrawal_typed)
        self.withdrawn_date.line.editingFinished.connect(self._confirm_withdrawal)
        form.addRow(self.tr("Trukket tilbake dato:"), self.withdrawn_date)
        self.withdrawn_recorded_by = self._line(box, self.tr("Den som registrerte det"),
                                                staff=True)
        form.addRow(self.tr("Registrert av:"), self.withdrawn_recorded_by)
        return box

    # ------------------------------------------------------------ contract

    def load_document(self, document: Any) -> None:
        """Show the newest version (the workspace's document), editable."""
        consent: Consent = document
        self.versions_bar.show_newest()
        self.content.setEnabled(True)
        self._withdrawal = consent.withdrawn_date
        self._fill(consent)
        self._document = consent
        self._show_state()
        self._check_period()

    def set_versions(self, versions: list[ConsentVersion]) -> None:
        """The patient's consent versions, oldest first (the newest is the document)."""
        self._versions = versions
        self.versions_bar.set_versions(versions)
        self.content.setEnabled(True)

    def _show_version(self, number: int) -> None:
        if self.versions_bar.newest_shown():
            self.load_document(self._document)
            return
        older = next((v.consent for v in self._versions if v.number == number), Consent())
        self.content.setEnabled(False)  # an older version is read, not changed
        self._fill(older)
        self._show_state(consent=older)

    def _fill(self, consent: Consent) -> None:
        self._loading = True
        try:
            self.given.setChecked(consent.given)
            for name in _DATES:
                getattr(self, name).show_date(consent, name)
            for name in ("place", "signed_by", "guardian", "companion", "info_given_by",
                         "withdrawn_recorded_by"):
                getattr(self, name).setText(getattr(consent, name))
            self.share_with_team.setChecked(consent.share_with_team)
            self.share_confidential.setChecked(consent.share_confidential)
            self.reservations.setPlainText(consent.reservations)
        finally:
            self._loading = False

    def _check_period(self) -> None:
        """A consent whose end is before its start is flagged under the end date."""
        self.valid_to.set_warning(period_error(self.valid_from.value(), self.valid_to.value()))

    def write_to(self, document: Any) -> Any:
        old: Consent = document
        dated = old
        for name in _DATES:  # each date as typed, kept when it is not one
            dated = getattr(self, name).store_date(dated, name)
        new = dataclasses.replace(
            dated,
            given=self.given.isChecked(),
            share_with_team=self.share_with_team.isChecked(),
            share_confidential=self.share_confidential.isChecked(),
            reservations=self.reservations.toPlainText(),
            withdrawn_date=self._withdrawal,  # only once confirmed (_confirm_withdrawal)
            **{name: getattr(self, name).text()
               for name in ("place", "signed_by", "guardian", "companion", "info_given_by",
                            "withdrawn_recorded_by")},
        )
        return new

    def context_changed(self, patient: Patient, documents: dict[str, Any]) -> None:
        plan = documents.get("plan")
        self._plan = plan if isinstance(plan, Plan) else Plan()
        checklist = documents.get("checklist")
        self._declined = checklist.declined if isinstance(checklist, Checklist) else False
        consent = documents.get("consent")
        if isinstance(consent, Consent):
            self._document = consent
        self._update_plan_button()
        self._show_state()

    def set_staff_names(self, names: list[str]) -> None:
        self.staff_names.setStringList(names)

    # ------------------------------------------------------------ participants to pick

    def set_participant_names(self, names: list[str]) -> None:
        """The patient's participants, offered for "another person" and the reservations
        (typed text that names no one stays as it is)."""
        self.participant_names = list(names)

    def _with_picker(self, field: QWidget, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        button = QToolButton(holder)
        button.setText(self.tr("Velg deltaker"))
        button.setAccessibleName(self.tr("Velg blant deltakerne"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self._fill_picker(menu, field))
        button.setMenu(menu)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        if field is self.companion:
            self.companion_picker = button
        else:
            self.reservations_picker = button
        return holder

    def _fill_picker(self, menu: QMenu, field: QWidget) -> None:
        menu.clear()
        if not self.participant_names:
            menu.addAction(self.tr("Ingen deltakere er registrert")).setEnabled(False)
        for name in self.participant_names:
            menu.addAction(name).triggered.connect(
                lambda _checked=False, n=name: self.pick_participant(field, n))

    def pick_participant(self, field: QWidget, name: str) -> None:
        """"Another person" becomes the name; a reservation is added on its own line."""
        if isinstance(field, QLineEdit):
            field.setText(name)
            self._user_edit()
        elif isinstance(field, QPlainTextEdit):
            text = field.toPlainText().rstrip()
            field.setPlainText(f"{text}\n{name}" if text else name)

    # ------------------------------------------------------------ reactions

    def _user_edit(self, *_args: object) -> None:
        if self._loading:
            return
        self._document = self.write_to(self._document)
        self._show_state()
        self.edited.emit()

    def _withdrawal_typed(self) -> None:
        """Emptying the withdrawal date counts at once; a typed date waits for leaving the
        field and the user's yes (one mistyped field must not flip the legal state)."""
        if not self.withdrawn_date.text().strip() and self._withdrawal:
            self._withdrawal = ""
            self._user_edit()

    def _confirm_withdrawal(self) -> None:
        typed = self.withdrawn_date.value()
        if self._asking or self._loading or not typed or typed == self._withdrawal:
            return
        self._asking = True
        try:
            yes = consent_versions_bar.ask(self, self.tr("Samtykket trekkes tilbake"), self.tr(
                "Registrere at samtykket ble trukket tilbake {date}? Da skal planen ikke deles "
                "eller arbeides videre med.").format(date=format_partial_date(typed)))
        finally:
            self._asking = False
        if yes:
            self._withdrawal = typed
            self._user_edit()
        else:
            self.withdrawn_date.set_iso(self._withdrawal)

    def _update_plan_button(self) -> None:
        start, end = self._plan.valid_from, self._plan.valid_to
        self.use_plan_period.setEnabled(bool(start))
        if start:
            to = format_partial_date(end) if end else self.tr("til etter evaluering")
            self.use_plan_period.setToolTip(self.tr("Planperioden: {start} – {to}").format(
                start=format_partial_date(start), to=to))
        else:
            self.use_plan_period.setToolTip(self.tr("Planen har ingen periode ennå."))

    def _use_plan_period(self) -> None:
        self.valid_from.set_iso(self._plan.valid_from)
        self.valid_to.set_iso(self._plan.valid_to)
        self._check_period()
        self._user_edit()

    def _show_state(self, today: dt.date | None = None, consent: Consent | None = None) -> None:
        if consent is None and not self.versions_bar.newest_shown():
            return  # an older version is on screen: its state stays
        consent = consent or self._document
        state = version_state(consent, self._declined, today)
        text = consent_state_label(state)
        if state == CONSENT_GIVEN:
            end = format_partial_date(consent.valid_to)
            if end:
                text = self.tr("{state}, gjelder til {date}").format(state=text, date=end)
        elif state == CONSENT_WITHDRAWN:
            text = self.tr("{state} {date}. Planen skal ikke deles eller arbeides videre "
                           "med.").format(state=text,
                                          date=format_partial_date(consent.withdrawn_date))
        elif state == CONSENT_INCOMPLETE:
            text = self.tr("{state}: samtykket er krysset av, men mangler dato.").format(
                state=text)
        elif state == CONSENT_EXPIRED:
            text = self.tr("{state}: samtykket gjaldt til {date}. Innhent nytt samtykke.").format(
                state=text, date=format_partial_date(consent.valid_to))
        self.banner.setText(text)
        # the form is about the consent itself: a refused plan (the checklist's) stays neutral
        tone = TONE_NEUTRAL if state == CONSENT_REFUSED else consent_tone(state)
        self.banner.setStyleSheet(palette.boxed(tone, bold=True))
        self.banner.setProperty("consent_state", state)
