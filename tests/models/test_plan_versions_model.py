"""The versions model of the plan history: the model tester, roles and texts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop import store
from desktop.demo import add_demo_patient
from desktop.models.plan_versions_model import (
    FROZEN_ROLE,
    VERSION_NUMBER_ROLE,
    PlanVersionsModel,
)
from desktop.records import Plan, PlanVersion, Signature


def test_versions_model_passes_the_model_tester(qtmodeltester, db, rng):
    patient = add_demo_patient(db, rng, dt.date(2026, 3, 14), "revised")
    model = PlanVersionsModel(store.plan_versions(db, patient.id))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.set_versions([])
    qtmodeltester.check(model)


def test_texts_and_roles():
    signed = PlanVersion(number=4, plan=Plan(valid_from="2026-01", evaluation_date="2026-06-01"),
                         signature=Signature(patient_name="Ánde Somby", guardian_name="Ravna",
                                             coordinator_name="Siri Kvam",
                                             signed_date="2026-02-03"),
                         updated_at="2026-02-03T10:15:59")
    model = PlanVersionsModel([signed])

    def text(column: int) -> str:
        return model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole)

    assert text(PlanVersionsModel.COL_PERIOD) == "01.2026 – etter evaluering"
    assert text(PlanVersionsModel.COL_EVALUATION) == "01.06.2026"
    assert text(PlanVersionsModel.COL_STATUS) == "Signert 03.02.2026"
    assert text(PlanVersionsModel.COL_SIGNED_BY) == (
        "Ánde Somby, verge/foresatte Ravna, koordinator Siri Kvam")
    assert text(PlanVersionsModel.COL_CHANGED) == "03.02.2026 10:15"
    assert model.data(model.index(0, 0), VERSION_NUMBER_ROLE) == 4
    assert model.data(model.index(0, 0), FROZEN_ROLE) is True
    assert model.headerData(PlanVersionsModel.COL_SIGNED_BY, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.DisplayRole) == "Underskrifter"
