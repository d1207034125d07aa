"""The compiled pieces of a charter that detectors read: rules, categories, the message."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from chartekit._memory import PastMessage
from chartekit._normalize import NormalizedText
from chartekit._tokens import Token
from chartekit._verdict import Action

__all__ = ["HITS_BY_DETECTOR", "Category", "Example", "Message", "Rule", "merged_options"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a charter, with the id its reasons carry."""

    id: str
    category: str
    kind: str  # "lexicon" | "regex" | "fuzzy"
    confidence: float
    lang: str | None = None
    terms: tuple[str, ...] = ()
    pattern: str | None = None
    view: str = "folded"
    min_similarity: float = 0.85
    timeout: float = 0.05
    description: str = ""


@dataclass(frozen=True, slots=True)
class Category:
    """A category as a charter sets it: what it does and from which confidence."""

    name: str
    action: Action
    threshold: float
    review_from: float
    detector: str
    enabled: bool = True
    options: dict[str, Any] = field(default_factory=dict)
    allow: tuple[str, ...] = ()
    custom: bool = False
    description: str = ""


_MERGED: dict[tuple[int, int], tuple[Category, dict[str, Any], dict[str, Any]]] = {}


def merged_options(category: Category, defaults: dict[str, Any]) -> dict[str, Any]:
    """A category's options over its detector's defaults, merged once per category.

    Detectors call this on every message; the merged dict is shared, so read it only.
    """
    key = (id(category), id(defaults))
    entry = _MERGED.get(key)
    if entry is not None and entry[0] is category and entry[1] is defaults:
        return entry[2]
    merged = {**defaults, **category.options}
    if len(_MERGED) >= 4096:  # charters loaded and dropped over a long run
        _MERGED.clear()
    _MERGED[key] = (category, defaults, merged)  # holds the category: its id stays its own
    return merged


@dataclass(frozen=True, slots=True)
class Example:
    """A message a charter carries with the verdict it expects (run by ``chartekit check``)."""

    text: str
    action: Action | None
    categories: tuple[str, ...] | None
    lang: str | None = None
    author: str | None = None
    file: str = ""
    line: int | None = None


# ``Message.cache`` key: the message's rule hits, by the name of their category's detector
# (set by the pipeline before any detector runs).
HITS_BY_DETECTOR = "hits_by_detector"


class Message:
    """One message as the detectors see it: folded, tokenized, with its context.

    Built once per message by the moderator and only read by detectors. A plain class:
    compiled with mypyc (hatch_build.py), its ``__init__`` is native code, where a
    dataclass's generated one stays interpreted.
    """

    __slots__ = ("author", "cache", "history", "language", "norm", "protected_brands",
                 "protected_names", "thread", "tokens", "word_set", "words")

    def __init__(self, norm: NormalizedText, tokens: list[Token], language: str | None,
                 author: str | None = None, thread: str | None = None,
                 protected_names: tuple[str, ...] = (), protected_brands: tuple[str, ...] = (),
                 history: tuple[PastMessage, ...] = (), words: tuple[str, ...] = (),
                 word_set: frozenset[str] = frozenset()) -> None:
        self.norm = norm
        self.tokens = tokens
        self.language = language
        self.author = author
        self.thread = thread
        self.protected_names = protected_names
        self.protected_brands = protected_brands
        self.history = history  # the author's recent messages (a Moderator's memory)
        self.words = words  # the tokens' folded texts, in order (built once per message)
        self.word_set = word_set  # the same, as a set
        # What detectors compute once per message and share (quoted spans, ...), by name.
        self.cache: dict[str, Any] = {}

    def __repr__(self) -> str:
        return (f"Message(text={self.norm.original!r}, language={self.language!r}, "
                f"author={self.author!r}, thread={self.thread!r})")

    @property
    def text(self) -> str:
        return self.norm.original

    @property
    def folded(self) -> str:
        return self.norm.folded

    def gap(self, before: int, after: int) -> str:
        """The folded text between token ``before`` and token ``after``."""
        return self.norm.folded[self.tokens[before].end : self.tokens[after].start]


def phrase_index(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word sequences grouped by their first word, for a scan that reads each token once."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        grouped.setdefault(words[0], []).append(words)
    return {first: tuple(dict.fromkeys(group)) for first, group in grouped.items()}
