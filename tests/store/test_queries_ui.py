"""The staff names offered for «Utført av»: read once, again after a checklist is saved."""

from __future__ import annotations

from desktop import store
from desktop.records import STATE_DONE, ChecklistItem, Patient
from desktop.store import queries_ui


def _done_by(db, patient_id: int, name: str) -> None:
    checklist = store.load_checklist(db, patient_id)
    checklist.start[0] = ChecklistItem(STATE_DONE, "2026-01-05", name)
    store.save_checklist(db, patient_id, checklist)


def test_names_are_kept_between_openings_and_read_again_after_a_save(db, monkeypatch) -> None:
    patient = store.add_patient(db, Patient(name="Liv Lunde"))
    _done_by(db, patient.id, "Hilde Brå")
    assert queries_ui.recent_staff_names(db) == ["Hilde Brå"]
    reads = []
    real = db.execute

    def counting(sql, *args):
        if sql is queries_ui._STAFF_SQL:
            reads.append(sql)
        return real(sql, *args)

    monkeypatch.setattr(db, "execute", counting)
    assert queries_ui.recent_staff_names(db) == ["Hilde Brå"] and reads == []
    _done_by(db, patient.id, "Arne Ødegaard")
    assert queries_ui.recent_staff_names(db) == ["Arne Ødegaard"] and len(reads) == 1
    assert queries_ui.recent_staff_names(db) == ["Arne Ødegaard"] and len(reads) == 1


def test_a_write_by_another_connection_is_seen(db, data_dir) -> None:
    from desktop import paths

    patient = store.add_patient(db, Patient(name="Liv Lunde"))
    assert queries_ui.recent_staff_names(db) == []
    other = store.open_db(paths.database_path(data_dir))
    _done_by(other, patient.id, "Siri Kvam")
    other.close()
    assert queries_ui.recent_staff_names(db) == ["Siri Kvam"]
