"""The KE directory as CSV (UTF-8, semicolon or comma, detected from the header line): import
checks every row first, and one bad row, reported by its line number, imports nothing."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

import sqlite_utils

from desktop.i18n import translate
from desktop.records import ValidationError
from desktop.records_process import KEUnit

# Header name in the file -> KEUnit field
COLUMNS = (("kommunenummer", "kommunenummer"), ("kommune", "municipality"),
           ("enhet", "unit_name"), ("telefon", "phone"), ("epost", "email"),
           ("adresse", "address"), ("her_id", "her_id"))
REQUIRED = ("kommunenummer", "kommune")



def _delimiter(first_line: str) -> str:
    return ";" if first_line.count(";") >= first_line.count(",") else ","


def read_units(data: bytes) -> list[KEUnit]:
    """The units of a CSV file, or ValidationError naming the first bad line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(translate(
            "exchange", "Filen er ikke UTF-8-kodet. Lagre den som CSV (UTF-8) og prøv "
                                 "igjen.")) from None
    if not text.strip():
        raise ValidationError(translate("exchange", "Filen er tom."))
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text.splitlines()[0]))
    header = [name.strip().casefold().replace("-", "_") for name in next(reader)]
    known = dict(COLUMNS)
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ValidationError(translate(
            "exchange", "Første linje mangler kolonnen {name}.").format(name=missing[0]))
    units: list[KEUnit] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ValidationError(translate(
                "exchange", "Linje {line}: {count} felt, men overskriften har {header}. "
                                     "Ingenting er importert.").format(
                                         line=line, count=len(row), header=len(header)))
        values = {known[name]: cell for name, cell in zip(header, row, strict=True)
                  if name in known}
        try:
            unit = KEUnit(**values).validated()  # type: ignore[arg-type]  # text columns only
        except ValidationError as error:
            raise ValidationError(translate(
                "exchange", "Linje {line}: {message} Ingenting er importert.").format(
                line=line, message=error)) from None
        if unit.kommunenummer in seen:
            raise ValidationError(translate(
                "exchange", "Linje {line}: kommunenummer {number} står også på linje "
                                     "{first}. Ingenting er importert.").format(
                                         line=line, number=unit.kommunenummer,
                                         first=seen[unit.kommunenummer]))
        seen[unit.kommunenummer] = line
        units.append(unit)
    return units


def write_units(units: Sequence[KEUnit]) -> bytes:
    """The directory as CSV with a semicolon (what a Norwegian spreadsheet opens directly)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([name for name, _ in COLUMNS])
    for unit in units:
        writer.writerow([getattr(unit, field) for _, field in COLUMNS])
    return out.getvalue().encode("utf-8-sig")


def import_file(db: sqlite_utils.Database, data: bytes) -> int:
    """Read and import a CSV file in one transaction; returns how many units it held."""
    from desktop.store.notices import import_units

    return import_units(db, read_units(data))


def export_file(db: sqlite_utils.Database) -> bytes:
    from desktop.store.notices import list_units

    return write_units(list_units(db))
