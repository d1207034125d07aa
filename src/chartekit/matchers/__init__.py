"""Matchers: compiled once per charter, run on every message.

Each module offers one class with the same shape: built from the charter's rules at
load time, and a ``find`` method that returns :class:`Hit` objects for a message.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Hit"]


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule matched a span of the folded text (``start``/``end``), tokens ``first``..``last``."""

    rule: int  # index into the charter's rule table
    term: str  # the charter entry that matched, as written
    start: int
    end: int
    first: int
    last: int
    normalized: str
    transforms: tuple[str, ...] = ()
    similarity: float = 1.0
