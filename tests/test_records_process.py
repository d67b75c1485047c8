"""Process records: validation, the notice's states and overdue day, the suggested IP state."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.records import Consent, ValidationError
from desktop.records_process import (
    ASSESS_WAITING,
    CONSENT_INCOMPLETE,
    IP_ACTIVE,
    IP_ASSESSING,
    IP_DECLINED,
    IP_NOTIFIED,
    IP_STARTED,
    IP_TRANSFERRED,
    IP_WAITING,
    NOTICE_ANSWERED,
    NOTICE_CLOSED,
    NOTICE_DRAFT,
    NOTICE_REMINDED,
    NOTICE_SENT,
    REPLY_APPOINTED,
    REPLY_WAIT,
    Assessment,
    KEUnit,
    Notice,
    NotifyConsent,
    ProcessFacts,
    notice_state_label,
    plan_consent_valid,
    reply_due,
    suggest_state,
    version_state,
)


def test_a_tick_without_a_date_is_an_incomplete_consent() -> None:
    assert version_state(Consent(given=True)) == CONSENT_INCOMPLETE
    assert not plan_consent_valid(Consent(given=True))
    assert plan_consent_valid(Consent(given=True, date="2026-03-01"))
    assert not plan_consent_valid(Consent(given=True, date="2026-03-01",
                                          withdrawn_date="2026-04-01"))
    assert not plan_consent_valid(Consent(given=True, date="2024-03-01", valid_to="2024-12"),
                                  dt.date(2026, 1, 1))


def test_consent_to_notify_needs_a_date_and_knows_who_consented() -> None:
    assert not NotifyConsent(given_by="Mor").given
    consent = NotifyConsent(date="3.11.2026", given_by="Mor", on_behalf="parents").validated()
    assert consent.date == "2026-11-03" and consent.given
    assert not NotifyConsent(date="2026-11-03", declined=True).given
    with pytest.raises(ValidationError):
        NotifyConsent(on_behalf="neighbour").validated()


def test_assessment_outcome_and_date_are_checked() -> None:
    assert Assessment(ASSESS_WAITING, " Venter på utredning ", "11.2026").validated() == \
        Assessment(ASSESS_WAITING, "Venter på utredning", "2026-11")
    with pytest.raises(ValidationError):
        Assessment("maybe").validated()


def test_ke_unit_validation() -> None:
    unit = KEUnit(kommunenummer=" 3403 ", municipality=" Hamar ", unit_name="",
                  email="ke@hamar.example").validated()
    assert (unit.kommunenummer, unit.municipality, unit.unit_name) == (
        "3403", "Hamar", "Koordinerende enhet")
    for bad in (KEUnit(kommunenummer="34", municipality="Hamar"),
                KEUnit(kommunenummer="3403", municipality=""),
                KEUnit(kommunenummer="3403", municipality="Hamar", email="nei"),
                KEUnit(kommunenummer="3403", municipality="Hamar", her_id="12a")):
        with pytest.raises(ValidationError):
            bad.validated()


def test_notice_states_and_overdue_only_after_the_due_date() -> None:
    notice = Notice()
    assert notice.state == NOTICE_DRAFT and not notice.overdue(dt.date(2030, 1, 1))
    notice.sent_date = "2026-11-02"
    notice.due_date = reply_due(notice.sent_date)
    assert notice.due_date == "2026-11-16"
    assert notice.state == NOTICE_SENT
    assert not notice.overdue(dt.date(2026, 11, 16))
    assert notice.overdue(dt.date(2026, 11, 17))
    notice.reminder_date = "2026-11-17"
    assert notice.state == NOTICE_REMINDED and notice.overdue(dt.date(2026, 11, 18))
    notice.reply_date, notice.reply_outcome = "2026-11-20", REPLY_APPOINTED
    assert notice.state == NOTICE_ANSWERED and not notice.overdue(dt.date(2026, 12, 1))
    assert notice_state_label(notice) == "Besvart (koordinator oppnevnt)"
    notice.closed_date = "2026-12-01"
    assert notice.state == NOTICE_CLOSED


def test_notice_dates_must_be_whole_days_and_choices_known() -> None:
    with pytest.raises(ValidationError):
        Notice(sent_date="11.2026").validated()
    with pytest.raises(ValidationError):
        Notice(channel="fax").validated()
    with pytest.raises(ValidationError):
        Notice(kind="other").validated()
    assert Notice(sent_date="2.11.2026").validated().sent_date == "2026-11-02"


@pytest.mark.parametrize(("facts", "expected"), [
    (ProcessFacts(), IP_ASSESSING),
    (ProcessFacts(notice_state=NOTICE_SENT), IP_NOTIFIED),
    (ProcessFacts(notice_state=NOTICE_ANSWERED, reply_outcome=REPLY_WAIT), IP_WAITING),
    (ProcessFacts(assessment=ASSESS_WAITING), IP_WAITING),
    (ProcessFacts(notice_state=NOTICE_ANSWERED, reply_outcome=REPLY_APPOINTED), IP_STARTED),
    (ProcessFacts(plan_started=True), IP_STARTED),
    (ProcessFacts(plan_started=True, plan_signed=True), IP_ACTIVE),
    (ProcessFacts(declined=True, notice_state=NOTICE_SENT), IP_DECLINED),
    (ProcessFacts(current=IP_TRANSFERRED, plan_signed=True), IP_TRANSFERRED),
])
def test_the_suggested_state_follows_what_was_recorded(facts, expected) -> None:
    assert suggest_state(facts) == expected
