"""Rapporter → Indikatorer: the year's IP indicators per tertial and report category, one table
per indicator with its definition under it, a bar chart of one indicator, footnotes, and the
report on paper, as CSV, as FHIR MeasureReports, or summed from other ward PCs' files.

The counting is ``reports.indicators.count``; this window only chooses, shows and saves. A user
sees their own departments; an administrator all of them (counts only, never a patient).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.reports import indicators as ind
from desktop.store import departments as department_list
from desktop.store.session import Session
from desktop.store.user_prefs import get_pref, set_pref
from desktop.views.common.file_dialogs import open_file_names, save_file_name
from desktop.views.common.style import ERROR_STYLE
from desktop.views.reports.indicator_counting import IndicatorCount, database_file
from desktop.views.reports.indicator_tables import IndicatorTables

NOTES_DELAY_MS = 500  # footnotes are saved when typing pauses, like every form field


def choose_open_paths(parent: QWidget, title: str) -> list[str]:
    """Ask for MeasureReport files to merge; [] when cancelled. Tests replace this."""
    return open_file_names(parent, title, str(Path.home()), "FHIR (*.json)")


def choose_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str:
    """Ask where to save; "" when cancelled. Tests replace this."""
    return save_file_name(parent, title, suggested, pattern)


class IndicatorsWindow(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session, self.db = session, session.db
        self.setWindowTitle(self.tr("Indikatorer for individuell plan"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.allowed = ind.visible_departments(session.user)  # None: every department
        self.report: ind.Report | None = None
        self.merged_from: list[str] = []  # files of "Slå sammen rapporter"
        self._count: IndicatorCount | None = None  # the count running off the UI thread
        year = (today or dt.date.today()).year

        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("År"))
        self.tertial_boxes = []
        for tertial in ind.TERTIALS:
            box = QCheckBox(f"T{tertial}", self)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Tertial {n}").format(n=tertial))
            self.tertial_boxes.append(box)
        self.indicator = QComboBox(self)
        self.indicator.addItem(self.tr("Alle indikatorer"), "")
        for key, name in ind.INDICATORS.items():
            self.indicator.addItem(f"{key} {ind.translate('indicators', name)}", key)
        self.indicator.setAccessibleName(self.tr("Indikator"))
        self.department = QComboBox(self)
        self.department.setAccessibleName(self.tr("Avdeling"))
        self._fill_departments()
        self.show_small = QCheckBox(self.tr("Vis små tall"), self)
        self.show_small.setToolTip(self.tr(
            "Tall under {n} vises som «<{n}» så ingen pasient kan kjennes igjen. Utskrift og "
            "CSV følger valget; FHIR-filen til regionen har alltid de nøyaktige tallene.")
            .format(n=ind.SUPPRESS_BELOW))

        choices = QHBoxLayout()
        for label, widget in ((self.tr("&År:"), self.year), (None, None),
                              (self.tr("&Indikator:"), self.indicator),
                              (self.tr("A&vdeling:"), self.department)):
            if widget is None:
                tertials = QLabel(self.tr("Tertial:"), self)
                choices.addWidget(tertials)
                for box in self.tertial_boxes:
                    choices.addWidget(box)
                continue
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            choices.addWidget(caption)
            choices.addWidget(widget)
        choices.addWidget(self.show_small)
        choices.addStretch(1)

        self.source_line = QLabel(self)
        self.source_line.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.tables_host = IndicatorTables(self)
        self.tables_host.built.connect(self._tables_built)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its tables, which it scrolls to
        scroll.setAccessibleName(self.tr("Tabeller"))
        scroll.setWidget(self.tables_host)

        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Merknader til rapporten"))
        self.notes.setPlaceholderText(self.tr(
            "Merknader som skrives ut under tabellene, for eksempel om et tall er foreløpig."))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        notes_label = QLabel(self.tr("&Merknader:"), self)
        notes_label.setBuddy(self.notes)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self._save_notes)

        self.chart_indicator = QComboBox(self)
        for key, name in ind.INDICATORS.items():
            self.chart_indicator.addItem(f"{key} {ind.translate('indicators', name)}", key)
        self.chart_indicator.setCurrentIndex(1)  # I2, the region's headline figure
        self.chart_indicator.setAccessibleName(self.tr("Indikator i diagrammet"))
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.tertial_axis = QBarCategoryAxis(self.chart)
        self.count_axis = QValueAxis(self.chart)
        self.count_axis.setLabelFormat("%d")
        self.chart.addAxis(self.tertial_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # whole category names
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(self.fontMetrics().averageCharWidth() * 45)
        self.chart_view.setAccessibleName(self.tr("Søylediagram"))
        self.chart_note = QLabel(self)
        self.chart_note.setWordWrap(True)
        chart_label = QLabel(self.tr("&Diagram:"), self)
        chart_label.setBuddy(self.chart_indicator)
        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(8, 0, 0, 0)
        chart_row = QHBoxLayout()
        chart_row.addWidget(chart_label)
        chart_row.addWidget(self.chart_indicator, 1)
        chart_layout.addLayout(chart_row)
        chart_layout.addWidget(self.chart_view, 1)
        chart_layout.addWidget(self.chart_note)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(notes_label)
        left_layout.addWidget(self.notes)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(chart_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.print_button = QPushButton(self.tr("&Skriv ut…"), self)
        self.pdf_button = QPushButton(self.tr("Lagre som &PDF…"), self)
        self.csv_button = QPushButton(self.tr("Lagre som &CSV…"), self)
        self.fhir_button = QPushButton(self.tr("Lagre for &regionen (FHIR)…"), self)
        self.merge_button = QPushButton(self.tr("Slå sammen &rapporter…"), self)
        self.close_button = QPushButton(self.tr("Lukk"), self)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.csv_button, self.fhir_button,
                       self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.source_line)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.year.valueChanged.connect(self.refresh)
        for box in self.tertial_boxes:
            box.toggled.connect(self.refresh)
        self.indicator.currentIndexChanged.connect(self.refresh)
        self.department.currentIndexChanged.connect(self.refresh)
        self.show_small.toggled.connect(self._suppress_changed)
        self.chart_indicator.currentIndexChanged.connect(self.draw_chart)
        self.notes.textChanged.connect(self._notes_timer.start)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        self.fhir_button.clicked.connect(self.save_fhir)
        self.merge_button.clicked.connect(self.merge_files)
        self.close_button.clicked.connect(self.close)
        self.resize(1200, 760)
        self.refresh()

    # ------------------------------------------------------------ choosing

    def _fill_departments(self) -> None:
        if self.allowed is None:
            # the department list (today's names), not a scan of every event
            found = [d.name for d in department_list.list_departments(self.db)]
            self.department.addItem(self.tr("Alle avdelinger"), None)
            for name in found:
                self.department.addItem(name, (name,))
        else:
            self.department.addItem(self.tr("Mine avdelinger"), self.allowed)
            for name in self.allowed:
                self.department.addItem(name, (name,))

    def tertials(self) -> tuple[int, ...]:
        return tuple(t for t, box in zip(ind.TERTIALS, self.tertial_boxes, strict=True)
                     if box.isChecked())

    def suppress(self) -> bool:
        return not self.show_small.isChecked()

    def refresh(self) -> None:
        """Count again with the current choices (the merged files are left)."""
        self.merged_from = []
        self._set_choices_enabled(True)
        tertials = self.tertials()
        if not tertials:
            self._cancel_count()
            self._set_counting(False)
            self.report = None
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Velg minst ett tertial."))
            self._show_tables()
            return
        chosen = self.indicator.currentData()
        choices = (self.year.value(), tertials, (chosen,) if chosen else tuple(ind.INDICATORS),
                   self.department.currentData())
        self.notes.blockSignals(True)
        self.notes.setPlainText(self._stored_notes().get(str(self.year.value()), ""))
        self.notes.blockSignals(False)
        self._cancel_count()
        path = database_file(self.db)
        if path is None:  # an in-memory database has no second connection
            self._counted(ind.count(self.db, *choices), at_once=True)
            return
        self._count = IndicatorCount(path, *choices)
        self._count.counted.connect(self._counted)
        self._count.failed.connect(self._count_failed)  # methods: gone with the window
        self._set_counting(True)
        self._count.start()

    @property
    def counting(self) -> bool:
        """A count is running or its tables are still being laid out; the window stays usable
        and a new choice supersedes it."""
        return self._count is not None or self.tables_host.building

    @property
    def tables(self) -> dict[str, QTableView]:
        """Every table shown, by indicator (I8's parts as "I8:label"), in reading order."""
        return self.tables_host.tables

    def _cancel_count(self) -> None:
        if self._count is not None:
            self._count.cancel()
            self._count = None

    def _set_counting(self, busy: bool) -> None:
        if not busy:
            self._count = None
        for button in (self.print_button, self.pdf_button, self.csv_button, self.fhir_button):
            button.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Teller …"))
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _count_failed(self, text: str) -> None:
        self._set_counting(False)
        self._fail(text)

    def _counted(self, report: ind.Report, at_once: bool = False) -> None:
        self._set_counting(False)
        self.report = report
        chosen = self.indicator.currentData()
        if chosen:  # the chart follows a single chosen indicator
            self.chart_indicator.blockSignals(True)
            self.chart_indicator.setCurrentIndex(self.chart_indicator.findData(chosen))
            self.chart_indicator.blockSignals(False)
        self.message.setText("")
        self._show_tables(at_once)

    def _set_choices_enabled(self, enabled: bool) -> None:
        for widget in (self.year, self.indicator, self.department, *self.tertial_boxes):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------ showing

    def _show_tables(self, at_once: bool = False) -> None:
        report = self.report
        if report is not None and self.merged_from:
            self.source_line.setText(self.tr("Summen av {n} filer: {names}").format(
                n=len(self.merged_from), names=", ".join(self.merged_from)))
        elif report is not None:
            self.source_line.setText(self._scope_line(report))
        self.tables_host.show_report(report, self.suppress(), at_once)

    def _tables_built(self) -> None:
        self._tab_order()
        self.draw_chart()

    def _suppress_changed(self) -> None:
        self.tables_host.set_suppress(self.suppress())
        self.draw_chart()

    def _tab_order(self) -> None:
        """Tab walks the window as it reads: the choices, the tables (made anew with each
        count), the footnotes, the chart, the buttons."""
        chain = [self.year, *self.tertial_boxes, self.indicator, self.department,
                 self.show_small, *self.tables.values(), self.notes, self.chart_indicator,
                 self.chart_view, self.print_button, self.pdf_button, self.csv_button,
                 self.fhir_button, self.merge_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _scope_line(self, report: ind.Report) -> str:
        departments = (self.tr("alle avdelinger") if report.departments is None
                       else ", ".join(report.departments))
        line = self.tr("{year}, {departments}. En pasient telles under avdelingen pasienten "
                       "tilhørte da det skjedde.").format(year=report.year,
                                                          departments=departments)
        if ind.NO_TERTIAL in report.columns:
            line += " " + self.tr("«uten tertial»: datoer med bare år.")
        return line

    def draw_chart(self) -> None:
        """Bars of the chosen indicator: one set per report category, grouped by tertial."""
        self.chart.removeAllSeries()
        key = self.chart_indicator.currentData()
        report = self.report
        if report is None or key not in report.tables:
            self.chart.setTitle(self.tr("Indikatoren er ikke valgt."))
            self.chart_note.setText("")
            return
        table = report.tables[key]
        self.chart.setTitle(f"{key} {ind.translate('indicators', ind.INDICATORS[key])} "
                            f"{report.year}")
        series = QBarSeries()
        suppress, hidden, highest = self.suppress(), 0, 0
        for category in ind.CATEGORIES:
            bars = QBarSet(category)
            for tertial in report.columns:
                n = table.count(category, tertial)
                if suppress and 0 < n < ind.SUPPRESS_BELOW:
                    n, hidden = 0, hidden + 1
                bars.append(n)
                highest = max(highest, n)
            series.append(bars)
        self.chart.addSeries(series)
        self.tertial_axis.clear()
        self.tertial_axis.append([ind.column_label(t) for t in report.columns])
        self.count_axis.setRange(0, max(highest, 1))
        if highest < 5:  # whole numbers only: one tick per count, never "0, 0, 0, 1"
            self.count_axis.setTickCount(max(highest, 1) + 1)
        else:
            self.count_axis.applyNiceNumbers()
        series.attachAxis(self.tertial_axis)
        series.attachAxis(self.count_axis)
        self.chart_note.setText(self.tr(
            "Små tall (under {n}) er ikke tegnet.").format(n=ind.SUPPRESS_BELOW)
            if hidden else "")

    # ------------------------------------------------------------ footnotes

    def _stored_notes(self) -> dict:
        return get_pref(self.session, "indicator_notes")

    def _save_notes(self) -> None:
        if self.merged_from:
            return  # a merged report's notes are not the year's own
        notes = self._stored_notes()
        notes[str(self.year.value())] = self.notes.toPlainText()
        set_pref(self.session, "indicator_notes", notes)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._cancel_count()
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._save_notes()
        super().closeEvent(event)

    # ------------------------------------------------------------ paper and files

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def _target(self, title: str, name: str, suffix: str, pattern: str) -> Path | None:
        path = choose_save_path(self, title, str(Path.home() / name), pattern)
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == suffix else target.with_name(
            target.name + suffix)

    def _base_name(self) -> str:
        assert self.report is not None
        return self.tr("indikatorer-{year}").format(year=self.report.year)

    def pdf_bytes(self) -> bytes:
        from desktop.i18n import source_language
        from desktop.reports.indicator_print import render_indicator_report
        from desktop.store import settings as stored

        assert self.report is not None
        with source_language():
            return render_indicator_report(self.report, self.suppress(),
                                           self.notes.toPlainText(), stored.get_logo(self.db))

    def _save(self, title: str, suffix: str, pattern: str, write, done: str = "") -> None:
        """Ask where, then ``write(report, target)`` through the outbox (the log entry commits
        before the file gets its name); one sentence either way."""
        from desktop.store.outbox import DeliveryFailed

        if self.report is None:
            return
        target = self._target(title, self._base_name() + suffix, suffix, pattern)
        if target is None:
            return
        try:
            write(self.report, target)
        except DeliveryFailed as failed:
            self._fail(str(failed))
            return
        self._done((done or self.tr("Lagret i {path}.")).format(path=target))

    def save_pdf(self) -> None:
        from desktop.reports.indicator_print import save_indicator_report

        self._save(self.tr("Lagre rapporten som PDF"), ".pdf", "PDF (*.pdf)",
                   lambda report, target: save_indicator_report(
                       self.session, report, target, self.suppress(), self.notes.toPlainText()))

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from desktop.store.log import PRINT
        from desktop.views.paper.print_dialog import print_pages, run_print_dialog

        if self.report is None:
            return
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.pdf_bytes()))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.windowTitle())
        if not run_print_dialog(printer, self):
            return
        if print_pages(document, printer) == 0:
            self._fail(self.tr("Skriveren kunne ikke startes."))
            return
        with self.db.atomic():
            self.session.log(PRINT, None, {"report": "indicators", "year": self.report.year,
                                           "tertials": list(self.report.tertials),
                                           "suppress": self.suppress(), "to": "printer"})
        self._done(self.tr("Sendt til skriveren."))

    def save_csv(self) -> None:
        from desktop.reports import indicator_files as files

        self._save(self.tr("Lagre rapporten som CSV"), ".csv", "CSV (*.csv)",
                   lambda report, target: files.save_csv(self.session, report, target,
                                                         self.suppress()))

    def save_fhir(self) -> None:
        from desktop.reports import indicator_files as files

        self._save(self.tr("Lagre rapporten for regionen"), ".json", "FHIR (*.json)",
                   lambda report, target: files.save_fhir(self.session, report, target),
                   self.tr("Lagret i {path} (FHIR MeasureReport, nøyaktige tall uten "
                           "personopplysninger)."))

    def merge_files(self) -> None:
        from desktop.reports import indicator_files as files

        paths = choose_open_paths(self, self.tr("Velg rapporter fra andre avdelinger"))
        if not paths:
            return
        try:
            report = files.merge([Path(p) for p in paths])
        except files.MergeRefused as refused:
            self._fail(str(refused))
            return
        self._cancel_count()
        self._set_counting(False)
        self.report, self.merged_from = report, [Path(p).name for p in paths]
        self._set_choices_enabled(False)
        self.notes.blockSignals(True)
        self.notes.clear()
        self.notes.blockSignals(False)
        self._done(self.tr("Velg et år eller en avdeling for å gå tilbake til egne tall."))
        for widget in (self.year, self.department):
            widget.setEnabled(True)
        self._show_tables()
