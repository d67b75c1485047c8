"""Spoken passphrases: Norwegian words from the secrets module, with the entropy we promise."""

from __future__ import annotations

import math
import re

import pytest

from desktop.exchange import passphrase
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.wordlist import WORDS


def test_the_word_list_is_plain_unique_and_long_enough() -> None:
    assert len(WORDS) == len(set(WORDS)) >= 1400
    assert all(re.fullmatch(r"[a-z]{3,9}", word) for word in WORDS)


def test_a_passphrase_is_seven_listed_words_with_over_seventy_bits() -> None:
    words = passphrase.generate().split("-")
    assert len(words) == passphrase.WORD_COUNT == 7
    assert all(word in WORDS for word in words)
    assert passphrase.entropy_bits() == pytest.approx(7 * math.log2(len(WORDS)))
    assert passphrase.entropy_bits() > 73


def test_passphrases_do_not_repeat() -> None:
    drawn = {passphrase.generate() for _ in range(2000)}
    assert len(drawn) == 2000
    first_words = {p.split("-")[0] for p in drawn}
    assert len(first_words) > 600  # all of the list is in use, not a few words


def test_an_agreed_passphrase_must_be_long_enough() -> None:
    assert passphrase.checked("  vi avtalte dette i går  ") == "vi avtalte dette i går"
    with pytest.raises(ExchangeRefused, match="minst 12 tegn"):
        passphrase.checked("kort")


def test_passphrase_files(tmp_path) -> None:
    path = tmp_path / "pass.txt"
    path.write_text("første linje med æøå\nandre\n", encoding="utf-8")
    assert passphrase.read_passphrase_file(str(path)) == "første linje med æøå"
    with pytest.raises(ExchangeRefused, match="kan ikke leses"):
        passphrase.read_passphrase_file(str(tmp_path / "mangler.txt"))
