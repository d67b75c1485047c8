"""The one exception of the exchange package: a refusal with one Norwegian sentence."""

from __future__ import annotations


class ExchangeRefused(ValueError):
    """An export or import was refused; ``str(error)`` is one Bokmål sentence for the user.
    Whoever raises it guarantees that nothing was written."""
