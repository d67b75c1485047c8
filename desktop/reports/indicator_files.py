"""The indicator report as CSV (category;tertial;indicator;count) and as FHIR R4
MeasureReports (one per indicator and tertial, type summary, stratified by category; counts
only, no personal data), and the merge of several such files from other ward PCs."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path

import sqlite_utils

from desktop.i18n import translate
from desktop.reports.indicators import (
    CATEGORIES,
    DEFINITION_VERSION,
    INDICATORS,
    NO_TERTIAL,
    TERTIALS,
    TOTAL,
    Report,
    Table,
    column_label,
    shown,
    tertial_bounds,
)
from desktop.store.settings import get_setting, set_setting

MEASURE = "urn:individuell-plan:indikator:{id}:v" + DEFINITION_VERSION
SOURCE_SYSTEM = "urn:individuell-plan:kilde"
KEY_SOURCE = "indicators.source_id"


class MergeRefused(ValueError):
    """A file that cannot be added, with one Norwegian sentence."""


def _t(text: str) -> str:
    return translate("indicators", text)


def to_csv(report: Report, suppress: bool = True) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(["category", "tertial", "indicator", "count"])
    for indicator, table in report.tables.items():
        for category in (*CATEGORIES, TOTAL):
            for tertial in report.columns:
                writer.writerow([category, column_label(tertial), indicator,
                                 shown(table.count(category, tertial), suppress)])
    return out.getvalue()


def source_id(db: sqlite_utils.Database) -> str:
    """This database's lasting identity in its files, so a merge sees a file counted twice."""
    value = get_setting(db, KEY_SOURCE)
    if not value:
        value = str(uuid.uuid4())
        set_setting(db, KEY_SOURCE, value)
    return value


def _period(year: int, tertial: int) -> dict:
    if tertial == NO_TERTIAL:
        return {"start": f"{year}-01-01", "end": f"{year}-12-31"}
    first, last = tertial_bounds(year, tertial)
    return {"start": first, "end": last}


def measure_reports(report: Report, source: str) -> list[dict]:
    """One MeasureReport (as JSON data) per indicator and column, exact counts."""
    out = []
    for indicator, table in report.tables.items():
        for tertial in report.columns:
            strata = [{"value": {"text": category},
                       "population": [{"code": {"text": "numerator"},
                                       "count": table.count(category, tertial)}]}
                      for category in CATEGORIES]
            out.append({
                "resourceType": "MeasureReport",
                "identifier": [{"system": SOURCE_SYSTEM, "value": source}],
                "status": "complete", "type": "summary",
                "measure": MEASURE.format(id=indicator),
                "date": f"{report.year}-12-31",
                "period": _period(report.year, tertial),
                "group": [{"code": {"text": column_label(tertial)},
                           "population": [{"code": {"text": "numerator"},
                                           "count": table.count(TOTAL, tertial)}],
                           "stratifier": [{"code": [{"text": "kategori"}],
                                           "stratum": strata}]}]})
    return out


def to_fhir(db: sqlite_utils.Database, report: Report) -> str:
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": r} for r in measure_reports(report, source_id(db))]}
    return json.dumps(bundle, ensure_ascii=False, indent=1)


def _resources(path: Path) -> list[dict]:
    refused = MergeRefused(_t("{name} er ikke en indikatorrapport fra Individuell plan.")
                           .format(name=path.name))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise refused from None
    if not isinstance(data, dict):
        raise refused
    if data.get("resourceType") == "Bundle":
        found = [e.get("resource") or {} for e in data.get("entry") or []
                 if isinstance(e, dict)]
    else:
        found = [data]
    if not found or any(not isinstance(r, dict) or r.get("resourceType") != "MeasureReport"
                        for r in found):
        raise refused
    return found


def _parse(resource: dict, name: str) -> tuple[str, str, int, int, dict[str, int]]:
    """(source, indicator, year, tertial, counts per category) of one MeasureReport."""
    measure = str(resource.get("measure", ""))
    prefix, _, version = measure.rpartition(":v")
    indicator = prefix.rpartition(":")[2]
    if not prefix.startswith("urn:individuell-plan:indikator:") or indicator not in INDICATORS:
        raise MergeRefused(_t("{name} er ikke en indikatorrapport fra Individuell plan.")
                           .format(name=name))
    if version != DEFINITION_VERSION:
        raise MergeRefused(_t("{name} er talt etter en annen definisjon av indikatorene.")
                           .format(name=name))
    try:
        start, end = resource["period"]["start"], resource["period"]["end"]
        year = int(start[:4])
        tertial = next((t for t in TERTIALS if tertial_bounds(year, t) == (start, end)),
                       NO_TERTIAL)
        source = resource["identifier"][0]["value"]
        strata = resource["group"][0]["stratifier"][0]["stratum"]
        counts = {s["value"]["text"]: int(s["population"][0]["count"]) for s in strata}
    except (KeyError, IndexError, TypeError, ValueError):
        raise MergeRefused(_t("{name} er ikke en indikatorrapport fra Individuell plan.")
                           .format(name=name)) from None
    if set(counts) - set(CATEGORIES):
        raise MergeRefused(_t("{name} er ikke en indikatorrapport fra Individuell plan.")
                           .format(name=name))
    return source, indicator, year, tertial, counts


def merge(paths: list[Path]) -> Report:
    """The sum of several files of one year; refuses another year, another definition, or a
    ward's figures given twice."""
    tables: dict[str, Table] = {}
    seen: set[tuple[str, str, int]] = set()
    year: int | None = None
    tertials: set[int] = set()
    for path in paths:
        for resource in _resources(path):
            source, indicator, got_year, tertial, counts = _parse(resource, path.name)
            if year is not None and got_year != year:
                raise MergeRefused(_t("{name} gjelder {got}, ikke {year}.")
                                   .format(name=path.name, got=got_year, year=year))
            year = got_year
            if (source, indicator, tertial) in seen:
                raise MergeRefused(_t("{name} er allerede talt med (samme avdelings tall to "
                                      "ganger).").format(name=path.name))
            seen.add((source, indicator, tertial))
            if tertial != NO_TERTIAL:
                tertials.add(tertial)
            table = tables.setdefault(indicator, Table(indicator))
            for category, n in counts.items():
                table.cells[(category, tertial)] = table.cells.get((category, tertial), 0) + n
    if year is None:
        raise MergeRefused(_t("Velg minst én fil å slå sammen."))
    ordered = {i: tables[i] for i in INDICATORS if i in tables}
    return Report(year, tuple(sorted(tertials)), ordered, None)


def _save(session, path: Path | str, text: str, detail: dict) -> Path:
    """Write ``text`` to ``path`` through the outbox: the export's log entry commits before the
    file gets its name; DeliveryFailed otherwise."""
    from desktop.store.log import EXPORT
    from desktop.store.outbox import deliver
    from desktop.store.session import as_session

    session = as_session(session)
    return deliver(session.db, path, text.encode("utf-8"),
                   lambda: session.log(EXPORT, None, {"report": "indicators", **detail}))


def _detail(report: Report) -> dict:
    return {"year": report.year, "tertials": list(report.tertials),
            "indicators": list(report.tables)}


def save_csv(session, report: Report, path: Path | str, suppress: bool = True) -> Path:
    """The report as CSV (category; tertial; indicator; count), logged as an export."""
    return _save(session, path, to_csv(report, suppress),
                 {**_detail(report), "format": "csv", "suppress": suppress})


def save_fhir(session, report: Report, path: Path | str) -> Path:
    """The report as a FHIR Bundle of MeasureReports (exact counts), logged as an export."""
    from desktop.store.session import as_session

    session = as_session(session)
    return _save(session, path, to_fhir(session.db, report),
                 {**_detail(report), "format": "fhir"})
