"""The access log for administrators: filters by patient, user, period and kind, nødtilgang
and administrators giving themselves departments highlighted, a warning when the log's chain
is broken, and the innsyn PDF for one patient."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.store import audit, log
from desktop.store.patients import find_patient
from desktop.store.session import Session, as_session
from desktop.views.common.file_dialogs import save_file_name
from desktop.views.common.wheel_guard import guard_wheel

EMERGENCY_BACKGROUND = QColor(palette.EMERGENCY_ROW)
LIMIT = 2000


class LogView(QDialog):
    COL_TIME, COL_USER, COL_KIND, COL_PATIENT, COL_DETAIL = range(5)

    def __init__(self, session: Session | sqlite_utils.Database,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        db = self.db = self.session.db
        self.setWindowTitle(self.tr("Tilgangslogg – Individuell plan"))
        self.resize(1100, 640)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"background: {palette.EMERGENCY_STRONG}; "
                                   f"color: {palette.WHITE}; font-weight: 600; padding: 8px;")
        faults = audit.chain_faults(db)
        self.warning.setText(self.tr("Tilgangsloggen er endret eller har fått oppføringer "
                                     "slettet. Meld fra til personvernombudet.\n") +
                             "\n".join(faults[:5]))
        self.warning.setVisible(bool(faults))

        self.patient = QLineEdit(self)
        self.patient.setPlaceholderText(self.tr("id eller fødselsnummer"))
        self.user = QComboBox(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Alle hendelser"), None)
        self.kind.addItem(audit.kind_label(log.EMERGENCY), (log.EMERGENCY,))
        self.kind.addItem(audit.kind_label(log.SELF_GRANT), (log.SELF_GRANT,))
        self.kind.addItem(self.tr("Innlogging og låsing"),
                          (log.LOGIN, log.LOGIN_FAILED, log.LOGOUT, log.LOCK))
        for kind in log.KINDS:
            if kind not in (log.EMERGENCY, log.SELF_GRANT):
                self.kind.addItem(audit.kind_label(kind), (kind,))
        self.use_period = QCheckBox(self.tr("Periode"), self)
        self.start = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.end = QDateEdit(QDate.currentDate(), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        guard_wheel(self)  # the wheel never changes a filter or a date by accident
        self.search_button = QPushButton(self.tr("Vis"), self)
        self.innsyn_button = QPushButton(self.tr("Innsyn for pasienten (PDF)…"), self)
        self.search_button.clicked.connect(self.refresh)
        self.patient.returnPressed.connect(self.refresh)
        self.innsyn_button.clicked.connect(self.save_innsyn)
        for signal in (self.user.currentIndexChanged, self.kind.currentIndexChanged,
                       self.use_period.toggled, self.start.dateChanged, self.end.dateChanged):
            signal.connect(self.refresh)

        filters = QGridLayout()
        for column, (text, field) in enumerate(((self.tr("Pasient"), self.patient),
                                                (self.tr("Bruker"), self.user),
                                                (self.tr("Hendelse"), self.kind))):
            label = QLabel(text, self)
            label.setBuddy(field)  # Alt+letter and the screen reader's name
            filters.addWidget(label, 0, 2 * column)
            filters.addWidget(field, 0, 2 * column + 1)
        self.start.setAccessibleName(self.tr("Periode fra"))
        self.end.setAccessibleName(self.tr("Periode til"))
        filters.addWidget(self.use_period, 1, 0)
        filters.addWidget(self.start, 1, 1)
        filters.addWidget(QLabel("–", self), 1, 2)
        filters.addWidget(self.end, 1, 3)
        filters.addWidget(self.search_button, 1, 4)
        filters.addWidget(self.innsyn_button, 1, 5)

        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Logg"))
        self.table.setHorizontalHeaderLabels([self.tr("Tidspunkt"), self.tr("Bruker"),
                                              self.tr("Hendelse"), self.tr("Pasient"),
                                              self.tr("Detaljer")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._fill_users()
        self.refresh()

    def _fill_users(self) -> None:
        self.user.blockSignals(True)
        self.user.addItem(self.tr("Alle brukere"), None)
        for name in audit.log_users(self.db):
            self.user.addItem(name, name)
        self.user.blockSignals(False)

    def patient_id(self) -> int | None:
        """The patient filter; None when empty; -1 when the text names no patient."""
        text = self.patient.text().strip()
        if not text:
            return None
        patient = find_patient(self.db, text)
        return patient.id if patient else -1

    def filters(self) -> dict:
        period = self.use_period.isChecked()
        return {"patient_id": self.patient_id(), "user": self.user.currentData(),
                "kinds": self.kind.currentData(),
                "start": self.start.date().toPython() if period else None,
                "end": self.end.date().toPython() if period else None}

    def refresh(self) -> None:
        chosen = self.filters()
        rows = audit.search_log(self.db, limit=LIMIT, **chosen)
        total = audit.count_log(self.db, **chosen)
        self.table.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for index, row in enumerate(rows):
            who = f"{row.user_name} ({row.user})" if row.user_name else row.user
            patient = f"{row.patient_name} ({row.patient_id})" if row.patient_id else ""
            when = dt.datetime.fromisoformat(row.at).strftime("%d.%m.%Y %H:%M:%S")
            for column, text in enumerate((when, who, audit.kind_label(row.kind), patient,
                                           row.detail)):
                item = QTableWidgetItem(text)
                if row.is_flagged:
                    item.setBackground(QBrush(EMERGENCY_BACKGROUND))
                    item.setFont(bold)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.innsyn_button.setEnabled(chosen["patient_id"] not in (None, -1))
        if chosen["patient_id"] == -1:
            self.status.setText(self.tr("Fant ingen pasient med den id-en eller det "
                                        "fødselsnummeret."))
        elif total > len(rows):
            self.status.setText(self.tr("Viser de {shown} nyeste av {total} oppføringer.").format(
                shown=len(rows), total=total))
        else:
            self.status.setText(self.tr("{total} oppføringer.").format(total=total))

    def save_innsyn(self) -> None:
        from desktop.reports.access_report import save_access_report

        patient_id = self.patient_id()
        if patient_id in (None, -1):
            return
        name = save_file_name(self, self.tr("Lagre innsyn"), f"innsyn-{patient_id}.pdf",
                              "PDF (*.pdf)")
        if not name:
            return
        try:
            save_access_report(self.session, patient_id, Path(name))
        except ValueError as error:  # DeliveryFailed: one sentence, nothing left behind
            QMessageBox.warning(self, self.tr("Ikke lagret"), str(error))
            return
        self.refresh()
