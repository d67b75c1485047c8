"""The plan's versions for the history: number, period, evaluation, status and signatures
(read-only, fed with PlanVersion records)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.records import PlanVersion, format_partial_date

VERSION_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the version's number (int)
FROZEN_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a signed version

_CONTEXT = "PlanVersionsModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# pyside6-lupdate reads translate("Context", "text") calls with both strings literal
translate = QCoreApplication.translate


def _when(stamp: str) -> str:
    """An ISO timestamp ("2026-03-14T10:02:33") as 14.03.2026 10:02."""
    if not stamp:
        return ""
    day, _, time = stamp.partition("T")
    return f"{format_partial_date(day)} {time[:5]}".strip()


class PlanVersionsModel(QAbstractTableModel):
    COL_NUMBER = 0
    COL_PERIOD = 1
    COL_EVALUATION = 2
    COL_STATUS = 3
    COL_SIGNED_BY = 4
    COL_CHANGED = 5

    HEADERS = (
        QT_TRANSLATE_NOOP("PlanVersionsModel", "Versjon"),
        QT_TRANSLATE_NOOP("PlanVersionsModel", "Planperiode"),
        QT_TRANSLATE_NOOP("PlanVersionsModel", "Evalueres"),
        QT_TRANSLATE_NOOP("PlanVersionsModel", "Status"),
        QT_TRANSLATE_NOOP("PlanVersionsModel", "Underskrifter"),
        QT_TRANSLATE_NOOP("PlanVersionsModel", "Sist endret"),
    )

    def __init__(self, versions: list[PlanVersion] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._versions: list[PlanVersion] = list(versions or [])

    def set_versions(self, versions: list[PlanVersion]) -> None:
        self.beginResetModel()
        self._versions = list(versions)
        self.endResetModel()

    def version(self, row: int) -> PlanVersion:
        return self._versions[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._versions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._versions):
            return None
        version = self._versions[index.row()]
        if role == VERSION_NUMBER_ROLE:
            return version.number
        if role == FROZEN_ROLE:
            return version.frozen
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(version, index.column())
        return None

    def _text(self, version: PlanVersion, column: int) -> str:
        plan = version.plan
        if column == self.COL_NUMBER:
            return str(version.number)
        if column == self.COL_PERIOD:
            start, end = format_partial_date(plan.valid_from), format_partial_date(plan.valid_to)
            if start and not end:
                return translate("PlanVersionsModel", "{start} – etter evaluering").format(
                    start=start)
            return f"{start} – {end}" if start or end else ""
        if column == self.COL_EVALUATION:
            return format_partial_date(plan.evaluation_date)
        if column == self.COL_STATUS:
            if version.signature is None:
                return translate("PlanVersionsModel", "Utkast, ikke signert")
            return translate("PlanVersionsModel", "Signert {date}").format(
                date=format_partial_date(version.signature.signed_date))
        if column == self.COL_SIGNED_BY:
            signed = version.signature
            if signed is None:
                return ""
            names = [signed.patient_name]
            if signed.guardian_name:
                names.append(translate("PlanVersionsModel", "verge/foresatte {name}").format(
                    name=signed.guardian_name))
            names.append(translate("PlanVersionsModel", "koordinator {name}").format(
                name=signed.coordinator_name))
            return ", ".join(n for n in names if n.strip())
        if column == self.COL_CHANGED:
            return _when(version.updated_at)
        return ""
