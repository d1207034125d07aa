"""Matchers: compiled once per charter, run on every message.

Each module offers one class with the same shape: built from the charter's rules at
load time, and a ``find`` method that returns :class:`Hit` objects for a message.
"""

from __future__ import annotations

__all__ = ["Hit"]


class Hit:
    """A rule matched a span of the folded text (``start``/``end``), tokens ``first``..``last``.

    Read-only by convention. A plain class, not a frozen dataclass: matchers build several
    per message, and compiled with mypyc (hatch_build.py) its ``__init__`` is native code,
    where a dataclass's generated one stays interpreted and sets each field by a call.
    """

    __slots__ = ("end", "first", "last", "normalized", "rule", "similarity", "start", "term",
                 "transforms")

    def __init__(self, rule: int, term: str, start: int, end: int, first: int, last: int,
                 normalized: str, transforms: tuple[str, ...] = (), similarity: float = 1.0
                 ) -> None:
        self.rule = rule  # index into the charter's rule table
        self.term = term  # the charter entry that matched, as written
        self.start = start
        self.end = end
        self.first = first
        self.last = last
        self.normalized = normalized
        self.transforms = transforms
        self.similarity = similarity

    def _fields(self) -> tuple[int, str, int, int, int, int, str, tuple[str, ...], float]:
        return (self.rule, self.term, self.start, self.end, self.first, self.last,
                self.normalized, self.transforms, self.similarity)

    def with_transform(self, transform: str) -> Hit:
        """The same hit, read through one more transform."""
        return Hit(self.rule, self.term, self.start, self.end, self.first, self.last,
                   self.normalized, (*self.transforms, transform), self.similarity)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Hit) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return ("Hit(rule={!r}, term={!r}, start={!r}, end={!r}, first={!r}, last={!r}, "
                "normalized={!r}, transforms={!r}, similarity={!r})".format(*self._fields()))
