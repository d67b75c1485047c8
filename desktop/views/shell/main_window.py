"""The main window: the patient list with search on the left, the patient workspace on the right,
and the menus. Other features add their actions through the hooks named below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__, store
from desktop.models import background
from desktop.models.patient_list_model import COUNT_CAP, PatientIdRole, PatientListModel
from desktop.store import access
from desktop.store.list_filters import ListFilter
from desktop.store.opening import make_writable
from desktop.store.patient_query import PatientQuery
from desktop.store.session import Session, as_session
from desktop.store.user_prefs import get_pref, set_pref
from desktop.views.common.after_paint import AfterFirstPaint
from desktop.views.paper.plan_actions import PlanActions
from desktop.views.shell.deadlines_feature import DeadlinesFeature
from desktop.views.workspace.workspace import Workspace
from desktop.views.workspace.workspace_undo import UndoKeyRouter

if TYPE_CHECKING:
    import sqlite_utils

COUNT_DELAY_MS = 150


class MainWindow(QMainWindow):
    """Hooks for other features:

    - ``file_menu``, ``patient_menu``, ``reports_menu``, ``help_menu`` and ``toolbar``: add
      QActions;
    - ``add_patient_action(action)``: an action enabled only while a patient is open, shown in
      the patient menu and in the workspace header (``workspace.header.actions_bar``);
    - ``current_patient_id()``; ``refresh_patient(id)`` after a dialog changed a patient's forms
      (re-reads the workspace and the list line); ``reload_list()`` after an import;
    - ``list_layout``: the column holding the search and the list (insert widgets above it);
      ``set_list_filter(quick)``; ``show_patient(id)`` opens a patient and marks it in the list.
    """

    def __init__(self, session: Session | sqlite_utils.Database,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        # started on a plain connection: the database is made writable right after the paint
        self.writable_later = AfterFirstPaint(self, lambda: make_writable(self.session))
        self.setWindowTitle(self.tr("Individuell plan"))
        # the list shows the logged-in user's departments (all where there are no accounts)
        self.query = PatientQuery(self.session)
        self.model = PatientListModel(self.query, self, count_cap=COUNT_CAP)
        self.workspace = Workspace(self.session, self)
        self.undo_group = QUndoGroup(self)
        self._patient_actions: list[QAction] = []

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Søk på navn, fødselsdato eller fødselsnummer"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Søk etter pasient"))
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Pasientliste"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the forms; arrows pick a patient
        # the model's own order first, so that turning sorting on reads no page again
        self.table.horizontalHeader().setSortIndicator(PatientListModel.COL_NAME,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PatientListModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        m = PatientListModel
        # what tells the ward what to do next comes first; identity and period further right
        visual_order = (m.COL_NAME, m.COL_BORN, m.COL_DEADLINE, m.COL_CONSENT, m.COL_PLAN,
                        m.COL_EVALUATION, m.COL_ID_NUMBER, m.COL_DEPARTMENT, m.COL_PERIOD)
        for position, column in enumerate(visual_order):
            header.moveSection(header.visualIndex(column), position)
        widths = {m.COL_NAME: 150, m.COL_BORN: 82, m.COL_DEADLINE: 200, m.COL_CONSENT: 118,
                  m.COL_PLAN: 76, m.COL_EVALUATION: 118, m.COL_ID_NUMBER: 105,
                  m.COL_DEPARTMENT: 170, m.COL_PERIOD: 220}
        for column, width in widths.items():
            header.resizeSection(column, width)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(6, 6, 0, 6)
        column.addWidget(self.search)
        column.addWidget(self.count_label)
        column.addWidget(self.table, 1)
        self.list_layout = column
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # the list shows its status columns; the forms keep room for their tables
        self.splitter.setSizes([550, 730])
        self.setCentralWidget(self.splitter)
        self.resize(1280, 800)
        self._restore_layout()

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._show_count)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first_match)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.countKnown.connect(self._show_count)
        self.workspace.saved.connect(self.model.refresh_patient)
        self.workspace.patient_opened.connect(self._patient_opened)
        self.workspace.patient_closed.connect(self._update_patient_actions)
        self.workspace.pages_ready.connect(self._warm_up_printing)
        self.workspace.open_refused.connect(lambda _id: self._select_current_patient())

        self._build_actions()
        self.plan_actions = PlanActions(self)
        self.file_menu.insertAction(self.quit_action, self.settings_action)  # after the import
        self.deadlines = DeadlinesFeature(self)
        self._update_count()
        self._undo_keys_routed = False
        self._undo_router = UndoKeyRouter(self.workspace, self.undo_action.trigger,
                                          self.redo_action.trigger, self)
        # the undo keys matter once a patient is open; the router is a Python filter on the
        # whole application, and one seeing the start's events has PySide make the Python
        # types of all of Qt at once (about 50 ms): installed after the paint (or at a patient
        # opened before it)
        self._undo_keys_later = AfterFirstPaint(self, self._route_undo_keys)
        self._update_patient_actions()
        self.search.setFocus()  # the first thing a user does is find a patient

    @property
    def db(self) -> sqlite_utils.Database:
        return self.session.db

    # ------------------------------------------------------------ actions and menus

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_patient_action = self._action(self.tr("Ny pasient…"), self.new_patient,
                                               QKeySequence("Ctrl+N"))
        self.edit_patient_action = self._action(self.tr("Rediger pasient…"), self.edit_patient,
                                                QKeySequence("Ctrl+E"))
        self.search_action = self._action(self.tr("Søk"), self.focus_search,
                                          QKeySequence("Ctrl+F"))
        self.quit_action = self._action(self.tr("Avslutt"), self.close, QKeySequence("Ctrl+Q"))
        self.about_action = self._action(self.tr("Om Individuell plan"), self.show_about)
        self.settings_action = self._action(self.tr("Innstillinger…"), self.show_settings)
        self.guide_action = self._action(self.tr("Brukerveiledning"), self.show_guide,
                                         QKeySequence("F1"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Angre"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Gjør om"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)

        menus = self.menuBar()
        self.file_menu = menus.addMenu(self.tr("&Fil"))
        self.file_menu.addAction(self.new_patient_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = menus.addMenu(self.tr("&Rediger"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.patient_menu: QMenu = menus.addMenu(self.tr("&Pasient"))
        self.reports_menu = menus.addMenu(self.tr("R&apporter"))
        self.indicators_action = self._action(self.tr("&Indikatorer…"), self.show_indicators)
        self.reports_menu.addAction(self.indicators_action)
        self.help_menu = menus.addMenu(self.tr("&Hjelp"))
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.about_action)

        self.toolbar = self.addToolBar(self.tr("Verktøylinje"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.new_patient_action)
        self.toolbar.addAction(self.search_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        # the menu says what Ctrl+Z undoes ("Angre endring i sjekkliste"); the toolbar keeps a
        # short fixed label so its buttons do not jump, and the tooltip carries the long text
        self.undo_action.setIconText(self.tr("Angre"))
        self.redo_action.setIconText(self.tr("Gjør om"))
        for action in (self.undo_action, self.redo_action):
            button = self.toolbar.widgetForAction(action)
            button.setFixedWidth(button.sizeHint().width())
        self.add_patient_action(self.edit_patient_action)

    def add_patient_action(self, action: QAction) -> None:
        """Hook: an action about the open patient (print, sign, history, export …)."""
        self._patient_actions.append(action)
        self.patient_menu.addAction(action)
        self.workspace.header.actions_bar.addAction(action)
        action.setEnabled(self.current_patient_id() is not None)

    def _update_patient_actions(self) -> None:
        has_patient = self.current_patient_id() is not None
        for action in self._patient_actions:
            action.setEnabled(has_patient)

    # ------------------------------------------------------------ list and search

    def current_patient_id(self) -> int | None:
        return self.workspace.current_patient_id()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        # Every search is answered from an index at each keystroke, without a typing pause;
        # the rare one that takes longer is read in the background (the model's pending()).
        self.model.set_search(text)
        self._select_current_patient()

    def _update_count(self, *_args: object) -> None:
        # A broad search is counted once typing pauses, so a keystroke never waits for it;
        # a page that came back short already tells the total.
        if self.model.pending():
            self._count_timer.stop()
            self.count_label.setText(self.tr("Søker …"))
            return
        known = self.model.known_total()
        if known is not None or not self.model.search_text():  # counting all is instant
            self._count_timer.stop()
            self._show_count()
            return
        self.count_label.setText(self.tr("Mer enn {n} treff").format(n=self.model.rowCount())
                                 if self.model.search_text() else "")
        self._count_timer.start()

    def _show_count(self) -> None:
        total = self.model.total_soon()
        if total is None:  # counted in the background: countKnown calls again
            return
        if self.model.beyond_cap():
            text = self.tr("{n}+ treff").format(n=self.model.count_cap())
        elif self.model.search_text():
            text = self.tr("Ingen treff") if total == 0 else (
                self.tr("1 treff") if total == 1 else self.tr("{n} treff").format(n=total))
        else:
            text = self.tr("1 pasient") if total == 1 else self.tr("{n} pasienter").format(
                n=f"{total:,}".replace(",", "\u00a0"))
        self.count_label.setText(text)

    def reload_list(self) -> None:
        self.model.reload()
        self._select_current_patient()

    def _select_current_patient(self) -> None:
        patient_id = self.workspace.wanted_patient_id()
        row = self.model.row_of(patient_id) if patient_id is not None else -1
        selection = self.table.selectionModel()
        rows = {index.row() for index in selection.selectedRows()} | {row}
        rows.add(selection.currentIndex().row())
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        viewport = self.table.viewport()  # only the rows that change are painted again
        for changed in rows - {-1}:
            viewport.update(0, self.table.rowViewportPosition(changed), viewport.width(),
                            self.table.rowHeight(changed))

    def _open_first_match(self) -> None:
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        patient_id = current.data(PatientIdRole)
        if not self.workspace.request_patient(patient_id):  # stepwise before the pages' build
            self._select_current_patient()

    def open_patient(self, patient_id: int) -> bool:
        return self.workspace.open_patient(patient_id)

    def show_patient(self, patient_id: int, at_once: bool = False) -> bool:
        """Hook: open a patient from elsewhere, marked in the list; ``at_once``: with its pages
        there on return (the Frister view goes on to a field), else as a row picked in the list."""
        workspace = self.workspace
        opened = (workspace.open_patient if at_once else workspace.request_patient)(patient_id)
        self._select_current_patient()
        return opened

    def set_list_filter(self, quick: ListFilter) -> None:
        """Hook: the list's quick filters."""
        self.model.set_filter(quick)
        self._select_current_patient()

    def _route_undo_keys(self) -> None:
        if not self._undo_keys_routed:
            self._undo_keys_routed = True
            self._undo_router.watch(QApplication.instance())  # while the focus is in it

    def _patient_opened(self, patient_id: int) -> None:
        self._route_undo_keys()
        stack = self.workspace.undo_stack
        for old in self.undo_group.stacks():
            if old is not stack:
                self.undo_group.removeStack(old)
                old.deleteLater()
        self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        self._update_patient_actions()
        name = self.workspace.patient.name if self.workspace.patient else ""
        self.setWindowTitle(self.tr("{name} – Individuell plan").format(name=name))

    def refresh_patient(self, patient_id: int) -> None:
        """Hook: show a patient again after a dialog changed the stored forms."""
        if patient_id == self.current_patient_id() and self.workspace.flush():
            self.workspace.patient = None  # read everything from the store again
            self.workspace.open_patient(patient_id)
        self.model.refresh_patient(patient_id)

    # ------------------------------------------------------------ patients

    def new_patient(self) -> None:
        from desktop.views.shell.patient_dialog import PatientDialog  # when first asked

        dialog = PatientDialog(self.session, parent=self)
        if dialog.exec() != PatientDialog.DialogCode.Accepted or dialog.patient is None:
            return
        if dialog.patient.id is not None and access.may_see(self.session, dialog.patient.id):
            self.open_patient(dialog.patient.id)
        self.reload_list()
        self.workspace.tabs.setCurrentIndex(0)

    def edit_patient(self) -> None:
        patient_id = self.current_patient_id()
        if patient_id is None:
            return
        from desktop.views.shell.patient_dialog import PatientDialog

        patient = store.get_patient(self.db, patient_id)
        dialog = PatientDialog(self.session, patient, parent=self)
        if dialog.exec() != PatientDialog.DialogCode.Accepted or dialog.patient is None:
            return
        self.workspace.patient_record_changed(dialog.patient)
        if not access.may_see(self.session, patient_id):  # moved, after the user's yes
            self.reload_list()
            return
        self.model.refresh_patient(patient_id)
        self.setWindowTitle(self.tr("{name} – Individuell plan").format(
            name=dialog.patient.name))

    def show_settings(self) -> None:
        from desktop.views.trust.settings_dialog import SettingsDialog

        SettingsDialog(self.session, self).exec()

    def show_indicators(self) -> None:
        """Rapporter → Indikatorer, a window beside the main one (imported when first asked:
        the list does not pay for QtCharts)."""
        from desktop.views.reports.indicators_window import IndicatorsWindow

        if getattr(self, "_indicators", None) is None:
            self._indicators = IndicatorsWindow(self.session, self)
        self._indicators.show()
        self._indicators.raise_()
        self._indicators.activateWindow()

    def show_guide(self) -> None:
        from desktop.views.shell.guide_dialog import GuideDialog

        if getattr(self, "_guide", None) is None:
            self._guide = GuideDialog(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("Om Individuell plan"),
            self.tr("Individuell plan, versjon {version}\n\nFor sykehusavdelinger som arbeider "
                    "med individuell plan: sjekkliste, samtykke, plan og eksisterende vedtak. "
                    "Programmet virker uten nettverk, og alt lagres på denne maskinen.").format(
                version=__version__))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # once the list is on screen and the workspace's pages are built (pages_ready: a
        # thread importing ReportLab meanwhile would take the GIL from every page's building),
        # load what the first print needs on a background thread
        if self.workspace.pages_built:
            QTimer.singleShot(0, self._warm_up_printing)

    @staticmethod
    def _warm_up_printing() -> None:
        from desktop import reports

        reports.warm_up_in_background()

    # ------------------------------------------------------------ closing

    def _restore_layout(self) -> None:
        """The size and splitter this user left the window with (per user)."""
        layout = get_pref(self.session, "window")
        geometry = layout.get("geometry")
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        sizes = layout.get("splitter")
        if isinstance(sizes, list) and len(sizes) == 2 and all(
                isinstance(size, int) and size > 0 for size in sizes):
            self.splitter.setSizes(sizes)

    def _remember_layout(self) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        set_pref(self.session, "window", {"geometry": geometry,
                                          "splitter": self.splitter.sizes()})

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.workspace.flush():
            answer = QMessageBox.question(
                self, self.tr("Endringene er ikke lagret"),
                self.tr("{message}\n\nVil du avslutte likevel? Det som ikke er lagret, går "
                        "tapt.").format(message=self.workspace.last_error),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._undo_router.unwatch()
        self._remember_layout()
        self._count_timer.stop()  # no query may run once the window (and database) closes
        background.stop_all()  # the list's, the Frister view's and any count's reads
        event.accept()
