"""Column headers of the table models: Bokmål sources (QT_TRANSLATE_NOOP) shown translated."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt


def horizontal_header(context: str, headers: Sequence[str], section: int,
                      orientation: Qt.Orientation, role: int) -> str | None:
    """The translated header of ``section`` for headerData(), None for anything else."""
    if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)):
        return QCoreApplication.translate(context, headers[section])
    return None
