"""Bring one field of the open patient's forms into view with the keyboard focus on it: where a
deadline lives (records_deadlines.Deadline's form, field and row) is where the Frister view's
double-click lands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QTabWidget, QWidget

from desktop.views.workspace.partial_date_field import PartialDateField
from desktop.views.workspace.rows_editor import RowsEditor


def _page(pages: dict[str, QWidget], form: str, field: str) -> QWidget | None:
    if form == "plan" and field.startswith("decisions."):
        return pages.get("decisions")
    return pages.get(form)


def _table_cell(editor: RowsEditor, column_field: str, row: int | None) -> QWidget:
    model = editor.model
    column = next((i for i, c in enumerate(model.columns) if c.field == column_field), 0)
    if row is not None and 0 <= row < model.rowCount():
        index = model.index(row, column)
        editor.table.setCurrentIndex(index)
        editor.table.scrollTo(index)
    return editor.table


def _widget(page: QWidget, field: str, row: int | None) -> QWidget:
    """The widget of ``field`` on ``page`` ("rows.evaluation": a cell of the page's table;
    "start.due": a checklist item's row), the page itself when it has none by that name."""
    head, _, rest = field.partition(".")
    if rest:
        if head in ("rows", "decisions") and isinstance(getattr(page, "rows", None), RowsEditor):
            return _table_cell(page.rows, rest, row)
        box = getattr(page, f"{head}_box", None)
        rows = getattr(box, "rows", None)
        if rows and row is not None and 0 <= row < len(rows):
            return rows[row].state
        return page
    widget = getattr(page, field, None)
    if isinstance(widget, PartialDateField):
        return widget.line
    return widget if isinstance(widget, QWidget) else page


def _scroll_to(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            return
        if isinstance(parent, QAbstractScrollArea):
            return
        parent = parent.parentWidget()


def show_field(tabs: QTabWidget, pages: dict[str, QWidget], form: str, field: str,
               row: int | None = None) -> QWidget:
    """Show the page of ``form`` (``pages``: the workspace's pages by form, "decisions" for the
    plan's decisions) among ``tabs`` and put the focus on ``field`` (and ``row``); the widget
    that got the focus."""
    page = _page(pages, form, field)
    if page is None:
        return tabs
    tabs.setCurrentWidget(page)
    widget = _widget(page, field, row)
    _scroll_to(widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    return widget
