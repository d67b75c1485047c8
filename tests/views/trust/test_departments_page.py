"""Innstillinger → Avdelinger: administrators only; add, rename (patients follow), deactivate,
report category per department, unmapped departments shown as such; the users dialog picks
from the list."""

from __future__ import annotations

import pytest

from desktop import store
from desktop.records import Patient
from desktop.reports import indicators as ind
from desktop.store import accounts, departments
from desktop.store.session import Session
from desktop.views.trust import departments_page
from desktop.views.trust.departments_page import DepartmentsPage
from desktop.views.trust.settings_dialog import SettingsDialog
from desktop.views.trust.users_dialog import known_departments

VOP = "Voksenpsykiatri"


@pytest.fixture
def admin(db, fast_hash) -> Session:
    return Session(db, accounts.create_first_admin(db, "sjef", "Sjef", "kanel-tromme-vindu-lys"))


@pytest.fixture
def names(monkeypatch) -> list[str | None]:
    typed: list[str | None] = []
    monkeypatch.setattr(departments_page, "ask_name", lambda *_a: typed.pop(0))
    return typed


def _rows(page: DepartmentsPage) -> list[tuple[str, str, str]]:
    return [(page.table.item(r, 0).text(), page.table.cellWidget(r, 1).currentText(),
             page.table.item(r, 2).text()) for r in range(page.table.rowCount())]


def _select(page: DepartmentsPage, name: str) -> None:
    page.table.selectRow(next(r for r in range(page.table.rowCount())
                              if page.table.item(r, 0).text() == name))


def test_only_administrators_see_the_page(qtbot, admin):
    staff = accounts.add_user(admin.db, admin.user, "nils", "Nils", "kanel-tromme-vindu-lys",
                              departments=[VOP])
    titles = {}
    for who, session in (("admin", admin), ("staff", Session(admin.db, staff))):
        dialog = SettingsDialog(session)
        qtbot.addWidget(dialog)
        titles[who] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Avdelinger" in titles["admin"] and "Samtykketekst" in titles["admin"]
    assert "Avdelinger" not in titles["staff"] and "Samtykketekst" not in titles["staff"]


def test_add_map_rename_and_deactivate(qtbot, admin, names):
    pid = store.add_patient(admin.db, Patient(name="Kari Nordmann", department=VOP)).id
    page = DepartmentsPage(admin)
    qtbot.addWidget(page)
    assert not page.unmapped.isVisibleTo(page)  # the five start mapped
    names.append("  Post  4 ")
    page.add()
    assert ("Post 4", "– ingen kategori –", "Aktiv") in _rows(page)
    assert "Post 4" in page.unmapped.text()  # shown as unmapped, never dropped
    names.append("post 4")
    page.add()
    assert page.message.text() == "Avdelingen «post 4» finnes allerede."
    box = page.table.cellWidget([r[0] for r in _rows(page)].index("Post 4"), 1)
    box.setCurrentText("Rusbehandling")
    assert ind.category_of(admin.db, "Post 4") == "Rusbehandling"
    assert not page.unmapped.text()
    _select(page, VOP)
    names.append("Voksenpsykiatrisk poliklinikk")
    page.rename()
    assert store.get_patient(admin.db, pid).department == "Voksenpsykiatrisk poliklinikk"
    assert page.selected().name == "Voksenpsykiatrisk poliklinikk"
    assert page.active_button.text() == "&Deaktiver"
    page.toggle_active()
    assert ("Voksenpsykiatrisk poliklinikk", VOP, "Deaktivert") == _rows(page)[-1]
    assert page.active_button.text() == "&Aktiver"
    assert "Voksenpsykiatrisk poliklinikk" not in departments.active_names(admin.db)
    assert store.get_patient(admin.db, pid).department == "Voksenpsykiatrisk poliklinikk"


def test_the_users_dialog_picks_from_the_list(admin):
    store.add_patient(admin.db, Patient(name="Kari Nordmann", department="Slagenheten"))
    assert "Slagenheten" not in known_departments(admin.db)  # a typo is not a department
    departments.set_active(admin, VOP, False)
    staff = accounts.add_user(admin.db, admin.user, "nils", "Nils", "kanel-tromme-vindu-lys",
                              departments=[VOP])
    assert VOP not in known_departments(admin.db)
    assert VOP in known_departments(admin.db, staff)  # kept until it is unticked
