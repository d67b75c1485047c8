"""Undo for the workspace: snapshot commands merged per field, and a filter that sends Ctrl+Z /
Ctrl+Shift+Z to the workspace's stack even while a text field has the focus."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QWidget

MERGE_PAUSE_S = 3.0  # a pause this long in one field starts a new undo step


class SnapshotCommand(QUndoCommand):
    """One change of one document: the whole document before and after (documents are small).

    Consecutive edits of the same field merge, so typing a word or a sentence is one step.
    """

    ID = 0x1F0

    def __init__(self, apply: Callable[[str, Any], None], key: str, before: Any, after: Any,
                 field: object, text: str) -> None:
        super().__init__(text)
        self._apply = apply
        self.key = key
        self.before = before
        self.after = after
        self.field = field
        self.last_edit = time.monotonic()
        self._first_redo = True

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand):
            return False
        if other.key != self.key or other.field is None or other.field is not self.field:
            return False
        if other.last_edit - self.last_edit > MERGE_PAUSE_S:
            return False
        self.after = other.after
        self.last_edit = other.last_edit
        return True

    def redo(self) -> None:
        if self._first_redo:  # pushed after the change was made in the page
            self._first_redo = False
            return
        self._apply(self.key, self.after)

    def undo(self) -> None:
        self._apply(self.key, self.before)


def is_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Redo):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_Z and mods == (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


class UndoKeyRouter(QObject):
    """A filter on the application (``watch``): inside ``area`` the undo keys go to
    ``undo``/``redo`` instead of the focused widget's own undo (a line edit would otherwise
    take Ctrl+Z).

    It is on the application only while the focus is inside ``area``: keys go to the focused
    widget, so elsewhere there is nothing to route. A Python filter on the whole application
    sees every event of the program (an opening of a patient has some 200: paints, layouts,
    moves), and PySide's call into Python for each cost the opening about 2 ms."""

    def __init__(self, area: QWidget, undo: Callable[[], None], redo: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._area = area
        self._undo = undo
        self._redo = redo
        self._app: QApplication | None = None
        self._installed = False

    def watch(self, app: QApplication) -> None:
        """Route the undo keys from now on, whenever the focus is inside the area."""
        if self._app is None:
            self._app = app
            app.focusChanged.connect(self._focus_changed)
            self._focus_changed(None, app.focusWidget())

    def unwatch(self) -> None:
        """Route them no more (the window closes)."""
        if self._app is not None:
            self._app.focusChanged.disconnect(self._focus_changed)
            self._install(False)
            self._app = None

    @property
    def installed(self) -> bool:
        """On the application now (the focus is inside the area)."""
        return self._installed

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        self._install(now is not None and (now is self._area or self._area.isAncestorOf(now)))

    def _install(self, wanted: bool) -> None:
        if self._app is None or wanted == self._installed:
            return
        if wanted:
            self._app.installEventFilter(self)
        else:
            self._app.removeEventFilter(self)
        self._installed = wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):  # first: it sees every event of the program
            return False
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget):
            return False
        redo = is_redo(event)
        undo = not redo and is_undo(event)
        if not (undo or redo):
            return False
        if watched is not self._area and not self._area.isAncestorOf(watched):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key press comes to us below, not to a window shortcut
            return True
        (self._redo if redo else self._undo)()
        return True
