"""The pages of a PDF held in memory, shown as in the print dialog (QtPdf, fit to width); used
by the print and letter dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """The document is made before its view, so that it outlives the view when both go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_bytes = b""
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Forhåndsvisning"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_pdf(self, data: bytes) -> int:
        """Show ``data`` (b"": nothing); returns the number of pages."""
        self.pdf_bytes = data
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        if data:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        return self.document.pageCount() if data else 0


def preview_dialog_layout(dialog: QWidget, side: QVBoxLayout, width: int | None,
                          refresh: Callable[[], None]) -> tuple[PdfPreview, QTimer]:
    """The print and letter dialogs' layout: the choices in a column of ``width`` (None: as
    wide as they need, at least 260) on the left, the pages on the right; and a short timer
    that runs ``refresh`` once choices settle."""
    side_widget = QWidget(dialog)
    side_widget.setLayout(side)
    side_widget.setFixedWidth(width or max(260, side_widget.sizeHint().width()))
    view = PdfPreview(dialog)
    layout = QHBoxLayout(dialog)
    layout.addWidget(side_widget)
    layout.addWidget(view, 1)
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.setInterval(120)
    timer.timeout.connect(refresh)
    return view, timer
