"""Items 4-10 shown or hidden at a patient's opening: the page is laid out in the same turn of
the event loop (what is painted then is the settled page), and an opening that changes nothing
of what applies leaves the widgets alone."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication, QWidget

from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    EXISTING_PLAN_ITEM,
    Checklist,
    ChecklistItem,
)
from desktop.views.workspace.checklist_form import ChecklistForm


def _checklist(existing: bool, declined: bool = False) -> Checklist:
    return Checklist(start=[ChecklistItem(note="Ring først") for _ in CHECKLIST_START],
                     existing=[ChecklistItem() for _ in CHECKLIST_EXISTING],
                     has_existing_plan=existing, declined=declined)


def _geometry(page: ChecklistForm) -> list[tuple[int, int, int, int]]:
    content = page.scroll.widget()
    return [w.geometry().getRect() for w in [content, *content.findChildren(QWidget)]
            if w.isVisibleTo(content)]


def test_a_switch_of_what_applies_is_laid_out_in_the_turn_it_is_painted(qtbot) -> None:
    page = ChecklistForm()
    qtbot.addWidget(page)
    page.resize(760, 640)
    page.show()
    qtbot.waitExposed(page)
    for document in (_checklist(False), _checklist(True), _checklist(False),
                     _checklist(False, declined=True), _checklist(True, declined=True)):
        page.load_document(document)
        QApplication.processEvents()  # one turn: what the user sees painted
        one_turn = _geometry(page)
        for _ in range(5):
            QApplication.processEvents()
        assert _geometry(page) == one_turn  # nothing was left to lay out
        hidden = document.has_existing_plan
        item4 = page.start_box.rows[EXISTING_PLAN_ITEM + 1]
        assert item4.text.isHidden() == hidden
        assert item4.state.isEnabled() == (not hidden)
        assert page.declined_unit_name.isHidden() == (not document.declined)


def test_an_opening_that_changes_nothing_of_what_applies_sets_no_visibility(qtbot,
                                                                              monkeypatch) -> None:
    page = ChecklistForm()
    qtbot.addWidget(page)
    page.show()
    page.load_document(_checklist(True))
    calls = []
    monkeypatch.setattr(page.start_box, "set_item_dimmed", lambda *a, **k: calls.append(a))
    page.load_document(dataclasses.replace(_checklist(True), user_involvement="Annet"))
    assert calls == []
    page.load_document(_checklist(False))
    assert len(calls) == len(CHECKLIST_START) - EXISTING_PLAN_ITEM - 1  # items 4-10 and on
