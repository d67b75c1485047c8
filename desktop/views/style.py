"""The few colours the screens share, so that an error or a hint looks the same everywhere."""

ERROR_COLOUR = "#b3261e"  # dark red, readable on white and on the selection colour
ERROR_STYLE = f"color: {ERROR_COLOUR};"
HINT_STYLE = "color: palette(placeholder-text);"
