"""The plan's table of sub-goals and measures (Delmål, Tiltak …) as an editable Qt model."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.models.rows_model import Column, RecordRowsModel
from desktop.records import PlanRow


class PlanRowsModel(RecordRowsModel):
    COL_GOAL = 0
    COL_MEASURES = 1
    COL_START = 2
    COL_RESPONSIBLE = 3
    COL_EVALUATION = 4
    COL_COMMENT = 5
    COL_ENDED = 6

    record_type = PlanRow
    columns = (
        Column("goal", QT_TRANSLATE_NOOP("PlanRowsModel", "Delmål")),
        Column("measures", QT_TRANSLATE_NOOP("PlanRowsModel", "Tiltak")),
        Column("start", QT_TRANSLATE_NOOP("PlanRowsModel", "Dato for oppstart"), is_date=True),
        Column("responsible", QT_TRANSLATE_NOOP("PlanRowsModel", "Ansvarlig person og instans")),
        Column("evaluation", QT_TRANSLATE_NOOP("PlanRowsModel", "Dato for evaluering"),
               is_date=True),
        Column("comment", QT_TRANSLATE_NOOP("PlanRowsModel", "Kommentar/evaluering")),
        Column("ended", QT_TRANSLATE_NOOP("PlanRowsModel", "Avsluttet (dato)"), is_date=True,
               period_start="start"),
    )
