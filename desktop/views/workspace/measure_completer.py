"""The hospital's measure names (Innstillinger › Lokale lister) offered while typing in the plan
table's «Tiltak» cell: the line being written is matched (anywhere in a name, any case) and a
pick replaces that line. Only offered: a measure written freely is kept as written."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QStyleOptionViewItem, QWidget

from desktop.views.workspace.rows_editor import MultiLineDelegate

MIN_PREFIX = 2  # letters typed on the line before names are offered


class LineCompleter(QObject):
    """Offers ``names`` for the current line of a plain-text editor."""

    def __init__(self, editor: QPlainTextEdit, names: QStringListModel) -> None:
        super().__init__(editor)
        self.editor = editor
        self.completer = QCompleter(names, self)
        self.completer.setWidget(editor)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._inserting = False
        editor.textChanged.connect(self._update)
        self.completer.activated.connect(self._insert)

    def _line(self) -> str:
        cursor = self.editor.textCursor()
        return cursor.block().text()[:cursor.positionInBlock()]

    def _update(self) -> None:
        if self._inserting:
            return
        prefix = self._line().strip()
        popup = self.completer.popup()
        if len(prefix) < MIN_PREFIX:
            popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0 or (
                self.completer.completionCount() == 1
                and self.completer.currentCompletion().casefold() == prefix.casefold()):
            popup.hide()
            return
        rect = self.editor.cursorRect()
        rect.setWidth(max(self.editor.width(), popup.sizeHintForColumn(0) + 24))
        self.completer.complete(rect)

    def _insert(self, text: str) -> None:
        """The picked name replaces the line being written."""
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        self._inserting = True
        try:
            cursor.insertText(text)
        finally:
            self._inserting = False
        self.editor.setTextCursor(cursor)


class CompletingTextEdit(QPlainTextEdit):
    """While names are offered, Enter, Tab and Escape belong to the list of names (the
    completer handles them once the editor leaves them alone)."""

    _POPUP_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
                   Qt.Key.Key_Backtab)

    def __init__(self, names: QStringListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_completer = LineCompleter(self, names)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.line_completer.completer.popup().isVisible() and event.key() in self._POPUP_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)


class MeasureNamesDelegate(MultiLineDelegate):
    """The multi-line cell editor, with the measure names offered line by line."""

    def __init__(self, names: QStringListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        plain = super().createEditor(parent, option, index)
        if not isinstance(plain, QPlainTextEdit):
            return plain  # a date cell
        editor = CompletingTextEdit(self.names, parent)
        editor.setTabChangesFocus(plain.tabChangesFocus())
        editor.setToolTip(plain.toolTip())
        plain.deleteLater()
        return editor
