"""Dates as the nurse typed them (issue 16 item 8): a date field is never emptied because the
program cannot read it. Every record with date fields holds, beside the ISO partial dates,
``typed``: for each date field whose text says more than its ISO date (a span of months such
as "Juli/august 2012", read as from July 2012), or that is not a date the program can read
("blah", "uke 32"), the text itself. The ISO date drives deadlines and sorting; the text is
what the screens show and the nurse can correct. Qt-free and SQL-free."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop.i18n import translate
from desktop.records import ValidationError, format_partial_date, read_partial_date

T = TypeVar("T")


@dataclass(frozen=True)
class DateReading:
    iso: str  # the ISO partial date read, "" when none
    kept: str  # the text to keep beside it ("" when the ISO date says it all)
    problem: str  # why the text is not a date ("" when it is one)


def read_date(text: str) -> DateReading:
    """What the program makes of a typed date."""
    text = " ".join((text or "").split())
    try:
        iso, approximate = read_partial_date(text)
    except ValidationError as error:
        return DateReading("", text, str(error))
    return DateReading(iso, text if approximate else "", "")


def with_typed_dates(record: T, **texts: str) -> T:
    """A copy of ``record`` with each named date field set from what was typed: its ISO date
    where readable, and the text itself in ``record.typed`` where that must be kept. A text
    that is not a date changes no date (bad input changes nothing): the record keeps its
    earlier ISO date, and the text beside it until it is corrected."""
    typed = dict(getattr(record, "typed"))  # noqa: B009 - every dated record has it
    values: dict[str, Any] = {}
    for name, text in texts.items():
        reading = read_date(text)
        if not reading.problem:
            values[name] = reading.iso
        if reading.kept:
            typed[name] = reading.kept
        else:
            typed.pop(name, None)
    return dataclasses.replace(record, typed=typed, **values)  # type: ignore[type-var]


def date_text(record: Any, name: str) -> str:
    """What a date field shows: the text as typed where it was kept, else the ISO date the
    Norwegian way (15.07.2012, 07.2012, 2012)."""
    return record.typed.get(name) or format_partial_date(getattr(record, name))


def date_problem(record: Any, name: str) -> str:
    """One sentence when the kept text of a date field is not a date, else ""."""
    kept = record.typed.get(name, "")
    return read_date(kept).problem if kept else ""


def date_hint(record: Any, name: str) -> str:
    """For a tooltip: why a kept text is marked, or how a span of months is read."""
    problem = date_problem(record, name)
    if problem:
        expects = translate("records", "Dag, måned eller bare år: 15.07.2012, 07.2012 eller "
                            "2012.")
        return problem if "15.07" in problem else f"{problem}\n{expects}"
    if record.typed.get(name) and getattr(record, name):
        return read_as(getattr(record, name))
    return ""


def read_as(iso: str) -> str:
    """How a kept text that is also a date (a span of months) is read."""
    return translate("records", "Leses som {date}; teksten beholdes slik den ble skrevet."
                     ).format(date=format_partial_date(iso))
