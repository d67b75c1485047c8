"""A banner over the plan pages when the patient's consent is missing, refused, withdrawn or
expired: a plan is made and shared only with consent, so its absence must be seen."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from desktop import palette
from desktop.records import (
    CONSENT_EXPIRED,
    CONSENT_GIVEN,
    CONSENT_NONE,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
    TONE_ALERT,
    TONE_NOTICE,
    Checklist,
    Consent,
    consent_state,
    format_partial_date,
)
from desktop.views.common.style import set_style

_STYLES = {
    "warning": palette.boxed(TONE_NOTICE),
    "alert": palette.boxed(TONE_ALERT, bold=True),
}


class ConsentBanner(QLabel):
    """Hidden while consent is given; otherwise one sentence saying what is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMargin(8)
        self.state = CONSENT_GIVEN
        self.hide()

    def show_documents(self, documents: dict[str, Any], today: dt.date | None = None) -> None:
        consent = documents.get("consent")
        checklist = documents.get("checklist")
        consent = consent if isinstance(consent, Consent) else Consent()
        declined = checklist.declined if isinstance(checklist, Checklist) else False
        self.state = consent_state(consent, declined, today)
        text, style = self._message(consent, checklist)
        self.setText(text)
        set_style(self, _STYLES[style] if text else "")
        self.setVisible(bool(text))

    def _message(self, consent: Consent, checklist: Any) -> tuple[str, str]:
        if self.state == CONSENT_WITHDRAWN:
            text = self.tr("Samtykket ble trukket tilbake {date}. Planen skal ikke deles eller "
                           "arbeides videre med før pasienten har gitt nytt samtykke.")
            return text.format(date=format_partial_date(consent.withdrawn_date)), "alert"
        if self.state == CONSENT_EXPIRED:
            text = self.tr("Samtykket gjaldt til {date} og er utløpt. Innhent nytt samtykke "
                           "før planen brukes eller deles.")
            return text.format(date=format_partial_date(consent.valid_to)), "alert"
        if self.state == CONSENT_REFUSED:
            date = format_partial_date(checklist.declined_date) if checklist else ""
            if date:
                text = self.tr("Pasienten sa nei til individuell plan {date}. Pasienten kan "
                               "når som helst be om en plan senere.").format(date=date)
            else:
                text = self.tr("Pasienten har sagt nei til individuell plan. Pasienten kan "
                               "når som helst be om en plan senere.")
            return text, "alert"
        if self.state == CONSENT_NONE:
            return self.tr("Samtykke er ikke registrert ennå. Planen lages bare når pasienten "
                           "har samtykket: fyll ut samtykkeskjemaet."), "warning"
        return "", "warning"
