"""Above the patient list: the quick filters (Forfalt, Innen 14 dager, Venter svar fra
kommunen, Mine) and the quiet line of what is due ("3 frister er forfalt, 5 forfaller innen 14
dager"; a click opens the Frister view)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.models import background
from desktop.store.list_filters import ListFilter
from desktop.store.patient_query import PatientQuery


class DeadlinesBar(QWidget):
    """Emits ``filter_changed(ListFilter)`` when a quick filter is switched and
    ``overview_requested`` when the line of what is due is clicked."""

    filter_changed = Signal(object)
    overview_requested = Signal()

    def __init__(self, query: PatientQuery, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._query = query
        self._today = today
        self.overdue = self._toggle(self.tr("Forfalt"),
                                    self.tr("Bare pasienter med en frist som er gått ut"))
        self.soon = self._toggle(self.tr("Innen 14 dager"),
                                 self.tr("Bare pasienter med en frist innen 14 dager "
                                         "(forfalte tas med)"))
        self.reply = self._toggle(self.tr("Venter svar fra kommunen"),
                                  self.tr("Bare pasienter der meldingen til kommunen er sendt "
                                          "og svaret ikke kommet"))
        self.mine = self._toggle(self.tr("Mine"),
                                 self.tr("Bare pasienter der jeg er koordinator i "
                                         "spesialisthelsetjenesten eller deltaker (valgt "
                                         "blant brukerne, eller skrevet med navnet mitt)"))
        self._my_name = query.session.display_name if query.session.user else ""
        self.mine.setVisible(bool(self._my_name))
        self._asked = 0  # the summary's questions, so a late answer to an old one is dropped
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Frister"))
        self.summary.setToolTip(self.tr("Åpne fristoversikten (Ctrl+D)"))
        self.summary.linkActivated.connect(lambda _link: self.overview_requested.emit())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.overdue, self.soon, self.reply, self.mine):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(buttons)
        column.addWidget(self.summary)
        self.refresh_summary()

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(False)
        button.toggled.connect(self._changed)
        return button

    def current_filter(self) -> ListFilter:
        return ListFilter(overdue=self.overdue.isChecked(), soon=self.soon.isChecked(),
                          awaiting_reply=self.reply.isChecked(),
                          mine=self._my_name if self.mine.isChecked() else "",
                          username=self._query.session.username if self.mine.isChecked()
                          else "",
                          today=self._today())

    def _changed(self, _checked: bool) -> None:
        self.filter_changed.emit(self.current_filter())

    def refresh_summary(self) -> None:
        """Count again (one indexed query on the precomputed column; in the background when
        it outgrows the window's budget, at a million patients)."""
        query, today = self._query, self._today()
        self._asked += 1
        asked = self._asked
        now, answer = background.soon(
            query.db, lambda db: (asked, query.on(db).deadline_counts(today)),
            self._show_summary)
        if now:
            self._show_summary(answer)

    def _show_summary(self, answer: tuple[int, tuple[int, int]]) -> None:
        asked, (overdue, soon) = answer
        if asked != self._asked:  # counted for an older question
            return
        if not overdue and not soon:
            self.summary.setText(self.tr("Ingen frister de neste 14 dagene"))
            return
        parts = []
        if overdue:
            parts.append(self.tr("1 frist er forfalt") if overdue == 1
                         else self.tr("{n} frister er forfalt").format(n=overdue))
        if soon:
            parts.append(self.tr("1 forfaller innen 14 dager") if soon == 1
                         else self.tr("{n} forfaller innen 14 dager").format(n=soon))
        self.summary.setText(f'<a href="frister">{", ".join(parts)}</a>')
