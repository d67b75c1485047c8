"""The one exception of the exchange package: a refusal with one Norwegian sentence."""

from __future__ import annotations


class ExchangeRefused(ValueError):
    """An export or import was refused; ``str(error)`` is one Bokmål sentence for the user.
    Whoever raises it guarantees that nothing was written."""


class NothingToImport(ExchangeRefused):
    """The file holds exactly what the database already has ("ingen endringer"): nothing is
    written. A refusal for the window (it shows the sentence); the command line ends with 0."""
