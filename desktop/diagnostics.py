"""The technical log (Qt-free): a rotating file in the data folder that holds what went wrong,
with tracebacks, and no patient data: names, fødselsnumre and form text are scrubbed.

``setup_logging(folder)`` is called by the window's and the command line's entry points;
``install_excepthooks(notify)`` sends uncaught exceptions (also from threads and from the
window's slots) to the log, then calls ``notify`` to tell the user one sentence.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import re
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_FOLDER = "logs"
LOG_FILE = "individuell-plan.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 4  # the current file and four older ones, about 5 MB in all
MAX_MESSAGE = 2000  # characters of one scrubbed log message
LOGGER_NAME = "individuell_plan"
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

logger = logging.getLogger(LOGGER_NAME)

# Exceptions whose messages the interpreter or SQLite writes from code, not from data: kept
# (scrubbed). Every other exception's message may quote what was typed (a ValueError with the
# text, a KeyError with a name) and is left out; the type and the traceback stay.
_CODE_MESSAGES: tuple[type[BaseException], ...] = (
    AttributeError, NameError, TypeError, ImportError, IndexError, NotImplementedError,
    RecursionError, ZeroDivisionError, MemoryError, sqlite3.Error)

_SCRUBS: tuple[tuple[re.Pattern[str], str], ...] = (
    # fødselsnummer / D-nummer, also written 6+5 with a space, dot or dash
    (re.compile(r"(?<!\d)\d{6}[ .\-]?\d{5}(?!\d)"), "<fnr>"),
    (re.compile(r"(?<![\d.])(\d{1,2}\.\d{1,2}\.\d{4}|\d{2}\.\d{2}\.\d{2})(?![\d.])"), "<dato>"),
    (re.compile(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+"), "<e-post>"),
    (re.compile(r"(?<![\d+])(\+47 ?)?\d(?: ?\d){7}(?!\d)"), "<tlf>"),  # 8 digits, spaced or not
    (re.compile(r"(?<!\d)\d{9,}(?!\d)"), "<tall>"),  # any other long number
)
_QUOTED = re.compile(r"'[^'\n]{0,400}'|\"[^\"\n]{0,400}\"")


def log_path(folder: Path) -> Path:
    return folder / LOG_FOLDER / LOG_FILE


def scrub(text: str, *, quoted: bool = False) -> str:
    """The text without fødselsnumre, dates, e-mail addresses, phone numbers and long numbers;
    with ``quoted`` also without anything in quotes (values that code quotes in messages)."""
    if quoted:
        text = _QUOTED.sub("'…'", text)
    for pattern, replacement in _SCRUBS:
        text = pattern.sub(replacement, text)
    if len(text) > MAX_MESSAGE:
        text = text[:MAX_MESSAGE] + "…"
    return text


def describe_exception(error: BaseException) -> str:
    """``Type: message`` with only what may be logged: OSErrors by errno, SQLite errors by
    their code, code-written messages scrubbed, every other message left out."""
    name = f"{type(error).__module__}.{type(error).__qualname__}"
    name = name.removeprefix("builtins.")
    if isinstance(error, OSError):  # the file name may be a patient's (an export's name)
        code = os.strerror(error.errno) if error.errno else ""
        label = _errno_name(error.errno)
        return f"{name}: [{label}] {code}".rstrip()
    if isinstance(error, sqlite3.Error):
        code_name = getattr(error, "sqlite_errorname", None)
        message = scrub(str(error), quoted=True)
        return f"{name}: [{code_name}] {message}" if code_name else f"{name}: {message}"
    if isinstance(error, _CODE_MESSAGES):
        return f"{name}: {scrub(str(error))}"
    size = len(str(error))
    return f"{name}: (message left out, {size} characters)" if size else name


def _errno_name(number: int | None) -> str:
    return errno.errorcode.get(number or 0, str(number))


def format_exception(error: BaseException) -> str:
    """The traceback of ``error`` and its causes as Python prints it, with every exception
    message through ``describe_exception`` (tracebacks print code lines, never values)."""
    parts: list[str] = []
    seen: set[int] = set()

    def walk(exc: BaseException) -> None:
        seen.add(id(exc))
        if exc.__cause__ is not None and id(exc.__cause__) not in seen:
            walk(exc.__cause__)
            parts.append("\nThe above exception was the direct cause of the following "
                         "exception:\n\n")
        elif (exc.__context__ is not None and not exc.__suppress_context__
              and id(exc.__context__) not in seen):
            walk(exc.__context__)
            parts.append("\nDuring handling of the above exception, another exception "
                         "occurred:\n\n")
        if exc.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(exc.__traceback__))
        parts.append(describe_exception(exc) + "\n")

    walk(error)
    return _scrub_long("".join(parts).rstrip("\n"))


def _scrub_long(text: str) -> str:
    """A traceback scrubbed line by line (the length limit is for one line)."""
    return "\n".join(scrub(line) for line in text.splitlines())


class PrivacyFilter(logging.Filter):
    """Rewrites every record before a handler writes it: the message scrubbed, an exception
    rendered by ``format_exception`` (no exception text that could hold form text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg = scrub(message, quoted=True)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = format_exception(record.exc_info[1])
        elif record.exc_text:
            record.exc_text = _scrub_long(record.exc_text)
        record.exc_info = None
        if record.stack_info:
            record.stack_info = _scrub_long(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.FileHandler):
    """The log file, which only its owner may read (where the OS allows), rotated before it
    would pass ``maxBytes`` into ``.1`` … ``.backupCount`` as the standard library's
    RotatingFileHandler does. Not that class itself: its module, logging.handlers, imports
    socket, pickle and queue, some 15 ms that every command and the window would pay at
    start (issue 17 item 6). ``logging.Handler.handle`` holds the handler's lock around
    ``emit``, so a rotation and a write never interleave."""

    def __init__(self, filename: Path, maxBytes: int = 0, backupCount: int = 0,  # noqa: N803
                 encoding: str | None = None) -> None:
        self.maxBytes, self.backupCount = maxBytes, backupCount
        super().__init__(filename, mode="a", encoding=encoding)

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        _owner_only(Path(self.baseFilename), 0o600)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if self.maxBytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)  # the end (the stream appends)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.maxBytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                older = f"{self.baseFilename}.{number}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{number + 1}")
            if os.path.exists(self.baseFilename):
                os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def _owner_only(path: Path, mode: int) -> None:
    if os.name == "posix":
        try:
            os.chmod(path, mode)
        except OSError:
            pass


_handler: logging.Handler | None = None


def setup_logging(folder: Path, *, max_bytes: int = MAX_BYTES,
                  backup_count: int = BACKUP_COUNT) -> Path | None:
    """Log to ``logs/individuell-plan.log`` in the data folder (replacing an earlier set-up);
    None when the folder cannot be written (the program then says so itself)."""
    global _handler
    path = log_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _owner_only(path.parent, 0o700)
        handler = PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backup_count,
                                             encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PrivacyFilter())
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    from desktop import __version__

    logger.info("Individuell plan %s started (Python %s, %s)", __version__,
                sys.version.split()[0], sys.platform)
    return path


def current_log() -> Path | None:
    """The file the log goes to, or None before ``setup_logging``."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


def stop_logging() -> None:
    """Close the log file (tests; the end of a command)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    logging.captureWarnings(False)


Notify = Callable[[Path | None], None]


def install_excepthooks(notify: Notify) -> Callable[[], None]:
    """Route uncaught exceptions (main thread, Qt slots, other threads) to the log, then call
    ``notify(log file)``; returns a function that puts the previous hooks back."""
    previous_sys, previous_thread = sys.excepthook, threading.excepthook

    def on_exception(kind: type[BaseException], error: BaseException,
                     trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_sys(kind, error, trace)
            return
        logger.critical("Uncaught exception", exc_info=(kind, error, trace))
        notify(current_log())

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        logger.critical("Uncaught exception in thread %s", name,
                        exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        notify(current_log())

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous_sys, previous_thread

    return restore


def tell_on_stderr(path: Path | None) -> None:
    """The command line's notice: one Norwegian line on standard error."""
    from desktop.i18n import translate

    if path is None:
        text = translate("Diagnostics", "Noe gikk galt, og feilen kunne ikke skrives i loggen.")
    else:
        text = translate("Diagnostics", "Noe gikk galt. Feilen er skrevet i loggen: "
                                        "{path}").format(path=path)
    print(f"individuell-plan: {text}", file=sys.stderr)
