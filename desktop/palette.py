"""Every colour the screens use, by name, and the few style sheets built from them.

Plain strings (no Qt import), so the item models and the views share one palette: a new screen
takes its colours from here instead of writing hex literals. What a consent state *means*
(its tone: ok, caution, alert, neutral) is decided Qt-free in ``records.consent_tone``; this
module only says how each tone looks.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.records import TONE_ALERT, TONE_CAUTION, TONE_NEUTRAL, TONE_NOTICE, TONE_OK

# --- named colours
GREEN_BACKGROUND = "#e3f4e6"
GREEN_TEXT = "#1b5e20"
GREEN_BORDER = "#5cb85c"
RED_BACKGROUND = "#fde7e9"
RED_TEXT = "#8a0016"
RED_BORDER = "#d9534f"
ORANGE_BACKGROUND = "#fff0d9"
ORANGE_TEXT = "#7a3b00"
ORANGE_BORDER = "#e69a2e"
YELLOW_BACKGROUND = "#fff4ce"
YELLOW_TEXT = "#4a3b00"
YELLOW_BORDER = "#e0c25c"
GREY_BACKGROUND = "#eef1f5"
GREY_TEXT = "#2b3440"
GREY_BORDER = "#aab4c0"

ERROR_TEXT = "#b3261e"  # dark red, readable on white and on the selection colour
LOGIN_ERROR_TEXT = "#a40000"
DEMO_BACKGROUND = "#fff7d6"  # the log-in's "this is demo data" box
DEMO_BORDER = "#e0c860"
EMERGENCY_STRONG = "#c62828"  # nødtilgang: the log view's warning strip, the dialog's border
EMERGENCY_BACKGROUND = "#fde8e8"  # the nødtilgang dialog's warning
EMERGENCY_ROW = "#fde0e0"  # a nødtilgang entry in the access log
WHITE = "white"


@dataclass(frozen=True)
class Tone:
    """How one tone looks: background, text and border colour."""

    background: str
    text: str
    border: str


TONES = {
    TONE_OK: Tone(GREEN_BACKGROUND, GREEN_TEXT, GREEN_BORDER),
    TONE_ALERT: Tone(RED_BACKGROUND, RED_TEXT, RED_BORDER),
    TONE_CAUTION: Tone(ORANGE_BACKGROUND, ORANGE_TEXT, ORANGE_BORDER),
    TONE_NOTICE: Tone(YELLOW_BACKGROUND, YELLOW_TEXT, YELLOW_BORDER),
    TONE_NEUTRAL: Tone(GREY_BACKGROUND, GREY_TEXT, GREY_BORDER),
}

# --- style sheets
ERROR_STYLE = f"color: {ERROR_TEXT};"
OK_STYLE = f"color: {GREEN_TEXT};"
HINT_STYLE = "color: palette(placeholder-text);"


def boxed(tone: str, bold: bool = False, extra: str = "") -> str:
    """A coloured box with a border in ``tone`` (banners, the header's error line)."""
    colours = TONES[tone]
    style = (f"background: {colours.background}; color: {colours.text}; "
             f"border: 1px solid {colours.border};")
    if bold:
        style += " font-weight: bold;"
    return style + (f" {extra}" if extra else "")


def chip(tone: str, bold: bool = False) -> str:
    """A small coloured label without a border (the consent chip in the header)."""
    colours = TONES[tone]
    style = f"background: {colours.background}; color: {colours.text};"
    if bold:
        style += " font-weight: bold;"
    return style + " border-radius: 3px;"


def error_border() -> str:
    """The red frame around a field whose input was refused."""
    return f"border: 1px solid {ERROR_TEXT};"
