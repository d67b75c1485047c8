"""Møter: the patient's meetings in a list (a late invitation flagged), and the chosen one in a
form: kind, time, place or video, invited and present (from the participants), agenda,
minutes, agreed actions (what, who, by when) and the next meeting. Saved like the forms
(record_editor.py): a moment after typing stops, and at once when another meeting or patient
is chosen. Inviting a person the patient has reserved against asks for a reason, which is
logged; without one the person is not invited and the rest is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.records import ValidationError, format_partial_date
from desktop.records_people import (
    MEETING_KINDS,
    Meeting,
    MeetingAction,
    format_moment,
    meeting_kind_label,
)
from desktop.store import meetings, participants
from desktop.store.session import Session
from desktop.views.workspace.record_editor import SAVE_DELAY_MS, RecordEditor

_ACTION_ROWS = 6  # empty rows are left out when saving


class MeetingsPage(RecordEditor):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 save_delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(session, parent, save_delay_ms)
        self._meetings: list[Meeting] = []

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Møter"))
        self.list.currentRowChanged.connect(self._row_chosen)
        self.kind = QComboBox(self)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(10)
        for kind in MEETING_KINDS:
            self.kind.addItem(meeting_kind_label(kind), kind)
        self.starts_at = QLineEdit(self)
        self.starts_at.setPlaceholderText(self.tr("dd.mm.åååå tt:mm"))
        self.place = QLineEdit(self)
        self.video = QCheckBox(self.tr("Videomøte"), self)
        self.invitation_sent = QLineEdit(self)
        self.invitation_sent.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.next_meeting = QLineEdit(self)
        self.next_meeting.setPlaceholderText(self.tr("dd.mm.åååå tt:mm"))
        self.invited = QListWidget(self)
        self.present = QListWidget(self)
        self.agenda = QPlainTextEdit(self)
        self.minutes = QPlainTextEdit(self)
        self.action_rows = QTableWidget(_ACTION_ROWS, 3, self)
        self.action_rows.setHorizontalHeaderLabels([self.tr("Hva er avtalt"), self.tr("Hvem"),
                                                self.tr("Innen (dato)")])
        self.action_rows.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.action_rows.verticalHeader().hide()
        self.late = QLabel(self)
        self.late.setStyleSheet(palette.ERROR_STYLE)

        grid = QGridLayout()
        cells: list[tuple[str, QWidget]] = [
            (self.tr("&Møte"), self.kind), (self.tr("&Tid"), self.starts_at),
            (self.tr("&Sted"), self.place), (self.tr("Innkalling &sendt"), self.invitation_sent),
            (self.tr("&Neste møte"), self.next_meeting)]
        for n, (text, field) in enumerate(cells):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, n // 2, (n % 2) * 2)
            grid.addWidget(field, n // 2, (n % 2) * 2 + 1)
        grid.addWidget(self.video, 2, 3)
        boxes = QHBoxLayout()  # four equal columns: who, and what was said
        for text, field in ((self.tr("Invitert"), self.invited),
                            (self.tr("Til stede"), self.present),
                            (self.tr("Saksliste"), self.agenda),
                            (self.tr("Referat"), self.minutes)):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setMinimumWidth(40)  # the window must still fit a small screen
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(field, 1)
            boxes.addLayout(column, 1)
        actions_label = QLabel(self.tr("Avtalte tiltak"), self)
        actions_label.setBuddy(self.action_rows)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.watch(self.kind, self.starts_at, self.place, self.video, self.invitation_sent,
                   self.next_meeting, self.invited, self.present, self.agenda, self.minutes,
                   self.action_rows)
        self.lay_out([(self.list, 1), grid, (boxes, 3), actions_label, (self.action_rows, 2)],
                     self.tr("Nytt møte"), self.tr("Slett møtet"))
        self.button_row.addWidget(self.late, 1)
        self._open(None)

    def title(self) -> str:
        return self.tr("Møter")

    # ------------------------------------------------------------ RecordEditor

    def _reread(self) -> None:
        """Reread the meetings and participants; what is typed or ticked in the form stays."""
        assert self.patient_id is not None
        ticked = {id(box): self._checked(box) for box in (self.invited, self.present)}
        self._meetings = meetings.list_meetings(self.session.db, self.patient_id)
        self.list.clear()
        for meeting in self._meetings:
            text = f"{self._when(meeting.starts_at)}  {meeting_kind_label(meeting.kind)}"
            if meeting.place:
                text += f" – {meeting.place}"
            if meeting.invitation_late:
                text += "  " + self.tr("(innkalling sendt mindre enn 7 dager før)")
            self.list.addItem(text)
        people = participants.list_participants(self.session.db, self.patient_id)
        for box in (self.invited, self.present):
            box.clear()
            for person in people:
                item = QListWidgetItem(person.name, box)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = person.id in ticked[id(box)]
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            box.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._show_late()

    def _select(self, record_id: int | None) -> None:
        self.list.setCurrentRow(next((i for i, m in enumerate(self._meetings)
                                      if m.id == record_id), -1))

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self._meetings):
            self.choose(self._meetings[row].id)

    def _fill_record(self, record_id: int | None) -> None:
        meeting = next((m for m in self._meetings if m.id == record_id), Meeting())
        self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
        self.starts_at.setText(format_moment(meeting.starts_at))
        self.place.setText(meeting.place)
        self.video.setChecked(meeting.video)
        self.invitation_sent.setText(format_partial_date(meeting.invitation_sent))
        self.next_meeting.setText(format_moment(meeting.next_meeting))
        self.agenda.setPlainText(meeting.agenda)
        self.minutes.setPlainText(meeting.minutes)
        for box, chosen in ((self.invited, meeting.invited), (self.present, meeting.present)):
            for n in range(box.count()):
                item = box.item(n)
                on = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.action_rows.setRowCount(max(_ACTION_ROWS, len(meeting.actions) + 2))
        for row in range(self.action_rows.rowCount()):
            action = meeting.actions[row] if row < len(meeting.actions) else MeetingAction()
            for column, text in enumerate((action.what, action.who,
                                           format_partial_date(action.due))):
                self.action_rows.setItem(row, column, QTableWidgetItem(text))
        self._show_late()

    def _show_late(self) -> None:
        meeting = next((m for m in self._meetings if m.id == self.editing), None)
        self.late.setText(self.tr("Innkallingen ble sendt mindre enn 7 dager før møtet.")
                          if meeting is not None and meeting.invitation_late else "")

    def _checked(self, box: QListWidget) -> list[int]:
        return [box.item(n).data(Qt.ItemDataRole.UserRole) for n in range(box.count())
                if box.item(n).checkState() == Qt.CheckState.Checked]

    def _meeting(self) -> Meeting:
        actions = []
        for row in range(self.action_rows.rowCount()):
            cells = [self.action_rows.item(row, c) for c in range(3)]
            what, who, due = (cell.text() if cell else "" for cell in cells)
            actions.append(MeetingAction(what=what, who=who, due=due))
        return Meeting(id=self.editing, patient_id=self.patient_id,
                       kind=self.kind.currentData(), starts_at=self.starts_at.text(),
                       place=self.place.text(), video=self.video.isChecked(),
                       invited=self._checked(self.invited), present=self._checked(self.present),
                       agenda=self.agenda.toPlainText(), minutes=self.minutes.toPlainText(),
                       actions=actions, next_meeting=self.next_meeting.text(),
                       invitation_sent=self.invitation_sent.text())

    def _blank(self) -> bool:
        meeting = self._meeting()
        return not (meeting.starts_at.strip() or meeting.place.strip() or meeting.agenda.strip()
                    or meeting.minutes.strip() or meeting.next_meeting.strip()
                    or meeting.invitation_sent.strip() or meeting.invited or meeting.present
                    or any(a.what.strip() or a.who.strip() or a.due.strip()
                           for a in meeting.actions))

    def _store(self) -> int | None:
        meeting = self._meeting()
        before = next((m for m in self._meetings if m.id == meeting.id), None)
        reasons: dict[int, str] = {}
        reserved = {p.id: p.name for p in
                    participants.reserved_participants(self.session.db, self.patient_id or 0)}
        refused: list[str] = []
        for pid in list(meeting.invited):
            if pid in reserved and not (before and pid in before.invited):
                answer = self.ask_reason(self.tr(
                    "Pasienten har reservert seg mot at {name} blir invitert. Skriv en "
                    "begrunnelse for å invitere likevel.").format(name=reserved[pid]))
                if answer and answer.strip():
                    reasons[pid] = answer
                    continue
                meeting.invited.remove(pid)  # no reason: not invited, the rest is saved
                refused.append(reserved[pid])
                with self.quietly():
                    self._tick(self.invited, pid, False)
        try:
            saved = meetings.save_meeting(self.session, meeting, reasons)
        except ValidationError as error:
            self._show(str(error), error=True)
            return None
        if refused:
            self._show(self.tr("{names} er ikke invitert: pasienten har reservert seg, og ingen "
                               "begrunnelse ble skrevet.").format(names=", ".join(refused)),
                       error=True)
        return saved.id

    def _tick(self, box: QListWidget, person_id: int, on: bool) -> None:
        for n in range(box.count()):
            if box.item(n).data(Qt.ItemDataRole.UserRole) == person_id:
                box.item(n).setCheckState(Qt.CheckState.Checked if on else
                                          Qt.CheckState.Unchecked)

    def _delete(self, record_id: int) -> None:
        meetings.delete_meeting(self.session, record_id)
        self._show(self.tr("Møtet er slettet."))

    def _when(self, iso: str) -> str:
        """14.03.2026 kl. 13:00 in the user's language (or only the date)."""
        day, _, time = iso.partition("T")
        if not time:
            return format_partial_date(day)
        return self.tr("{date} kl. {time}").format(date=format_partial_date(day), time=time)
