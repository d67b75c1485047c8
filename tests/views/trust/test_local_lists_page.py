"""Innstillinger › Lokale lister (issue 13, item 6): administrators add, rename and remove the
hospital's measure names and life areas and import or export them as CSV (a bad line named,
nothing changed); staff do not see the tab; a removed life area changes no plan, and a word
typed freely in a plan is kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop import store
from desktop.records import Patient, Plan, PlanRow
from desktop.store import accounts, local_lists
from desktop.store.session import Session
from desktop.views.trust.local_lists_page import LocalListsPage
from desktop.views.trust.settings_dialog import SettingsDialog


@pytest.fixture
def people(db, fast_hash):
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "blå-fjord-sykkel-hest")
    staff = accounts.add_user(db, admin, "ola.ansatt", "Ola Ansatt", "blå-fjord-sykkel-hest",
                              departments=["Rusbehandling"])
    return admin, staff


def _answer(monkeypatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (text, True))


def test_only_administrators_get_the_tab(db, qtbot, people):
    admin, staff = people
    titles = []
    for user in (admin, staff):
        dialog = SettingsDialog(Session(db, user))
        qtbot.addWidget(dialog)
        titles.append([dialog.tabs.tabText(i) for i in range(dialog.tabs.count())])
    assert "Lokale lister" in titles[0] and "Lokale lister" not in titles[1]


def test_add_rename_remove_and_plans_keep_their_words(db, qtbot, people, monkeypatch):
    admin, _staff = people
    patient = store.add_patient(db, Patient(name="Liste Listesen", birth_date="1980"))
    store.save_plan(db, patient.id, Plan(rows=[PlanRow(goal="Mål", life_area="Fritid")]))
    page = LocalListsPage(Session(db, admin))
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData(local_lists.LIST_LIFE_AREAS))
    assert page.entries.count() == 7
    _answer(monkeypatch, "Rus og psykisk helse")
    page.add()
    assert local_lists.life_areas(db)[-1] == "Rus og psykisk helse"
    page.entries.setCurrentRow(5)  # Fritid
    _answer(monkeypatch, "Fritid og kultur")
    page.rename()
    assert "Fritid og kultur" in local_lists.life_areas(db)
    page.entries.setCurrentRow(0)
    page.remove()
    assert local_lists.life_areas(db)[0] == "Helse"
    assert store.load_plan(db, patient.id).plan.rows[0].life_area == "Fritid"  # unchanged
    _answer(monkeypatch, "   ")
    page.add()  # nothing typed: nothing added
    assert len(local_lists.life_areas(db)) == 7


def test_csv_import_and_export(db, qtbot, people, monkeypatch, tmp_path):
    admin, _staff = people
    page = LocalListsPage(Session(db, admin))
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData(local_lists.LIST_MEASURES))
    good = tmp_path / "tiltak.csv"
    good.write_text("navn\nStøttekontakt\nBPA\nHjemmesykepleie\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(good), ""))
    page.import_csv()
    assert [page.entries.item(i).text() for i in range(page.entries.count())] == [
        "Støttekontakt", "BPA", "Hjemmesykepleie"]
    bad = tmp_path / "feil.csv"
    bad.write_text("navn\nTrygghetsalarm\nA;B,C\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    page.import_csv()
    assert "Linje 3" in page.error.text()
    assert local_lists.entries(db, local_lists.LIST_MEASURES) == [
        "Støttekontakt", "BPA", "Hjemmesykepleie"]  # all or nothing
    out = tmp_path / "ut.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    page.export_csv()
    assert out.read_text(encoding="utf-8") == "navn\nStøttekontakt\nBPA\nHjemmesykepleie\n"
