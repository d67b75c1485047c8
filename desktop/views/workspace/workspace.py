"""The patient workspace: a header and the four form pages over the patient's documents, which
it owns, saves a moment after each change, and keeps undo snapshots of (see form_page.py)."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import records, store
from desktop.records import (
    Checklist,
    Consent,
    Patient,
    Plan,
    PlanVersion,
    Signature,
    sync_consent_item,
)
from desktop.records_process import (
    Assessment,
    HospitalCoordinator,
    IpState,
    Notice,
    version_state,
)
from desktop.store import access, consent_text, coordinator_users, local_lists, log, participants
from desktop.store.opening import LOOK_AGAIN_MS, writer_import_running
from desktop.store.queries_ui import recent_staff_names
from desktop.store.session import Session, as_session
from desktop.store.write_errors import classify_write_error
from desktop.views.common import accessibility
from desktop.views.workspace.form_page import FormPage
from desktop.views.workspace.page_loads import Loader, PageLoads
from desktop.views.workspace.save_errors import describe_save_error
from desktop.views.workspace.workspace_header import WorkspaceHeader
from desktop.views.workspace.workspace_undo import SnapshotCommand

if TYPE_CHECKING:  # the pages' modules are imported when the pages are built (see _building)
    import sqlite_utils

    from desktop.views.workspace.checklist_form import ChecklistForm
    from desktop.views.workspace.consent_form import ConsentForm
    from desktop.views.workspace.crisis_page import CrisisPage
    from desktop.views.workspace.decisions_form import DecisionsForm
    from desktop.views.workspace.mapping_page import MappingPage
    from desktop.views.workspace.meetings_page import MeetingsPage
    from desktop.views.workspace.notice_page import NoticePage
    from desktop.views.workspace.participants_page import ParticipantsPage
    from desktop.views.workspace.plan_form import PlanForm

SAVE_DELAY_MS = 500
_log = logging.getLogger(__name__)
DOCUMENT_KEYS = ("checklist", "consent", "plan")
# how long after a patient opened once the pages were built (the patient was asked for before)
# the pages are said to be ready: a print is not asked for within that time
READY_AFTER_OPENING_MS = 1000
_BUILT_LATER = frozenset({"checklist", "consent", "plan", "decisions", "crisis", "pages",
                          "notice", "participants", "meetings", "record_pages", "mapping"})


class Workspace(QWidget):
    checklist: ChecklistForm
    consent: ConsentForm
    plan: PlanForm
    decisions: DecisionsForm
    crisis: CrisisPage
    pages: list[FormPage]
    notice: NoticePage
    participants: ParticipantsPage
    meetings: MeetingsPage
    record_pages: tuple[ParticipantsPage, MeetingsPage]
    mapping: MappingPage

    saved = Signal(int)  # patient id, after the forms were written to the database
    patient_opened = Signal(int)
    patient_closed = Signal()  # the open patient was closed (a nødtilgang ended)
    pages_ready = Signal()  # the pages are built (in the idle time after the paint, or at need)
    open_refused = Signal(int)  # a patient asked for before the pages were built was not opened

    def __init__(self, session: Session | sqlite_utils.Database, parent: QWidget | None = None,
                 save_delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        self.patient: Patient | None = None
        self.documents: dict[str, Any] = {}
        self.version: PlanVersion | None = None
        self.undo_stack: QUndoStack | None = None
        self.last_error = ""
        self._dirty: set[str] = set()
        self._changes_logged: set[str] = set()  # forms whose change this visit is logged
        self._saved_at: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(save_delay_ms)
        self._timer.timeout.connect(self.flush)

        self.header = WorkspaceHeader(self)
        self.tabs = QTabWidget(self)  # the pages come later (see _building)
        self.tabs.setDocumentMode(True)
        self.loads = PageLoads(self.tabs, self.isVisible)  # pages filled when first shown
        self._shown_lists: dict[str, Any] = {}  # the staff names … each page was last given
        # every tab in sight at 1366x768 (no scroll arrows hiding the last ones): short titles
        # where the page's own is long (the full one is the tooltip), squeezed when narrower;
        # the arrows only when a window is too narrow even for the squeezed titles
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.consent_preview: QDialog | None = None
        self._save_delay_ms = save_delay_ms
        opened = QWidget(self)
        self._column = QVBoxLayout(opened)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.header)
        self._column.addWidget(self.tabs, 1)
        self.empty = QLabel(self.tr("Velg en pasient i listen, eller lag en ny med «Ny pasient» "
                                    "(Ctrl+N)."), self)
        self._empty_text = self.empty.text()
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(opened)
        # the pages are built when first needed (a patient opened, a page asked for) or, after
        # the first paint, a page per turn of the event loop: start-up does not wait for them
        self._builder: Iterator[None] | None = self._building()
        self._painted = False
        self._at_once = False
        self._waiting: int | None = None  # the patient asked for before the pages were built
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    @property
    def db(self) -> sqlite_utils.Database:
        """The session's, writable (a window started on a plain connection: store/session.py)."""
        return self.session.db

    # ------------------------------------------------------------ building the pages

    def __getattr__(self, name: str) -> Any:
        """A page (or the tabs) asked for before it is built: build the pages now."""
        if name in _BUILT_LATER and self.__dict__.get("_builder") is not None:
            self.build_pages()
            return self.__dict__[name]
        raise AttributeError(name)

    @property
    def pages_built(self) -> bool:
        return self._builder is None

    def build_pages(self) -> None:
        """Build what is not built yet of the pages, at once."""
        self._at_once = True  # (an opening waits: the idle build's warm-ups are no use to it)
        while self._builder is not None:
            self._build_step()

    def _build_step(self) -> None:
        if self._builder is None:
            return
        try:
            next(self._builder)
        except StopIteration:
            self._builder = None
            if self._waiting is None:
                self.pages_ready.emit()
            else:  # the opening asked for meanwhile, in a turn of its own
                QTimer.singleShot(0, self, self._open_waiting)

    def _build_later(self) -> None:
        """One page, then the next on the next turn of the event loop (so that a key or a
        click between two pages is answered at once). Only while the window is on screen: a
        window hidden (locked) or closed builds no more until it is painted again."""
        if not self.isVisible():
            self._painted = False
            return
        if writer_import_running():  # after sqlite-utils' import: the two would share Python's lock
            QTimer.singleShot(LOOK_AGAIN_MS, self, self._build_later)
            return
        self._build_step()
        if self._builder is not None:
            QTimer.singleShot(0, self, self._build_later)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted and self._builder is not None:  # on screen: build in the idle time
            self._painted = True
            QTimer.singleShot(0, self, self._build_later)

    def _building(self) -> Iterator[None]:
        """The pages, in the order they always were made (the Tab order follows it); each
        ``yield`` gives the event loop a turn."""
        from desktop.views.workspace import consent_versions
        from desktop.views.workspace.checklist_form import ChecklistForm

        yield  # a module's import and its page's building are a turn each
        checklist = ChecklistForm(in_steps=True)  # a few of its items per turn
        yield from checklist.steps
        self.checklist = checklist
        self.checklist.set_user_name(lambda: self.session.display_name)
        yield
        from desktop.views.workspace.consent_form import ConsentForm

        yield
        consent = ConsentForm(statement=consent_text.statement(self.db), in_steps=True)
        yield from consent.steps
        self.consent = consent
        yield
        from desktop.views.workspace import rows_editor  # noqa: F401 (the plan's import, in two)

        yield
        from desktop.views.workspace.plan_form import PlanForm

        yield
        plan = PlanForm(in_steps=True)
        yield from plan.steps
        self.plan = plan
        yield
        from desktop.views.workspace.crisis_page import CrisisPage
        from desktop.views.workspace.decisions_form import DecisionsForm

        yield
        self.decisions = DecisionsForm()
        yield
        crisis = CrisisPage(self.session, in_steps=True)
        yield from crisis.steps
        self.crisis = crisis
        yield
        self.pages = [self.checklist, self.consent, self.plan, self.decisions, self.crisis]
        short = {self.decisions: self.tr("Vedtak")}
        for page in self.pages:
            self._add_tab(page, short.get(page, ""))
            page.edited.connect(lambda p=page: self._page_edited(p))
        consent_versions.connect(self)  # the consent's versions: new, older shown, printed
        self.checklist.open_consent_requested.connect(
            lambda: self.tabs.setCurrentWidget(self.consent))
        yield
        from desktop.views.workspace.notice_page import NoticePage

        yield
        # the notice to the municipality: recorded step by step through the store
        notice = NoticePage(self.session, self, in_steps=True)
        yield from notice.steps
        self.notice = notice
        self._add_tab(self.notice, self.tr("Melding"))
        self.notice.changed.connect(self._process_changed)
        self.checklist.open_notice_requested.connect(self.show_notice)
        yield
        from desktop.views.workspace.meetings_page import MeetingsPage
        from desktop.views.workspace.participants_page import ParticipantsPage

        yield
        self.participants = ParticipantsPage(self.session, self, self._save_delay_ms)
        self._add_tab(self.participants)
        yield
        self.meetings = MeetingsPage(self.session, self, self._save_delay_ms)
        self.record_pages = (self.participants, self.meetings)  # each saves its own records
        self._add_tab(self.meetings)
        self.participants.changed.connect(self._participants_changed)
        yield
        from desktop.views.workspace.mapping_page import MappingPage

        yield
        self.mapping = MappingPage(self.session, self)  # its own documents, saved by itself
        self._add_tab(self.mapping)
        self.mapping.save_plan_first = self.flush
        self.mapping.plan_changed.connect(self._process_changed)
        self.plan.evaluate_requested.connect(self._evaluate)
        self.plan.coordinators.user_picked.connect(self._coordinator_picked)
        self.tabs.currentChanged.connect(self._tab_changed)
        yield
        # what the first opening would do first, each in a turn: the records' readers worked
        # out, the staff names read, the opened workspace shown once (its first polish and
        # layout; shown and hidden again within the turn, so nothing of it is painted)
        records.prepare_reading(Checklist, Consent, Plan, Notice, Signature, IpState, Assessment,
                                HospitalCoordinator)  # (the last four: the header's)
        yield
        recent_staff_names(self.db)  # read once, kept until a checklist is saved
        yield
        if self.stack.currentIndex() == 0 and not self._at_once:  # shown, back before a paint
            self.stack.setCurrentIndex(1)
            self.stack.setCurrentIndex(0)
        yield
        if not self._at_once:  # painted once off screen (the glyphs, the style's pixmaps)
            self.header.grab()
        yield
        if not self._at_once:
            self.tabs.grab()
        yield
        if self.window().isVisible():  # shown without the pages: their names and mnemonics
            accessibility.polish(self.window())
        yield
        # the build's many young objects are sorted out by the collector now, in a turn of
        # their own (some 20 ms): else that collection falls in the first opening
        gc.collect(1)

    # ------------------------------------------------------------ opening

    def current_patient_id(self) -> int | None:
        return self.patient.id if self.patient else None

    def request_patient(self, patient_id: int) -> bool:
        """The user's opening (a row picked in the list): at once when the pages are built;
        else remembered, with a busy line in sight, while the pages are built a step per turn
        of the event loop (a key or click is answered between two), and opened when they are
        there (a later request replaces it). No patient was opened before the pages were
        built, so nothing is pending. False when it is not opened now and never will be."""
        if self.pages_built or not self.isVisible():  # hidden: no turns to build in
            return self.open_patient(patient_id)
        self._waiting = patient_id
        self.empty.setText(self.tr("Åpner pasienten …"))
        self.stack.setCurrentIndex(0)
        if not self._painted:  # the idle build is not going (not painted yet): start it
            self._painted = True
            QTimer.singleShot(0, self, self._build_later)
        return True

    def wanted_patient_id(self) -> int | None:
        """The patient being opened (asked for, waiting for the pages) or the open one."""
        return self._waiting if self._waiting is not None else self.current_patient_id()

    def _open_waiting(self) -> None:
        patient_id = self._waiting  # (open_patient ends the waiting and its busy line)
        if patient_id is not None and not self.open_patient(patient_id):
            self.open_refused.emit(patient_id)
        # a while after the opening is painted: the thread warming up printing starts then,
        # and would take Python's lock from the opened page's first paint and use
        QTimer.singleShot(READY_AFTER_OPENING_MS, self, self.pages_ready.emit)

    def open_patient(self, patient_id: int) -> bool:
        """Save what is pending, then show another patient, with every page there at once
        (the pages are built now if they are not yet). False when the user chose to stay
        because the pending changes could not be saved."""
        self._waiting = None  # an opening at once wins over one asked for before
        self.empty.setText(self._empty_text)
        if self.patient is not None and patient_id == self.patient.id:
            return True
        if not self.flush() and not self._confirm_discard():
            return False
        self.build_pages()
        patient = self._open_with_access(patient_id)
        if patient is None:
            return False
        self.patient = patient
        self.version = store.load_plan(self.db, patient_id)
        self.documents = {"checklist": store.load_checklist(self.db, patient_id),
                          "consent": store.load_consent(self.db, patient_id),
                          "plan": self.version.plan}
        self._dirty.clear()
        self._changes_logged.clear()
        self.last_error = ""
        self.header.show_error("")
        self.loads.open(self._loaders(patient))  # the page in sight, the others when shown
        self._header_context()
        self.header.show_process(self.db, patient_id, (self.version, self.documents["checklist"]))
        self.undo_stack = QUndoStack(self)
        self._saved_at = None
        self.header.show_patient(patient)
        self.header.show_emergency(self.session.emergency(patient_id))
        self.header.save_state.setText("")
        self.stack.setCurrentIndex(1)
        self.header.lay_out()
        self.patient_opened.emit(patient_id)
        return True

    def close_patient(self) -> bool:
        """Save what is pending and show no patient (a nødtilgang ended). False, with the
        patient still shown, when the pending changes cannot be saved yet."""
        if self.patient is None:
            return True
        if not self.flush():
            return False
        self.patient = None
        self.version = None
        self.documents = {}
        self.loads.open({})
        self.header.show_emergency(None)
        self.stack.setCurrentIndex(0)
        self.patient_closed.emit()
        return True

    def patient_record_changed(self, patient: Patient) -> None:
        """The patient dialog changed name, address …: refresh what shows it."""
        if self.patient is None or patient.id != self.patient.id:
            return
        self.patient = patient
        self.header.show_patient(patient)
        self._context_changed()

    def show_tab(self, key: str) -> None:
        for page in self.pages:
            if page.document_key == key:
                self.tabs.setCurrentWidget(page)
                return

    def show_field(self, form: str, field: str, row: int | None = None) -> QWidget:
        """Show the page of ``form`` with the focus on ``field`` (a deadline's place)."""
        from desktop.views.workspace.field_focus import show_field

        pages: dict[str, QWidget] = {
            "checklist": self.checklist, "consent": self.consent, "plan": self.plan,
            "decisions": self.decisions, "notice": self.notice, "meetings": self.meetings}
        return show_field(self.tabs, pages, form, field, row)

    def _loaders(self, patient: Patient) -> dict[QWidget, Loader]:
        """How each page is filled with ``patient`` (page_loads.py: when it is first shown)."""
        loaders: dict[QWidget, Loader] = {page: lambda p=page: self._fill_form(p)
                                          for page in self.pages}
        loaders[self.notice] = lambda: self.notice.load(patient.id)
        loaders[self.participants] = lambda: self.participants.load(patient.id,
                                                                    patient.department)
        loaders[self.meetings] = lambda: self.meetings.load(patient.id)
        loaders[self.mapping] = lambda: self.mapping.load(patient.id)
        return loaders

    def _fill_form(self, page: FormPage) -> None:
        """Show the open patient's document on a form page, with what depends on it."""
        if self.patient is None:
            return
        if page is self.consent:  # the statement in force: an administrator may change it
            self._give("statement", consent_text.statement(self.db), self.consent.set_statement)
        page.load_document(self.documents[page.document_key])
        if page is self.consent:
            from desktop.views.workspace import consent_versions  # built with the pages

            consent_versions.show_versions(self)
            self._offer_participants()
        page.context_changed(self.patient, self.documents)
        self._load_staff_names(page)

    def _tab_changed(self, _index: int) -> None:
        """Before the notice is shown, the forms are saved (its steps write the checklist and
        the plan in the store); a page not filled yet is filled; the participants'
        reservation marks follow the consent, so it is saved first."""
        current = self.tabs.currentWidget()
        if current in (self.notice, self.participants) and self.patient is not None:
            self.flush()
        filled = self.loads.fill(current)
        if current is self.participants and self.patient is not None and not filled:
            self.participants.refresh()

    def _participants_changed(self) -> None:
        if not self.loads.waiting(self.meetings):
            self.meetings.refresh()
        self._offer_participants()

    def _offer_participants(self) -> None:
        """The consent's "another person" and reservations pick from the participants."""
        if self.patient is not None and not self.loads.waiting(self.consent):
            self.consent.set_participant_names(
                [p.name for p in participants.list_participants(self.db, self.patient.id)])

    def _open_with_access(self, patient_id: int) -> Patient | None:
        """The patient, if the logged-in user may see it and the opening could be logged; no
        patient is shown whose opening is not in the access log."""
        try:
            return access.open_patient(self.session, patient_id)
        except access.AccessDenied as denied:
            QMessageBox.warning(self, self.tr("Ingen tilgang"), str(denied))
        except sqlite3.Error as error:
            QMessageBox.warning(self, self.tr("Kan ikke åpne pasienten"), self.tr(
                "Pasienten kan ikke åpnes fordi tilgangen ikke kan skrives i tilgangsloggen "
                "({detail}).").format(detail=error))
        return None

    def _load_staff_names(self, page: FormPage) -> None:
        """The completions a page offers, read each time it is filled (a new user or list
        entry is there at once) and given to its widgets only when they changed."""
        try:
            if page is self.checklist or page is self.consent:
                names = recent_staff_names(self.db)
                self._give(f"staff {page.document_key}", names, page.set_staff_names)
            elif page is self.plan:
                # the hospital coordinator picked among the users: the filter Mine finds it
                self._give("users", coordinator_users.user_choices(self.db),
                           self.plan.coordinators.set_users)
                completions = (local_lists.life_areas(self.db),
                               local_lists.entries(self.db, local_lists.LIST_MEASURES))
                self._give("completions", completions,
                           lambda lists: self.plan.set_completions(*lists))
        except sqlite3.Error:
            return

    def _give(self, key: str, value: Any, setter: Any) -> None:
        """``setter(value)`` unless the widgets were given an equal value last time."""
        if key not in self._shown_lists or self._shown_lists[key] != value:
            setter(value)
            self._shown_lists[key] = value

    def _add_tab(self, page: QWidget, short: str = "") -> None:
        """A page's tab: its title, or a short one with the full title as the tooltip."""
        title = page.title()  # type: ignore[attr-defined]
        index = self.tabs.addTab(page, short or title)
        self.tabs.setTabToolTip(index, title)

    def _coordinator_picked(self, username: str) -> None:
        """The hospital coordinator was picked among the users: once the plan is saved, keep
        who it is (the list's filter Mine)."""
        if self.patient is not None and self.flush():
            coordinator_users.pick_coordinator(self.session, self.patient.id, username)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Endringene er ikke lagret"),
            self.tr("{message}\n\nVil du bytte pasient likevel? Det som ikke er lagret, går "
                    "tapt.").format(message=self.last_error),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def show_notice(self) -> None:
        self.tabs.setCurrentWidget(self.notice)

    # ------------------------------------------------------------ the notice to the municipality

    def _process_changed(self) -> None:
        """A step on the notice page, an evaluation or «Lag tiltak» wrote the checklist or plan
        in the store: show what is stored. The undo steps before it are dropped, so that an
        undo can never put back a document without what the store wrote."""
        if self.patient is None:
            return
        self.flush()
        if self.undo_stack is not None:
            self.undo_stack.clear()
        self.version = store.load_plan(self.db, self.patient.id)
        self.documents["checklist"] = store.load_checklist(self.db, self.patient.id)
        self.documents["plan"] = self.version.plan
        for page in self.pages:
            if page.document_key in ("checklist", "plan") and not self.loads.waiting(page):
                page.load_document(self.documents[page.document_key])
        self._context_changed()
        self._show_process()

    def _evaluate(self, row: int) -> None:
        """«Evaluer tiltaket…»: what is typed is saved first; the stored evaluation shown."""
        if self.patient is None or row < 0:
            return
        if not self.flush():
            QMessageBox.warning(self, self.tr("Ikke lagret"), self.last_error)
            return
        from desktop.views.workspace.evaluation_dialog import EvaluationDialog

        if EvaluationDialog(self.session, self.patient.id, row, self).exec():
            self._process_changed()
            self.plan.select_row(row)

    def _show_process(self) -> None:
        if self.patient is not None:
            self.header.show_process(self.db, self.patient.id)

    # ------------------------------------------------------------ edits and undo

    def _page_edited(self, page: FormPage) -> None:
        if self.patient is None or self.loads.waiting(page):  # it shows another patient
            return
        key = page.document_key
        before = self.documents[key]
        after = page.write_to(before)
        if after == before:
            return
        self.documents[key] = after
        self._after_change(key)
        if self.undo_stack is not None:
            focus = QApplication.focusWidget()
            # typing in one text field is one step; ticks and choices are a step each
            field = focus if isinstance(focus, (QLineEdit, QPlainTextEdit)) else None
            self.undo_stack.push(SnapshotCommand(
                self._apply_snapshot, key, before, after, field,
                self.tr("endring i {page}").format(page=page.title().lower())))
        self._timer.start()

    def _apply_snapshot(self, key: str, document: Any) -> None:
        """Undo or redo: put a document back, show it, and save it."""
        self.documents[key] = document
        current = self.tabs.currentWidget()
        for page in self.pages:
            if page.document_key == key and not self.loads.fill(page):
                page.load_document(document)
        if not (isinstance(current, FormPage) and current.document_key == key):
            self.show_tab(key)
        self._after_change(key)
        self.flush()

    def _after_change(self, key: str) -> None:
        self._dirty.add(key)
        if key == "consent":  # item 5 of the checklist follows the consent
            checklist = sync_consent_item(self.documents["checklist"], self.documents["consent"],
                                          self.session.display_name)
            if checklist != self.documents["checklist"]:
                self.documents["checklist"] = checklist
                if not self.loads.waiting(self.checklist):
                    self.checklist.load_document(checklist)
                self._dirty.add("checklist")
        self._context_changed()
        self.header.show_saved(None)

    def refresh_context(self) -> None:
        """What depends on the documents (the header, the pages' banners) shows them again."""
        self._context_changed()

    def _context_changed(self) -> None:
        if self.patient is None:
            return
        for page in self.pages:
            if not self.loads.waiting(page):
                page.context_changed(self.patient, self.documents)
        self._header_context()

    def _header_context(self) -> None:
        """The header's consent state and plan version."""
        checklist = self.documents["checklist"]
        consent = self.documents["consent"]
        self.header.show_consent(version_state(consent, checklist.declined), consent.valid_to)
        self.header.show_version(self.version)

    # ------------------------------------------------------------ saving

    def has_unsaved_changes(self) -> bool:
        if not self.pages_built:  # no patient was opened yet
            return False
        return bool(self._dirty) or any(p.has_unsaved_changes() for p in self._filled_records())

    def _filled_records(self) -> list[Any]:
        """The participant and meeting pages that show the open patient."""
        return [page for page in self.record_pages if not self.loads.waiting(page)]

    def flush(self) -> bool:
        """Save every pending change now (the forms, then the participant and meeting being
        edited); False (and the message shown) when something could not be saved."""
        if not self.pages_built:  # no patient was opened yet: nothing to save
            return True
        saved = self._flush_documents()
        for page in self._filled_records():
            if not page.flush():
                if saved:
                    self.last_error = page.last_error
                saved = False
        return saved

    def _flush_documents(self) -> bool:
        self._timer.stop()
        if (self.patient is not None and not self.loads.waiting(self.mapping)
                and not self.mapping.flush()):
            self.last_error = self.tr("Kartleggingen er ikke lagret: {reason}").format(
                reason=self.mapping.message.text())
            self.header.show_error(self.last_error)
            return False
        if self.patient is None or not self._dirty:
            if self.last_error and not self._dirty:  # nothing pending any more
                self.last_error = ""
                self.header.show_error("")
            return True
        patient_id = self.patient.id
        pending = [key for key in DOCUMENT_KEYS if key in self._dirty]
        version = self.version
        try:
            with self.db.atomic():  # the forms and the log entry land together or not at all
                for key in pending:
                    if key == "checklist":
                        store.save_checklist(self.db, patient_id, self.documents[key])
                    elif key == "consent":
                        store.save_consent(self.db, patient_id, self.documents[key])
                    else:
                        version = store.save_plan(self.db, patient_id, self.documents[key])
                        # the plan's coordinators are participants with coordinator roles
                        participants.sync_coordinators(self.session, patient_id,
                                                       self.documents[key])
                    if key not in self._changes_logged:  # who changed which form, once a visit
                        self.session.log(log.CHANGE, patient_id, {"form": key})
        except (sqlite3.Error, OSError) as error:
            self._show_error(error)
            return False
        self._dirty.difference_update(pending)
        self._changes_logged.update(pending)
        if "plan" in pending:  # the coordinators may have changed as participants
            for page in self._filled_records():
                page.refresh()
        self.version = version
        self.last_error = ""
        self.header.show_error("")
        self._saved_at = dt.datetime.now()
        self.header.show_saved(self._saved_at)
        self.header.show_version(self.version)
        self.saved.emit(patient_id)
        return True

    def _show_error(self, error: Exception) -> None:
        _log.warning("Saving failed (%s)", classify_write_error(error), exc_info=error)
        self.last_error = describe_save_error(error)
        self.header.show_error(self.last_error)
        self.header.show_saved(None)
