"""The workspace's header: who the patient is, the consent state, the plan version, whether the
last change is saved, and a toolbar where the window puts the patient's actions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QToolBar, QWidget

from desktop import palette
from desktop.i18n import translate
from desktop.records import (
    CONSENT_EXPIRED,
    CONSENT_GIVEN,
    CONSENT_WITHDRAWN,
    TONE_ALERT,
    Patient,
    PlanVersion,
    consent_state_label,
    consent_tone,
    format_partial_date,
)
from desktop.records_process import IP_STATES
from desktop.reports.journal import coordinator_flag
from desktop.store import ip_work
from desktop.store.session import EmergencyGrant
from desktop.views.common.style import set_style

if TYPE_CHECKING:
    import sqlite_utils

FLAG_WORDS = {
    ip_work.FLAG_NO: lambda: QCoreApplication.translate("WorkspaceHeader", "nei"),
    ip_work.FLAG_STARTED: lambda: QCoreApplication.translate("WorkspaceHeader", "påbegynt"),
    ip_work.FLAG_YES: lambda: QCoreApplication.translate("WorkspaceHeader", "ja"),
}
ERROR_STYLE = palette.boxed(TONE_ALERT, bold=True, extra="padding: 6px;")
EMERGENCY_STYLE = (f"background: {palette.EMERGENCY_BACKGROUND}; color: {palette.EMERGENCY_STRONG};"
                   f" border: 2px solid {palette.EMERGENCY_STRONG}; font-weight: 600; "
                   "padding: 6px;")


class WorkspaceHeader(QWidget):
    """Labels only; the workspace tells it what to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel(self)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setWordWrap(True)  # a narrow window wraps it rather than growing past it
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consent = QLabel(self)
        self.consent.setMargin(3)
        self.version = QLabel(self)
        self.version.setWordWrap(True)
        self.save_state = QLabel(self)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        # issue 15 item 7: a patient open through nødtilgang says so, with the reason
        self.emergency = QLabel(self)
        self.emergency.setWordWrap(True)
        self.emergency.setStyleSheet(EMERGENCY_STYLE)
        self.emergency.setAccessibleName(self.tr("Nødtilgang"))
        self.emergency.hide()
        # The window adds the patient's actions here (edit, print, sign, history, export …).
        self.actions_bar = QToolBar(self.tr("Pasient"), self)
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.emergency, 0, 0, 1, 2)
        grid.addWidget(self.name, 1, 0)
        grid.addWidget(self.save_state, 1, 1)
        grid.addWidget(self.details, 2, 0, 1, 2)
        line = QWidget(self)
        row = QGridLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.consent, 0, 0)
        row.addWidget(self.version, 0, 1)
        row.setColumnStretch(1, 1)
        # issue 10: the two flags of hospital messages, and the state of the IP work
        self.flags = QLabel(self)
        self.flags.setWordWrap(True)
        self.flags.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.flags, 1, 0, 1, 2)
        grid.addWidget(line, 3, 0, 1, 2)
        grid.addWidget(self.actions_bar, 4, 0, 1, 2)
        grid.addWidget(self.error, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self._line = line

    def lay_out(self) -> None:
        """Lay the header out now, its inner line first: left to the event loop, a new
        patient's wrapped lines reached the header's height a turn late, and the page under
        it moved (and was painted again) on the next turn."""
        if self.isVisible():
            self._line.layout().activate()
            self.layout().activate()

    def show_patient(self, patient: Patient) -> None:
        self.name.setText(patient.name)
        parts = []
        if patient.birth_date:
            born = format_partial_date(patient.birth_date)
            parts.append(self.tr("Født {date}").format(date=born))
        if patient.id_number:
            number = patient.id_number
            parts.append(self.tr("Fødselsnummer {number}").format(
                number=f"{number[:6]} {number[6:]}"))
        if patient.department:
            parts.append(patient.department)
        if patient.municipality:
            parts.append(self.tr("Bostedskommune {name}").format(name=patient.municipality))
        self.details.setText("   ·   ".join(parts))

    def show_consent(self, state: str, until: str = "") -> None:
        text = consent_state_label(state)
        if state == CONSENT_GIVEN and until:
            text = self.tr("{state} (til {date})").format(state=text,
                                                          date=format_partial_date(until))
        if state != CONSENT_GIVEN:
            text = self.tr("Samtykke: {state}").format(state=text)
        self.consent.setText(text)
        set_style(self.consent, palette.chip(
            consent_tone(state), bold=state in (CONSENT_WITHDRAWN, CONSENT_EXPIRED)))
        self.consent.setProperty("consent_state", state)

    def show_process(self, db: sqlite_utils.Database, patient_id: int,
                     read: ip_work.JustRead | None = None) -> None:
        """Individuell plan foreligger, Koordinator oppnevnt, the hospital's coordinator and
        the state of the IP work, from the store (``read``: the current plan version and the
        checklist, when they were just read from it)."""
        found, state, hospital = ip_work.flags_state_and_hospital(db, patient_id, read)
        parts = [self.tr("Individuell plan foreligger: {value}").format(
                     value=FLAG_WORDS[found.plan]()),
                 self.tr("Koordinator oppnevnt: {value}").format(
                     value=coordinator_flag(found) if found.coordinator else self.tr("nei"))]
        if hospital.name:
            parts.append(self.tr("Koordinator i spesialisthelsetjenesten: {name}").format(
                name=", ".join(v for v in (hospital.name, hospital.phone) if v)))
        parts.append(self.tr("Tilstand: {state}").format(
            state=translate("process", IP_STATES[state])))
        self.flags.setText("   ·   ".join(parts))

    def show_version(self, version: PlanVersion | None) -> None:
        self.version.setText(version_text(version, self))

    def show_saved(self, at: dt.datetime | None) -> None:
        if at is None:
            self.save_state.setText(self.tr("Ikke lagret ennå…"))
        else:
            self.save_state.setText(self.tr("Lagret {time}").format(time=at.strftime("%H:%M:%S")))

    def show_emergency(self, grant: EmergencyGrant | None) -> None:
        """The nødtilgang banner: the reason and until when (hidden for an ordinary opening)."""
        if grant is None:
            self.emergency.clear()
            self.emergency.hide()
            return
        self.emergency.setText(self.tr(
            "Åpnet med nødtilgang kl. {start}: {reason}. Tilgangen er logget og varer til kl. "
            "{end}, eller til vinduet låses eller du logger ut.").format(
            start=f"{grant.started:%H:%M}", reason=grant.reason,
            end=f"{grant.expires:%H:%M}" if grant.expires.date() == grant.started.date()
            else f"{grant.expires:%d.%m. %H:%M}"))
        self.emergency.show()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


def version_text(version: PlanVersion | None, _context: QWidget | None = None) -> str:
    """"Versjon 2 – utkast", or for a signed version that the next change will not touch."""
    translate = QCoreApplication.translate  # one context, whichever widget shows the text
    if version is None or not version.created_at:
        return translate("WorkspaceHeader", "Ingen plan ennå")
    if version.signature is not None:
        return translate("WorkspaceHeader", "Versjon {number} – signert {date}. Endringer "
                         "lagres som ny versjon.").format(number=version.number,
                                                          date=format_partial_date(
                                                              version.signature.signed_date))
    return translate("WorkspaceHeader", "Versjon {number} – utkast").format(
        number=version.number)
