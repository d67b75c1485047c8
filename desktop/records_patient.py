"""The patient (no Qt, no SQL): a dataclass, in its own module so that the command line's
`list`, which reads only the patient list's lines (desktop/records_base.py), does without the
dataclasses module. desktop/records.py re-exports it with records_base's names, so
``from desktop.records import Patient`` stays right.

User-visible messages here are Bokmål source text; the views translate them with the
context ``records`` (see ``desktop.i18n``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from desktop.i18n import translate
from desktop.records_base import ValidationError, check_id_number, parse_partial_date

# ---------------------------------------------------------------- the patient

@dataclass
class Patient:
    """A patient as the program registers them (no Qt, no SQL)."""

    id: int | None = None
    name: str = ""
    birth_date: str = ""  # ISO partial date
    id_number: str = ""  # fødselsnummer or D-nummer, digits only
    address: str = ""
    phone: str = ""
    department: str = ""
    municipality: str = ""  # the patient's home municipality

    def validated(self) -> Patient:
        """A cleaned copy, or ValidationError. Birth date follows the id number when absent."""
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError(translate("records", "Skriv pasientens navn."))
        number = re.sub(r"\s", "", self.id_number)
        birth = parse_partial_date(self.birth_date)
        if number:
            _kind, born = check_id_number(number)
            if birth and not born.startswith(birth):
                raise ValidationError(translate(
                    "records", "Fødselsdatoen stemmer ikke med fødselsnummeret."))
            birth = born
        return dataclasses.replace(self, name=name, id_number=number, birth_date=birth,
                                   address=self.address.strip(), phone=self.phone.strip(),
                                   department=self.department.strip(),
                                   municipality=self.municipality.strip())
