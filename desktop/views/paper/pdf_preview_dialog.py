"""See a finished PDF (one consent version, the notice letter) and print it: the pages in a
QtPdf view, "Skriv ut…" through the system's print dialog, and room for the caller's own buttons
(the notice letter's encrypted save). The caller logs the print through ``printed``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.style import ERROR_STYLE
from desktop.views.paper import print_dialog


class PdfPreviewDialog(QDialog):
    """``printed()`` is called after the pages went to the printer (the caller logs it)."""

    def __init__(self, title: str, pdf: bytes, printed: Callable[[], None],
                 parent: QWidget | None = None, about: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 720)
        self.pdf_bytes = pdf
        self._printed = printed
        self.about = QLabel(about, self)
        self.about.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Skriv ut…"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.close_button = QPushButton(self.tr("Lukk"), self)
        self.close_button.clicked.connect(self.reject)
        self.side = QVBoxLayout()
        self.side.addWidget(self.about)
        self.side.addWidget(self.message)
        self.side.addStretch(1)
        self.side.addWidget(self.print_button)
        self._extra_at = self.side.count()  # the caller's buttons go below "Skriv ut…"
        self.side.addWidget(self.close_button)
        side_widget = QWidget(self)
        side_widget.setLayout(self.side)
        side_widget.setFixedWidth(260)

        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Forhåndsvisning"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addWidget(self.view, 1)

    def add_button(self, button: QPushButton) -> None:
        self.side.insertWidget(self._extra_at, button)
        self._extra_at += 1

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def page_count(self) -> int:
        return self.document.pageCount()

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(self.windowTitle())
        return printer

    def print_document(self, printer: QPrinter | None = None) -> None:
        printer = printer if isinstance(printer, QPrinter) else self.make_printer()
        if not print_dialog.run_print_dialog(printer, self):
            return
        if print_dialog.print_pages(self.document, printer) == 0:
            self.show_message(self.tr("Skriveren kunne ikke startes."), error=True)
            return
        self._printed()
        self.show_message(self.tr("Sendt til skriveren."))
