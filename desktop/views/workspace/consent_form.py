"""The consent page (Samtykke til utarbeidelse av individuell plan) with a coloured state
banner."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.records import (
    CONSENT_EXPIRED,
    CONSENT_GIVEN,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
    TONE_NEUTRAL,
    Checklist,
    Consent,
    Patient,
    Plan,
    consent_state,
    consent_state_label,
    consent_tone,
    format_partial_date,
    period_error,
)
from desktop.views.common.style import HINT_STYLE
from desktop.views.workspace.form_page import FormPage
from desktop.views.workspace.partial_date_field import PartialDateField

_DATES = ("valid_from", "valid_to", "date", "info_given_date", "withdrawn_date")

class ConsentForm(FormPage):
    document_key = "consent"

    def __init__(self, parent: QWidget | None = None, statement: str = "") -> None:
        super().__init__(parent)
        self._loading = False
        self._plan = Plan()
        self._declined = False
        self._document = Consent()
        self.staff_names = QStringListModel(self)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setMargin(8)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._build_statement(content, statement))
        column.addWidget(self._build_period(content))
        column.addWidget(self._build_sharing(content))
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
        self.statement = QLabel(statement or self.default_statement(), box)
        self.statement.setWordWrap(True)
        layout.addWidget(self.statement)
        self.given = self._check(self.tr("Pasienten har sagt ja og skrevet under"), box)
        self.given.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.given)
        return box

    def default_statement(self) -> str:
        return self.tr(
            "Jeg ønsker at det lages en individuell plan for meg. Jeg har fått forklart hva "
            "planen er og hvordan den brukes. Jeg vet at jeg kan trekke samtykket tilbake når "
            "jeg vil, uten å oppgi grunn.")

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
        form.addRow(self.tr("Annen person pasienten ønsker med i arbeidet:"), self.companion)
        self.share_with_team = self._check(
            self.tr("Planen kan gis til ansvarsgruppen og til dem som bidrar i arbeidet. Andre "
                    "får den bare med nytt samtykke."), box)
        form.addRow(self.share_with_team)
        self.share_confidential = self._check(
            self.tr("De som deltar, kan få taushetsbelagte opplysninger som trengs i arbeidet "
                    "med planen."), box)
        form.addRow(self.share_confidential)
        self.reservations = QPlainTextEdit(box)
        self.reservations.setTabChangesFocus(True)
        self.reservations.setPlaceholderText(
            self.tr("Personer eller instanser pasienten ikke vil skal være med"))
        self.reservations.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.reservations.textChanged.connect(self._user_edit)
        form.addRow(self.tr("Reservasjoner:"), self.reservations)
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
        self.withdrawn_date = self._date(box)
        form.addRow(self.tr("Trukket tilbake dato:"), self.withdrawn_date)
        self.withdrawn_recorded_by = self._line(box, self.tr("Den som registrerte det"),
                                                staff=True)
        form.addRow(self.tr("Registrert av:"), self.withdrawn_recorded_by)
        return box

    # ------------------------------------------------------------ contract

    def load_document(self, document: Any) -> None:
        consent: Consent = document
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
        self._document = consent
        self._show_state()
        self._check_period()

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

    # ------------------------------------------------------------ reactions

    def _user_edit(self, *_args: object) -> None:
        if self._loading:
            return
        self._document = self.write_to(self._document)
        self._show_state()
        self.edited.emit()

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

    def _show_state(self, today: dt.date | None = None) -> None:
        consent = self._document
        state = consent_state(consent, self._declined, today)
        text = consent_state_label(state)
        if state == CONSENT_GIVEN:
            end = format_partial_date(consent.valid_to)
            if end:
                text = self.tr("{state}, gjelder til {date}").format(state=text, date=end)
        elif state == CONSENT_WITHDRAWN:
            text = self.tr("{state} {date}. Planen skal ikke deles eller arbeides videre "
                           "med.").format(state=text,
                                          date=format_partial_date(consent.withdrawn_date))
        elif state == CONSENT_EXPIRED:
            text = self.tr("{state}: samtykket gjaldt til {date}. Innhent nytt samtykke.").format(
                state=text, date=format_partial_date(consent.valid_to))
        self.banner.setText(text)
        # the form is about the consent itself: a refused plan (the checklist's) stays neutral
        tone = TONE_NEUTRAL if state == CONSENT_REFUSED else consent_tone(state)
        self.banner.setStyleSheet(palette.boxed(tone, bold=True))
        self.banner.setProperty("consent_state", state)
