"""The window's search: every search (long words through the trigram index, one- and
two-character words through the index of character pairs) runs at each keystroke without a
typing pause, and a broad search is counted to a cap."""

from __future__ import annotations

from desktop import store
from desktop.models.patient_list_model import PatientListModel
from desktop.records import Patient
from desktop.views.shell import main_window


def names(window) -> list[str]:
    model = window.model
    return [model.data(model.index(r, PatientListModel.COL_NAME)) for r in range(model.rowCount())]


def test_long_and_short_words_search_at_each_keystroke(app_session, qtbot):
    window = app_session.start()
    store.add_patient(app_session.db, Patient(name="Åse Ødegård"))
    store.add_patient(app_session.db, Patient(name="Per Hansen"))
    window.reload_list()

    qtbot.keyClicks(window.search, "ødeg")
    assert window.model.search_text() == "ødeg"  # the rows came with the keystroke
    assert names(window) == ["Åse Ødegård"]

    window.search.clear()
    assert names(window) == ["Per Hansen", "Åse Ødegård"]
    qtbot.keyClicks(window.search, "pe")  # the index of pairs: no pause either
    assert window.model.search_text() == "pe"
    assert names(window) == ["Per Hansen"]
    window.search.clear()
    qtbot.keyClicks(window.search, "Ø")  # one upper-case letter finds the lower-cased name
    assert names(window) == ["Åse Ødegård"]


def test_a_broad_search_shows_the_cap_and_a_plus(app_session, qtbot, monkeypatch):
    monkeypatch.setattr(main_window, "COUNT_CAP", 3)
    window = app_session.start()
    for i in range(205):  # more than one page, so the count is asked for
        store.add_patient(app_session.db, Patient(name=f"Bred Søkesen {i:03d}"))
    window.reload_list()
    window._count_timer.setInterval(0)
    qtbot.keyClicks(window.search, "søkesen")
    qtbot.waitUntil(lambda: window.count_label.text() == "3+ treff", timeout=2000)


def test_a_search_over_the_windows_budget_says_so_and_comes_later(app_session, qtbot,
                                                                   monkeypatch):
    from desktop.models import background
    from desktop.store import budget

    window = app_session.start()
    for i in range(12):
        store.add_patient(app_session.db, Patient(name=f"Tregsøk Hansen {i:02d}"))
    store.add_patient(app_session.db, Patient(name="Per Olsen"))
    window.reload_list()
    window._count_timer.setInterval(0)
    monkeypatch.setattr(budget, "STEPS", 1)  # every read overruns at SQLite's first look
    window.model._budget = 0.0
    try:
        qtbot.keyClicks(window.search, "tregsøk")
        assert window.model.pending()
        assert window.count_label.text() == "Søker …"  # never a stale or empty count
        qtbot.waitUntil(lambda: not window.model.pending(), timeout=5000)
        assert len(names(window)) == 12 and "Per Olsen" not in names(window)
        qtbot.waitUntil(lambda: window.count_label.text() == "12 treff", timeout=5000)
    finally:
        background.stop_all()
