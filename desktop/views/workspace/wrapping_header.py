"""A table header whose titles wrap onto a second line instead of being cut off, so narrow
date columns and long titles ("Ansvarlig person og instans") fit beside each other."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

LINES = 2
PADDING = 6


class WrappingHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _title(self, section: int) -> str:
        model = self.model()
        value = model.headerData(section, self.orientation()) if model is not None else None
        return "" if value is None else str(value)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().lineSpacing() * LINES + 2 * PADDING)
        return hint

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""  # the frame and background from the style; the text wrapped below
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        painter.drawText(rect.adjusted(PADDING, 0, -PADDING, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextWordWrap), self._title(section))

    def widest_word(self, section: int) -> int:
        """The width a column needs so that no word of its title is cut."""
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(word) for word in self._title(section).split()),
                   default=0) + 2 * PADDING
