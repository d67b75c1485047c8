"""The shared base of the workspace pages that edit one record of a list at a time (Deltakere,
Møter): a list above, the chosen record's form below, saved like the forms are - half a second
after typing stops, and at once when another row or patient is chosen, when the program locks
or closes (Workspace.flush) - with "Lagret hh:mm:ss" and no save button.

A subclass builds its widgets, passes the ones the user edits to ``watch`` and implements:

- ``_fill_record(record_id)``: fill the form from the stored record (None: an empty form);
- ``_store() -> int | None``: save the form, return the record's id, or None when refused
  (having shown the reason with ``_show``);
- ``_blank() -> bool``: a new record's form holds nothing worth saving yet;
- ``_delete(record_id)``, ``_reread()``: remove a record; reread the list;
- ``_select(record_id)``: mark the record's row in the list (signals are quiet then).

The list calls ``choose(record_id)`` when the user picks a row.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.store.session import Session
from desktop.store.write_errors import classify_write_error
from desktop.views.workspace.save_errors import describe_save_error

SAVE_DELAY_MS = 500
_log = logging.getLogger(__name__)


class RecordEditor(QWidget):
    changed = Signal()  # a record was saved or removed

    def __init__(self, session: Session, parent: QWidget | None = None,
                 save_delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_id: int | None = None
        self.editing: int | None = None  # the record in the form; None: a new one
        self.ask_reason: Callable[[str], str | None] = self._ask_reason
        self._dirty = False
        self._quiet = 0  # > 0 while the program itself fills widgets
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(save_delay_ms)
        self._timer.timeout.connect(self.flush)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_state = QLabel(self)
        self.save_state.setAccessibleName(self.tr("Lagringsstatus"))

    # ------------------------------------------------------------ layout

    def lay_out(self, parts: list[QWidget | QLayout | tuple[QWidget | QLayout, int]],
                new_text: str, remove_text: str) -> None:
        """The page in a frameless scroll area: ``parts`` (with an optional stretch), then
        the buttons for a new and for removing the chosen record, the save state, and the
        message line."""
        self.new_button = QPushButton(new_text, self)
        self.remove_button = QPushButton(remove_text, self)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        self.button_row = buttons  # a subclass may add its own widgets after these
        inner = QWidget(self)  # scrolls on a small screen instead of widening the window
        layout = QVBoxLayout(inner)
        for part in parts:
            item, stretch = part if isinstance(part, tuple) else (part, 0)
            if isinstance(item, QLayout):
                layout.addLayout(item, stretch)
            else:
                layout.addWidget(item, stretch)
        layout.addLayout(buttons)
        state = QHBoxLayout()
        state.addWidget(self.message, 1)
        state.addWidget(self.save_state)
        layout.addLayout(state)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def watch(self, *widgets: QWidget) -> None:
        """Every change the user makes in these widgets is saved after a short pause."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self._edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._edited)
            elif isinstance(widget, (QListWidget, QTableWidget)):
                widget.itemChanged.connect(self._edited)

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Fill widgets without it counting as the user's edit."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    # ------------------------------------------------------------ choosing

    def load(self, patient_id: int) -> None:
        """Show another patient's records (the caller saved what was pending)."""
        self._timer.stop()
        self._dirty = False
        self.patient_id, self.editing = patient_id, None
        self.save_state.setText("")
        self._show("")
        self.refresh()
        self._open(None)

    def refresh(self) -> None:
        """Reread the list; the form and what is typed in it stay."""
        if self.patient_id is None:
            return
        with self.quietly():
            self._reread()
            self._select(self.editing)

    def choose(self, record_id: int | None) -> None:
        """The user picked a row: save the form first; stay on it when that failed."""
        if self._quiet or record_id == self.editing:
            return
        if not self.flush():
            with self.quietly():
                self._select(self.editing)
            return
        self._show("")
        self._open(record_id)

    def start_new(self) -> None:
        if self.flush():
            self._open(None)

    def _open(self, record_id: int | None) -> None:
        self.editing = record_id
        with self.quietly():
            self._select(record_id)
            self._fill_record(record_id)
        self.remove_button.setEnabled(record_id is not None)

    def remove(self) -> None:
        if self.editing is None:
            return
        self._timer.stop()
        self._dirty = False
        self._delete(self.editing)
        self.editing = None
        self.refresh()
        self._open(None)
        self.changed.emit()

    # ------------------------------------------------------------ saving

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    @property
    def last_error(self) -> str:
        return self.message.text() if self._dirty else ""

    def _edited(self) -> None:
        if self._quiet or self.patient_id is None:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Ikke lagret ennå…"))
        self._timer.start()

    def flush(self) -> bool:
        """Save the form now if it changed; False (and the reason shown) when refused."""
        self._timer.stop()
        if not self._dirty or self.patient_id is None:
            return True
        if self.editing is None and self._blank():
            self._dirty = False
            self.save_state.setText("")
            return True
        self._show("")
        try:
            saved = self._store()
        except (sqlite3.Error, OSError) as error:
            _log.warning("Saving failed (%s)", classify_write_error(error), exc_info=error)
            self._show(describe_save_error(error), error=True)
            return False
        if saved is None:
            return False
        self._dirty = False
        self.editing = saved
        self.refresh()
        self.remove_button.setEnabled(True)
        self.save_state.setText(self.tr("Lagret {time}").format(
            time=dt.datetime.now().strftime("%H:%M:%S")))
        self.changed.emit()
        return True

    def _show(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(palette.ERROR_STYLE if error else "")

    def _ask_reason(self, question: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Reservasjon"), question)
        return text if ok else None

    # ------------------------------------------------------------ the subclass's part

    def _fill_record(self, record_id: int | None) -> None:
        raise NotImplementedError

    def _store(self) -> int | None:
        raise NotImplementedError

    def _blank(self) -> bool:
        raise NotImplementedError

    def _delete(self, record_id: int) -> None:
        raise NotImplementedError

    def _reread(self) -> None:
        raise NotImplementedError

    def _select(self, record_id: int | None) -> None:
        raise NotImplementedError
