"""A readable, editable table of rows (plan rows, existing decisions): wrapped multi-line cells,
a multi-line cell editor, buttons and keys to add, remove and reorder rows, and an inline
message when a date is refused. Used by the plan page and the decisions page."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.rows_model import DateColumnRole, RecordRowsModel
from desktop.views.common.style import ERROR_STYLE
from desktop.views.workspace.wrapping_header import WrappingHeader

_EDITOR_MIN_LINES = 4


class MultiLineDelegate(QStyledItemDelegate):
    """Text cells get a plain-text editor: Enter starts a new line, Ctrl+Enter or Tab commits,
    Escape cancels. Date cells keep the one-line editor, where Enter commits."""

    # A word longer than its column ("hjelpemiddelsentralen") breaks inside rather than being
    # cut off: Qt's own item painting wraps at word boundaries only.
    _WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    _PAD = 3  # the table's top and bottom item padding

    def _text_rect(self, option: QStyleOptionViewItem) -> QRect:
        return option.rect.adjusted(3, self._PAD, -3, -self._PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        text, view_option.text = view_option.text, ""
        style = view_option.widget.style() if view_option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter,
                          view_option.widget)
        text_option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        text_option.setWrapMode(self._WRAP)
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(view_option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.setFont(view_option.font)
        painter.drawText(QRectF(self._text_rect(view_option)), text, text_option)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        view = option.widget
        if not text or not isinstance(view, QTableView):
            return hint
        width = max(view.columnWidth(index.column()) - 6, 10)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWrapAnywhere)
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), flags, text)
        hint.setHeight(max(hint.height(), needed.height() + 2 * self._PAD + 2))
        return hint

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        if index.data(DateColumnRole):
            editor = super().createEditor(parent, option, index)
            editor.setPlaceholderText(self.tr("dd.mm.åååå"))
            return editor
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setToolTip(self.tr("Enter gir ny linje. Ctrl+Enter eller Tab lagrer cellen."))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):  # room to write even in a short row
            lines = editor.fontMetrics().lineSpacing() * _EDITOR_MIN_LINES + 12
            rect.setHeight(max(rect.height(), lines))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (isinstance(editor, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


class RowsTable(QTableView):
    """Shows every row at its full height (the page scrolls, not the table) and takes the
    row keys: Insert adds, Ctrl+Delete removes, Alt+Up/Alt+Down move the current row.
    Tab and Shift+Tab leave the table (to «Legg til rad» and on); the arrow keys move between
    cells, and F2, Enter or simply typing starts editing the current cell."""

    add_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(self))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        # Air above and below wrapped text; no side padding, which the wrap width would miss.
        self.setStyleSheet("QTableView::item { padding-top: 3px; padding-bottom: 3px; }")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab goes on to the buttons and the rest of the form
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().sectionResized.connect(self._fit_height)
        # Row heights follow the wrapped text, so they change with the column widths.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        self.horizontalHeader().sectionResized.connect(self._rows_timer.start)
        self.setItemDelegate(MultiLineDelegate(self))

    def setModel(self, model: QAbstractItemModel) -> None:
        super().setModel(model)
        for name in ("modelReset", "rowsInserted", "rowsRemoved", "rowsMoved", "dataChanged",
                     "layoutChanged"):
            getattr(model, name).connect(self._rows_timer.start)
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.resizeRowsToContents()
        self._fit_height()

    def _fit_height(self, *_args: object) -> None:
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(max(height, self.horizontalHeader().height() * 3))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Insert and mods == Qt.KeyboardModifier.NoModifier:
            self.add_requested.emit()
        elif key == Qt.Key.Key_Delete and mods == Qt.KeyboardModifier.ControlModifier:
            self.remove_requested.emit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods == Qt.KeyboardModifier.AltModifier:
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
              and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
              and self.state() != QAbstractItemView.State.EditingState
              and self.currentIndex().isValid()):
            self.edit(self.currentIndex())
        else:
            super().keyPressEvent(event)


class RowsEditor(QWidget):
    """The table with its buttons; ``edited`` fires on every change the user makes."""

    edited = Signal()

    def __init__(self, model: RecordRowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = RowsTable(self)
        self.table.setModel(model)
        self.add_button = QPushButton(self.tr("Legg til rad"), self)
        self.add_button.setToolTip(self.tr("Ny rad under den valgte (Insert)"))
        self.remove_button = QPushButton(self.tr("Fjern rad"), self)
        self.remove_button.setToolTip(self.tr("Fjern den valgte raden (Ctrl+Delete)"))
        self.up_button = QPushButton(self.tr("Flytt opp"), self)
        self.up_button.setToolTip(self.tr("Flytt den valgte raden opp (Alt+Pil opp)"))
        self.down_button = QPushButton(self.tr("Flytt ned"), self)
        self.down_button.setToolTip(self.tr("Flytt den valgte raden ned (Alt+Pil ned)"))
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.table.add_requested.connect(self.add_row)
        self.table.remove_requested.connect(self.remove_row)
        self.table.move_requested.connect(self.move_row)
        model.input_refused.connect(self._show_error)
        model.dataChanged.connect(self._changed)
        model.rowsInserted.connect(self._changed)
        model.rowsRemoved.connect(self._changed)
        model.rowsMoved.connect(self._changed)
        model.modelReset.connect(self._clear_error)
        model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_column_widths(self, fitted: tuple[int, ...], stretch: tuple[int, ...]) -> None:
        """The ``fitted`` columns (dates) are as wide as a date or the longest word of their
        title (the title wraps); the ``stretch`` columns share the rest of the width."""
        header = self.table.horizontalHeader()
        date_width = header.fontMetrics().horizontalAdvance("00.00.0000") + 16
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(header.widest_word(column), date_width))
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def add_row(self) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_row(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.removeRows(row, 1)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def move_row(self, delta: int) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.model.move_row(index.row(), delta):
            self.table.setCurrentIndex(self.model.index(index.row() + delta, index.column()))

    def _changed(self, *_args: object) -> None:
        self._clear_error()
        self._update_buttons()
        self.edited.emit()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _update_buttons(self, *_args: object) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)
