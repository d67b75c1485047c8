"""The one Norwegian sentence for a write that failed, shared by the workspace's forms and the
pages that save their own records (record_editor.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.store.write_errors import WriteFailure, classify_write_error


def describe_save_error(error: Exception) -> str:
    """A plain Norwegian reason for a failed write, by its error code (store/write_errors.py)."""
    kind = classify_write_error(error)
    if kind is WriteFailure.READ_ONLY:
        reason = QApplication.translate("Workspace", "databasen kan ikke skrives til "
                                                     "(skrivebeskyttet)")
    elif kind is WriteFailure.DISK_FULL:
        reason = QApplication.translate("Workspace", "disken er full")
    elif kind is WriteFailure.BUSY:
        reason = QApplication.translate("Workspace", "databasen er i bruk av et annet program")
    elif kind is WriteFailure.IO:
        reason = QApplication.translate("Workspace", "disken eller nettverksstasjonen svarte "
                                                     "ikke som den skulle")
    else:
        reason = QApplication.translate("Workspace", "feil ved skriving ({detail})").format(
            detail=error)
    return QApplication.translate(
        "Workspace", "Endringene er ikke lagret: {reason}. Det du har skrevet, står fortsatt i "
                     "skjemaet, og programmet prøver igjen ved neste endring.").format(
        reason=reason)
