"""The public entry points: :func:`moderate`, :func:`moderate_many` and :class:`Moderator`.

They take whatever a caller passes, remember what flood detection needs, and hand each
message to :func:`chartekit._pipeline.run`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence

from chartekit._charter import Charter, load_charter
from chartekit._memory import FloodStore, MemoryStore, PastMessage
from chartekit._model import Message
from chartekit._pipeline import run
from chartekit._verdict import Verdict
from chartekit.detectors import flood as flood_detector

__all__ = ["Moderator", "moderate", "moderate_many"]

CharterLike = Charter | str | os.PathLike[str]


def analyse(charter: Charter, text: str, *, author: str | None = None,
            thread: str | None = None, protected_names: Sequence[str] = (),
            protected_brands: Sequence[str] = (), lang: str | None = None) -> Verdict:
    """Moderate one message with a compiled charter (no memory of earlier messages)."""
    return _run(charter, text, author=author, thread=thread, protected_names=protected_names,
                protected_brands=protected_brands, lang=lang)[0]


def _str_or_none(value: object) -> str | None:
    return value if value is None or isinstance(value, str) else str(value)


def _run(charter: Charter, text: object, *, author: object = None, thread: object = None,
         protected_names: Sequence[str] = (), protected_brands: Sequence[str] = (),
         lang: object = None, history: tuple[PastMessage, ...] = ()) -> tuple[Verdict, Message]:
    """:func:`chartekit._pipeline.run` on ``text`` made a ``str`` whatever it was.

    The context is made text too (a thread id given as ``42`` is the thread ``"42"``): the
    compiled pipeline checks the types it was written for.
    """
    if not isinstance(text, str):
        text = text.decode("utf-8", "replace") if isinstance(text, bytes | bytearray) else (
            "" if text is None else str(text))
    return run(charter, text, author=_str_or_none(author), thread=_str_or_none(thread),
               protected_names=protected_names, protected_brands=protected_brands,
               lang=_str_or_none(lang), history=history)


def moderate(text: str, charter: CharterLike = "fr", *, author: str | None = None,
             thread: str | None = None, protected_names: Sequence[str] = (),
             protected_brands: Sequence[str] = (), lang: str | None = None) -> Verdict:
    """Moderate one message with ``charter`` (a compiled charter, a bundled name or a path).

    ``author``, ``thread`` and the protected names and brands describe the message's
    context; names given here add to the charter's own lists for this call. ``lang``
    skips language detection. Never raises because of ``text``.
    """
    return analyse(load_charter(charter), text, author=author, thread=thread,
                   protected_names=protected_names, protected_brands=protected_brands, lang=lang)


def moderate_many(texts: Iterable[str], charter: CharterLike = "fr", **context: object) -> list[
    Verdict
]:
    """Moderate several messages with one charter (loaded once), in order."""
    moderator = Moderator(charter)
    moderate_one = moderator.moderate
    return [moderate_one(text, **context) for text in texts]  # type: ignore[arg-type]


class Moderator:
    """A charter plus what a stream of messages needs: context shared by every call, and
    a memory of each author's recent messages for flood detection.

    Keep one per stream (a comment section, a site): module-level :func:`moderate`
    remembers nothing. The memory is a :class:`~chartekit.MemoryStore` sized by the
    charter's ``flood`` options unless you pass a ``store`` of your own; ``clock``
    gives the current time in seconds (``time.time`` by default), or pass
    ``timestamp=`` to :meth:`moderate` when replaying messages.
    """

    def __init__(self, charter: CharterLike = "fr", *, protected_names: Sequence[str] = (),
                 protected_brands: Sequence[str] = (), store: FloodStore | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.charter = load_charter(charter)
        self.protected_names = tuple(protected_names)
        self.protected_brands = tuple(protected_brands)
        flood = self.charter.categories.get("flood")
        self._remembers = flood is not None and flood.enabled
        options = {**flood_detector.DEFAULT_OPTIONS, **(flood.options if flood else {})}
        self.window = float(options["window_seconds"])
        self.store: FloodStore = store if store is not None else MemoryStore(
            max_per_author=int(options["max_per_author"]),
            max_authors=int(options["max_authors"]),
        )
        self.clock = clock

    def moderate(self, text: str, *, author: str | None = None, thread: str | None = None,
                 protected_names: Sequence[str] = (), protected_brands: Sequence[str] = (),
                 lang: str | None = None, timestamp: float | None = None) -> Verdict:
        author, thread = _str_or_none(author), _str_or_none(thread)  # as _run reads them
        names = (*self.protected_names, *protected_names) if protected_names else (
            self.protected_names)
        brands = (*self.protected_brands, *protected_brands) if protected_brands else (
            self.protected_brands)
        if not (self._remembers and author):  # nothing to remember: no clock, no store
            return _run(self.charter, text, author=author, thread=thread, lang=lang,
                        protected_names=names, protected_brands=brands)[0]
        now = self.clock() if timestamp is None else timestamp
        history = tuple(self.store.recent(author, now - self.window))
        verdict, message = _run(self.charter, text, author=author, thread=thread, lang=lang,
                                history=history, protected_names=names, protected_brands=brands)
        self.store.add(author, PastMessage(flood_detector.signature(message), now, thread))
        return verdict
