"""The screens' colours live in desktop/palette.py, and every consent state has one tone."""

from __future__ import annotations

import re
from pathlib import Path

from desktop import palette, records

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def test_no_colour_literal_outside_the_palette():
    found = [f"{path.relative_to(DESKTOP)}:{number}"
             for folder in ("views", "models") for path in sorted((DESKTOP / folder).rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if HEX.search(line)]
    assert found == []


def test_every_consent_state_has_a_tone_the_palette_knows():
    states = (records.CONSENT_NONE, records.CONSENT_GIVEN, records.CONSENT_WITHDRAWN,
              records.CONSENT_EXPIRED, records.CONSENT_REFUSED)
    tones = {state: records.consent_tone(state) for state in states}
    assert tones == {"": "neutral", "given": "ok", "withdrawn": "alert", "expired": "caution",
                     "refused": "alert"}
    assert set(tones.values()) <= set(palette.TONES)


def test_a_boxed_alert_is_the_red_of_the_withdrawn_consent():
    assert palette.boxed(records.TONE_ALERT, bold=True) == (
        "background: #fde7e9; color: #8a0016; border: 1px solid #d9534f; font-weight: bold;")
