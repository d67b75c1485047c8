"""Fristliste on paper: the Frister view's deadlines as a PDF, each listed patient's print
logged before the file gets its name."""

from __future__ import annotations

import datetime as dt

import pikepdf

from desktop import store
from desktop.records import Coordinator, Patient, Plan, PlanRow
from desktop.reports.deadline_list import FORM, save_deadline_list
from desktop.store.deadline_list import DeadlineQuery
from desktop.store.session import Session

TODAY = dt.date(2026, 11, 18)


def _patient(db, name: str, evaluation: str, row: str, department: str = "BUP") -> int:
    patient = store.add_patient(db, Patient(name=name, birth_date="1980-03-02",
                                            department=department))
    store.save_plan(db, patient.id, Plan(
        evaluation_date=evaluation, rows=[PlanRow(goal="Bo selv", evaluation=row,
                                                  responsible="Kari Nav")],
        hospital_coordinator=Coordinator(name="Siri Kvam")))
    return patient.id


def _prints(db) -> list[tuple[int, str]]:
    return [(pid, detail) for pid, detail in db.execute(
        "SELECT patient_id, detail FROM access_log WHERE kind = 'print' ORDER BY patient_id")]


def test_the_list_is_a_pdf_and_each_patient_a_logged_print(db, tmp_path) -> None:
    first = _patient(db, "Åse Voksen", "2026-11-10", "2026-11-20")
    second = _patient(db, "Bo Barn", "2026-12-24", "2027-01")
    _patient(db, "Cato Annen", "2026-11-01", "2026-11-01", department="Voksenpsykiatri")
    target = tmp_path / "fristliste.pdf"
    save_deadline_list(DeadlineQuery(Session(db), TODAY, departments=["BUP"]), target, "BUP")
    with pikepdf.open(target) as pdf:
        assert len(pdf.pages) == 1
    text = target.read_bytes()
    assert text.startswith(b"%PDF")
    prints = _prints(db)
    assert [pid for pid, _ in prints] == [first, second]
    assert all(FORM in detail for _, detail in prints)


def test_nothing_listed_logs_nothing(db, tmp_path) -> None:
    save_deadline_list(DeadlineQuery(Session(db), TODAY), tmp_path / "tom.pdf")
    assert (tmp_path / "tom.pdf").exists()
    assert _prints(db) == []
