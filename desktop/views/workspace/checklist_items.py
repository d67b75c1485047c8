"""One list of the checklist as a readable grid: per item its text on one line, and below it
state, date, done by and note."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.records import (
    ITEM_STATES,
    STATE_DONE,
    STATE_NOT_RELEVANT,
    STATE_OPEN,
    ChecklistItem,
    Consent,
    consent_state,
    format_partial_date,
)
from desktop.views.workspace.partial_date_field import PartialDateField

ITEM_GAP = 6  # pixels between two items
CAPTION_STYLE = "color: palette(placeholder-text); font-size: small;"


def put_text(field: QLineEdit, text: str) -> None:
    """Show ``text`` unless the field shows it already: an equal text set again still repaints
    the field (an opening fills some 40 fields, most of them as they were, often empty)."""
    if field.text() != text:
        field.setText(text)


@contextlib.contextmanager
def laid_out_once(*layouts: QLayout) -> Iterator[None]:
    """Show and hide widgets of ``layouts`` with the layouts laid out once, after the change.
    Qt lays a visible parent's layout out at once for every widget shown in it (hidden ones
    only mark it): showing items 4-10 one widget at a time was 40 full layouts of the grid.
    At the end each layout and those of the parents above it are laid out, as Qt does after
    showing one widget (so the page is painted laid out, not a turn later)."""
    paused = [layout for layout in layouts if layout.isEnabled()]
    for layout in paused:
        layout.setEnabled(False)
    try:
        yield
    finally:
        for layout in paused:
            layout.setEnabled(True)
            layout.invalidate()
        for layout in paused:
            widget: QWidget | None = layout.parentWidget()
            while widget is not None and widget.isVisible() and widget.layout() is not None:
                widget.layout().activate()
                if widget.isWindow():
                    break
                widget = widget.parentWidget()


# pyside6-lupdate reads translate("Context", "text") calls with both strings literal
translate = QCoreApplication.translate


def state_labels() -> dict[str, str]:
    return {STATE_OPEN: translate("ChecklistItemsBox", "Ikke utført"),
            STATE_DONE: translate("ChecklistItemsBox", "Utført"),
            STATE_NOT_RELEVANT: translate("ChecklistItemsBox", "Ikke aktuelt")}


def consent_item_text(consent: Consent, declined: bool) -> str:
    """What item 5 says about the consent form."""
    state = consent_state(consent, declined)
    if state == "withdrawn":
        return translate("ChecklistItemsBox", "Samtykke trukket tilbake {date}").format(
            date=format_partial_date(consent.withdrawn_date)).strip()
    if state == "expired":
        return translate("ChecklistItemsBox",
                         "Samtykket er utløpt (gjaldt til {date})").format(
            date=format_partial_date(consent.valid_to))
    if state == "given":
        if consent.date:
            return translate("ChecklistItemsBox",
                             "Dokumentert i samtykkeskjemaet {date}").format(
                date=format_partial_date(consent.date))
        return translate("ChecklistItemsBox", "Dokumentert i samtykkeskjemaet")
    if state == "refused":
        return translate("ChecklistItemsBox", "Pasienten ønsker ikke individuell plan")
    return translate("ChecklistItemsBox",
                     "Ikke innhentet ennå: fyll ut samtykkeskjemaet")


class ItemRow:
    """The widgets of one checklist item."""

    def __init__(self, number: int, text: str, staff: QStringListModel, parent: QWidget,
                 which: str = ""):
        self.number = QLabel(f"{number}.", parent)
        # the screen reader's "punkt 4": ``which`` tells a second list's items apart
        item = f"{number}{which}"
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(translate("checklist", text), parent)  # records: Bokmål
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-weight: bold;")
        self.state = QComboBox(parent)
        for state in ITEM_STATES:
            self.state.addItem(state_labels()[state], state)
        self.state.setAccessibleName(translate(
            "ChecklistItemsBox", "Status for punkt {number}").format(number=item))
        self.date = PartialDateField(parent)
        self.date.line.setAccessibleName(translate(
            "ChecklistItemsBox", "Dato for punkt {number}").format(number=item))
        self.done_by = QLineEdit(parent)
        self.done_by.setPlaceholderText(translate("ChecklistItemsBox", "Utført av"))
        self.done_by.setAccessibleName(translate(
            "ChecklistItemsBox", "Utført av, punkt {number}").format(number=item))
        completer = QCompleter(staff, self.done_by)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.done_by.setCompleter(completer)
        self.note = QLineEdit(parent)
        self.note.setPlaceholderText(translate("ChecklistItemsBox", "Merknad"))
        self.note.setAccessibleName(translate(
            "ChecklistItemsBox", "Merknad, punkt {number}").format(number=item))
        self.extras = QVBoxLayout()
        self.extras.setContentsMargins(0, 0, 0, 0)
        self.replacement: QWidget | None = None  # shown instead of state and date (item 5)
        self.filled = ("", "")  # date and name that Utført filled in, as long as they stand
        self.dimmed = (False, False)  # greyed out, hidden (set_item_dimmed)

    def widgets(self) -> list[QWidget]:
        middle = [self.replacement] if self.replacement else [self.state, self.date]
        return [self.number, self.text, *middle, self.done_by, self.note]

    def load(self, item: ChecklistItem) -> None:
        self.filled = ("", "")
        index = self.state.findData(item.state)
        self.state.setCurrentIndex(max(index, 0))
        self.date.show_date(item, "date")
        put_text(self.done_by, item.done_by)
        put_text(self.note, item.note)

    def item(self, previous: ChecklistItem) -> ChecklistItem:
        return self.date.store_date(ChecklistItem(
            state=self.state.currentData() or STATE_OPEN, done_by=self.done_by.text(),
            note=self.note.text(), date=previous.date, typed=dict(previous.typed)), "date")


class ChecklistItemsBox(QGroupBox):
    """A titled list of items; ``edited`` on every change the user makes."""

    edited = Signal()

    def __init__(self, title: str, texts: tuple[str, ...], staff: QStringListModel,
                 parent: QWidget | None = None, which: str = "", in_steps: bool = False) -> None:
        super().__init__(title, parent)
        self._loading = False
        self.user_name: Callable[[], str] = lambda: ""  # who is logged in (fills «Utført av»)
        self.today: Callable[[], dt.date] = dt.date.today
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(3, 2)
        self.grid.setColumnStretch(4, 3)
        captions = (translate("ChecklistItemsBox", "Status"),
                    translate("ChecklistItemsBox", "Dato"),
                    translate("ChecklistItemsBox", "Utført av"),
                    translate("ChecklistItemsBox", "Merknad"))
        for column, caption in enumerate(captions, start=1):
            label = QLabel(caption, self)
            label.setStyleSheet(CAPTION_STYLE)
            self.grid.addWidget(label, 0, column)
        self.rows: list[ItemRow] = []
        self._texts, self._staff, self._which = texts, staff, which
        if not in_steps:
            while self.add_rows(len(texts)):
                pass

    def add_rows(self, count: int) -> bool:
        """Build the next ``count`` items (``in_steps``: the page builds them a few per turn
        of the event loop); True while some are left to build."""
        for i in range(len(self.rows), min(len(self.rows) + count, len(self._texts))):
            row = ItemRow(i + 1, self._texts[i], self._staff, self, self._which)
            top = 1 + 3 * i
            self.grid.addWidget(row.number, top, 0)
            self.grid.addWidget(row.text, top, 1, 1, 4)
            self.grid.addWidget(row.state, top + 1, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.date, top + 1, 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.done_by, top + 1, 3, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.note, top + 1, 4, Qt.AlignmentFlag.AlignTop)
            self.grid.addLayout(row.extras, top + 2, 1, 1, 4)
            self.grid.setRowMinimumHeight(top + 2, ITEM_GAP)
            row.state.currentIndexChanged.connect(lambda _i, r=row: self._state_changed(r))
            row.date.edited.connect(self._changed)
            row.done_by.textEdited.connect(self._changed)
            row.note.textEdited.connect(self._changed)
            self.rows.append(row)
        return len(self.rows) < len(self._texts)

    def add_extra(self, index: int, widget: QWidget) -> None:
        """Put a widget under item ``index`` (item 3's «already has a plan»)."""
        self.rows[index].extras.addWidget(widget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # Tab reaches it under its item
            QWidget.setTabOrder(self.rows[index].note, widget)

    def replace_state_and_date(self, index: int, widget: QWidget) -> None:
        row = self.rows[index]
        row.state.hide()
        row.date.hide()
        row.replacement = widget
        self.grid.addWidget(widget, 2 + 3 * index, 1, 1, 2)

    def set_item_dimmed(self, index: int, dimmed: bool, hidden: bool = False) -> None:
        """Grey an item out (it does not apply), or hide it; its content stays."""
        row = self.rows[index]
        if row.dimmed == (dimmed, hidden):  # (every opening asks for items 4-10)
            return
        row.dimmed = (dimmed, hidden)
        for widget in row.widgets():
            widget.setEnabled(not dimmed)
            if widget.isHidden() != hidden:  # the grid is laid out again only on a change
                widget.setVisible(not hidden)
        gap = 0 if hidden else ITEM_GAP
        if self.grid.rowMinimumHeight(3 + 3 * index) != gap:
            self.grid.setRowMinimumHeight(3 + 3 * index, gap)

    def load(self, items: list[ChecklistItem]) -> None:
        self._loading = True
        try:
            for row, item in zip(self.rows, items, strict=False):
                row.load(item)
        finally:
            self._loading = False

    def items(self, previous: list[ChecklistItem]) -> list[ChecklistItem]:
        old = list(previous) + [ChecklistItem()] * (len(self.rows) - len(previous))
        return [row.item(item) for row, item in zip(self.rows, old, strict=False)]

    def _state_changed(self, row: ItemRow) -> None:
        """Setting an item to Utført fills today's date and the user's name where they are
        empty; both stay editable, and one Ctrl+Z takes the whole change back."""
        if self._loading:
            return
        filled = row.filled
        row.filled = ("", "")
        if row.state.currentData() == STATE_DONE:
            if not row.date.text().strip():
                row.date.set_iso(self.today().isoformat())
                row.filled = (row.date.text(), row.filled[1])
            if not row.done_by.text().strip():
                row.done_by.setText(self.user_name())
                row.filled = (row.filled[0], row.done_by.text())
        else:  # passing over Utført with the arrow keys leaves nothing behind
            if filled[0] and row.date.text() == filled[0]:
                row.date.set_iso("")
            if filled[1] and row.done_by.text() == filled[1]:
                row.done_by.clear()
        self.edited.emit()

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
