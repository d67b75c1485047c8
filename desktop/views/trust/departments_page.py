"""Innstillinger → Avdelinger (administrators): the hospital's department list. Add, rename
(patients and user accounts follow in one logged step), deactivate (never delete) and map each
department to a report category of the indicators; a department without a category is shown
as such. Every change is stored at once (store/departments.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.palette import ERROR_STYLE, HINT_STYLE
from desktop.records import ValidationError
from desktop.store import departments
from desktop.store.session import Session


def ask_name(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """Ask for a department's name; None when cancelled. Tests replace this function."""
    name, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return name if ok else None


class DepartmentsPage(QWidget):
    COL_NAME, COL_CATEGORY, COL_STATUS = range(3)

    @classmethod
    def applies(cls, session: Session) -> bool:
        return departments.may_administer(session)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Avdelinger"))
        intro = QLabel(self.tr(
            "Avdelingene pasienter og brukere kan høre til. Hver avdeling telles i "
            "indikatorrapporten under sin rapportkategori. En avdeling som ikke brukes lenger, "
            "deaktiveres: pasientene blir der, men ingen nye kan legges dit."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Avdeling"), self.tr("Rapportkategori"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Avdelinger"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Legg til…"), self)
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Gi nytt navn…"), self)
        self.rename_button.clicked.connect(self.rename)
        self.active_button = QPushButton(self.tr("&Deaktiver"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.unmapped = QLabel(self)
        self.unmapped.setWordWrap(True)
        self.unmapped.setStyleSheet(HINT_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmapped)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.reload()

    # ------------------------------------------------------------ showing

    def reload(self, select: str = "") -> None:
        self.found = departments.list_departments(self.session.db)
        self.table.setRowCount(0)
        for row, department in enumerate(self.found):
            self.table.insertRow(row)
            self.table.setItem(row, self.COL_NAME, QTableWidgetItem(department.name))
            self.table.setCellWidget(row, self.COL_CATEGORY, self._category_box(department))
            self.table.setItem(row, self.COL_STATUS, QTableWidgetItem(
                self.tr("Aktiv") if department.active else self.tr("Deaktivert")))
            if department.name == select:
                self.table.selectRow(row)
        self._show_unmapped()
        self._update_buttons()

    def _show_unmapped(self) -> None:
        unmapped = [d.name for d in self.found if d.category is None and d.active]
        self.unmapped.setText(self.tr("Uten rapportkategori (telles under «Uten kategori» i "
                                      "indikatorrapporten): {names}").format(
            names=", ".join(unmapped)) if unmapped else "")
        self.unmapped.setVisible(bool(unmapped))

    def _category_box(self, department: departments.Department) -> QComboBox:
        box = QComboBox(self.table)
        box.addItem(self.tr("– ingen kategori –"), None)
        for category in departments.CATEGORIES:
            box.addItem(category, category)
        box.setCurrentIndex(max(0, box.findData(department.category)))
        box.setAccessibleName(self.tr("Rapportkategori for {name}").format(
            name=department.name))
        box.currentIndexChanged.connect(
            lambda _i, name=department.name, box=box: self.set_category(name, box.currentData()))
        return box

    def selected(self) -> departments.Department | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.rename_button.setEnabled(chosen is not None)
        self.active_button.setEnabled(chosen is not None)
        self.active_button.setText(self.tr("&Aktiver") if chosen and not chosen.active
                                   else self.tr("&Deaktiver"))

    # ------------------------------------------------------------ changing

    def _do(self, change, select: str = "") -> bool:
        """Run one store change; a refusal shows its sentence and changes nothing."""
        try:
            change()
        except ValidationError as refusal:
            self.message.setText(str(refusal))
            return False
        self.message.clear()
        self.reload(select)
        return True

    def add(self) -> None:
        name = ask_name(self, self.tr("Ny avdeling"), self.tr("Navnet på avdelingen:"))
        if name is not None:
            self._do(lambda: departments.add_department(self.session, name),
                     departments.clean_name(name))

    def rename(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        name = ask_name(self, self.tr("Gi avdelingen nytt navn"), self.tr(
            "Nytt navn på {name} (pasientene og brukerne i avdelingen følger med):").format(
            name=chosen.name), chosen.name)
        if name is not None:
            self._do(lambda: departments.rename_department(self.session, chosen.name, name),
                     departments.clean_name(name))

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._do(lambda: departments.set_active(self.session, chosen.name,
                                                    not chosen.active), chosen.name)

    def set_category(self, name: str, category: str | None) -> None:
        """Store the mapping at once; the table keeps its widgets (the box is in use)."""
        try:
            departments.set_category(self.session, name, category)
        except ValidationError as refusal:
            self.message.setText(str(refusal))
            return
        self.message.clear()
        self.found = departments.list_departments(self.session.db)
        self._show_unmapped()
