"""The table of existing decisions, plans and agreements (Eksisterende vedtak, planer og
avtaler) as an editable Qt model; the period is two date columns, from and to."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.models.rows_model import Column, RecordRowsModel
from desktop.records import DecisionRow


class DecisionRowsModel(RecordRowsModel):
    COL_DECISION = 0
    COL_RESPONSIBLE = 1
    COL_PERIOD_FROM = 2
    COL_PERIOD_TO = 3
    COL_EVALUATION = 4
    COL_COMMENT = 5

    record_type = DecisionRow
    columns = (
        Column("decision", QT_TRANSLATE_NOOP("DecisionRowsModel", "Vedtak, planer og avtaler")),
        Column("responsible",
               QT_TRANSLATE_NOOP("DecisionRowsModel", "Ansvarlig person og instans")),
        Column("period_from", QT_TRANSLATE_NOOP("DecisionRowsModel", "Gjelder fra"),
               is_date=True),
        Column("period_to", QT_TRANSLATE_NOOP("DecisionRowsModel", "Gjelder til"), is_date=True,
               period_start="period_from"),
        Column("evaluation", QT_TRANSLATE_NOOP("DecisionRowsModel", "Dato for evaluering"),
               is_date=True),
        Column("comment", QT_TRANSLATE_NOOP("DecisionRowsModel", "Kommentar")),
    )
