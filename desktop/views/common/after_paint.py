"""Work that waits for a window's first paint (issue 17 item 1): the start shows the window
(or the log-in screen) first, and what only later actions need is done right after, a step per
turn of the event loop, so a key pressed meanwhile is answered between two steps.

The main window makes its session's database writable this way (store/opening.py: a step
looks whether a thread is done, and says how long to wait before it looks again), the log-in
screen starts importing the main window's modules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """When ``widget``'s first paint begins, ``work()`` is posted to run after it; an iterator
    it returns is stepped once per turn of the event loop, or after the milliseconds a step
    yields (anything else it returns is left alone). ``done`` once it has all run."""

    def __init__(self, widget: QWidget, work: Callable[[], object]) -> None:
        super().__init__(widget)
        self._work = work
        self._steps: Iterator[int | None] | None = None
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start)  # posted: runs once this paint is over
        return False

    def _start(self) -> None:
        steps = self._work()
        self._steps = steps if isinstance(steps, Iterator) else None
        self.step()

    def step(self) -> None:
        """One step, then the next on the next turn (or as long after as the step said)."""
        try:
            if self._steps is not None:
                wait = next(self._steps)
                QTimer.singleShot(wait or 0, self, self.step)
                return
        except StopIteration:
            pass
        self.done = True
