"""Kartlegging: the life areas of one mapping (one or more per plan period), each with its
status, the patient's goal in their own words, own resources, what others can do, the need as
the patient and as the professional sees it, agreement, and a comment that asks for the reason
where the two views differ. «Lag tiltak» makes an area's need a plan row (stage *ønsket*); «Ny
kartlegging fra denne» copies the mapping and leaves the old one untouched.

Mappings are documents of their own (store/mapping.py): the page saves its mapping half a
second after the typing stops and at once when another area or mapping is picked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.records import ValidationError, format_partial_date
from desktop.records_measures import (
    AGREEMENTS,
    AREA_STATUSES,
    Mapping,
    MappingArea,
    label,
    mapping_summary,
    views_differ,
)
from desktop.store import log
from desktop.store import mapping as mappings
from desktop.store.session import Session
from desktop.views.common.style import ERROR_STYLE, HINT_STYLE
from desktop.views.workspace.partial_date_field import PartialDateField

SAVE_DELAY_MS = 500
_BOXES = ("goal", "own_resources", "others_can_do", "need_patient", "need_professional",
          "comment")


class MappingPage(QWidget):
    plan_changed = Signal()  # «Lag tiltak» added a row to the stored plan

    def __init__(self, session: Session, parent: QWidget | None = None,
                 save_delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_id: int | None = None
        self.mapping: Mapping | None = None
        self.area = -1
        self.save_plan_first: Callable[[], bool] = lambda: True  # the workspace's flush
        self._dirty = False
        self._logged = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(save_delay_ms)
        self._timer.timeout.connect(self.flush)

        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Kartlegging"))
        self.new_button = QPushButton(self.tr("Ny kartlegging"), self)
        self.copy_button = QPushButton(self.tr("Ny kartlegging fra denne"), self)
        self.copy_button.setToolTip(self.tr("Kopierer svarene til en ny kartlegging; denne "
                                            "blir stående som den er."))
        self.date = PartialDateField(self)
        self.made_by = QLineEdit(self)
        self.made_by.setPlaceholderText(self.tr("hvem som kartla sammen med pasienten"))
        self.summary = QLabel(self)
        self.areas = QListWidget(self)
        self.areas.setAccessibleName(self.tr("Livsområder"))
        self.areas.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self.status = QComboBox(self)
        for word in AREA_STATUSES:
            self.status.addItem(label(word) or self.tr("ikke kartlagt"), word)
        self.agreement = QComboBox(self)
        for word in AGREEMENTS:
            self.agreement.addItem(label(word) or self.tr("ikke avklart"), word)
        self.boxes: dict[str, QPlainTextEdit] = {}
        for key in _BOXES:
            box = QPlainTextEdit(self)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 3 + 14)
            box.textChanged.connect(self._area_edited)
            self.boxes[key] = box
        self.boxes["goal"].setPlaceholderText(self.tr("Med pasientens egne ord …"))
        self.differ = QLabel(self.tr("Pasient og fagperson ser behovet ulikt: skriv hvorfor i "
                                     "kommentaren."), self)
        self.differ.setWordWrap(True)
        self.differ.setStyleSheet(ERROR_STYLE)
        self.make_button = QPushButton(self.tr("Lag tiltak"), self)
        self.make_button.setToolTip(self.tr("Behovet blir en ny rad i planen med trinn "
                                            "«ønsket»."))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.empty = QLabel(self.tr("Ingen kartlegging ennå. «Ny kartlegging» begynner en med "
                                    "sykehusets livsområder."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self._lay_out()

        self.chooser.activated.connect(self._mapping_chosen)
        self.new_button.clicked.connect(self.new_mapping)
        self.copy_button.clicked.connect(self.copy_mapping)
        self.make_button.clicked.connect(self.make_measure)
        self.areas.currentRowChanged.connect(self._area_chosen)
        self.status.activated.connect(self._area_edited)
        self.agreement.activated.connect(self._area_edited)
        self.date.edited.connect(self._head_edited)
        self.made_by.textEdited.connect(self._head_edited)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.copy_button)
        head = QHBoxLayout()
        for text, widget in ((self.tr("&Dato"), self.date), (self.tr("&Kartlagt av"),
                                                              self.made_by)):
            caption = QLabel(text, self)
            caption.setBuddy(widget.line if isinstance(widget, PartialDateField) else widget)
            head.addWidget(caption)
            head.addWidget(widget, 1 if widget is self.made_by else 0)
        head.addWidget(self.summary)
        form = QWidget(self)
        grid = QGridLayout(form)
        captions = {"goal": self.tr("&Mål – med pasientens egne ord"),
                    "own_resources": self.tr("&Egne ressurser"),
                    "others_can_do": self.tr("&Hva andre kan gjøre"),
                    "need_patient": self.tr("Behov slik &pasienten ser det"),
                    "need_professional": self.tr("Behov slik &fagpersonen ser det"),
                    "comment": self.tr("K&ommentar")}
        places = {"goal": (2, 0, 1, 2), "own_resources": (4, 0, 1, 1),
                  "others_can_do": (4, 1, 1, 1), "need_patient": (6, 0, 1, 1),
                  "need_professional": (6, 1, 1, 1), "comment": (9, 0, 1, 2)}
        line = QHBoxLayout()
        for text, widget in ((self.tr("&Status"), self.status),
                             (self.tr("E&nighet"), self.agreement)):
            caption = QLabel(text, form)
            caption.setBuddy(widget)
            line.addWidget(caption)
            line.addWidget(widget)
        line.addStretch(1)
        line.addWidget(self.make_button)
        grid.addLayout(line, 0, 0, 1, 2)
        for key, (row, column, rows, columns) in places.items():
            caption = QLabel(captions[key], form)
            caption.setBuddy(self.boxes[key])
            grid.addWidget(caption, row - 1, column, 1, columns)
            grid.addWidget(self.boxes[key], row, column, rows, columns)
        grid.addWidget(self.differ, 7, 0, 1, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        body = QHBoxLayout()
        body.addWidget(self.areas)
        body.addWidget(scroll, 1)
        self.body = QWidget(self)
        self.body.setLayout(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Kartlegging")

    # ------------------------------------------------------------ loading

    def load(self, patient_id: int, mapping_id: int | None = None) -> None:
        """Show the patient's mappings, the newest (or ``mapping_id``) in the form."""
        self._timer.stop()
        self.patient_id = patient_id
        self._dirty = False
        self._logged = False
        self.message.clear()
        self._fill_chooser(mapping_id)

    def _fill_chooser(self, mapping_id: int | None = None) -> None:
        assert self.patient_id is not None
        found = mappings.list_mappings(self.session.db, self.patient_id)
        self.chooser.clear()
        for mapping in found:
            day = format_partial_date(mapping.date) or self.tr("uten dato")
            self.chooser.addItem(f"{day} – {mapping_summary(mapping)}", mapping.id)
        if found:
            at = self.chooser.findData(mapping_id) if mapping_id is not None else -1
            self.chooser.setCurrentIndex(at if at >= 0 else len(found) - 1)
        self._show(found[self.chooser.currentIndex()] if found else None)

    def _show(self, mapping: Mapping | None) -> None:
        self.mapping = mapping
        self._loading = True
        try:
            for widget in (self.chooser, self.copy_button, self.date, self.made_by):
                widget.setEnabled(mapping is not None)
            self.body.setVisible(mapping is not None)
            self.empty.setVisible(mapping is None)
            self.date.set_iso(mapping.date if mapping else "")
            self.made_by.setText(mapping.made_by if mapping else "")
            self.areas.clear()
            for area in mapping.areas if mapping else []:
                self.areas.addItem(self._area_line(area))
        finally:
            self._loading = False
        self.area = -1
        if mapping is not None and mapping.areas:
            self.areas.setCurrentRow(0)
        self._show_summary()

    def _area_line(self, area: MappingArea) -> str:
        return f"{area.area} ({label(area.status)})" if area.status else area.area

    def _show_area(self, area: MappingArea) -> None:
        self._loading = True
        try:
            self.status.setCurrentIndex(max(0, self.status.findData(area.status)))
            self.agreement.setCurrentIndex(max(0, self.agreement.findData(area.agreement)))
            for key, box in self.boxes.items():
                box.setPlainText(getattr(area, key))
        finally:
            self._loading = False
        self.differ.setVisible(views_differ(area) and not area.comment.strip())

    def _show_summary(self) -> None:
        self.summary.setText(mapping_summary(self.mapping) if self.mapping else "")

    # ------------------------------------------------------------ edits

    def _area_chosen(self, row: int) -> None:
        if self._loading or self.mapping is None:
            return
        self.flush()  # at once when another area is picked
        self.area = row
        if 0 <= row < len(self.mapping.areas):
            self._show_area(self.mapping.areas[row])

    def _area_edited(self, *_args: object) -> None:
        if self._loading or self.mapping is None or not 0 <= self.area < len(self.mapping.areas):
            return
        area = dataclasses.replace(
            self.mapping.areas[self.area], status=self.status.currentData(),
            agreement=self.agreement.currentData(),
            **{key: box.toPlainText() for key, box in self.boxes.items()})
        self.mapping.areas[self.area] = area
        self.areas.item(self.area).setText(self._area_line(area))
        self.differ.setVisible(views_differ(area) and not area.comment.strip())
        self._show_summary()
        self._changed()

    def _head_edited(self) -> None:
        if self._loading or self.mapping is None:
            return
        self.mapping.date = self.date.value(self.mapping.date)
        self.mapping.made_by = self.made_by.text()
        self._changed()

    def _changed(self) -> None:
        self._dirty = True
        self.message.clear()
        self._timer.start()

    def flush(self) -> bool:
        """Save the mapping now; False (and the reason shown) when it was refused."""
        self._timer.stop()
        if not self._dirty or self.mapping is None:
            return True
        try:
            with self.session.db.atomic():
                saved = mappings.save_mapping(self.session.db, self.mapping,
                                              self.session.username)
                if not self._logged:
                    self.session.log(log.CHANGE, self.patient_id, {"form": "mapping"})
        except (ValidationError, sqlite3.Error) as error:
            self._tell(str(error), error=True)
            return False
        self._dirty = False
        self._logged = True
        self.mapping.updated_at = saved.updated_at
        at = self.chooser.currentIndex()
        day = format_partial_date(saved.date) or self.tr("uten dato")
        self.chooser.setItemText(at, f"{day} – {mapping_summary(saved)}")
        return True

    def _tell(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)

    # ------------------------------------------------------------ actions

    def _mapping_chosen(self, index: int) -> None:
        if not self.flush():
            return
        mapping_id = self.chooser.itemData(index)
        self._show(mappings.get_mapping(self.session.db, mapping_id))

    def new_mapping(self) -> None:
        if self.patient_id is None or not self.flush():
            return
        fresh = mappings.new_mapping(self.session.db, self.patient_id,
                                     date=dt.date.today().isoformat(),
                                     made_by=self.session.display_name)
        self._save_new(lambda: mappings.save_mapping(self.session.db, fresh,
                                                     self.session.username))

    def copy_mapping(self) -> None:
        if self.mapping is None or self.mapping.id is None or not self.flush():
            return
        old_id = self.mapping.id
        self._save_new(lambda: mappings.copy_mapping(
            self.session.db, old_id, date=dt.date.today().isoformat(),
            made_by=self.session.display_name, user=self.session.username))

    def _save_new(self, make: Callable[[], Mapping]) -> None:
        try:
            with self.session.db.atomic():
                made = make()
                self.session.log(log.CHANGE, self.patient_id, {"form": "mapping"})
        except (ValidationError, sqlite3.Error) as error:
            self._tell(str(error), error=True)
            return
        self._fill_chooser(made.id)

    def make_measure(self) -> None:
        """«Lag tiltak»: the current area's need becomes a plan row with stage *ønsket*."""
        if self.mapping is None or self.mapping.id is None or self.area < 0:
            return
        if not self.flush() or not self.save_plan_first():
            return
        try:
            with self.session.db.atomic():
                mappings.make_measure(self.session.db, self.mapping.id, self.area,
                                      date=dt.date.today().isoformat())
                self.session.log(log.CHANGE, self.patient_id, {"form": "plan"})
        except (ValidationError, sqlite3.Error) as error:
            self._tell(str(error), error=True)
            return
        self._tell(self.tr("Tiltaket står nå som ny rad i planen, med trinn «ønsket»."))
        self.plan_changed.emit()
