"""Lenient accessors for reading FHIR JSON from any system (``fhir_read`` and the modules
that read their own resources, such as ``fhir_people``): a wrong type raises ``Malformed``
(the reader refuses the file as a whole), text is cleaned as the program keeps it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from desktop.exchange.errors import ExchangeRefused
from desktop.i18n import translate
from desktop.records import ValidationError, parse_partial_date

# a date element's primitive extension: the date as the nurse typed it (records_dates)
EXT_DATE_AS_TYPED = "urn:individuell-plan:fhir:StructureDefinition:date-as-typed"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class Malformed(Exception):
    """Internal: the structure is not what FHIR R4 allows here."""


def not_fhir() -> ExchangeRefused:
    return ExchangeRefused(translate(
        "exchange", "Filen er ikke en gyldig FHIR R4-plan og kan ikke importeres."))


def too_much(what: str, limit: int) -> ExchangeRefused:
    return ExchangeRefused(translate(
        "exchange", "Filen har mer enn {limit} {what} og kan ikke importeres; så mye har "
                    "ingen ekte plan.").format(limit=f"{limit:,}".replace(",", " "),
                                              what=what))


# ---------------------------------------------------------------- lenient accessors

def as_dict(value: Any) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise Malformed
    return value


def as_list(value: Any) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Malformed
    return value


def string(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Malformed
    return clean_text(value)


def clean_text(value: str) -> str:
    """Imported text as the program keeps it: control characters removed (they could steer a
    terminal or hide text), line breaks as \\n, tabs kept; a lone surrogate (half of a
    character, which no file can store) is refused."""
    if _SURROGATE.search(value):
        raise ExchangeRefused(translate(
            "exchange", "Filen inneholder ugyldige tegn (et halvt tegn uten sin andre halvdel) "
                        "og kan ikke importeres."))
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def first(value: Any) -> dict:
    items = as_list(value)
    return as_dict(items[0]) if items else {}


def date(value: Any) -> str:
    text = string(value).split("T")[0].strip()
    try:
        return parse_partial_date(text)
    except ValidationError:
        raise ExchangeRefused(translate(
            "exchange", "Datoen «{text}» i filen kan ikke leses.").format(text=text[:40])) from None


def local_time(value: Any) -> str:
    text = string(value)
    if not text:
        return ""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return date(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def as_typed(node: Any, key: str) -> str:
    """The date as typed on the primitive element ``key`` of ``node`` (its ``_key``), or ""."""
    for extension in as_list(as_dict(as_dict(node).get("_" + key)).get("extension")):
        if as_dict(extension).get("url") == EXT_DATE_AS_TYPED:
            return string(extension.get("valueString")).strip()
    return ""


def keep_typed(record: Any, name: str, node: Any, key: str) -> None:
    """Put the date as typed of ``node``'s element ``key`` into ``record.typed[name]``."""
    text = as_typed(node, key)
    if text:
        record.typed[name] = text


def ext(resource: dict, url: str) -> dict:
    for extension in as_list(resource.get("extension")):
        if as_dict(extension).get("url") == url:
            return extension
    return {}


def name_of(value: Any) -> str:
    name = first(value)
    text = string(name.get("text"))
    if text:
        return text
    parts = [string(g) for g in as_list(name.get("given"))] + [string(name.get("family"))]
    return " ".join(p for p in parts if p)


def telecom(value: Any, system: str) -> str:
    for point in as_list(value):
        if as_dict(point).get("system") == system:
            return string(point.get("value"))
    return ""


def address(value: Any) -> tuple[str, str]:
    found = first(value)
    text = string(found.get("text"))
    if not text:
        lines = ", ".join(string(line) for line in as_list(found.get("line")) if line)
        place = " ".join(p for p in (string(found.get("postalCode")), string(found.get("city")))
                         if p)
        text = ", ".join(p for p in (lines, place) if p)
    return text, string(found.get("district"))


def codes(concept: Any) -> list[tuple[str, str]]:
    return [(string(as_dict(c).get("system")), string(as_dict(c).get("code")))
            for c in as_list(as_dict(concept).get("coding"))]
