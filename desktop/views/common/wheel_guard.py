"""The mouse wheel scrolls the page, never a value: status boxes (QComboBox) and date and
number fields (QAbstractSpinBox) let the wheel pass to the page unless the user has put the
focus in them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """An event filter: a wheel event on an unfocused guarded widget is left to its parents
    (the scroll area scrolls), the widget itself never sees it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget)
                or watched.hasFocus() or not isinstance(event, QWheelEvent)):
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()  # Qt hands an ignored wheel event on to the parent widget
            return True
        viewport = area.viewport()
        position = viewport.mapFromGlobal(event.globalPosition())
        QApplication.sendEvent(viewport, QWheelEvent(
            position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
            event.buttons(), event.modifiers(), event.phase(), event.inverted()))
        return True


def guard_wheel(root: QWidget) -> None:
    """Install the guard on ``root`` (when guarded) and every guarded widget below it; they take
    the focus by Tab or click only, so the wheel cannot focus them by accident."""
    guard = root.findChild(WheelGuard, "wheel-guard")
    if guard is None:
        guard = WheelGuard(root)
        guard.setObjectName("wheel-guard")
    widgets = [root] if isinstance(root, GUARDED) else []
    widgets += [w for kind in GUARDED for w in root.findChildren(kind)]
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.removeEventFilter(guard)
        widget.installEventFilter(guard)
