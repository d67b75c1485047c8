"""Evaluering av tiltak: a dated evaluation of one plan row, the patient's view and the
professional's view side by side in large boxes, optionally the next of kin's view, how far the
sub-goal is reached and the conclusion (fortsette, endre, avslutte, overføre til revidert plan),
recorded in the logged-in user's name; the row's earlier evaluations above.

The evaluation is saved on «Lagre evaluering» through store/measures.record_evaluation (the
workspace saves what is pending first and shows the stored plan afterwards). *Avslutte* offers
to set the row's "Avsluttet" date. Closing with text typed asks before anything is thrown away.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.records import PlanRow, ValidationError, format_partial_date
from desktop.records_measures import ACHIEVEMENTS, CONCLUSIONS, Evaluation, brief, label
from desktop.store import forms, log
from desktop.store.measures import offers_end, record_evaluation, validated_evaluation
from desktop.store.session import Session
from desktop.views.common.style import HINT_STYLE, error_label, ok_cancel_buttons
from desktop.views.workspace.partial_date_field import PartialDateField


def _view_box(parent: QWidget, placeholder: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class EvaluationDialog(QDialog):
    def __init__(self, session: Session, patient_id: int, row_index: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_id = patient_id
        self.row_index = row_index
        self.ended_row = False  # the user chose to set the row's "Avsluttet" date
        version = forms.current_version(session.db, patient_id)
        rows = version.plan.rows if version is not None else []
        self.row = rows[row_index] if 0 <= row_index < len(rows) else PlanRow()
        self.setWindowTitle(self.tr("Evaluering av tiltak"))

        what = QLabel(self._describe(self.row), self)
        what.setWordWrap(True)
        self.history = QListWidget(self)
        self.history.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.history.setAccessibleName(self.tr("Tidligere evalueringer"))
        for evaluation in reversed(self.row.evaluations):
            self.history.addItem(self._history_line(evaluation))
            self.history.item(self.history.count() - 1).setToolTip(self._history_tip(evaluation))
        if not self.row.evaluations:
            self.history.addItem(self.tr("Ingen tidligere evalueringer."))

        self.date = PartialDateField(self)
        self.date.set_iso(dt.date.today().isoformat())
        self.achievement = QComboBox(self)
        self.achievement.addItem(self.tr("(ikke vurdert)"), "")
        for word in ACHIEVEMENTS:
            self.achievement.addItem(label(word), word)
        self.patient_view = _view_box(self, self.tr("Med pasientens egne ord …"), 9)
        self.professional_view = _view_box(self, self.tr("Fagpersonens vurdering …"), 9)
        self.with_kin = QCheckBox(self.tr("Ta med pårørendes vurdering"), self)
        self.kin_view = _view_box(self, self.tr("Pårørendes vurdering …"), 4)
        self.kin_view.hide()
        self.with_kin.toggled.connect(self.kin_view.setVisible)
        self.conclusions = QButtonGroup(self)
        conclusion_row = QHBoxLayout()
        for number, word in enumerate(CONCLUSIONS):
            button = QRadioButton(label(word), self)
            self.conclusions.addButton(button, number)
            conclusion_row.addWidget(button)
        conclusion_row.addStretch(1)
        self.next_date = PartialDateField(self)
        recorded = QLabel(self.tr("Registreres av: {name}").format(
            name=session.display_name), self)
        recorded.setStyleSheet(HINT_STYLE)
        self.error = error_label(self)

        top = QGridLayout()
        for column, (text, widget) in enumerate(((self.tr("&Dato"), self.date),
                                                 (self.tr("&Måloppnåelse"), self.achievement),
                                                 (self.tr("&Neste evaluering"), self.next_date))):
            caption = QLabel(text, self)
            caption.setBuddy(widget.line if isinstance(widget, PartialDateField) else widget)
            top.addWidget(caption, 0, column * 2)
            top.addWidget(widget, 0, column * 2 + 1)
        top.setColumnStretch(6, 1)
        views = QHBoxLayout()
        for text, box in ((self.tr("&Pasientens vurdering"), self.patient_view),
                          (self.tr("&Fagpersonens vurdering"), self.professional_view)):
            column = QVBoxLayout()
            caption = QLabel(f"<b>{text}</b>", self)
            caption.setBuddy(box)
            column.addWidget(caption)
            column.addWidget(box, 1)
            views.addLayout(column, 1)
        conclusion = QGroupBox(self.tr("Konklusjon"), self)
        conclusion.setLayout(conclusion_row)
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Lagre evaluering"))

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(QLabel(self.tr("Tidligere evalueringer"), self))
        layout.addWidget(self.history)
        layout.addLayout(top)
        layout.addLayout(views, 1)
        layout.addWidget(self.with_kin)
        layout.addWidget(self.kin_view)
        layout.addWidget(conclusion)
        layout.addWidget(recorded)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(900, 640)

    # ------------------------------------------------------------ showing

    def _describe(self, row: PlanRow) -> str:
        goal = " ".join(row.goal.split()) or self.tr("(uten delmål)")
        measure = " ".join(row.measures.split())
        text = self.tr("Delmål: {goal}").format(goal=goal)
        return text + ("\n" + self.tr("Tiltak: {measure}").format(measure=measure)
                       if measure else "")

    def _history_line(self, evaluation: Evaluation) -> str:
        line = " – ".join(p for p in (format_partial_date(evaluation.date),
                                      label(evaluation.achievement),
                                      label(evaluation.conclusion)) if p)
        return f"{line} ({evaluation.recorded_by})" if evaluation.recorded_by else line

    def _history_tip(self, evaluation: Evaluation) -> str:
        parts = [(self.tr("Pasientens vurdering"), evaluation.patient_view),
                 (self.tr("Fagpersonens vurdering"), evaluation.professional_view),
                 (self.tr("Pårørendes vurdering"), evaluation.next_of_kin_view)]
        return "\n\n".join(f"{title}:\n{text}" for title, text in parts if text) or brief(
            evaluation)

    # ------------------------------------------------------------ the entry

    def evaluation(self) -> Evaluation:
        """What the dialog holds, unchecked."""
        checked = self.conclusions.checkedId()
        return Evaluation(
            date=self.date.value(self.date.text()), achievement=self.achievement.currentData(),
            patient_view=self.patient_view.toPlainText(),
            professional_view=self.professional_view.toPlainText(),
            next_of_kin_view=self.kin_view.toPlainText() if self.with_kin.isChecked() else "",
            conclusion=CONCLUSIONS[checked] if checked >= 0 else "",
            next_date=self.next_date.value(self.next_date.text()),
            recorded_by=self.session.display_name)

    def has_text(self) -> bool:
        return any(box.toPlainText().strip() for box in (
            self.patient_view, self.professional_view, self.kin_view))

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        try:
            evaluation = validated_evaluation(self.evaluation())
        except ValidationError as error:
            self._refuse(str(error))
            return
        end_row = False
        if offers_end(evaluation):
            answer = QMessageBox.question(
                self, self.tr("Avslutte tiltaket?"),
                self.tr("Konklusjonen er «avslutte». Skal tiltaket få avsluttet-dato "
                        "{date}?").format(date=format_partial_date(evaluation.date)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            end_row = answer == QMessageBox.StandardButton.Yes
        try:
            with self.session.db.atomic():
                record_evaluation(self.session.db, self.patient_id, self.row_index, evaluation,
                                  end_row=end_row)
                self.session.log(log.CHANGE, self.patient_id,
                                 {"form": "plan", "evaluation": self.row_index + 1})
        except ValidationError as error:
            self._refuse(str(error))
            return
        except sqlite3.Error as error:
            self._refuse(self.tr("Evalueringen er ikke lagret ({detail}). Det du har skrevet, "
                                 "står fortsatt her.").format(detail=error))
            return
        self.ended_row = end_row
        super().accept()

    def reject(self) -> None:
        if self.has_text():
            answer = QMessageBox.question(
                self, self.tr("Forkaste evalueringen?"),
                self.tr("Det du har skrevet i evalueringen, blir ikke lagret. Vil du lukke "
                        "likevel?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
