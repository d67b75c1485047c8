"""Every page's tab in sight at 1366x768 (issue 16, cosmetic): no tab hidden behind the tab
bar's scroll arrows, long titles shortened with the full title as the tooltip."""

from __future__ import annotations

from desktop import store
from desktop.records import Patient


def test_all_tabs_are_visible_at_1366x768(app_session, qtbot) -> None:
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Åse Fane", department="BUP"))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_patient(patient.id)
    tabs = window.workspace.tabs
    bar = tabs.tabBar()
    qtbot.waitUntil(bar.isVisible)
    from PySide6.QtWidgets import QToolButton

    arrows = bar.findChildren(QToolButton)  # the tab bar's scroll arrows
    assert arrows and not any(arrow.isVisible() for arrow in arrows)
    for index in range(tabs.count()):
        rect = bar.tabRect(index)
        assert rect.right() <= bar.width(), tabs.tabText(index)
        # not squeezed: the whole title is shown
        assert rect.width() >= bar.fontMetrics().horizontalAdvance(tabs.tabText(index))
    tips = [tabs.tabToolTip(i) for i in range(tabs.count())]
    assert "Vedtak, planer og avtaler" in tips
    assert "Melding til kommunen" in tips
