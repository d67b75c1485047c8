"""Builds the QApplication and the main window (nothing starts at import)."""

from __future__ import annotations

import argparse
import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.store.session import Session

APP_DISPLAY_NAME = "Individuell plan"


def make_application(argv: list[str] | None = None, language: str | None = None,
                     at_start: bool = False):
    """The QApplication, named, in the user's language (desktop/language.py; Bokmål unless
    chosen otherwise), with Qt-free code translated through Qt. ``at_start``: the program's
    start, where the windows' accessibility polisher watches the whole application only
    after the first window's paint (``accessibility.polish_first``; it costs the start 50-70
    ms before)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop import __version__, i18n
    from desktop import language as languages
    from desktop.views.common import accessibility

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("individuell-plan")
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("individuell-plan")
    # the program's texts and Qt's own (buttons, standard dialogs), with the matching locale
    languages.install(language or languages.current_language())
    accessibility.install(app, later=at_start)  # mnemonics and screen-reader names
    i18n.install(QCoreApplication.translate)
    return app


def main_window_for(session: Session | sqlite_utils.Database):
    """The main window over a user's session, or over an open database where nobody logs in
    (a QApplication must exist)."""
    from desktop.views.common import accessibility
    from desktop.views.shell.main_window import MainWindow

    window = MainWindow(session)
    accessibility.polish_first(window)  # the program's first window when nobody logs in
    # what the start made (modules, classes, the list) stays: the collector's full passes
    # leave it out from now on, so that none of them holds the window some 40 ms
    gc.freeze()
    return window


def run_app(args: argparse.Namespace) -> int:
    from desktop import qt_diagnostics
    from desktop.views.trust.session import run_with_login

    app = make_application(at_start=True)
    qt_diagnostics.install(app)  # errors into the log, one sentence on screen
    # writer lock, backup at start, log-in (or the first administrator) before the window
    return run_with_login(app, getattr(args, "data_dir", None), main_window_for)
