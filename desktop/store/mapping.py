"""Life-area mappings (kartlegging): one or more per plan period, each a JSON document in the
``mappings`` table. "Ny kartlegging fra denne" copies one into a new row and leaves the old one
byte-identical; "Lag tiltak" turns an area's need into a plan row with stage *ønsket*."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import (
    PlanRow,
    PlanVersion,
    ValidationError,
    from_dict,
    parse_partial_date,
    to_dict,
)
from desktop.records_measures import (
    AGREEMENTS,
    AREA_STATUSES,
    STAGE_WISHED,
    Mapping,
    MappingArea,
    new_mapping_areas,
    views_differ,
)
from desktop.store import forms, local_lists
from desktop.store.clock import now

if TYPE_CHECKING:
    import sqlite_utils

_KEPT = ("id", "patient_id", "created_at", "updated_at")  # columns, not in the document


def _t(text: str) -> str:
    return translate("records", text)


def _dump(mapping: Mapping) -> str:
    data = {k: v for k, v in to_dict(mapping).items() if k not in _KEPT}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _mapping(row: tuple) -> Mapping:
    id_, patient_id, content, created, updated = row
    mapping = from_dict(Mapping, json.loads(content))
    return dataclasses.replace(mapping, id=id_, patient_id=patient_id, created_at=created,
                               updated_at=updated)


_SELECT = "SELECT id, patient_id, content, created_at, updated_at FROM mappings"


def list_mappings(db: sqlite_utils.Database, patient_id: int) -> list[Mapping]:
    """The patient's mappings, oldest first."""
    rows = db.execute(_SELECT + " WHERE patient_id = ? ORDER BY id", [patient_id]).fetchall()
    return [_mapping(row) for row in rows]


def get_mapping(db: sqlite_utils.Database, mapping_id: int) -> Mapping | None:
    row = db.execute(_SELECT + " WHERE id = ?", [mapping_id]).fetchone()
    return _mapping(row) if row else None


def new_mapping(db: sqlite_utils.Database, patient_id: int, *, date: str = "",
                made_by: str = "") -> Mapping:
    """An unsaved mapping with the hospital's life areas, for the current plan period."""
    version = forms.current_version(db, patient_id)
    return Mapping(patient_id=patient_id, date=date, made_by=made_by,
                   period_from=version.plan.valid_from if version else "",
                   areas=new_mapping_areas(local_lists.life_areas(db)))


def validated_mapping(mapping: Mapping, require_reason: bool = True) -> Mapping:
    """A cleaned copy; ``require_reason`` asks for a comment where the two views of a need
    differ (an imported mapping keeps what it came with)."""
    areas = []
    for area in mapping.areas:
        name = " ".join(area.area.split())
        if not name:
            raise ValidationError(_t("Hvert livsområde må ha et navn."))
        if area.status not in AREA_STATUSES or area.agreement not in AGREEMENTS:
            raise ValidationError(_t("Ukjent status for livsområdet {area}.").format(area=name))
        cleaned = MappingArea(**{f.name: getattr(area, f.name).strip()
                                 for f in dataclasses.fields(MappingArea)})
        cleaned.area = name
        if require_reason and views_differ(cleaned) and not cleaned.comment:
            raise ValidationError(_t("Pasient og fagperson ser behovet for {area} ulikt: skriv "
                                     "hvorfor i kommentaren.").format(area=name))
        areas.append(cleaned)
    return dataclasses.replace(mapping, areas=areas, date=parse_partial_date(mapping.date),
                               period_from=parse_partial_date(mapping.period_from),
                               made_by=mapping.made_by.strip(), note=mapping.note.strip())


def save_mapping(db: sqlite_utils.Database, mapping: Mapping, user: str = "",
                 require_reason: bool = True) -> Mapping:
    """Add (id None) or update a mapping of ``mapping.patient_id``."""
    clean = validated_mapping(mapping, require_reason)
    if clean.patient_id is None:
        raise ValidationError(_t("Fant ikke pasienten."))
    stamp = now()
    with db.atomic():
        if clean.id is None:
            new_id = db.execute(
                "INSERT INTO mappings (patient_id, content, created_at, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?)",
                [clean.patient_id, _dump(clean), stamp, stamp, user]).lastrowid
            assert new_id is not None
        else:
            before = get_mapping(db, clean.id)
            if before is None or before.patient_id != clean.patient_id:
                raise ValidationError(_t("Fant ikke kartleggingen."))
            new_id = clean.id
            db.execute("UPDATE mappings SET content = ?, updated_at = ?, updated_by = ? "
                       "WHERE id = ?", [_dump(clean), stamp, user, new_id])
    saved = get_mapping(db, new_id)
    assert saved is not None
    return saved


def copy_mapping(db: sqlite_utils.Database, mapping_id: int, *, date: str = "",
                 made_by: str = "", user: str = "") -> Mapping:
    """"Ny kartlegging fra denne": a new mapping with the old one's areas and answers, for the
    current plan period; the old one is not touched."""
    old = get_mapping(db, mapping_id)
    if old is None:
        raise ValidationError(_t("Fant ikke kartleggingen."))
    assert old.patient_id is not None
    fresh = new_mapping(db, old.patient_id, date=date, made_by=made_by or old.made_by)
    fresh.areas, fresh.note, fresh.copied_from = copy.deepcopy(old.areas), old.note, old.id
    return save_mapping(db, fresh, user)


def delete_mapping(db: sqlite_utils.Database, mapping_id: int) -> None:
    db.execute("DELETE FROM mappings WHERE id = ?", [mapping_id])


def make_measure(db: sqlite_utils.Database, mapping_id: int, area_index: int,
                 date: str = "") -> PlanVersion:
    """"Lag tiltak": the area's need becomes a new plan row with stage *ønsket* (goal: the
    patient's goal; measure: the need as the patient sees it, else the professional's)."""
    mapping = get_mapping(db, mapping_id)
    if mapping is None or not 0 <= area_index < len(mapping.areas):
        raise ValidationError(_t("Fant ikke livsområdet."))
    assert mapping.patient_id is not None
    area = mapping.areas[area_index]
    need = area.need_patient or area.need_professional
    if not need and not area.goal:
        raise ValidationError(_t("Skriv behovet for {area} først.").format(area=area.area))
    with db.atomic():
        version = forms.current_version(db, mapping.patient_id)
        plan = copy.deepcopy(version.plan) if version else forms.load_plan(
            db, mapping.patient_id).plan
        plan.rows.append(PlanRow(goal=area.goal, measures=need, life_area=area.area,
                                 stage=STAGE_WISHED, stage_date=parse_partial_date(date)))
        return forms.save_plan(db, mapping.patient_id, plan)


def import_mappings(db: sqlite_utils.Database, patient_id: int, incoming: list[Mapping],
                    user: str = "") -> list[int]:
    """Add the mappings a handover carried to the patient (each as a new mapping; one the
    patient has already, same date, maker and answers, is not added again). Returns the ids."""
    have = [(m.date, m.made_by, m.areas) for m in list_mappings(db, patient_id)]
    added = []
    for mapping in incoming:
        fresh = dataclasses.replace(copy.deepcopy(mapping), id=None, patient_id=patient_id,
                                    copied_from=None)
        clean = validated_mapping(fresh, require_reason=False)
        if (clean.date, clean.made_by, clean.areas) in have:
            continue
        saved = save_mapping(db, clean, user, require_reason=False)
        assert saved.id is not None
        have.append((saved.date, saved.made_by, saved.areas))
        added.append(saved.id)
    return added
