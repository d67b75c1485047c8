"""«Melding til kommunen»: the assessment, the consent to notify, the notice to the KE and its
follow-up (send, reply due, overdue, reminder, reply, close) and the journal note. Every step
goes through the Qt-free store (store/notices.py), which refuses bad input with one sentence."""

from __future__ import annotations

import collections
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.records import TONE_ALERT, ValidationError
from desktop.records_process import (
    CHANNELS,
    NOTICE_DRAFT,
    NOTICE_KINDS,
    REPLY_APPOINTED,
    REPLY_OUTCOMES,
    Contact,
    Notice,
    notice_state_label,
)
from desktop.reports.journal import journal_note
from desktop.store import notices
from desktop.store.session import Session
from desktop.views.workspace.process_box import (
    ProcessBox,
    choices,
    date_text,
    error_label,
    iso_date,
)
from desktop.views.workspace.state_box import StateBox

OVERDUE_STYLE = palette.chip(TONE_ALERT, bold=True)


class NoticePage(QWidget):
    """One patient's newest notice; «Ny melding» starts one when there is none."""

    changed = Signal()  # something was recorded: the header's flags and state may differ

    def __init__(self, session: Session, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today, in_steps: bool = False) -> None:
        """``in_steps``: the page is built by iterating ``steps`` (the workspace gives the
        event loop a turn between two steps); otherwise it is built here at once."""
        super().__init__(parent)
        self.session = session
        self.today = today
        self.patient_id: int | None = None
        self.notice: Notice | None = None
        self._loading = False
        self.steps: Iterator[None] = self._building()
        if not in_steps:
            collections.deque(self.steps, maxlen=0)

    def _building(self) -> Iterator[None]:
        """The page in the order it was always made (the Tab order follows it), a part of it
        per step."""
        self.process = ProcessBox(self.session, self)
        self.process.changed.connect(self.changed)
        yield
        self.work = StateBox(self.session, self)
        self.work.changed.connect(self.changed)
        self.changed.connect(self.work.show_state)  # what was recorded changes the suggestion
        self.error = error_label(self)
        yield

        box = QGroupBox(self.tr("Melding om behov for individuell plan / koordinator"), self)
        self.state = QLabel(box)
        self.kind = QComboBox(box)
        choices(self.kind, NOTICE_KINDS)
        self.unit = QComboBox(box)
        self.channel = QComboBox(box)
        choices(self.channel, CHANNELS)
        self.services = QPlainTextEdit(box)
        self.activity = QPlainTextEdit(box)
        self.purpose = QPlainTextEdit(box)
        for edit in (self.services, self.activity, self.purpose):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
        self.suggested = [QLineEdit(box) for _ in range(3)]
        for edit, hint in zip(self.suggested, (self.tr("Navn"), self.tr("Arbeidssted"),
                                               self.tr("Telefon")), strict=True):
            edit.setPlaceholderText(hint)
        form = QFormLayout(box)
        form.addRow(self.tr("Status"), self.state)
        form.addRow(self.tr("Gjelder"), self.kind)
        form.addRow(self.tr("Mottaker (koordinerende enhet)"), self.unit)
        form.addRow(self.tr("Kanal"), self.channel)
        form.addRow(self.tr("Aktuelle tjenester og varighet"), self.services)
        form.addRow(self.tr("Pasientens aktivitet i dag"), self.activity)
        form.addRow(self.tr("Formålet med individuell plan"), self.purpose)
        form.addRow(self.tr("Forslag til koordinator"), _row(*self.suggested))
        yield

        self.new_button = QPushButton(self.tr("Ny melding"), self)
        self.new_button.clicked.connect(self.new_notice)
        self.send_date = _date_edit(self)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.clicked.connect(self.send)
        self.due = QLabel(self)
        self.reminder_date, self.reminder_how = _date_edit(self), QLineEdit(self)
        self.reminder_how.setPlaceholderText(self.tr("Hvordan (for eksempel telefon)"))
        self.remind_button = QPushButton(self.tr("Registrer purring"), self)
        self.remind_button.clicked.connect(self.remind)
        self.reply_date = _date_edit(self)
        self.outcome = QComboBox(self)
        choices(self.outcome, REPLY_OUTCOMES)
        self.outcome.setAccessibleName(self.tr("Kommunens svar"))
        self.coordinator = [QLineEdit(self) for _ in range(4)]
        hints = (self.tr("Navn"), self.tr("Arbeidssted"), self.tr("Telefon"), self.tr("E-post"))
        for edit, hint in zip(self.coordinator, hints, strict=True):
            edit.setPlaceholderText(hint)
        self.reply_note = QLineEdit(self)
        self.reply_button = QPushButton(self.tr("Registrer svar"), self)
        self.reply_button.clicked.connect(self.reply)
        self.close_button = QPushButton(self.tr("Lukk meldingen"), self)
        self.close_button.clicked.connect(self.close_notice)
        self.journal_button = QPushButton(self.tr("Kopier journalnotat"), self)
        self.journal_button.clicked.connect(self.copy_journal_note)
        self.letter_button = QPushButton(self.tr("Brevet: vis, skriv ut, lagre…"), self)
        self.letter_button.setToolTip(self.tr("Meldingen som brev på én side, med svarslipp: "
                                              "skriv den ut eller lagre den kryptert."))
        self.letter_button.clicked.connect(self.show_letter)
        self.letter: QDialog | None = None  # the open letter (views.paper.notice_letter_dialog)
        follow = QGroupBox(self.tr("Oppfølging"), self)
        steps = QFormLayout(follow)
        steps.addRow(self.tr("Sendt"), _row(self.send_date, self.send_button, self.due))
        steps.addRow(self.tr("Purring"), _row(self.reminder_date, self.reminder_how,
                                               self.remind_button))
        steps.addRow(self.tr("Svar"), _row(self.reply_date, self.outcome))
        steps.addRow(self.tr("Koordinator i kommunen"), _row(*self.coordinator))
        steps.addRow(self.tr("Merknad"), _row(self.reply_note, self.reply_button))
        steps.addRow("", _row(self.letter_button, self.close_button, self.journal_button))
        yield

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.process)
        column.addWidget(self.error)
        column.addWidget(self.new_button)
        column.addWidget(box)
        column.addWidget(follow)
        column.addWidget(self.work)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for combo in (self.kind, self.unit, self.channel):
            combo.currentIndexChanged.connect(self.save_content)
        for text in (self.services, self.activity, self.purpose):
            text.textChanged.connect(self.save_content)
        for edit in self.suggested:
            edit.editingFinished.connect(self.save_content)

    @staticmethod
    def title() -> str:
        return QApplication.translate("NoticePage", "Melding til kommunen")

    # ------------------------------------------------------------ showing

    def load(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self.process.load(patient_id)
        self.work.load(patient_id)
        self.notice = notices.newest_notice(self.session.db, patient_id)
        self._show()

    def _show(self) -> None:
        self._loading = True
        db, notice = self.session.db, self.notice or Notice()
        self.unit.clear()
        self.unit.addItem(self.tr("Ingen valgt"), None)
        for unit in notices.list_units(db):
            self.unit.addItem(f"{unit.municipality} – {unit.unit_name}", unit.id)
        self.kind.setCurrentIndex(max(0, self.kind.findData(notice.kind)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(notice.ke_id)))
        self.channel.setCurrentIndex(max(0, self.channel.findData(notice.channel)))
        self.services.setPlainText(notice.services)
        self.activity.setPlainText(notice.activity)
        self.purpose.setPlainText(notice.purpose)
        for edit, value in zip(self.suggested, (notice.suggested.name,
                                                notice.suggested.workplace,
                                                notice.suggested.phone), strict=True):
            edit.setText(value)
        self.send_date.setText(date_text(notice.sent_date))
        self.reminder_date.setText(date_text(notice.reminder_date))
        self.reminder_how.setText(notice.reminder_how)
        self.reply_date.setText(date_text(notice.reply_date))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(notice.reply_outcome)))
        reply = notice.reply_coordinator
        for edit, value in zip(self.coordinator, (reply.name, reply.workplace, reply.phone,
                                                  reply.email), strict=True):
            edit.setText(value)
        self.reply_note.setText(notice.reply_note)
        self._loading = False
        self._show_state()

    def _show_state(self) -> None:
        notice = self.notice
        self.state.setText(notice_state_label(notice) if notice else self.tr("Ingen melding"))
        draft = notice is None or notice.state == NOTICE_DRAFT
        self.send_button.setEnabled(draft)
        self.send_date.setReadOnly(not draft)
        sent = notice is not None and not draft
        for widget in (self.remind_button, self.reply_button, self.close_button):
            widget.setEnabled(sent)
        self.unit.setEnabled(draft)
        self.letter_button.setEnabled(notice is not None and notice.id is not None)
        overdue = notice is not None and notice.overdue(self.today())
        if notice is not None and notice.due_date:
            text = self.tr("Svarfrist {date}").format(date=date_text(notice.due_date))
            if overdue:
                text = self.tr("{due} – fristen er passert").format(due=text)
        else:
            text = ""
        self.due.setText(text)
        self.due.setStyleSheet(OVERDUE_STYLE if overdue else "")
        self.due.setProperty("overdue", overdue)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # ------------------------------------------------------------ steps

    def _step(self, action: Callable[[], Notice]) -> bool:
        """Run one store step; one sentence and nothing changed when it is refused."""
        try:
            self.notice = action()
        except (ValidationError, sqlite3.Error) as error:
            self.show_error(str(error))
            return False
        self.show_error("")
        self._show_state()
        self.changed.emit()
        return True

    def new_notice(self) -> None:
        if self.patient_id is None:
            return
        patient_id = self.patient_id
        if self._step(lambda: notices.save_notice(self.session.db, patient_id, Notice())):
            self._show()

    def _content(self) -> Notice:
        notice = self.notice or Notice()
        name, workplace, phone = (edit.text().strip() for edit in self.suggested)
        notice.kind, notice.ke_id = self.kind.currentData(), self.unit.currentData()
        notice.channel = self.channel.currentData()
        notice.services = self.services.toPlainText()
        notice.activity = self.activity.toPlainText()
        notice.purpose = self.purpose.toPlainText()
        notice.suggested = Contact(name, workplace, phone)
        return notice

    def save_content(self) -> None:
        if self._loading or self.patient_id is None:
            return
        patient_id, content = self.patient_id, self._content()
        if content.id is None and content == Notice(ke_id=content.ke_id):
            return  # nothing typed yet: no empty draft
        self._step(lambda: notices.save_notice(self.session.db, patient_id, content))

    def _date(self, edit: QLineEdit) -> str:
        return iso_date(edit.text()) or self.today().isoformat()

    def send(self) -> None:
        self.save_content()
        notice = self.notice
        if notice is None or notice.id is None:
            self.show_error(self.tr("Skriv meldingen før du sender den."))
            return
        by = self.session.display_name
        if self._step(lambda: notices.send_notice(self.session.db, notice.id,
                                                  self._date(self.send_date), by)):
            self.send_date.setText(date_text(self.notice.sent_date) if self.notice else "")

    def remind(self) -> None:
        if self.notice is None or self.notice.id is None:
            return
        notice_id = self.notice.id
        self._step(lambda: notices.record_reminder(
            self.session.db, notice_id, self._date(self.reminder_date),
            self.session.display_name, self.reminder_how.text()))

    def reply(self) -> None:
        if self.notice is None or self.notice.id is None:
            return
        notice_id, outcome = self.notice.id, self.outcome.currentData()
        named = Contact(*(edit.text().strip() for edit in self.coordinator))
        if not self._step(lambda: notices.record_reply(
                self.session.db, notice_id, self._date(self.reply_date), outcome, named,
                self.reply_note.text(), self.session.display_name)):
            return
        if outcome == REPLY_APPOINTED and named.name and self._confirm(self.tr(
                "Kommunen har oppnevnt {name} som koordinator. Vil du føre navnet inn som "
                "«Koordinator i kommunen» i planen og krysse av punkt 7 i sjekklisten?").format(
                name=named.name)):
            try:
                notices.apply_reply_coordinator(self.session.db, notice_id,
                                                self.session.display_name)
            except (ValidationError, sqlite3.Error) as error:
                self.show_error(str(error))
                return
            self.changed.emit()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Koordinator oppnevnt"), question)
        return answer == QMessageBox.StandardButton.Yes

    def close_notice(self) -> None:
        if self.notice is None or self.notice.id is None:
            return
        notice_id = self.notice.id
        self._step(lambda: notices.close_notice(self.session.db, notice_id,
                                                self.today().isoformat(),
                                                self.session.display_name))

    def show_letter(self) -> None:
        """The letter of the shown notice in a preview, to print or save encrypted."""
        if self.patient_id is None or self.notice is None or self.notice.id is None:
            return
        # ReportLab and the encryption load when the letter is first shown, not at start-up
        from desktop.views.paper.notice_letter_dialog import NoticeLetterDialog

        try:
            self.letter = NoticeLetterDialog(self.session, self.patient_id, self.notice.id, self)
        except ValidationError as error:
            self.show_error(str(error))
            return
        self.letter.open()

    def copy_journal_note(self) -> None:
        if self.patient_id is None:
            return
        QApplication.clipboard().setText(journal_note(self.session.db, self.patient_id))


def _date_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(QApplication.translate("NoticePage", "dd.mm.åååå (i dag)"))
    edit.setMaximumWidth(130)
    return edit


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return row
