"""The plan's table of sub-goals and measures (Delmål, Tiltak …) as an editable Qt model."""

from __future__ import annotations

import copy

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

    # ------------------------------------------------------------ the measure fields

    def record(self, row: int) -> PlanRow | None:
        """A copy of row ``row`` with all its fields (stage, life area … beyond the columns)."""
        return copy.deepcopy(self._rows[row]) if 0 <= row < len(self._rows) else None

    def replace_record(self, row: int, record: PlanRow) -> bool:
        """Put a changed copy of row ``row`` back (the detail pane's fields); emits
        ``dataChanged`` over the whole row when something changed."""
        if not 0 <= row < len(self._rows):
            return False
        if self._rows[row] != record:
            self._rows[row] = copy.deepcopy(record)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return True
