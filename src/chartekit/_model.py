"""The compiled pieces of a charter that detectors read: rules, categories, the message."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from chartekit._memory import PastMessage
from chartekit._normalize import NormalizedText
from chartekit._tokens import Token
from chartekit._verdict import Action

__all__ = ["Category", "Example", "Message", "Rule", "merged_options"]


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


@dataclass(slots=True, eq=False)
class Message:
    """One message as the detectors see it: folded, tokenized, with its context.

    Built once per message by the moderator and only read by detectors (not frozen: a
    frozen dataclass's ``__init__`` costs a call per field, on every message).
    """

    norm: NormalizedText
    tokens: list[Token]
    language: str | None
    author: str | None = None
    thread: str | None = None
    protected_names: tuple[str, ...] = ()
    protected_brands: tuple[str, ...] = ()
    history: tuple[PastMessage, ...] = ()  # the author's recent messages (a Moderator's memory)
    words: tuple[str, ...] = ()  # the tokens' folded texts, in order (built once per message)
    word_set: frozenset[str] = frozenset()  # the same, as a set
    # What detectors compute once per message and share (quoted spans, ...), by name.
    cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

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
