"""The KE directory's CSV: semicolon or comma, a bad row named by line with nothing imported,
and export that imports back to the same directory."""

from __future__ import annotations

import pytest

from desktop import resources
from desktop.exchange import ke_csv
from desktop.records import ValidationError
from desktop.store import notices


def test_the_shipped_example_imports_and_round_trips(db) -> None:
    data = resources.read_bytes(resources.KE_EXAMPLE)
    assert ke_csv.import_file(db, data) == 5
    units = notices.list_units(db)
    assert {u.municipality for u in units} >= {"Åsmark", "Prøvedal"}
    assert all(u.phone.startswith("+47 000") for u in units)
    exported = ke_csv.export_file(db)
    assert ke_csv.read_units(exported) == [u.__class__(**{**u.__dict__, "id": None})
                                           for u in units]


def test_comma_separated_with_a_bom_and_columns_in_any_order(db) -> None:
    data = ("\ufeffkommune,kommunenummer,telefon\n"
            "Eksempelvik,9901,+47 000 00 001\n\n"
            '"Prøvedal, øvre",9902,\n').encode()
    units = ke_csv.read_units(data)
    assert [(u.kommunenummer, u.municipality, u.phone) for u in units] == [
        ("9901", "Eksempelvik", "+47 000 00 001"), ("9902", "Prøvedal, øvre", "")]


@pytest.mark.parametrize(("text", "message"), [
    ("kommunenummer;kommune\n9901;Eksempelvik\n99x2;Prøvedal\n", "Linje 3: Kommunenummeret"),
    ("kommunenummer;kommune\n9901;Eksempelvik;ekstra\n", "Linje 2: 3 felt"),
    ("kommunenummer;kommune\n9901;A\n9901;B\n", "står også på linje 2"),
    ("kommune;telefon\nA;1\n", "kolonnen kommunenummer"),
])
def test_a_bad_row_is_reported_by_line_and_nothing_is_imported(db, text, message) -> None:
    with pytest.raises(ValidationError, match=message):
        ke_csv.import_file(db, text.encode())
    assert notices.list_units(db) == []


def test_a_file_that_is_not_utf8_is_refused(db) -> None:
    with pytest.raises(ValidationError, match="UTF-8"):
        ke_csv.read_units("kommunenummer;kommune\n9901;Åsmark\n".encode("latin-1"))
