"""Keyboard and screen-reader finish for every window, applied when it is shown.

- A label of a form field (a QLabel with a buddy) without a mnemonic gets one: the first letter
  of its text, preferring word initials, not yet used in the window (menus and buttons count),
  so Alt+letter reaches the field in every language without translators counting letters.
  Fields on different pages of a tab widget may share a letter: only one page is visible.
- An input without an accessible name takes its label's text (without "&" and ":"), and a
  composite field (a date field) passes the name on to the line that takes the focus; a table
  without a name takes the title of the box it is in.

- The further fields of a labelled row take the label and their placeholder ("Purring:
  Hvordan (for eksempel telefon)").
- Two inputs on one page that would be read alike ("Dato" for the consent's signature and for
  the information given) are told apart by the title of the box each is in ("Informasjon:
  Dato"); a line edit's clear button is named ("Tøm feltet").

- A window larger than the screen's free area (a laptop at 200 % display scaling has only
  960 × 540 to give) is shrunk to fit and moved onto it, down to its minimum size.

Installed once on the application (desktop/app.py); labels that already carry "&" and inputs
already named are left alone, so a view can always choose for itself. At the program's start
(``install(app, later=True)``) the application's filter waits for the first window's paint:
a Python filter on the whole application that sees the start's events has PySide make the
Python types of all of Qt at once (about 150 enum types, 50-70 ms before the first paint).
Until then ``polish_first(window)`` polishes the first window with a filter of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from desktop.views.common import qt_types
from desktop.views.common.after_paint import AfterFirstPaint

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
          QAbstractButton)
_MNEMONIC = re.compile(r"&([^&\s])")


def label_name(text: str) -> str:
    """A label's text as a name: "&Født:" -> "Født"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def _used(text: str) -> set[str]:
    return {letter.casefold() for letter in _MNEMONIC.findall(text or "")}


def _scope(widget: QWidget, window: QWidget) -> QWidget:
    """The tab page holding ``widget`` (pages are never visible together), else the window."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            return child
        child, parent = parent, parent.parentWidget()
    return window


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with "&" before a free letter (word initials first), or before its first
    letter when every letter is taken (Alt+letter then moves between the fields that share
    it)."""
    positions = [m.start() for m in re.finditer(r"\b\w", text)]
    positions += [i for i in range(len(text)) if i not in positions]
    letters = [i for i in positions if text[i].isalpha()]
    if not letters:
        return text
    index = next((i for i in letters if text[i].casefold() not in used), letters[0])
    used.add(text[index].casefold())
    return text[:index] + "&" + text[index:]


def _target(buddy: QWidget) -> QWidget:
    """The widget that takes the focus for ``buddy`` (a date field's line)."""
    proxy = buddy.focusProxy()
    if proxy is not None:
        return proxy
    if isinstance(buddy, INPUTS):
        return buddy
    inputs = [w for w in buddy.findChildren(QWidget) if isinstance(w, INPUTS)
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    return inputs[0] if inputs else buddy


def _box_title(widget: QWidget, window: QWidget) -> str:
    box = widget.parentWidget()
    while box is not None and box is not window and not isinstance(box, QGroupBox):
        box = box.parentWidget()
    return label_name(box.title()) if isinstance(box, QGroupBox) else ""


def _tell_apart(named: list[QWidget], window: QWidget) -> None:
    """Inputs of one page named alike get their box's title in front, where that differs."""
    groups: dict[tuple[int, str], list[QWidget]] = {}
    for widget in named:
        groups.setdefault((id(_scope(widget, window)), widget.accessibleName()), []).append(
            widget)
    for (_scope_id, name), widgets in groups.items():
        titles = [_box_title(widget, window) for widget in widgets]
        if not name or len(widgets) < 2 or len(set(titles)) < len(titles) or not all(titles):
            continue
        for widget, title in zip(widgets, titles, strict=True):
            widget.setAccessibleName(f"{title}: {name}")


def polish(window: QWidget) -> None:
    labels = [label for label in window.findChildren(QLabel)
              if label.buddy() is not None and label.window() is window
              and not label.text().lstrip().startswith("<")]  # rich text: leave it
    for label in labels:
        target = _target(label.buddy())
        if not target.accessibleName() and label_name(label.text()):
            target.setAccessibleName(label_name(label.text()))

    for label in labels:  # a row of several fields: "Purring: Hvordan (for eksempel telefon)"
        buddy = label.buddy()
        for part in buddy.findChildren(QWidget) if not isinstance(buddy, INPUTS) else ():
            hint = part.placeholderText() if isinstance(part, (QLineEdit, QPlainTextEdit)) else ""
            if isinstance(part, INPUTS) and not part.accessibleName() and hint:
                part.setAccessibleName(f"{label_name(label.text())}: {hint}")
    _tell_apart([_target(label.buddy()) for label in labels], window)
    for edit in window.findChildren(QLineEdit):
        if edit.isClearButtonEnabled():
            for button in edit.findChildren(QToolButton):
                if not button.accessibleName():
                    button.setAccessibleName(QCoreApplication.translate("Accessibility",
                                                                        "Tøm feltet"))

    for view in window.findChildren(QAbstractItemView):  # a table is named by its box
        box = view.parentWidget()
        while box is not None and box is not window and not isinstance(box, QGroupBox):
            box = box.parentWidget()
        if not view.accessibleName() and isinstance(box, QGroupBox) and box.title():
            view.setAccessibleName(label_name(box.title()))

    window_used: set[str] = set()
    scoped_used: dict[int, set[str]] = {}
    texts: list[tuple[QWidget, str]] = []
    for action in window.findChildren(QAction):
        texts.append((window, action.text()))
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((widget, widget.title()))
        elif isinstance(widget, QTabWidget):
            texts += [(widget, widget.tabText(i)) for i in range(widget.count())]
    for widget, text in texts:
        scope = _scope(widget, window)
        (window_used if scope is window else scoped_used.setdefault(id(scope), set())).update(
            _used(text))
    for label in sorted(labels, key=lambda label: _scope(label, window) is not window):
        if "&" in label.text().replace("&&", ""):
            continue
        scope = _scope(label, window)
        used = window_used if scope is window else scoped_used.setdefault(id(scope), set())
        used |= window_used
        label.setText(with_mnemonic(label.text(), used))


def fit_to_screen(window: QWidget) -> None:
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.size()  # title bar and borders
    width = min(window.width(), max(window.minimumSizeHint().width(), free.width() - frame.width()))
    height = min(window.height(),
                 max(window.minimumSizeHint().height(), free.height() - frame.height()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(free.left() + max(0, (free.width() - width - frame.width()) // 2),
                    free.top() + max(0, (free.height() - height - frame.height()) // 2))


class AccessibilityPolisher(QObject):
    """Application event filter: polishes each window every time it is shown and keeps it
    on the screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QShowEvent) and event.type() == QEvent.Type.Show  # (cheap first)
                and isinstance(watched, QWidget)
                and watched.isWindow() and not watched.inherits("QMenu")):
            polish(watched)
            if QApplication.platformName() != "offscreen":  # keep screenshots and tests at size
                fit_to_screen(watched)
        return False


LATER = "after the first window's paint"


def install(app: QApplication, later: bool = False) -> None:
    """The polisher on the application; ``later``: only once ``polish_first``'s window has
    painted (windows shown before that one are not polished: at the start they are only
    message boxes, whose buttons Qt names itself)."""
    state = app.property("accessibility_polisher")
    if later and state is None:
        app.setProperty("accessibility_polisher", LATER)
    elif not later and state in (None, LATER):
        polisher = AccessibilityPolisher(app)
        app.installEventFilter(polisher)
        app.setProperty("accessibility_polisher", True)


def polish_first(window: QWidget) -> None:
    """When the polisher waits (``install(app, later=True)``): ``window`` is polished at
    each show by a filter of its own, and after its first paint, once PySide has made the
    Python types of Qt's classes a few per turn (views/common/qt_types.py), the application's
    filter takes over. Otherwise nothing (the application's filter polishes it)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property("accessibility_polisher") != LATER:
        return
    own = AccessibilityPolisher(window)
    window.installEventFilter(own)

    def take_over() -> Iterator[int | None]:
        yield from qt_types.made_in_steps()  # first: what a filter on the application costs
        window.removeEventFilter(own)
        install(app)

    AfterFirstPaint(window, take_over)
