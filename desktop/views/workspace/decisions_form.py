"""The page of existing decisions, plans and agreements with their responsible persons
(Eksisterende vedtak, planer og avtaler). It edits only ``Plan.decisions`` of the plan document;
detailed sub-plans are listed here so that the plan itself stays short."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.models.decision_rows_model import DecisionRowsModel
from desktop.records import Patient, Plan
from desktop.views.workspace.consent_banner import ConsentBanner
from desktop.views.workspace.form_page import FormPage
from desktop.views.workspace.rows_editor import RowsEditor


class DecisionsForm(FormPage):
    document_key = "plan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = ConsentBanner(self)
        title = self.tr("Eksisterende vedtak, planer og avtaler med ansvarspersoner")
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setWordWrap(True)
        help_text = QLabel(self.tr(
            "Før opp vedtak, avtaler og delplaner som allerede finnes (for eksempel kriseplan, "
            "opplæringsplan eller vedtak om tjenester), med hvem som har ansvaret. Detaljene "
            "står i disse dokumentene, slik at selve planen kan holdes kort. Datoer kan være "
            "dag, måned eller år: 15.07.2012, 07.2012, 2012."), self)
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: palette(placeholder-text);")
        self.rows = RowsEditor(DecisionRowsModel(self), self)
        self.rows.table.setAccessibleName(title)
        self.rows.set_column_widths(
            (DecisionRowsModel.COL_PERIOD_FROM, DecisionRowsModel.COL_PERIOD_TO,
             DecisionRowsModel.COL_EVALUATION),
            stretch=(DecisionRowsModel.COL_DECISION, DecisionRowsModel.COL_RESPONSIBLE,
                     DecisionRowsModel.COL_COMMENT))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(heading)
        layout.addWidget(help_text)
        layout.addWidget(self.rows, 1)
        self.rows.edited.connect(self.edited)

    def title(self) -> str:
        return self.tr("Vedtak, planer og avtaler")

    def load_document(self, document: Any) -> None:
        plan = document if isinstance(document, Plan) else Plan()
        self.rows.model.set_rows(plan.decisions)  # a reset: emits no ``edited``

    def write_to(self, document: Any) -> Plan:
        plan = document if isinstance(document, Plan) else Plan()
        return dataclasses.replace(plan, decisions=self.rows.model.rows())

    def context_changed(self, patient: Patient, documents: dict[str, Any]) -> None:
        self.banner.show_documents(documents or {})
