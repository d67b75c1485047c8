"""Reading an import file off the UI thread (issue 16 item 18): a large or slow file (a network
drive, a package to decrypt and check) no longer freezes the window. The thread runs only the
Qt-free, database-free ``importer.read_document``; the comparison with the database stays on
the UI thread, which owns the SQLite connection. Nothing is written while a file is read, so
cancelling simply drops the result."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from desktop.exchange import importer
from desktop.exchange.errors import ExchangeRefused
from desktop.i18n import translate

_running: set[FileReader] = set()  # a thread must outlive a dialog closed while it reads


class FileReader(QThread):
    """Reads one file; ``read`` carries (document, kind, manifest), ``refused`` the sentence."""

    read = Signal(object)
    refused = Signal(str)

    def __init__(self, path: str, passphrase: str) -> None:
        super().__init__()
        self.path, self.passphrase = path, passphrase
        _running.add(self)
        self.finished.connect(lambda: _running.discard(self))

    def run(self) -> None:
        try:
            found = importer.read_document(self.path, self.passphrase)
        except ExchangeRefused as refusal:
            self.refused.emit(str(refusal))
        except Exception:  # noqa: BLE001 - one sentence, never a dead thread
            self.refused.emit(translate("ImportDialog", "Filen kan ikke leses."))
        else:
            self.read.emit(found)

    def cancel(self) -> None:
        """Nobody waits for this file any more: its result goes nowhere."""
        for signal in (self.read, self.refused):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass
