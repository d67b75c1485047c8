"""The workspace's part in consent versions: give the consent page the stored versions, start
a new version (saving what is pending first), and print one version (logged)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from desktop import store
from desktop.records import ValidationError
from desktop.store import consents, log

Workspace = Any  # views.workspace.workspace.Workspace (which imports this module)


def connect(workspace: Workspace) -> None:
    page = workspace.consent
    page.new_version_requested.connect(lambda: new_version(workspace))
    page.print_version_requested.connect(lambda number: print_version(workspace, number))


def show_versions(workspace: Workspace) -> None:
    """After the patient's documents were loaded: the page's version picker."""
    if workspace.patient is not None:
        workspace.consent.set_versions(consents.consent_versions(workspace.db,
                                                                 workspace.patient.id))


def new_version(workspace: Workspace) -> None:
    """Start the next consent version; the page then edits it (the old one stays as it was)."""
    patient = workspace.patient
    if patient is None or not workspace.flush():
        return
    version = store.new_consent_version(workspace.db, patient.id)
    workspace.session.log(log.CHANGE, patient.id, {"form": "consent",
                                                   "new_version": version.number})
    workspace.documents["consent"] = version.consent
    if workspace.undo_stack is not None:  # an undo must not write an old version into the new
        workspace.undo_stack.clear()
    show_versions(workspace)
    workspace.consent.load_document(version.consent)
    workspace.refresh_context()
    workspace.saved.emit(patient.id)


def print_version(workspace: Workspace, number: int) -> QDialog | None:
    """Preview one consent version and print it; the print is logged with its number."""
    # ReportLab and QtPdf load on the first print, not at start-up
    from desktop import reports
    from desktop.views.paper.pdf_preview_dialog import PdfPreviewDialog

    patient = workspace.patient
    if patient is None or not workspace.flush():
        return None
    try:
        pdf = reports.render_patient_pdf(workspace.db, patient.id, forms=("consent",),
                                         consent_version=number)
    except ValidationError as error:
        workspace.header.show_error(str(error))
        return None

    def printed() -> None:
        workspace.session.log(log.PRINT, patient.id, {
            "forms": ["consent"], "paper": "A4", "consent_version": number,
            "target": "printer"})

    title = QCoreApplication.translate("ConsentVersions", "Samtykke {n} – {name}").format(
        n=number, name=patient.name)
    dialog = PdfPreviewDialog(title, pdf, printed, workspace)
    workspace.consent_preview = dialog  # tests reach the open dialog here
    dialog.open()
    return dialog
