"""Mappings: "Lag tiltak", "Ny kartlegging fra denne" leaving the old one byte-identical, the
summary, the comment asked for where views differ; local lists: admin only, CSV all or nothing."""

from __future__ import annotations

import pytest

from desktop import store
from desktop.records import Patient, Plan, ValidationError
from desktop.records_measures import AGREE_NO, AREA_MAPPED, STAGE_WISHED, mapping_summary
from desktop.store import accounts, local_lists, mapping
from desktop.store.accounts import ROLE_STAFF, AccountError


@pytest.fixture
def patient(db):
    person = store.add_patient(db, Patient(name="Per Plan"))
    store.save_plan(db, person.id, Plan(valid_from="2026-01-01"))
    return person


def test_mapping_make_measure_and_copy(db, patient):
    made = mapping.new_mapping(db, patient.id, date="01.02.2026", made_by="Vera")
    assert len(made.areas) == 7 and made.period_from == "2026-01-01"
    for area in made.areas[:3]:
        area.status = AREA_MAPPED
    made.areas[0].goal, made.areas[0].need_patient = "Bo selv", "Hjelp til å søke bolig"
    made.areas[1].need_patient, made.areas[1].need_professional = "Ingen", "Oppfølging"
    with pytest.raises(ValidationError, match="ulikt"):
        mapping.save_mapping(db, made)
    made.areas[1].agreement, made.areas[1].comment = AGREE_NO, "Pasienten vil vente"
    saved = mapping.save_mapping(db, made)
    assert mapping_summary(saved) == "3 av 7 livsområder kartlagt"
    version = mapping.make_measure(db, saved.id, 0, date="2026-02-02")
    row = version.plan.rows[-1]
    assert (row.goal, row.measures, row.life_area, row.stage) == (
        "Bo selv", "Hjelp til å søke bolig", "Bolig og dagligliv", STAGE_WISHED)
    with pytest.raises(ValidationError):
        mapping.make_measure(db, saved.id, 5)  # nothing written for that area yet
    before = db.execute("SELECT * FROM mappings WHERE id = ?", [saved.id]).fetchone()
    copy = mapping.copy_mapping(db, saved.id, date="2026-06-01")
    copy.areas[0].goal = "Bo selv med katt"
    mapping.save_mapping(db, copy)
    assert db.execute("SELECT * FROM mappings WHERE id = ?", [saved.id]).fetchone() == before
    assert [m.id for m in mapping.list_mappings(db, patient.id)] == [saved.id, copy.id]
    assert mapping.get_mapping(db, copy.id).copied_from == saved.id


def test_local_lists_admin_csv_and_completion(db, fast_hash, patient):
    admin = accounts.create_first_admin(db, "admin", "Admin", "passord-123-lang")
    staff = accounts.add_user(db, admin, "vera", "Vera", "passord-123-lang", ROLE_STAFF, ())
    with pytest.raises(AccountError):
        local_lists.add_entry(db, staff, local_lists.LIST_MEASURES, "Støttekontakt")
    local_lists.import_csv(db, admin, local_lists.LIST_MEASURES,
                           "navn\nStøttekontakt\nArbeidstrening\nStøttekontakt\n")
    assert local_lists.entries(db, local_lists.LIST_MEASURES) == ["Støttekontakt",
                                                                 "Arbeidstrening"]
    with pytest.raises(ValidationError, match="Linje 3"):
        local_lists.import_csv(db, admin, local_lists.LIST_MEASURES, "navn\nBolig\n,x\n")
    assert local_lists.entries(db, local_lists.LIST_MEASURES) == ["Støttekontakt",
                                                                 "Arbeidstrening"]
    assert local_lists.complete(db, local_lists.LIST_MEASURES, "tre") == ["Arbeidstrening"]
    assert local_lists.export_csv(db, local_lists.LIST_MEASURES) == (
        "navn\nStøttekontakt\nArbeidstrening\n")
    made = mapping.new_mapping(db, patient.id)
    made.areas[0].goal = "Bo selv"
    saved = mapping.save_mapping(db, made)
    local_lists.remove_entry(db, admin, local_lists.LIST_LIFE_AREAS, "Bolig og dagligliv")
    assert mapping.get_mapping(db, saved.id).areas[0].area == "Bolig og dagligliv"
    assert "Bolig og dagligliv" not in local_lists.life_areas(db)
