"""The consent page's version picker: "Samtykke 2 av 2", an older version shown read-only and
printable, and "Ny samtykkeversjon" for a new plan period. The page shows what is picked; the
workspace makes the new version and prints."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.records_process import ConsentVersion
from desktop.views.common.style import HINT_STYLE


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/cancel question; True when the user said yes. Tests replace this function."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class ConsentVersionsBar(QWidget):
    """``picked(number)`` when the user picks a version; ``new_requested`` and
    ``print_requested(number)`` for the workspace."""

    picked = Signal(int)
    new_requested = Signal()
    print_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers: list[int] = []
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Samtykkeversjon"))
        self.combo.activated.connect(self._picked)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(HINT_STYLE)
        self.print_button = QPushButton(self.tr("Skriv ut samtykket…"), self)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.shown()))
        self.new_button = QPushButton(self.tr("Ny samtykkeversjon"), self)
        self.new_button.setToolTip(self.tr("Et nytt samtykke, for eksempel for en ny "
                                           "planperiode. Det gjeldende blir stående som en "
                                           "eldre versjon."))
        self.new_button.clicked.connect(self._new)
        line = QHBoxLayout(self)
        line.setContentsMargins(8, 4, 8, 4)
        line.addWidget(self.combo)
        line.addWidget(self.hint, 1)
        line.addWidget(self.print_button)
        line.addWidget(self.new_button)
        self.set_versions([])

    def set_versions(self, versions: list[ConsentVersion]) -> None:
        """Show the versions and pick the newest."""
        self.numbers = [v.number for v in versions] or [1]
        total = len(self.numbers)
        self.combo.clear()
        for place, number in enumerate(self.numbers, start=1):
            self.combo.addItem(self.tr("Samtykke {n} av {total}").format(n=place, total=total),
                               number)
        self.combo.setCurrentIndex(total - 1)
        self._show_hint()

    def shown(self) -> int:
        return int(self.combo.currentData() or self.numbers[-1])

    def newest_shown(self) -> bool:
        return self.shown() == self.numbers[-1]

    def show_newest(self) -> None:
        self.combo.setCurrentIndex(self.combo.count() - 1)
        self._show_hint()

    def _show_hint(self) -> None:
        self.hint.setText("" if self.newest_shown() else self.tr(
            "Eldre versjon: kan leses og skrives ut, ikke endres."))

    def _picked(self, _index: int) -> None:
        self._show_hint()
        self.picked.emit(self.shown())

    def _new(self) -> None:
        if ask(self, self.tr("Ny samtykkeversjon"), self.tr(
                "Starte samtykke {n}? Samtykke {old} blir stående slik det er, og kan leses og "
                "skrives ut.").format(n=len(self.numbers) + 1, old=self.numbers[-1])):
            self.new_requested.emit()
