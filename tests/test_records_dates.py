"""Dates as typed are kept beside the ISO date (records_dates): table-driven."""

from __future__ import annotations

import pytest

from desktop.records import ChecklistItem, Consent, DecisionRow, Plan, PlanRow, from_dict, to_dict
from desktop.records_dates import date_hint, date_problem, date_text, read_date, with_typed_dates


@pytest.mark.parametrize(("text", "iso", "kept", "unreadable"), [
    ("15.07.2012", "2012-07-15", "", False),
    ("juli 2012", "2012-07", "", False),
    ("Juli 2012", "2012-07", "", False),
    ("jul. 2012", "2012-07", "", False),
    ("Juli/august 2012", "2012-07", "Juli/august 2012", False),
    ("  Juli/august   2012 ", "2012-07", "Juli/august 2012", False),
    ("07.2012", "2012-07", "", False),
    ("2012", "2012", "", False),
    ("blah", "", "blah", True),
    ("uke 32", "", "uke 32", True),
    ("31.02.2012", "", "31.02.2012", True),
    ("15.07.51", "", "15.07.51", True),  # two centuries possible: kept, not guessed
    ("", "", "", False),
])
def test_what_is_read_and_what_is_kept(text, iso, kept, unreadable):
    reading = read_date(text)
    assert (reading.iso, reading.kept, bool(reading.problem)) == (iso, kept, unreadable)


@pytest.mark.parametrize("record", [Plan(), PlanRow(), DecisionRow(), ChecklistItem(), Consent()])
def test_every_dated_record_keeps_the_text_through_storage(record):
    name = {"Plan": "valid_from", "PlanRow": "start", "DecisionRow": "period_from",
            "ChecklistItem": "date", "Consent": "date"}[type(record).__name__]
    kept = with_typed_dates(record, **{name: "blah"})
    again = from_dict(type(record), to_dict(kept))
    assert getattr(again, name) == ""
    assert date_text(again, name) == "blah"
    assert "ikke en dato" in date_problem(again, name)


def test_a_corrected_date_drops_the_kept_text():
    row = with_typed_dates(PlanRow(), start="blah", ended="Juli/august 2012")
    assert row.typed == {"start": "blah", "ended": "Juli/august 2012"}
    assert row.ended == "2012-07"
    assert "07.2012" in date_hint(row, "ended") and date_problem(row, "ended") == ""
    row = with_typed_dates(row, start="15.7.2012", ended="")
    assert row.typed == {} and row.start == "2012-07-15" and row.ended == ""
    assert date_text(row, "start") == "15.07.2012"


def test_documents_stored_before_typed_dates_load():
    assert from_dict(Plan, {"valid_from": "2012"}).typed == {}
    assert from_dict(PlanRow, {"typed": {"start": "blah", "bad": 3}}).typed == {"start": "blah"}
    assert from_dict(PlanRow, {"typed": "junk"}).typed == {}


def test_a_text_that_is_not_a_date_changes_no_date():
    row = with_typed_dates(PlanRow(start="2012-07-15"), start="31.02.2012")
    assert (row.start, date_text(row, "start")) == ("2012-07-15", "31.02.2012")
    assert "finnes ikke" in date_problem(row, "start")
