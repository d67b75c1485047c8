"""The detail pane under the plan's rows: the selected row's measure fields beyond the paper's
seven columns (life area, scope, stage with its date, applied to, who follows it up) and its
latest evaluation, with the button that opens the evaluation dialog.

Every change goes straight into the row's record in the rows model, so the plan page's
``edited`` carries it to the workspace, which saves it half a second after the typing stops
and keeps undo snapshots; nothing is held in the pane when the user picks another row."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.models.plan_rows_model import PlanRowsModel
from desktop.records import PlanRow, ValidationError
from desktop.records_measures import STAGES, brief, label, latest_evaluation
from desktop.store.measures import staged
from desktop.views.common.style import HINT_STYLE, error_label
from desktop.views.workspace.partial_date_field import PartialDateField

_TEXT_FIELDS = ("life_area", "scope", "applied_to", "follow_up")


class MeasureDetail(QGroupBox):
    """Shows and edits the current row of ``model`` as picked in ``table``."""

    evaluate_requested = Signal(int)  # the row index to evaluate

    def __init__(self, model: PlanRowsModel, table, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tiltaket i valgt rad"), parent)
        self.model = model
        self.table = table
        self.row = -1
        self._loading = False
        self._writing = False
        self.life_areas = QStringListModel(self)

        self.edits: dict[str, QLineEdit] = {}
        placeholders = {"life_area": self.tr("for eksempel Bolig og dagligliv"),
                        "scope": self.tr("for eksempel 2 timer per uke"),
                        "applied_to": self.tr("instansen det er søkt hos"),
                        "follow_up": self.tr("navn og rolle")}
        for key in _TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholders[key])
            edit.textEdited.connect(lambda _t, k=key: self._text_edited(k))
            self.edits[key] = edit
        completer = QCompleter(self.life_areas, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edits["life_area"].setCompleter(completer)
        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("(ikke satt)"), "")
        for stage in STAGES:
            self.stage.addItem(label(stage), stage)
        self.stage.setToolTip(self.tr("Et tiltak kan gå fra hvilket som helst trinn til et "
                                      "annet."))
        self.stage_date = PartialDateField(self)
        self.stage_date.setAccessibleName(self.tr("Dato for trinnet"))
        self.error = error_label(self)
        self.latest = QLabel(self)
        self.latest.setWordWrap(True)
        self.latest.setStyleSheet(HINT_STYLE)
        self.evaluate_button = QPushButton(self.tr("Evaluer tiltaket…"), self)
        self.evaluate_button.setToolTip(self.tr("Pasientens og fagpersonens vurdering side om "
                                                "side, med konklusjon"))
        self.empty = QLabel(self.tr("Velg en rad i tabellen for å se tiltakets trinn, omfang og "
                                    "oppfølging."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)

        grid = QGridLayout(self)
        grid.addWidget(self.empty, 0, 0, 1, 4)
        captions = ((self.tr("&Livsområde"), self.edits["life_area"], 1, 0),
                    (self.tr("&Omfang"), self.edits["scope"], 1, 2),
                    (self.tr("&Trinn"), self.stage, 2, 0),
                    (self.tr("Søkt &hos"), self.edits["applied_to"], 3, 0),
                    (self.tr("&Følges opp av"), self.edits["follow_up"], 3, 2))
        for text, widget, row, column in captions:
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        date_caption = QLabel(self.tr("D&ato for trinnet"), self)
        date_caption.setBuddy(self.stage_date.line)
        grid.addWidget(date_caption, 2, 2)
        grid.addWidget(self.stage_date, 2, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.error, 4, 0, 1, 4)
        evaluation = QHBoxLayout()
        evaluation.addWidget(self.latest, 1)
        evaluation.addWidget(self.evaluate_button)
        grid.addLayout(evaluation, 5, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.stage.activated.connect(self._stage_chosen)
        self.stage_date.edited.connect(self._stage_date_edited)
        self.evaluate_button.clicked.connect(lambda: self.evaluate_requested.emit(self.row))
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        model.modelReset.connect(self._reload)
        model.dataChanged.connect(self._data_changed)
        model.rowsRemoved.connect(self._reload)
        model.rowsInserted.connect(self._reload)
        model.rowsMoved.connect(self._reload)
        self._reload()

    # ------------------------------------------------------------ showing the row

    def set_life_areas(self, names: list[str]) -> None:
        """The hospital's life areas, offered as completions (a word typed freely is kept)."""
        self.life_areas.setStringList(names)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._reload()

    def _data_changed(self, *_args: object) -> None:
        if not self._writing:
            self._reload()

    def _reload(self, *_args: object) -> None:
        self.row = self.table.currentIndex().row()
        record = self.model.record(self.row)
        self._loading = True
        try:
            self.empty.setVisible(record is None)
            for widget in (*self.edits.values(), self.stage, self.stage_date,
                           self.evaluate_button):
                widget.setEnabled(record is not None)
            record = record or PlanRow()
            for key, edit in self.edits.items():
                if edit.text() != getattr(record, key):
                    edit.setText(getattr(record, key))
            self.stage.setCurrentIndex(max(0, self.stage.findData(record.stage)))
            self.stage_date.set_iso(record.stage_date)
            self._show_latest(record)
            self.error.hide()
        finally:
            self._loading = False

    def _show_latest(self, record: PlanRow) -> None:
        latest = latest_evaluation(record)
        count = len(record.evaluations)
        if latest is None:
            self.latest.setText(self.tr("Ikke evaluert ennå."))
        else:
            self.latest.setText(self.tr("Siste evaluering: {brief} ({count} i alt)").format(
                brief=brief(latest), count=count))

    # ------------------------------------------------------------ edits

    def _write(self, record: PlanRow) -> None:
        self._writing = True
        try:
            self.model.replace_record(self.row, record)
        finally:
            self._writing = False

    def _text_edited(self, key: str) -> None:
        record = self.model.record(self.row)
        if self._loading or record is None:
            return
        self._write(dataclasses.replace(record, **{key: self.edits[key].text()}))

    def _stage_chosen(self, _index: int) -> None:
        record = self.model.record(self.row)
        if self._loading or record is None:
            return
        stage = self.stage.currentData() or ""
        date = self.stage_date.value(record.stage_date)
        if stage and stage != record.stage and not self.stage_date.text().strip():
            date = dt.date.today().isoformat()  # a new stage starts today unless told
        self._set_stage(record, stage, date)

    def _stage_date_edited(self) -> None:
        record = self.model.record(self.row)
        if self._loading or record is None:
            return
        date = self.stage_date.value(record.stage_date) if self.stage_date.text().strip() else ""
        if date != record.stage_date:  # an unreadable date keeps the stored one (and says why)
            self._set_stage(record, record.stage, date)

    def _set_stage(self, record: PlanRow, stage: str, date: str) -> None:
        try:
            changed = staged(record, stage, date)
        except ValidationError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.error.hide()
        self._write(changed)
        if changed.stage_date != self.stage_date.value() and not self.stage_date.line.hasFocus():
            self.stage_date.set_iso(changed.stage_date)
