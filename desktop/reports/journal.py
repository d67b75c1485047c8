"""The journal note: a short plain text for the hospital's EHR ("Kopier journalnotat") about
the notice to the municipality, the consent and the two flags. Like the printed forms it is
always Bokmål, whatever the window's language: it goes into the patient's journal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.records import Consent, format_partial_date
from desktop.records_process import (
    CHANNELS,
    NOTICE_KINDS,
    REPLY_OUTCOMES,
    Notice,
    NotifyConsent,
    plan_consent_valid,
)
from desktop.store.ip_work import Flags

if TYPE_CHECKING:
    import sqlite_utils


def coordinator_flag(flags: Flags) -> str:
    """«nei», or «ja – name, phone»."""
    if flags.coordinator is None:
        return "nei"
    details = ", ".join(v for v in (flags.coordinator.name, flags.coordinator.phone) if v)
    return f"ja – {details}"


def journal_note_text(notice: Notice | None, notify: NotifyConsent, consent: Consent,
                      flags: Flags) -> str:
    """The note, one statement a line, ending with a newline."""
    lines = []
    if notice is not None and notice.sent_date:
        unit = notice.recipient
        recipient = ", ".join(v for v in (unit.unit_name, f"{unit.municipality} kommune"
                                          if unit.municipality else "") if v)
        lines.append(f"{NOTICE_KINDS[notice.kind]}: melding sendt "
                     f"{format_partial_date(notice.sent_date)} til {recipient} "
                     f"({CHANNELS[notice.channel]}).")
        if notice.reminder_date:
            how = f" ({notice.reminder_how})" if notice.reminder_how else ""
            lines.append(f"Purret {format_partial_date(notice.reminder_date)}{how}.")
        if notice.reply_date:
            lines.append(f"Svar fra kommunen {format_partial_date(notice.reply_date)}: "
                         f"{REPLY_OUTCOMES[notice.reply_outcome].lower()}.")
        else:
            lines.append(f"Svarfrist {format_partial_date(notice.due_date)}.")
    else:
        lines.append("Melding til kommunen er ikke sendt.")
    if notify.given:
        lines.append(f"Samtykke til å kontakte kommunen: {format_partial_date(notify.date)}.")
    if plan_consent_valid(consent):
        lines.append(f"Samtykke til individuell plan: {format_partial_date(consent.date)}.")
    lines.append(f"Individuell plan foreligger: {flags.plan}")
    lines.append(f"Koordinator oppnevnt: {coordinator_flag(flags)}")
    return "\n".join(lines) + "\n"


def journal_note(db: sqlite_utils.Database, patient_id: int) -> str:
    """The note from the store: the newest notice that was sent, the consents, the flags."""
    from desktop.store.forms import load_consent
    from desktop.store.ip_work import flags
    from desktop.store.notices import patient_notices
    from desktop.store.process import load_notify_consent

    sent = [n for n in patient_notices(db, patient_id) if n.sent_date]
    return journal_note_text(sent[-1] if sent else None, load_notify_consent(db, patient_id),
                             load_consent(db, patient_id), flags(db, patient_id))
