"""PySide makes the Python type of a Qt class, with its enums, the first time the class is
used. The first object of a class it has no type for at all (one of Qt's own, such as its
animation timer) that reaches a Python event filter on the whole application has it look
through every QObject class instead, making the types of all of them at once: some 140 types
and 120 enums, 55-60 ms of the window's thread in one turn of the event loop (issue 17 item
3: nothing may hold it over 50 ms). The program's filters on the whole application (the
accessibility polisher, the idle lock, the undo keys) are installed after the first paint, so
the types are made before that, a few per turn (``made_in_steps``), and the look-through
then finds them made.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6 import QtCore, QtGui, QtWidgets

# a step's share of the window's thread (the types that take longest, such as QCommonStyle
# with its enums, are some 10 ms on their own)
STEP_SECONDS = 0.004


def made_in_steps() -> Iterator[None]:
    """Make the types PySide has not made yet of QtCore, QtGui and QtWidgets (about 300 more
    than a look-through needs: it cannot tell which are QObject classes before it has made
    them; some 160 ms and 3 MB in all), yielding whenever a step has used ``STEP_SECONDS``.
    At the start this runs while sqlite-utils is imported on its thread (store/opening.py),
    when the window's thread has nothing else to do."""
    for module in (QtCore, QtGui, QtWidgets):
        made = set(vars(module))
        names = [name for name in dir(module) if name.startswith("Q") and name not in made]
        started = time.thread_time()
        for name in names:
            getattr(module, name, None)
            if time.thread_time() - started > STEP_SECONDS:
                yield
                started = time.thread_time()
