"""The main window's actions for paper and handover: print, record signatures, history, export
to the municipality, a letter from a template, a new plan period (Revider plan…) and import
of an existing plan. Each opens its dialog on the open patient after saving what is pending, so
a printout or an export always carries what the screen shows.

The dialogs are imported when first opened: they bring ReportLab, pikepdf and pyzipper, which
the patient list does not need at start-up (the main window warms printing up afterwards)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox


class PlanActions:
    """Creates the actions and adds them to the window's menus through its hooks."""

    def __init__(self, window) -> None:
        self.window = window
        self.print_action = self._patient_action(self.tr("Skriv ut…"), self.print_plan, "Ctrl+P")
        self.sign_action = self._patient_action(self.tr("Registrer underskrifter…"), self.sign,
                                                "Ctrl+Shift+S")
        self.history_action = self._patient_action(self.tr("Historikk…"), self.history,
                                                   "Ctrl+Shift+H")
        self.export_action = self._patient_action(self.tr("Overfør til kommunen…"), self.export,
                                                  "Ctrl+Shift+E")
        self.letter_action = self._patient_action(self.tr("Brev…"), self.letter, "Ctrl+Shift+B")
        self.revise_action = self._patient_action(self.tr("Revider plan…"), self.revise,
                                                  "Ctrl+Shift+R")
        self.import_action = QAction(self.tr("Hent inn plan…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_plan)
        menu = window.file_menu
        menu.insertAction(menu.actions()[-1], self.import_action)
        menu.insertSeparator(menu.actions()[-1])

    @staticmethod
    def tr(text: str) -> str:
        """Not a QObject: translate in this class's own context, the one pyside6-lupdate uses."""
        return QCoreApplication.translate("PlanActions", text)

    def _patient_action(self, text: str, slot, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.add_patient_action(action)
        return action

    def _flushed(self) -> bool:
        """Everything typed is in the database; otherwise the user is told why not."""
        workspace = self.window.workspace
        if workspace.flush():
            return True
        QMessageBox.warning(self.window, self.tr("Ikke lagret"), workspace.last_error)
        return False

    def _saved_patient(self) -> int | None:
        """The open patient, once everything typed is in the database; None otherwise."""
        patient_id = self.window.current_patient_id()
        return patient_id if patient_id is not None and self._flushed() else None

    def print_plan(self) -> None:
        patient_id = self._saved_patient()
        if patient_id is not None:
            from desktop.views.paper.print_dialog import PrintDialog

            PrintDialog(self.window.session, patient_id, self.window).exec()

    def sign(self) -> None:
        patient_id = self._saved_patient()
        if patient_id is None:
            return
        from desktop.views.paper.sign_dialog import SignDialog

        if SignDialog(self.window.session, patient_id, self.window).exec():
            self.window.refresh_patient(patient_id)

    def history(self) -> None:
        patient_id = self._saved_patient()
        if patient_id is not None:
            from desktop.views.paper.history_dialog import HistoryDialog

            HistoryDialog(self.window.session, patient_id, self.window).exec()

    def export(self) -> None:
        patient_id = self._saved_patient()
        if patient_id is not None:
            from desktop.views.paper.export_dialog import ExportDialog

            ExportDialog(self.window.session, patient_id, self.window).exec()

    def letter(self) -> None:
        patient_id = self._saved_patient()
        if patient_id is not None:
            from desktop.views.paper.letter_dialog import LetterDialog

            LetterDialog(self.window.session, patient_id, self.window).exec()
    def revise(self) -> None:
        """Ny planperiode: a new draft version with the rows carried over."""
        patient_id = self._saved_patient()
        if patient_id is None:
            return
        from desktop.views.paper.revise_dialog import ReviseDialog

        if ReviseDialog(self.window.session, patient_id, self.window).exec():
            self.window.refresh_patient(patient_id)

    def import_plan(self) -> None:
        if not self._flushed():
            return
        from desktop.views.paper.import_dialog import ImportDialog

        dialog = ImportDialog(self.window.session, self.window)
        if dialog.exec() and dialog.result is not None:
            patient_id = dialog.result.patient_id
            self.window.reload_list()
            self.window.refresh_patient(patient_id)
            self.window.open_patient(patient_id)
