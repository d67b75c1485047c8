"""The consent text on screen is the text printed on the form the patient signs, for the
program's own wording and for a hospital's text an administrator entered in Innstillinger."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader

from desktop import store
from desktop.records import Patient
from desktop.reports.document import render_patient_pdf
from desktop.store import consent_text, log
from desktop.store.session import Session
from desktop.views.trust.consent_text_page import ConsentTextPage
from desktop.views.trust.settings_dialog import SettingsDialog

HOSPITAL_TEXT = ("Jeg samtykker til at Sykehuset Innlandet lager en individuell plan sammen "
                 "med meg.\n\nJeg kan når som helst trekke samtykket, muntlig eller skriftlig.")


def _printed(db, patient_id: int) -> str:
    data = render_patient_pdf(db, patient_id, forms=("consent",))
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text)


def _screen(window) -> list[str]:
    page = window.workspace.consent
    return [page.statement.text(), page.share_with_team.text(),
            page.share_confidential.text()]


def _open(app_session, qtbot):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Sunniva Samtykke"))
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    window.workspace.show_tab("consent")
    return window, patient


def test_the_default_text_on_screen_is_the_printed_text(app_session, qtbot):
    window, patient = _open(app_session, qtbot)
    shown = _screen(window)
    assert shown[0] == consent_text.default_statement()
    printed = _squeeze(_printed(app_session.db, patient.id))
    assert [text for text in shown if _squeeze(text) not in printed] == []


def test_the_hospitals_text_entered_in_settings_is_shown_and_printed(app_session, qtbot):
    window, patient = _open(app_session, qtbot)
    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, ConsentTextPage))
    page.editor.setPlainText(HOSPITAL_TEXT + "\n\n\n")
    assert page.preview.text().startswith(HOSPITAL_TEXT)  # the preview reads as the patient
    assert "Sykehusets egen tekst" in page.state.text()
    dialog.accept()
    entry = log.entries(app_session.db, kind=log.USER_ADMIN)[-1]
    assert json.loads(entry.detail) == {"action": "consent_text", "text": "hospital",
                                        "chars": len(HOSPITAL_TEXT)}
    window = app_session.restart()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    shown = _screen(window)
    assert shown[0] == HOSPITAL_TEXT  # the lines as the hospital wrote them
    printed = _squeeze(_printed(app_session.db, patient.id))
    assert [text for text in shown if _squeeze(text) not in printed] == []
    assert _squeeze(consent_text.default_statement()) not in printed


def test_bruk_standardteksten_goes_back_and_is_logged(db, qtbot):
    consent_text.set_statement(db, HOSPITAL_TEXT)
    page = ConsentTextPage(Session(db))
    qtbot.addWidget(page)
    assert page.editor.toPlainText() == HOSPITAL_TEXT and page.default_button.isEnabled()
    page.default_button.click()
    assert page.editor.toPlainText() == consent_text.default_statement()
    assert not page.default_button.isEnabled()
    assert page.apply()
    assert store.settings.get_consent_text(db) == ""
    assert json.loads(log.entries(db, kind=log.USER_ADMIN)[-1].detail)["text"] == "default"


@pytest.mark.parametrize("code", ["nn", "en"])
def test_a_window_in_another_language_shows_the_printed_text_with_a_note(db, qtbot, code):
    """One text everywhere: a Nynorsk or English window shows the consent text and the
    sharing questions as printed on the Bokmål form the patient signs, and says so in its own
    language; a Bokmål window needs no note."""
    from desktop import language
    from desktop.app import make_application
    from desktop.views.workspace.consent_form import ConsentForm

    make_application()
    patient = store.add_patient(db, Patient(name="Sunniva Samtykke"))
    try:
        language.install(code)
        form = ConsentForm(statement=consent_text.statement(db))
        qtbot.addWidget(form)
        shown = [form.statement.text(), form.share_with_team.text(),
                 form.share_confidential.text()]
        note = form.printed_note
        note_text, note_hidden = note.text(), note.isHidden()
        printed = _squeeze(_printed(db, patient.id))
        language.install("nb")
        bokmal = ConsentForm(statement=consent_text.statement(db))
        qtbot.addWidget(bokmal)
    finally:
        language.install("nb")
    assert shown[0].startswith("Jeg ønsker at det lages en individuell plan for meg.")
    assert [text for text in shown if _squeeze(text) not in printed] == []
    assert not note_hidden
    assert note_text != bokmal.printed_note.text()  # the note itself is translated
    assert bokmal.printed_note.isHidden()
