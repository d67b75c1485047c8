"""Which workspace pages still wait to be filled with the open patient (issue 17 item 4).

Opening a patient fills only the page in sight; every other page is filled from the open
patient's documents and records the first time its tab is shown. A page that waits still holds
the previous patient's widgets, so the workspace never reads, saves or refreshes it
(``waiting``); its loader reads the workspace's documents when it runs, so it always shows what
is current. While the workspace is not on screen (a test, a dialog's own workspace) nothing is
in sight, and every page is filled at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

Loader = Callable[[], None]


class PageLoads:
    """The loaders of the pages not filled yet, keyed by page."""

    def __init__(self, tabs: QTabWidget, on_screen: Callable[[], bool]) -> None:
        self._tabs = tabs
        self._on_screen = on_screen
        self._pending: dict[QWidget, Loader] = {}

    def open(self, loaders: dict[QWidget, Loader]) -> None:
        """A patient was opened (``{}``: closed): fill the page in sight now, the others when
        shown, or all now when nothing is on screen."""
        self._pending = dict(loaders)
        if not self._on_screen():
            for page in list(self._pending):
                self.fill(page)
            return
        self.fill(self._tabs.currentWidget())

    def fill(self, page: QWidget | None) -> bool:
        """Fill ``page`` if it waits; True when it was filled now."""
        loader = self._pending.pop(page, None) if page is not None else None
        if loader is None:
            return False
        loader()
        return True

    def waiting(self, page: QWidget) -> bool:
        """True while ``page`` still shows another patient (never read or save it)."""
        return page in self._pending
