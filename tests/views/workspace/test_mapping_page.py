"""Kartlegging (issue 13, item 3) in the real window: a new mapping with the hospital's life
areas, answers saved as the user types, "3 av 7 livsområder kartlagt", a reason asked for
where the patient and the professional see the need differently, «Lag tiltak» making a plan
row with stage *ønsket*, and «Ny kartlegging fra denne» leaving the old one byte-identical."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop import store
from desktop.records import Patient, Plan, PlanRow
from desktop.records_measures import AREA_MAPPED, STAGE_WISHED
from desktop.store import mapping


def _open(app_session):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Kari Kartlagt", birth_date="1990"))
    store.save_plan(app_session.db, patient.id, Plan(valid_from="2026-01-01",
                                                     rows=[PlanRow(goal="Fra før")]))
    window.reload_list()
    assert window.open_patient(patient.id)
    page = window.workspace.mapping
    window.workspace.tabs.setCurrentWidget(page)
    return window, patient, page


def _area(qtbot, page, row: int, goal: str = "", need_patient: str = "",
          need_professional: str = "", status: str = AREA_MAPPED) -> None:
    page.areas.setCurrentRow(row)
    page.status.setCurrentIndex(page.status.findData(status))
    page.status.activated.emit(page.status.currentIndex())
    for key, text in (("goal", goal), ("need_patient", need_patient),
                      ("need_professional", need_professional)):
        if text:
            page.boxes[key].setFocus()
            qtbot.keyClicks(page.boxes[key], text)


def test_a_mapping_is_made_filled_and_summed_up(app_session, qtbot):
    window, patient, page = _open(app_session)
    assert page.empty.isVisible() and not page.copy_button.isEnabled()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.areas.count() == 7 and page.areas.item(0).text() == "Bolig og dagligliv"
    _area(qtbot, page, 0, goal="Bo for meg selv", need_patient="Hjelp til å søke bolig",
          need_professional="hjelp til å  søke bolig")  # the same need: no reason asked
    _area(qtbot, page, 1, goal="Sove bedre")
    _area(qtbot, page, 3, need_patient="Oversikt over regninger")
    assert page.summary.text() == "3 av 7 livsområder kartlagt"
    qtbot.waitUntil(lambda: not page._dirty, timeout=3000)  # saved after the typing pause
    (stored,) = mapping.list_mappings(app_session.db, patient.id)
    assert stored.areas[0].goal == "Bo for meg selv"
    assert stored.areas[3].need_patient == "Oversikt over regninger"
    assert [a.status for a in stored.areas].count(AREA_MAPPED) == 3
    assert page.chooser.currentText().endswith("3 av 7 livsområder kartlagt")


def test_differing_views_ask_for_the_reason(app_session, qtbot):
    window, patient, page = _open(app_session)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    _area(qtbot, page, 2, need_patient="Jobbe fullt", need_professional="Arbeidstrening først")
    assert page.differ.isVisible()
    assert not page.flush()  # refused: one sentence, nothing saved
    assert "skriv hvorfor" in page.message.text()
    assert mapping.list_mappings(app_session.db, patient.id)[0].areas[2].need_patient == ""
    assert not window.workspace.flush()  # leaving the patient would say so too
    page.boxes["comment"].setFocus()
    qtbot.keyClicks(page.boxes["comment"], "Vi prøver arbeidstrening i tre måneder")
    assert not page.differ.isVisible()
    assert page.flush() and window.workspace.flush()
    area = mapping.list_mappings(app_session.db, patient.id)[0].areas[2]
    assert (area.need_patient, area.comment) == ("Jobbe fullt",
                                                 "Vi prøver arbeidstrening i tre måneder")


def test_make_a_measure_and_copy_the_mapping(app_session, qtbot):
    window, patient, page = _open(app_session)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    _area(qtbot, page, 4, goal="Mer kontakt med søsteren min",
          need_patient="Følge til familietreff")
    window.workspace.show_tab("plan")
    window.workspace.plan.select_row(0)
    qtbot.keyClicks(window.workspace.plan.measure.edits["scope"], "ukentlig")  # pending plan
    window.workspace.tabs.setCurrentWidget(page)
    page.areas.setCurrentRow(4)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    plan = store.load_plan(app_session.db, patient.id).plan
    assert [r.goal for r in plan.rows] == ["Fra før", "Mer kontakt med søsteren min"]
    assert plan.rows[0].scope == "ukentlig"  # what was typed on the plan page was kept
    made = plan.rows[1]
    assert (made.measures, made.stage, made.life_area) == (
        "Følge til familietreff", STAGE_WISHED, "Familie og nettverk")
    assert window.workspace.plan.rows.model.rowCount() == 2  # the plan page shows it

    old_id = mapping.list_mappings(app_session.db, patient.id)[0].id
    before = app_session.db.execute("SELECT content, updated_at FROM mappings WHERE id = ?",
                                    [old_id]).fetchone()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    first, second = mapping.list_mappings(app_session.db, patient.id)
    assert page.chooser.count() == 2 and page.mapping.id == second.id
    assert second.copied_from == first.id and second.areas == first.areas
    page.areas.setCurrentRow(4)
    page.boxes["goal"].setFocus()
    qtbot.keyClicks(page.boxes["goal"], " igjen")
    assert page.flush()
    assert app_session.db.execute("SELECT content, updated_at FROM mappings WHERE id = ?",
                                  [old_id]).fetchone() == before  # the old one untouched
    assert "igjen" in mapping.get_mapping(app_session.db, second.id).areas[4].goal
