"""One builder for the WHERE clauses of the store's searches (patients, the access log).

Every search joins its conditions with AND and passes values as parameters, never as text;
``Where`` collects both and writes the clause. Conditions whose value is not given are left
out, so a search with no filters has no WHERE clause at all.
"""

from __future__ import annotations

from collections.abc import Sequence


def like_pattern(word: str) -> str:
    """A LIKE pattern matching ``word`` anywhere, with LIKE's own characters escaped
    (use with ``ESCAPE '\\'``)."""
    for char in ("\\", "%", "_"):
        word = word.replace(char, "\\" + char)
    return f"%{word}%"


class Where:
    """Conditions joined by AND, with their parameters in order."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[object] = []

    def add(self, clause: str, *params: object) -> Where:
        """A condition in SQL with ``?`` for each of ``params``."""
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def equals(self, column: str, value: object | None, collate: str = "") -> Where:
        """``column = value``, left out when ``value`` is None."""
        if value is not None:
            self.add(f"{column} = ?" + (f" COLLATE {collate}" if collate else ""), value)
        return self

    def one_of(self, column: str, values: Sequence[object] | None) -> Where:
        """``column IN (values)``, left out when ``values`` is None (an empty list matches
        nothing)."""
        if values is not None:
            self.add(f"{column} IN ({', '.join('?' * len(values))})", *values)
        return self

    def contains(self, column: str, word: str) -> Where:
        """``column`` holds ``word`` anywhere (LIKE: ASCII letters match either case)."""
        return self.add(f"{column} LIKE ? ESCAPE '\\'", like_pattern(word))

    def at_least(self, column: str, value: object | None) -> Where:
        if value is not None:
            self.add(f"{column} >= ?", value)
        return self

    def below(self, column: str, value: object | None) -> Where:
        if value is not None:
            self.add(f"{column} < ?", value)
        return self

    def sql(self) -> str:
        """``WHERE a AND b``, or "" when there are no conditions."""
        return ("WHERE " + " AND ".join(self.clauses)) if self.clauses else ""

    def __bool__(self) -> bool:
        return bool(self.clauses)
