"""Passphrases that are easy to read aloud on the phone: random Norwegian words (secrets module).

Seven words from the 1 493-word list give 7 · log2(1493) ≈ 73.8 bits. The program never stores
a passphrase; it is shown once and then forgotten.
"""

from __future__ import annotations

import math
import secrets

from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.wordlist import WORDS
from desktop.i18n import translate

WORD_COUNT = 7
SEPARATOR = "-"
MIN_TYPED_LENGTH = 12  # an agreed passphrase the user types


def generate(words: int = WORD_COUNT) -> str:
    """A fresh passphrase like ``kanel-fjord-sykkel-...``."""
    return SEPARATOR.join(secrets.choice(WORDS) for _ in range(words))


def entropy_bits(words: int = WORD_COUNT) -> float:
    """The entropy of a generated passphrase, in bits."""
    return words * math.log2(len(WORDS))


def checked(passphrase: str) -> str:
    """The passphrase as it will be used (surrounding spaces removed), or a refusal when it is
    too short to protect a plan."""
    passphrase = (passphrase or "").strip()
    if len(passphrase) < MIN_TYPED_LENGTH:
        raise ExchangeRefused(translate(
            "exchange", "Passordet må ha minst {count} tegn.").format(count=MIN_TYPED_LENGTH))
    return passphrase


def read_passphrase_file(path: str) -> str:
    """The first line of a passphrase file (for the command line)."""
    try:
        with open(path, encoding="utf-8") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError):
        raise ExchangeRefused(translate(
            "exchange", "Passordfilen {path} kan ikke leses.").format(path=path)) from None
    return first.rstrip("\r\n")


def from_file_or_new(path: str | None) -> tuple[str, bool]:
    """The checked passphrase of a passphrase file, or a fresh one when ``path`` is None;
    the flag says whether it was generated (the command then prints it)."""
    if path is None:
        return generate(), True
    return checked(read_passphrase_file(path)), False
