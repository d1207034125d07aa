"""What a :class:`~chartekit.Moderator` remembers between messages, for flood detection.

The memory is behind a small store interface so that several processes can share
one (a Redis-backed store, say) later; the default keeps a bounded, thread-safe
window in memory: at most ``max_per_author`` messages per author, at most
``max_authors`` authors (the least recently seen are forgotten first), and nothing
older than the time window is ever returned.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["FloodStore", "MemoryStore", "PastMessage"]


@dataclass(frozen=True, slots=True)
class PastMessage:
    """A message already seen: its signature (folded words), when, and where."""

    signature: str
    timestamp: float
    thread: str | None = None


class FloodStore(Protocol):
    """Where a moderator keeps recent messages per author."""

    def recent(self, author: str, since: float) -> Sequence[PastMessage]:
        """The author's messages newer than ``since``, oldest first."""
        ...

    def add(self, author: str, message: PastMessage) -> None:
        """Remember one more message of ``author``."""
        ...


class MemoryStore:
    """The default store: bounded memory, safe to share between threads."""

    def __init__(self, *, max_per_author: int = 20, max_authors: int = 10_000) -> None:
        if max_per_author < 1 or max_authors < 1:
            raise ValueError("max_per_author and max_authors must be at least 1")
        self.max_per_author = max_per_author
        self.max_authors = max_authors
        self._messages: OrderedDict[str, deque[PastMessage]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._messages)

    def recent(self, author: str, since: float) -> Sequence[PastMessage]:
        with self._lock:
            messages = self._messages.get(author)
            return [m for m in messages if m.timestamp >= since] if messages else []

    def add(self, author: str, message: PastMessage) -> None:
        with self._lock:
            messages = self._messages.get(author)
            if messages is None:
                messages = self._messages[author] = deque(maxlen=self.max_per_author)
                while len(self._messages) > self.max_authors:
                    self._messages.popitem(last=False)
            else:
                self._messages.move_to_end(author)
            messages.append(message)
