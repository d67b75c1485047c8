"""The access log as the log view and the innsyn print show it: Bokmål, not stored keys."""

from __future__ import annotations

import json

from desktop.store.audit import describe, kind_label


def _detail(**data) -> str:
    return json.dumps(data)


def test_changes_prints_exports_and_imports_read_as_norwegian() -> None:
    assert describe("change", _detail(form="checklist")) == "skjema: sjekkliste"
    assert describe("print", _detail(forms=["plan", "consent"], paper="A5", target="pdf",
                                      version=2)) == \
        "skjemaer: individuell plan, samtykke; papir: A5; til: PDF-fil; versjon: 2"
    exported = describe("export", _detail(file="x.zip", format="zip", plan_version=1))
    assert exported == "fil: x.zip; format: kryptert pakke; planversjon: 1"
    imported = describe("import", _detail(**{"as": "new_version", "match": "id_number"}))
    assert imported == "som: ny planversjon; funnet på: fødselsnummer"


def test_plain_text_details_and_kinds() -> None:
    assert describe("print", "A4") == "A4"
    assert kind_label("change") == "Endring"
    assert kind_label("emergency") == "Nødtilgang"
