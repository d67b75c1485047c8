"""One translation hook for Qt-free modules: identity until the application installs Qt's.

Qt-free code (records, reports, exchange) calls ``translate("context", "Bokmål text")``; the
application calls ``install(QCoreApplication.translate)`` at start, so the same strings go
through Qt's translation system without those modules importing Qt. pyside6-lupdate finds the
calls by the name ``translate``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

_translator: Callable[[str, str], str] | None = None
_thread = threading.local()  # .source: this thread prints (see source_language)


def install(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def translatable(context: str, text: str) -> str:
    """Marks ``text`` for the translators (lupdate reads it as QT_TRANSLATE_NOOP, see
    scripts/translations.py) and returns it unchanged: for constants that stay Bokmål in files
    and exchange but are shown translated with ``translate(context, text)``."""
    del context
    return text


def translate(context: str, text: str) -> str:
    if _translator is None or getattr(_thread, "source", False):
        return text
    return _translator(context, text)


@contextlib.contextmanager
def source_language() -> Iterator[None]:
    """Within this block ``translate`` gives the Bokmål source text, whatever the window's
    language: printed forms are Norwegian documents for the patient and the municipality, and a
    signed version must reprint byte for byte whoever prints it. Only the calling thread is
    affected: printing warmed up in the background leaves the window's language alone."""
    saved, _thread.source = getattr(_thread, "source", False), True
    try:
        yield
    finally:
        _thread.source = saved
