"""Validation of identity numbers and partial dates, and lenient record conversion."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop.demo import synthetic_id_number
from desktop.records import (
    CONSENT_EXPIRED,
    CONSENT_GIVEN,
    CONSENT_NONE,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
    Checklist,
    Consent,
    Patient,
    Plan,
    PlanRow,
    ValidationError,
    check_id_number,
    consent_state,
    format_partial_date,
    from_dict,
    parse_partial_date,
    partial_date_last_day,
    to_dict,
)


@pytest.mark.parametrize(("text", "iso"), [
    ("15.07.2012", "2012-07-15"), ("5.7.2012", "2012-07-05"), ("07.2012", "2012-07"),
    ("7.2012", "2012-07"), ("2012", "2012"), ("2012-07-15", "2012-07-15"), ("2012-07", "2012-07"),
    (" 1943 ", "1943"), ("", ""), ("29.02.2024", "2024-02-29"),
])
def test_partial_dates_are_read_at_their_precision(text: str, iso: str) -> None:
    assert parse_partial_date(text) == iso


@pytest.mark.parametrize("text", ["31.02.2012", "13.2012", "1.1.12", "i morgen", "15/07/20120",
                                  "0000", "00.2012"])
def test_impossible_dates_are_refused_with_a_norwegian_message(text: str) -> None:
    with pytest.raises(ValidationError) as refusal:
        parse_partial_date(text)
    assert any(word in str(refusal.value) for word in ("dato", "Måned", "Året", "finnes"))


def test_partial_dates_are_shown_the_norwegian_way() -> None:
    assert format_partial_date("2012-07-15") == "15.07.2012"
    assert format_partial_date("2012-07") == "07.2012"
    assert format_partial_date("2012") == "2012"
    assert partial_date_last_day("2024-02") == dt.date(2024, 2, 29)
    assert partial_date_last_day("2012") == dt.date(2012, 12, 31)


def test_synthetic_numbers_pass_and_give_the_birth_date() -> None:
    rng = random.Random(7)
    for born in (dt.date(1943, 5, 17), dt.date(2001, 12, 31), dt.date(1999, 1, 1)):
        number = synthetic_id_number(born, rng)
        assert int(number[2:4]) > 80  # test-registry numbers: month + 80
        assert check_id_number(number) == ("fnr", born.isoformat())


def test_d_number_is_recognised() -> None:
    d_number = synthetic_id_number(dt.date(1980, 3, 4), random.Random(3), d_number=True)
    assert check_id_number(d_number) == ("dnr", "1980-03-04")


@pytest.mark.parametrize("number", ["1234567890", "abcdefghijk", "01018012345"])
def test_wrong_numbers_are_refused(number: str) -> None:
    with pytest.raises(ValidationError):
        check_id_number(number)


def test_one_wrong_digit_breaks_the_check_digits() -> None:
    number = synthetic_id_number(dt.date(1975, 6, 30), random.Random(1))
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    with pytest.raises(ValidationError, match="Kontrollsifrene"):
        check_id_number(wrong)


def test_patient_validation_fills_birth_date_and_refuses_a_mismatch() -> None:
    number = synthetic_id_number(dt.date(1960, 2, 3), random.Random(2))
    patient = Patient(name="  Åse   Ødegård ", id_number=number).validated()
    assert patient.name == "Åse Ødegård"
    assert patient.birth_date == "1960-02-03"
    assert Patient(name="Åse", id_number=number, birth_date="02.1960").validated().birth_date \
        == "1960-02-03"
    with pytest.raises(ValidationError, match="stemmer ikke"):
        Patient(name="Åse", id_number=number, birth_date="1961").validated()
    with pytest.raises(ValidationError, match="navn"):
        Patient(name=" ").validated()


def test_consent_states() -> None:
    today = dt.date(2026, 11, 22)
    assert consent_state(Consent(), today=today) == CONSENT_NONE
    assert consent_state(Consent(), declined=True, today=today) == CONSENT_REFUSED
    assert consent_state(Consent(given=True, valid_to="2026-12"), today=today) == CONSENT_GIVEN
    assert consent_state(Consent(given=True, valid_to="2026-10"), today=today) == CONSENT_EXPIRED
    withdrawn = Consent(given=True, withdrawn_date="2026-11-01")
    assert consent_state(withdrawn, today=today) == CONSENT_WITHDRAWN


def test_records_convert_to_dicts_and_back_leniently() -> None:
    plan = Plan(overall_goal="«Bo hjemme»", rows=[PlanRow(goal="Bolig", start="2012-07")])
    assert from_dict(Plan, to_dict(plan)) == plan
    assert from_dict(Plan, {"rows": [{"goal": "x", "unknown": 1}], "extra": True}).rows[0].goal \
        == "x"
    assert from_dict(Checklist, None) == Checklist()
    assert len(Checklist().start) == 10 and len(Checklist().existing) == 3


def test_checklist_item_five_follows_the_recorded_consent():
    from desktop.records import (
        CONSENT_ITEM,
        STATE_DONE,
        STATE_OPEN,
        Checklist,
        Consent,
        sync_consent_item,
    )

    empty = Checklist()
    signed = Consent(given=True, date="2026-03-02", info_given_by="Hilde Brå")
    done = sync_consent_item(empty, signed, "Siri Kvam")
    assert done.start[CONSENT_ITEM].state == STATE_DONE
    assert (done.start[CONSENT_ITEM].date, done.start[CONSENT_ITEM].done_by) == (
        "2026-03-02", "Siri Kvam")  # who recorded it, not who gave the information
    assert empty.start[CONSENT_ITEM].state == STATE_OPEN  # the original is not changed
    assert sync_consent_item(done, signed) is done  # nothing to change: the same document
    reopened = sync_consent_item(done, Consent())
    assert reopened.start[CONSENT_ITEM].state == STATE_OPEN
    withdrawn = Consent(given=False, withdrawn_date="2026-04-01")
    assert sync_consent_item(done, withdrawn).start[CONSENT_ITEM].state == STATE_DONE


SHIFT = dt.date(2026, 12, 1)  # a fixed today for the two-digit-year rule


@pytest.mark.parametrize(("text", "iso"), [
    ("juli 2012", "2012-07"), ("Juli 2012", "2012-07"), ("jul. 2012", "2012-07"),
    ("jul 2012", "2012-07"), ("JULI 2012", "2012-07"), ("15. juli 2012", "2012-07-15"),
    ("15 juli 2012", "2012-07-15"), ("mars 2020", "2020-03"), ("mar. 2020", "2020-03"),
    ("sept. 2019", "2019-09"), ("sep 2019", "2019-09"), ("okt. 2021", "2021-10"),
    ("des. 2021", "2021-12"), ("mai 2022", "2022-05"), ("1. januar 2000", "2000-01-01"),
    ("februar 2024", "2024-02"), ("29. feb. 2024", "2024-02-29"),
    ("20.11.26", "2026-11-20"), ("01.01.00", "2000-01-01"), ("31.12.36", "2036-12-31"),
    ("07.2012", "2012-07"), ("2012", "2012"),
    ("Juli/august 2012", "2012-07"), ("jul./aug. 2012", "2012-07"), ("juli–august 2012", "2012-07"),
])
def test_what_norwegian_staff_write_is_read(text: str, iso: str) -> None:
    assert parse_partial_date(text, today=SHIFT) == iso


@pytest.mark.parametrize(("text", "says"), [
    ("15.07.51", "fire sifre"),  # 1951 or 2051: the year must be written out
    ("01.01.37", "fire sifre"),  # more than ten years ahead
    ("juxi 2012", "ikke en dato"), ("31. juni 2012", "finnes ikke"),
    ("juli/15. aug 2012", "ikke en dato"), ("august/juxi 2012", "ikke en dato"),
    ("1.1.12", "ikke en dato"),
])
def test_unreadable_dates_say_what_is_expected(text: str, says: str) -> None:
    with pytest.raises(ValidationError) as refusal:
        parse_partial_date(text, today=SHIFT)
    assert says in str(refusal.value)


@pytest.mark.parametrize(("start", "end", "flagged"), [
    ("2012-07-15", "2012-07-01", True), ("2013", "2012-12", True),
    ("2012-07", "2012-07-15", False), ("2012-07-15", "2012-07", False),
    ("2012", "2012-01-01", False), ("", "2012", False), ("2012", "", False),
    ("2012-07-15", "2012-07-15", False),
])
def test_a_period_ending_before_it_starts_is_flagged(start: str, end: str,
                                                     flagged: bool) -> None:
    from desktop.records import period_error
    message = period_error(start, end)
    assert bool(message) is flagged
    if flagged:
        assert message.startswith("Perioden slutter")


def test_records_read_the_same_after_their_reading_is_prepared():
    from desktop import records

    data = {"start": [{"state": "utfort", "done_by": "Kari", "date": "2026-11-02"}],
            "user_involvement": None, "declined": 1}
    before = records.from_dict(records.Checklist, data)
    records.prepare_reading(records.Checklist, records.Plan, records.Consent)
    assert records.from_dict(records.Checklist, data) == before
    assert before.start[0].done_by == "Kari" and before.user_involvement == ""
    assert before.declined is True
    assert records.from_dict(records.Checklist, "not a dict") == records.Checklist()
