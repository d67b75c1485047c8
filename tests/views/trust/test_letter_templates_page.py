"""Brevmaler in Innstillinger: administrators only; the shipped templates are there; a merge
field is inserted with a double-click and the preview fills it with a made-up patient (an
unknown field shows "[mangler: …]"); saved with the dialog, all or none."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from desktop.store import accounts, letters
from desktop.store.session import Session
from desktop.views.trust.letter_templates_page import LetterTemplatesPage, merge_fields
from desktop.views.trust.settings_dialog import PAGES, SettingsDialog

SHIPPED = {"Innkalling til møte", "Referat", "Melding om behov for individuell plan",
           "Informasjon til pasient som ikke ønsker individuell plan"}


def test_only_administrators_see_the_tab(db, qtbot) -> None:
    assert LetterTemplatesPage in PAGES
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "grønn-elv-stein-fugl")
    staff = accounts.add_user(db, admin, "ola.n", "Ola Nordmann", "ola-sin-lange-sti-42")
    assert LetterTemplatesPage.applies(Session(db, admin))
    assert not LetterTemplatesPage.applies(Session(db, staff))
    dialog = SettingsDialog(Session(db, admin))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(n) for n in range(dialog.tabs.count())]
    assert "Brevmaler" in titles


def test_the_preview_fields_cover_every_letter_field(db) -> None:
    from desktop import store
    from desktop.records import Patient

    patient = store.add_patient(db, Patient(name="Ola Felt"))
    assert {f for f, _what, _value in merge_fields()} >= set(
        letters.letter_fields(db, patient.id))


def test_edit_insert_a_field_preview_and_save(db, qtbot) -> None:
    page = LetterTemplatesPage(Session(db))
    qtbot.addWidget(page)
    names = {page.list.item(n).text() for n in range(page.list.count())}
    assert SHIPPED <= names
    page.add()
    page.name.setText("Time hos fastlegen")
    page.name.textEdited.emit("Time hos fastlegen")
    page.body.setPlainText("Hei ")
    page.body.moveCursor(page.body.textCursor().MoveOperation.End)
    field = next(page.fields.item(n) for n in range(page.fields.count())
                 if page.fields.item(n).text().startswith("{pasient.navn}"))
    page._insert(field)
    page.body.insertPlainText(", ring {ukjent.felt}.")
    assert page.body.toPlainText() == "Hei {pasient.navn}, ring {ukjent.felt}."
    preview: QPlainTextEdit = page.preview
    assert preview.toPlainText() == "Hei Ola Nordmann, ring [mangler: ukjent.felt]."
    assert page.apply()
    saved = letters.get_template(db, "Time hos fastlegen")
    assert saved is not None and saved.body.strip() == "Hei {pasient.navn}, ring {ukjent.felt}."


def test_a_refused_template_saves_nothing(db, qtbot) -> None:
    page = LetterTemplatesPage(Session(db))
    qtbot.addWidget(page)
    before = letters.list_templates(db)
    page.list.setCurrentRow(0)
    page.remove()  # a removal and a bad one together: neither is saved
    page.add()
    page.name.setText("")
    page.name.textEdited.emit("")
    assert not page.apply()
    assert page.message.text()
    assert letters.list_templates(db) == before
