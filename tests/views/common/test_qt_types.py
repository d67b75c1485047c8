"""PySide's types made a few per turn before a Python filter goes on the whole application
(views/common/qt_types.py): the first object of a class of Qt's own that reaches such a filter
then finds every QObject class's type made, instead of having them all made in one turn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# a fresh process: the test session has long made most of PySide's types
_LOOK_THROUGH = """
import json, sys
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, QPropertyAnimation
from PySide6.QtTest import QTest
from desktop.views.common import qt_types

app = QtWidgets.QApplication([])
steps = len(list(qt_types.made_in_steps())) if sys.argv[1] == "steps" else 0


def made():
    return {name for module in (QtCore, QtGui, QtWidgets) for name in vars(module)}


class Filter(QObject):
    def eventFilter(self, watched, event):
        return False


before = made()
app.installEventFilter(Filter(app))
label = QtWidgets.QLabel("x")
label.show()
fade = QPropertyAnimation(label, b"windowOpacity")  # Qt's own animation timer gets events
fade.setDuration(30)
fade.setEndValue(0.5)
fade.start()
QTest.qWait(60)
print(json.dumps({"steps": steps, "made_then": sorted(made() - before)}))
"""


def _run(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _LOOK_THROUGH, mode], capture_output=True,
                          text=True, check=True, timeout=120, cwd=Path(__file__).parents[3],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_filter_on_the_application_has_pyside_make_every_qobject_type_at_once() -> None:
    """Why the steps are there: without them, the filter's first look at an object of a class
    of Qt's own makes the types of all QObject classes in that turn (if a PySide version stops
    doing so, this fails, and qt_types.py may go)."""
    made_then = _run("none")["made_then"]
    assert len(made_then) > 50 and "QWizard" in made_then, made_then


def test_after_the_steps_the_filter_finds_them_made() -> None:
    result = _run("steps")
    assert result["steps"] > 10  # in many small steps, not at once
    assert result["made_then"] == []
