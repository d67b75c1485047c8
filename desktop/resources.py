"""Finds the bundled resources (fonts, default logo, translations) in a source tree and in a
PyInstaller build, where they are unpacked under ``sys._MEIPASS/resources``."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.i18n import translate

FONT_REGULAR = "fonts/DejaVuSans.ttf"
FONT_BOLD = "fonts/DejaVuSans-Bold.ttf"
FONT_CONDENSED = "fonts/DejaVuSansCondensed.ttf"
FONT_CONDENSED_BOLD = "fonts/DejaVuSansCondensed-Bold.ttf"
DEFAULT_LOGO = "logo-default.png"
KE_EXAMPLE = "ke-eksempel.csv"  # an example KE directory for the CSV import


class ResourceMissing(FileNotFoundError):
    """A bundled file is absent: the installation is incomplete."""


def resource_root() -> Path:
    """The folder holding the resources: beside the package, or inside the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """The path of one resource (``relative`` uses forward slashes, e.g. "fonts/x.ttf")."""
    path = resource_root().joinpath(*relative.split("/"))
    if not path.is_file():
        raise ResourceMissing(translate(
            "resources", "Finner ikke filen {name}. Installasjonen er ufullstendig.").format(
                name=relative))
    return path


def read_bytes(relative: str) -> bytes:
    return resource_path(relative).read_bytes()
