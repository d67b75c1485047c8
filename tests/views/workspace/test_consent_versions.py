"""Consent versions in the running window (issue 10 item 2): "Samtykke 2 av 2", an older
version read-only and printable (logged), a new version for a new plan period; a tick without a
date is "Ufullstendig"; a typed withdrawal date is confirmed first, Cancel saves nothing."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter

from desktop import store
from desktop.models.patient_list_model import PatientListModel
from desktop.records import Consent, Patient
from desktop.store import consents, log
from desktop.views.paper import print_dialog
from desktop.views.workspace import consent_versions_bar

FNR = "02910498579"  # synthetic test-registry number


def _open(app_session, qtbot, consent: Consent | None = None):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Vera Versjon", id_number=FNR))
    if consent is not None:
        store.save_consent(app_session.db, patient.id, consent)
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    window.workspace.show_tab("consent")
    return window, patient


def _tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _list_consent(window) -> str:
    return window.model.data(window.model.index(0, PatientListModel.COL_CONSENT))


def test_a_tick_without_a_date_is_incomplete(app_session, qtbot):
    window, patient = _open(app_session, qtbot)
    page = window.workspace.consent
    _tick(qtbot, page.given)
    assert page.banner.property("consent_state") == "incomplete"
    assert page.banner.text() == "Ufullstendig: samtykket er krysset av, men mangler dato."
    assert window.workspace.header.consent.text() == "Samtykke: Ufullstendig"
    window.workspace.flush()
    window.reload_list()
    assert _list_consent(window) == "Ufullstendig"
    qtbot.keyClicks(page.date.line, "01.02.2026")
    assert page.banner.property("consent_state") == "given"
    window.workspace.flush()
    window.reload_list()
    assert _list_consent(window) == "Samtykke gitt"


def test_a_typed_withdrawal_asks_first_and_cancel_saves_nothing(app_session, qtbot,
                                                                 monkeypatch):
    asked: list[str] = []
    answer = [False]

    def ask(_parent, _title, text):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(consent_versions_bar, "ask", ask)
    window, patient = _open(app_session, qtbot, Consent(given=True, date="2026-02-01"))
    page = window.workspace.consent
    qtbot.keyClicks(page.withdrawn_date.line, "05.05.2026")
    assert page.banner.property("consent_state") == "given"  # typing alone changes nothing
    qtbot.keyClick(page.withdrawn_date.line, Qt.Key.Key_Return)
    assert asked and "05.05.2026" in asked[0]
    assert page.withdrawn_date.text() == ""  # Cancel clears the date
    assert page.banner.property("consent_state") == "given"
    window.workspace.flush()
    assert store.load_consent(app_session.db, patient.id).withdrawn_date == ""
    assert not window.workspace.has_unsaved_changes()

    answer[0] = True
    qtbot.keyClicks(page.withdrawn_date.line, "05.05.2026")
    qtbot.keyClick(page.withdrawn_date.line, Qt.Key.Key_Return)
    assert page.banner.property("consent_state") == "withdrawn"
    window.workspace.flush()
    assert store.load_consent(app_session.db, patient.id).withdrawn_date == "2026-05-05"
    assert len(asked) == 2


def test_versions_new_older_read_only_and_printed(app_session, qtbot, monkeypatch):
    monkeypatch.setattr(consent_versions_bar, "ask", lambda *_args: True)
    window, patient = _open(app_session, qtbot, Consent(given=True, date="2025-01-10",
                                                        place="Hamar", valid_to="2025-12-31"))
    page = window.workspace.consent
    bar = page.versions_bar
    assert [bar.combo.itemText(i) for i in range(bar.combo.count())] == ["Samtykke 1 av 1"]
    assert page.banner.property("consent_state") == "expired"

    qtbot.mouseClick(bar.new_button, Qt.MouseButton.LeftButton)
    assert [bar.combo.itemText(i) for i in range(bar.combo.count())] == [
        "Samtykke 1 av 2", "Samtykke 2 av 2"]
    assert bar.combo.currentText() == "Samtykke 2 av 2"
    assert page.place.text() == "" and page.content.isEnabled()
    assert page.banner.property("consent_state") == ""
    _tick(qtbot, page.given)
    qtbot.keyClicks(page.date.line, "01.02.2026")
    qtbot.keyClicks(page.place, "Gjøvik")
    window.workspace.flush()
    window.reload_list()
    assert _list_consent(window) == "Samtykke gitt"  # the list shows the newest
    assert window.workspace.header.consent.text() == "Samtykke gitt"
    versions = consents.consent_versions(app_session.db, patient.id)
    assert [(v.number, v.consent.place) for v in versions] == [(1, "Hamar"), (2, "Gjøvik")]

    bar.combo.setCurrentIndex(0)
    bar.combo.activated.emit(0)
    assert page.place.text() == "Hamar" and not page.content.isEnabled()
    assert page.banner.property("consent_state") == "expired"
    assert "Eldre versjon" in bar.hint.text()
    assert window.workspace.header.consent.text() == "Samtykke gitt"

    monkeypatch.setattr(print_dialog, "run_print_dialog", lambda *_args: True)
    printed: list[int] = []
    monkeypatch.setattr(print_dialog, "print_pages",
                        lambda document, _printer: printed.append(document.pageCount()) or 1)
    qtbot.mouseClick(bar.print_button, Qt.MouseButton.LeftButton)
    preview = window.workspace.consent_preview
    assert preview is not None and preview.page_count() >= 1
    assert "Samtykke 1" in preview.windowTitle()
    preview.print_document(QPrinter())
    assert printed
    (entry,) = log.entries(app_session.db, patient_id=patient.id, kind=log.PRINT)
    assert json.loads(entry.detail)["consent_version"] == 1
    preview.close()

    bar.combo.setCurrentIndex(1)
    bar.combo.activated.emit(1)
    assert page.place.text() == "Gjøvik" and page.content.isEnabled()
    assert consents.get_consent_version(app_session.db, patient.id, 1).consent.place == "Hamar"
