"""Innstillinger › Koordinerende enheter (issue 10 item 3): only administrators see it; a unit
is added, changed and removed at once (logged); a bad CSV row is named by its line and nothing
is imported; the example CSV imports and the export reads back the same."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import resources
from desktop.exchange import ke_csv
from desktop.store import accounts, log, notices
from desktop.store.session import Session
from desktop.views.trust import ke_directory_page
from desktop.views.trust.ke_directory_page import KEDirectoryPage
from desktop.views.trust.settings_dialog import SettingsDialog

_KEEP: list[SettingsDialog] = []


@pytest.fixture(autouse=True)
def _let_go():
    yield
    _KEEP.clear()


@pytest.fixture
def admin(db):
    return accounts.create_first_admin(db, "kari.admin", "Kari Admin", "blå-fjord-sykkel-hest")


def _page(qtbot, db, user) -> KEDirectoryPage:
    dialog = SettingsDialog(Session(db, user))
    qtbot.addWidget(dialog)
    pages = [p for p in dialog.pages if isinstance(p, KEDirectoryPage)]
    _KEEP.append(dialog)  # the page lives in the dialog
    return pages[0] if pages else None


def _fill(qtbot, page, **values) -> None:
    for name, text in values.items():
        page.fields[name].clear()
        qtbot.keyClicks(page.fields[name], text)


def test_only_administrators_get_the_tab(db, qtbot, admin):
    staff = accounts.add_user(db, admin, "ola.ansatt", "Ola Ansatt", "blå-fjord-sykkel-hest",
                              departments=["Rusbehandling"])
    assert _page(qtbot, db, staff) is None
    page = _page(qtbot, db, admin)
    assert page is not None and page.windowTitle() == "Koordinerende enheter"


def test_add_change_remove_at_once_and_logged(db, qtbot, admin):
    page = _page(qtbot, db, admin)
    _fill(qtbot, page, kommunenummer="99", municipality="Eksempelvik")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Kommunenummeret må ha fire siffer."
    assert notices.list_units(db) == []

    _fill(qtbot, page, kommunenummer="9901", unit_name="Koordinerende enhet",
          phone="+47 000 00 001", email="ke@eksempelvik.example", her_id="123456")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    (unit,) = notices.list_units(db)
    assert (unit.municipality, unit.her_id) == ("Eksempelvik", "123456")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 2)) == "Koordinerende enhet"

    _fill(qtbot, page, phone="+47 000 00 009")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    (unit,) = notices.list_units(db)
    assert unit.phone == "+47 000 00 009"

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    _fill(qtbot, page, kommunenummer="9902", municipality="Prøvedal")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [u.municipality for u in notices.list_units(db)] == ["Eksempelvik", "Prøvedal"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [u.municipality for u in notices.list_units(db)] == ["Prøvedal"]
    details = [e.detail for e in log.entries(db, kind=log.USER_ADMIN)]
    assert any('"removed": "9901"' in d for d in details)
    assert all(e.user == "kari.admin" for e in log.entries(db, kind=log.USER_ADMIN)
               if "ke_directory" in e.detail)


def test_csv_import_refuses_a_bad_row_and_exports_what_it_imported(db, qtbot, admin, tmp_path,
                                                                   monkeypatch):
    page = _page(qtbot, db, admin)
    bad = tmp_path / "feil.csv"
    bad.write_text("kommunenummer;kommune\n9901;Eksempelvik\n99x;Prøvedal\n", encoding="utf-8")
    monkeypatch.setattr(ke_directory_page, "choose_csv", lambda *_args, **_kw: str(bad))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("Linje 3:")
    assert "Ingenting er importert." in page.message.text()
    assert notices.list_units(db) == []

    example = resources.resource_path("ke-eksempel.csv")
    monkeypatch.setattr(ke_directory_page, "choose_csv", lambda *_args, **_kw: str(example))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    count = len(notices.list_units(db))
    assert count >= 4 and page.model.rowCount() == count
    assert page.message.text() == f"{count} enheter er importert."

    out = tmp_path / "ut"
    monkeypatch.setattr(ke_directory_page, "choose_csv", lambda *_args, **_kw: str(out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = (tmp_path / "ut.csv").read_bytes()
    assert ([(u.kommunenummer, u.phone) for u in ke_csv.read_units(written)]
            == [(u.kommunenummer, u.phone) for u in notices.list_units(db)])
