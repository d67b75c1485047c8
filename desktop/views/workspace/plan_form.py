"""The individual plan page (Anbefaling 2): header, period, situation, the two coordinators,
the overall goal and the table of sub-goals and measures. It edits every field of the plan
document except the existing decisions, which have their own page."""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.plan_rows_model import PlanRowsModel
from desktop.records import Patient, Plan, format_partial_date, period_error
from desktop.records_dates import with_typed_dates
from desktop.views.common.style import HINT_STYLE
from desktop.views.workspace.consent_banner import ConsentBanner
from desktop.views.workspace.coordinators_box import HOSPITAL, MUNICIPAL, CoordinatorsBox
from desktop.views.workspace.form_page import FormPage
from desktop.views.workspace.measure_completer import MeasureNamesDelegate
from desktop.views.workspace.measure_detail import MeasureDetail
from desktop.views.workspace.partial_date_field import PartialDateField
from desktop.views.workspace.rows_editor import RowsEditor

_DATES = ("valid_from", "valid_to", "evaluation_date")  # the plan's date fields


def text_box(parent: QWidget, placeholder: str, lines: int) -> QPlainTextEdit:
    """A free-text box of about ``lines`` lines; longer texts scroll inside it."""
    box = QPlainTextEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class PlanForm(FormPage):
    document_key = "plan"
    evaluate_requested = Signal(int)  # the detail pane's "Evaluer tiltaket…" on a row

    def __init__(self, parent: QWidget | None = None, in_steps: bool = False) -> None:
        """``in_steps``: the page is built by iterating ``steps`` (the workspace gives the
        event loop a turn between two steps); otherwise it is built here at once."""
        super().__init__(parent)
        self._loading = False
        self._remembered_end = ""
        self.steps: Iterator[None] = self._building()
        if not in_steps:
            collections.deque(self.steps, maxlen=0)

    def _building(self) -> Iterator[None]:
        """The page in the order it was always made (the Tab order follows it), a part of it
        per step."""
        self.banner = ConsentBanner(self)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._build_header(content))
        yield
        column.addWidget(self._build_situation(content))
        self.coordinators = CoordinatorsBox(content)
        column.addWidget(self.coordinators)
        yield
        column.addWidget(self._build_goals(content))
        column.addStretch(1)
        yield

        self.set_scrolling_content(content, self.banner)

        for edit in (self.prepared_by, self.municipality):
            edit.textEdited.connect(self._user_edit)
        for box in (self.situation, self.overall_goal):
            box.textChanged.connect(self._user_edit)
        for field in (self.valid_from, self.valid_to, self.evaluation_date):
            field.edited.connect(self._user_edit)
        for field in (self.valid_from, self.valid_to):
            field.line.editingFinished.connect(self._check_period)
        self.open_end.toggled.connect(self._open_end_toggled)
        self.coordinators.edited.connect(self._user_edit)
        self.rows.edited.connect(self._user_edit)
        self.measure.evaluate_requested.connect(self.evaluate_requested)
        self._open_end_toggled(self.open_end.isChecked())

    # ------------------------------------------------------------ layout

    def _build_header(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Individuell plan"), parent)
        grid = QGridLayout(box)
        self.prepared_by = QLineEdit(box)
        self.prepared_by.setPlaceholderText(self.tr("navn og arbeidssted"))
        self.municipality = QLineEdit(box)
        self.municipality.setPlaceholderText(self.tr("kommunens navn"))
        # each field is read as its own label, not as the box's title
        self.municipality.setAccessibleName(self.tr("i samarbeid med … kommune"))
        made = QHBoxLayout()
        for widget, stretch in ((QLabel(self.tr("Utarbeidet av"), box), 0),
                                (self.prepared_by, 3),
                                (QLabel(self.tr("i samarbeid med"), box), 0),
                                (self.municipality, 2), (QLabel(self.tr("kommune"), box), 0)):
            made.addWidget(widget, stretch)
        made.itemAt(0).widget().setBuddy(self.prepared_by)
        made.itemAt(2).widget().setBuddy(self.municipality)
        grid.addLayout(made, 0, 0, 1, 4)

        owner = QLabel("<b>{}</b>".format(self.tr("Planen tilhører")), box)
        grid.addWidget(owner, 1, 0, 1, 4)
        self.patient_fields: dict[str, QLabel] = {}
        for i, (key, text) in enumerate((("name", self.tr("Navn")), ("born", self.tr("Født")),
                                         ("address", self.tr("Adresse")),
                                         ("phone", self.tr("Telefon")))):
            value = QLabel(box)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setToolTip(self.tr("Fra pasientopplysningene; endres der."))
            grid.addWidget(QLabel(text, box), 2 + i // 2, (i % 2) * 2)
            grid.addWidget(value, 2 + i // 2, (i % 2) * 2 + 1)
            self.patient_fields[key] = value
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.valid_from = PartialDateField(box)
        self.valid_to = PartialDateField(box)
        self.evaluation_date = PartialDateField(box)
        self.open_end = QCheckBox(self.tr("til etter evaluering"), box)
        self.open_end.setToolTip(self.tr("Planen gjelder til den er evaluert; ingen sluttdato."))
        period = QHBoxLayout()
        period.setAlignment(Qt.AlignmentFlag.AlignTop)
        line_height = self.valid_from.line.sizeHint().height()
        captions = [QLabel(text, box) for text in (
            self.tr("Planen gjelder fra (dato)"), self.tr("til"), self.tr("Evalueres (dato)"))]
        for caption, field in zip(captions, (self.valid_from, self.valid_to,
                                             self.evaluation_date), strict=True):
            caption.setBuddy(field.line)  # Alt+letter and the screen reader's name
        QWidget.setTabOrder(self.valid_to.line, self.open_end)  # Tab in reading order
        QWidget.setTabOrder(self.open_end, self.evaluation_date.line)
        evaluation = QHBoxLayout()  # its own line: the period row alone fills a narrow page
        evaluation.setAlignment(Qt.AlignmentFlag.AlignTop)
        for row, widget, space in ((period, captions[0], 0), (period, self.valid_from, 12),
                                   (period, captions[1], 0), (period, self.valid_to, 0),
                                   (period, self.open_end, 0), (evaluation, captions[2], 0),
                                   (evaluation, self.evaluation_date, 0)):
            if not isinstance(widget, PartialDateField):  # level with the date's line
                widget.setFixedHeight(line_height)
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
            if space:
                row.addSpacing(space)
        period.addStretch(1)
        evaluation.addStretch(1)
        grid.addLayout(period, 4, 0, 1, 4)
        grid.addLayout(evaluation, 5, 0, 1, 4)
        return box

    def _build_situation(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Situasjonsbeskrivelse og informasjon om planens oppfølging"),
                        parent)
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Kort om mål, ressurser og tjenestebehov. Begynn med det som "
                              "fungerer og det pasienten selv får til, så det pasienten "
                              "trenger hjelp til."), box)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.situation = text_box(box, self.tr("Ressurser, mål og tjenestebehov …"), 6)
        layout.addWidget(hint)
        layout.addWidget(self.situation)
        return box

    def _build_goals(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Mål og tiltak"), parent)
        layout = QVBoxLayout(box)
        goal_label = QLabel(self.tr("Overordnet målsetting"), box)
        goal_label.setStyleSheet("font-weight: bold;")
        self.overall_goal = text_box(
            box, self.tr("Gjerne med pasientens egne ord, for eksempel et sitat."), 3)
        goal_label.setBuddy(self.overall_goal)  # read as its label, not as "Mål og tiltak"
        layout.addWidget(goal_label)
        layout.addWidget(self.overall_goal)
        hint = QLabel(self.tr("Én rad per delmål. Dobbeltklikk eller begynn å skrive i en "
                              "celle; Enter gir ny linje, Ctrl+Enter lagrer cellen. Datoer kan "
                              "være dag, måned eller år: 15.07.2012, 07.2012, 2012."), box)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        self.rows = RowsEditor(PlanRowsModel(self), box)
        self.rows.set_column_widths(
            (PlanRowsModel.COL_START, PlanRowsModel.COL_EVALUATION, PlanRowsModel.COL_ENDED),
            stretch=(PlanRowsModel.COL_GOAL, PlanRowsModel.COL_MEASURES,
                     PlanRowsModel.COL_RESPONSIBLE, PlanRowsModel.COL_COMMENT))
        self.measure_names = QStringListModel(self)
        self.rows.table.setItemDelegateForColumn(
            PlanRowsModel.COL_MEASURES, MeasureNamesDelegate(self.measure_names, self.rows.table))
        layout.addWidget(self.rows)
        self.measure = MeasureDetail(self.rows.model, self.rows.table, box)
        layout.addWidget(self.measure)
        return box

    # ------------------------------------------------------------ the contract

    def title(self) -> str:
        return self.tr("Individuell plan")

    def set_completions(self, life_areas: list[str], measure_names: list[str]) -> None:
        """The hospital's local lists, offered (never forced) in the pane and the Tiltak cell."""
        self.measure.set_life_areas(life_areas)
        self.measure_names.setStringList(measure_names)

    def select_row(self, row: int) -> None:
        """Make ``row`` the current row of the table (and of the detail pane)."""
        if 0 <= row < self.rows.model.rowCount():
            self.rows.table.setCurrentIndex(self.rows.model.index(row, 0))

    def load_document(self, document: Any) -> None:
        plan = document if isinstance(document, Plan) else Plan()
        self._loading = True
        try:
            self.prepared_by.setText(plan.prepared_by)
            self.municipality.setText(plan.municipality)
            self.open_end.setChecked(not plan.valid_to)
            for name in _DATES:
                getattr(self, name).show_date(plan, name)
            self._remembered_end = ""
            self.situation.setPlainText(plan.situation)
            self.coordinators.set_coordinators(plan.hospital_coordinator,
                                               plan.municipal_coordinator, plan.responsible)
            self.overall_goal.setPlainText(plan.overall_goal)
            self.rows.model.set_rows(plan.rows)
        finally:
            self._loading = False
        self._check_period()

    def write_to(self, document: Any) -> Plan:
        plan = document if isinstance(document, Plan) else Plan()
        for name in _DATES:  # each date as typed; an open end has none
            plan = getattr(self, name).store_date(plan, name)
        if self.open_end.isChecked():
            plan = with_typed_dates(plan, valid_to="")
        return dataclasses.replace(
            plan,
            prepared_by=self.prepared_by.text().strip(),
            municipality=self.municipality.text().strip(),
            situation=self.situation.toPlainText(),
            hospital_coordinator=self.coordinators.coordinator(HOSPITAL),
            municipal_coordinator=self.coordinators.coordinator(MUNICIPAL),
            responsible=self.coordinators.responsible_key(),
            overall_goal=self.overall_goal.toPlainText(),
            rows=self.rows.model.rows(),
        )

    def context_changed(self, patient: Patient, documents: dict[str, Any]) -> None:
        born = format_partial_date(patient.birth_date) if patient else ""
        values = {"name": patient.name, "born": born, "address": patient.address,
                  "phone": patient.phone} if patient else {}
        for key, label in self.patient_fields.items():
            label.setText(values.get(key, ""))
        self.banner.show_documents(documents or {})

    # ------------------------------------------------------------ changes

    def _user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _check_period(self) -> None:
        """A plan period whose end is before its start is flagged under the end date."""
        end = "" if self.open_end.isChecked() else self.valid_to.value()
        self.valid_to.set_warning(period_error(self.valid_from.value(), end))

    def _open_end_toggled(self, checked: bool) -> None:
        """An open end clears the date (kept aside, so unticking brings it back)."""
        if checked:
            self._remembered_end = self.valid_to.text()
            self.valid_to.set_iso("")
            self.valid_to.line.setPlaceholderText(self.tr("etter evaluering"))
        else:
            self.valid_to.set_text(self._remembered_end)
            self.valid_to.line.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.valid_to.setEnabled(not checked)
        self._check_period()
        if self._remembered_end:
            self._user_edit()
