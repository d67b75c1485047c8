"""Norwegian for argparse's own words ("usage:", "error:", "the following arguments are
required" …): argparse looks every one up through its module's gettext functions, so the
command line installs a lookup that gives the translated Bokmål source text instead."""

from __future__ import annotations

import argparse

from desktop.i18n import translate


def _words() -> dict[str, str]:
    return {
        "usage: ": translate("cli", "bruk: "),
        "%(prog)s: error: %(message)s\n": translate("cli", "%(prog)s: feil: %(message)s\n"),
        "options": translate("cli", "valg"),
        "positional arguments": translate("cli", "argumenter"),
        "show this help message and exit": translate("cli", "vis denne hjelpen og avslutt"),
        "show program's version number and exit": translate(
            "cli", "vis programmets versjon og avslutt"),
        "the following arguments are required: %s": translate(
            "cli", "disse argumentene mangler: %s"),
        "unrecognized arguments: %s": translate("cli", "ukjente argumenter: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "cli", "ugyldig valg: %(value)r (velg blant %(choices)s)"),
        "invalid %(type)s value: %(value)r": translate("cli", "ugyldig verdi: %(value)r"),
        "argument %(argument_name)s: %(message)s": translate(
            "cli", "argumentet %(argument_name)s: %(message)s"),
        "expected one argument": translate("cli", "venter én verdi"),
        "expected at most one argument": translate("cli", "venter høyst én verdi"),
        "expected at least one argument": translate("cli", "venter minst én verdi"),
        "not allowed with argument %s": translate("cli", "kan ikke brukes sammen med %s"),
        "one of the arguments %s is required": translate("cli", "ett av argumentene %s må "
                                                                "være med"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "cli", "tvetydig valg: %(option)s kan bety %(matches)s"),
        "ignored explicit argument %r": translate("cli", "overflødig verdi %r"),
    }


def _gettext(text: str) -> str:
    return _words().get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return (translate("cli", "venter %s verdi") if n == 1
                else translate("cli", "venter %s verdier"))
    return singular if n == 1 else plural


def install() -> None:
    """Let argparse speak Norwegian (called before the parser is built: argparse reads some
    words, such as the help option's, when an argument is added)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
