"""Deadlines in the main window: the quick filters and the line of what is due above the list,
the Frister view (menu Pasient › Frister …, Ctrl+D), and the way from a deadline to its field.
Added to the window through its hooks, in one line of main_window.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMenu, QToolBar, QWidget

from desktop.records_deadlines import Deadline
from desktop.store.list_filters import ListFilter
from desktop.store.patient_query import PatientQuery
from desktop.store.session import Session
from desktop.views.shell.deadlines_bar import DeadlinesBar
from desktop.views.workspace.workspace import Workspace

if TYPE_CHECKING:
    from desktop.views.shell.deadlines_view import DeadlinesView

SHORTCUT = "Ctrl+D"


class Host(Protocol):
    """What the feature uses of the main window (its hooks)."""
    session: Session
    query: PatientQuery
    workspace: Workspace
    list_layout: QBoxLayout
    patient_menu: QMenu
    toolbar: QToolBar

    def set_list_filter(self, quick: ListFilter) -> None: ...
    def show_patient(self, patient_id: int, at_once: bool = False) -> bool: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...


class DeadlinesFeature(QObject):
    def __init__(self, window: Host, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the main window, a QObject
        self.window = window
        self._today = today
        self.view: DeadlinesView | None = None
        parent = window if isinstance(window, QWidget) else None
        self.bar = DeadlinesBar(window.query, parent, today)
        window.list_layout.insertWidget(1, self.bar)
        self.action = QAction(self.tr("Frister …"), self)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(self.tr("Alle åpne frister, gruppert etter uke (Ctrl+D)"))
        self.action.triggered.connect(self.show_view)
        first = window.patient_menu.actions()
        window.patient_menu.insertAction(first[0] if first else None, self.action)
        if first:
            window.patient_menu.insertSeparator(first[0])
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.action)
        self.bar.filter_changed.connect(self._filter_changed)
        self.bar.overview_requested.connect(self.show_view)
        window.workspace.saved.connect(self._saved)

    def _filter_changed(self, quick: ListFilter) -> None:
        self.window.set_list_filter(quick)

    def _saved(self, _patient_id: int) -> None:
        self.bar.refresh_summary()
        if self.view is not None and self.view.isVisible():
            self.view.refresh()

    def show_view(self) -> DeadlinesView:
        if self.view is None:
            from desktop.views.shell.deadlines_view import DeadlinesView  # first opened

            parent = self.window if isinstance(self.window, QWidget) else None
            self.view = DeadlinesView(self.window.session, parent, self._today)
            self.view.open_requested.connect(self.open_deadline)
        else:
            self.view.refresh()
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        return self.view

    def open_deadline(self, deadline: Deadline) -> QWidget | None:
        """Open the deadline's patient on its page with the field in focus; the widget that
        has it (None when the patient could not be opened)."""
        if deadline.patient_id is None or not self.window.show_patient(deadline.patient_id,
                                                                          at_once=True):
            return None
        self.window.raise_()
        self.window.activateWindow()
        return self.window.workspace.show_field(deadline.form, deadline.field, deadline.row)
