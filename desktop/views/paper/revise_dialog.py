"""Revider plan…: a new plan period. The user picks the rows to carry over (ticked at first:
those concluded *overføre til revidert plan* and those not ended), the new period and evaluation
date and a short revision note; store/measures.revise_plan makes a new draft version, and the
current one stays as it was (a signed one frozen, reprinting byte for byte). A new period asks
for a new consent version (store/forms.new_consent_version)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.records import PlanRow, ValidationError, format_partial_date
from desktop.records_measures import label
from desktop.store import forms, log
from desktop.store.measures import Revision, default_carry, revise_plan
from desktop.store.session import Session
from desktop.views.common.style import HINT_STYLE, error_label, ok_cancel_buttons
from desktop.views.workspace.partial_date_field import PartialDateField


class ReviseDialog(QDialog):
    def __init__(self, session: Session, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_id = patient_id
        self.revision: Revision | None = None
        self.consent_version = 0  # the number of a new consent version made here
        self.setWindowTitle(self.tr("Revider plan"))
        version = forms.current_version(session.db, patient_id)
        rows = version.plan.rows if version is not None else []
        chosen = set(default_carry(version.plan)) if version is not None else set()
        state = (self.tr("signert") if version is not None and version.frozen
                 else self.tr("utkast"))
        intro = QLabel(self.tr(
            "En ny planperiode begynner som et nytt utkast med radene du krysser av for. "
            "Versjon {number} ({state}) blir stående som den er.").format(
            number=version.number if version is not None else 0, state=state), self)
        intro.setWordWrap(True)
        self.rows = QListWidget(self)
        self.rows.setAccessibleName(self.tr("Rader som tas med"))
        for index, row in enumerate(rows):
            item = QListWidgetItem(self._describe(index, row), self.rows)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if index in chosen
                               else Qt.CheckState.Unchecked)
        if not rows:
            QListWidgetItem(self.tr("Planen har ingen rader."), self.rows).setFlags(
                Qt.ItemFlag.NoItemFlags)
        hint = QLabel(self.tr("Krysset av fra start: rader med konklusjonen «overføre til "
                              "revidert plan» og rader som ikke er avsluttet."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.valid_from = PartialDateField(self)
        self.valid_from.set_iso(dt.date.today().isoformat())
        self.valid_to = PartialDateField(self)
        self.evaluation_date = PartialDateField(self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("kort om hvorfor planen revideres"))
        self.error = error_label(self)
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Lag ny planperiode"))

        grid = QGridLayout()
        for row, (text, widget) in enumerate(((self.tr("Ny periode &fra"), self.valid_from),
                                              (self.tr("&til (tom: etter evaluering)"),
                                               self.valid_to),
                                              (self.tr("&Evalueres (dato)"),
                                               self.evaluation_date),
                                              (self.tr("&Merknad om revisjonen"), self.note))):
            caption = QLabel(text, self)
            caption.setBuddy(widget.line if isinstance(widget, PartialDateField) else widget)
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Rader som tas med i den nye planen"), self))
        layout.addWidget(self.rows, 1)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _describe(self, index: int, row: PlanRow) -> str:
        goal = " ".join(row.goal.split()) or self.tr("(uten delmål)")
        facts = [label(row.stage)] if row.stage else []
        if row.ended:
            facts.append(self.tr("avsluttet {date}").format(date=format_partial_date(row.ended)))
        latest = row.evaluations[-1].conclusion if row.evaluations else ""
        if latest:
            facts.append(label(latest))
        return f"{index + 1}. {goal}" + (f" ({', '.join(facts)})" if facts else "")

    def carried(self) -> list[int]:
        return [i for i in range(self.rows.count())
                if self.rows.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        db = self.session.db
        try:
            with db.atomic():
                revision = revise_plan(
                    db, self.patient_id, valid_from=self.valid_from.value(self.valid_from.text()),
                    valid_to=self.valid_to.value(self.valid_to.text()),
                    evaluation_date=self.evaluation_date.value(self.evaluation_date.text()),
                    note=self.note.text(), carry=self.carried())
                self.session.log(log.CHANGE, self.patient_id, {
                    "form": "plan", "revision": revision.version.number})
        except ValidationError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        except sqlite3.Error as error:
            self.error.setText(self.tr("Den nye planperioden er ikke lagret ({detail}).").format(
                detail=error))
            self.error.show()
            return
        self.revision = revision
        if revision.ask_for_consent:
            self._ask_for_consent()
        super().accept()

    def _ask_for_consent(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Nytt samtykke"),
            self.tr("Den nye planperioden trenger et nytt samtykke. Vil du begynne en ny "
                    "samtykkeversjon nå? Den forrige blir stående i historikken."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.session.db.atomic():
            consent = forms.new_consent_version(self.session.db, self.patient_id)
            self.session.log(log.CHANGE, self.patient_id, {"form": "consent",
                                                           "version": consent.number})
        self.consent_version = consent.number
