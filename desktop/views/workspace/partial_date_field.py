"""A one-line partial-date field (15.07.2012, 07.2012, 2012) with its message shown inline
(the plan, checklist and consent pages). What was typed is never thrown away: a text the
program cannot read stays in the field, marked, and is stored beside the date
(records_dates), so it comes back after a patient switch or a restart."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desktop.records import ValidationError, format_partial_date, parse_partial_date
from desktop.records_dates import date_text, read_as, read_date, with_typed_dates
from desktop.views.common.style import ERROR_STYLE, error_border, set_style

T = TypeVar("T")


class PartialDateField(QWidget):
    """Typing never blocks: an unreadable date stays as typed and shows why below.

    ``show_date(record, name)`` shows a record's date field (its kept text if any);
    ``store_date(record, name)`` puts what was typed back (the ISO date and the kept text).
    ``value(previous)`` gives the ISO partial date typed, or ``previous`` while the text is not
    a date. ``edited`` is emitted on every change the user makes.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder if placeholder is not None
                                     else self.tr("dd.mm.åååå"))
        self._base_width = self.line.fontMetrics().horizontalAdvance("00.00.00000") + 24
        self.line.setFixedWidth(self._base_width)
        self.line.textChanged.connect(self._fit_width)
        self._expects = self.tr("Dag, måned eller bare år: 15.07.2012, 07.2012 eller 2012")
        self.line.setToolTip(self._expects)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setMinimumWidth(self.line.width() * 2)
        self.error.hide()
        self._warning = self._shown_warning = ""
        self._shown: str | None = None  # the text set_text showed, while nothing changed since
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        self.setFocusProxy(self.line)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.line.textEdited.connect(self._on_text_edited)
        self.line.editingFinished.connect(self._tidy)

    def _fit_width(self, text: str) -> None:
        """A kept text ("Juli/august 2012") is shown whole, up to about three dates wide."""
        wanted = self.line.fontMetrics().horizontalAdvance(text) + 24
        width = min(max(self._base_width, wanted), 3 * self._base_width)
        if (self.line.minimumWidth(), self.line.maximumWidth()) != (width, width):
            self.line.setFixedWidth(width)

    def set_iso(self, iso: str) -> None:
        """Show a stored date (no ``edited``)."""
        self.line.setText(format_partial_date(iso))
        self._show_error("")

    def show_date(self, record: Any, name: str) -> None:
        """Show a record's date as typed (no ``edited``): a kept text that is not a date comes
        back marked, with the sentence saying what the field expects."""
        self.set_text(date_text(record, name))

    def set_text(self, text: str) -> None:
        """Show a text as typed (no ``edited``), marked when it is not a date."""
        if self._shown == text and self.line.text() == text:
            return  # shown so already (a patient's opening shows many, most of them equal)
        if self.line.text() != text:
            self.line.setText(text)
        reading = read_date(text)
        self._show_error(reading.problem)
        if reading.kept and not reading.problem:
            self.line.setToolTip(f"{read_as(reading.iso)}\n{self._expects}")
        self._shown = text

    def store_date(self, record: T, name: str) -> T:
        """``record`` with the date field ``name`` set from the text in the field."""
        return with_typed_dates(record, **{name: self.line.text()})

    def set_warning(self, message: str) -> None:
        """Flag a readable date that does not fit (a period's end before its start); a date
        that cannot be read keeps its own message."""
        self._warning = message
        if not self.error.isHidden() and self.error.text() != self._shown_warning:
            return  # the text is not a date: that message comes first
        self._shown_warning = message
        self._show_error(message)

    def text(self) -> str:
        return self.line.text()

    def value(self, previous: str = "") -> str:
        try:
            return parse_partial_date(self.line.text())
        except ValidationError:
            return previous

    def _on_text_edited(self, _text: str) -> None:
        # While typing "15.0" a message would only nag: it appears when the user leaves the
        # field, and once shown it follows the text so that it goes away as soon as it is right.
        if self.error.isVisible():
            try:
                parse_partial_date(self.line.text())
            except ValidationError as error:
                self._show_error(str(error))
            else:
                self._show_error("")
        self.edited.emit()

    def _tidy(self) -> None:
        """When the user leaves the field: show the message, or the date the Norwegian way."""
        try:
            iso = parse_partial_date(self.line.text())
        except ValidationError as error:
            self._show_error(str(error))
            return
        self._shown_warning = self._warning
        self._show_error(self._warning)
        if read_date(self.line.text()).kept:
            return  # "Juli/august 2012" says more than 07.2012: it stays as typed
        tidy = format_partial_date(iso)
        if tidy != self.line.text():
            self.line.setText(tidy)

    def _show_error(self, message: str) -> None:
        """Each setter only on a change: a message label's new text or visibility lays the
        page out again (an opening shows a date in every field)."""
        self._shown = None  # what set_text showed no longer stands
        if self.error.text() != message:
            self.error.setText(message)
        if self.error.isHidden() == bool(message):
            self.error.setVisible(bool(message))
        set_style(self.line, error_border() if message else "")
        tip = f"{message}\n{self._expects}" if message else self._expects
        if self.line.toolTip() != tip:
            self.line.setToolTip(tip)
