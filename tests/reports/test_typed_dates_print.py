"""Dates kept as typed print as typed (issue 16 item 8, print): "Juli/august 2012" or "uke 32"
as the nurse wrote them, not the date read from them (07.2012) or a blank, in every field and
table cell that keeps what was typed; a date the program reads exactly ("jul. 2013",
"15.06.2012") prints the Norwegian way as before."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from desktop import store
from desktop.records import (
    Checklist,
    ChecklistItem,
    Consent,
    DecisionRow,
    Patient,
    Plan,
    PlanRow,
)
from desktop.records_dates import with_typed_dates
from desktop.reports.document import render_patient_pdf


def _text(db, patient_id: int, forms: tuple[str, ...]) -> str:
    data = render_patient_pdf(db, patient_id, forms=forms)
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def test_every_typed_date_prints_as_typed(db) -> None:
    patient = store.add_patient(db, Patient(name="Tora Typet", birth_date="1980-02-03")).id
    row = with_typed_dates(PlanRow(goal="Bo selv"), start="Juli/august 2012",
                           evaluation="uke 32", ended="")
    decision = with_typed_dates(DecisionRow(decision="Hjemmesykepleie"),
                                period_from="Sommeren 2012", period_to="våren 2013",
                                evaluation="Høst 2013")
    plan = with_typed_dates(Plan(rows=[row], decisions=[decision]),
                            valid_from="Juli/august 2012", valid_to="jul. 2013",
                            evaluation_date="Etter ferien 2013")
    store.save_plan(db, patient, plan)
    consent = with_typed_dates(Consent(given=True, info_given_by="Nina Sykepleier"),
                               valid_from="Juni/juli 2012", valid_to="Juni 2030",
                               date="15.06.2012", info_given_date="Mai 2012")
    store.save_consent(db, patient, consent)
    checklist = Checklist()
    checklist.start[0] = with_typed_dates(ChecklistItem(state="done", done_by="Nina"),
                                          date="Ultimo mai 2012")
    store.save_checklist(db, patient, checklist)

    printed = _text(db, patient, ("plan", "decisions"))
    for typed in ("Juli/august 2012", "uke 32", "Sommeren 2012", "våren 2013", "Høst 2013",
                  "Etter ferien 2013", "Juni/juli 2012", "15.06.2012"):
        assert typed in printed, typed
    assert "07.2012" not in printed  # the month read from "Juli/august 2012" is not printed
    assert "07.2013" in printed  # "jul. 2013" says no more than the month: printed our way
    printed = _text(db, patient, ("consent", "checklist"))
    for typed in ("Juni/juli 2012", "06.2030", "15.06.2012", "05.2012", "Ultimo mai 2012"):
        assert typed in printed, typed
