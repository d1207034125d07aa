"""Which words a pattern cannot match without: a cheap test before running a regex rule.

A charter's patterns are large alternations ("les X sont des rats", "dehors les X", …)
that the regex engine has to try at every position of every message, although most
messages contain none of their words. :func:`required_substrings` reads a pattern's
syntax tree and returns a set of literal strings such that **every** match contains at
least one of them; a message that contains none of them is skipped without running the
pattern. When no such set can be proved (a branch that starts with ``\\w+``, an
optional part, a pattern the standard parser cannot read), it returns ``None`` and the
rule always runs: the test only ever skips work, it never changes what matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick

from chartekit._language import STOPWORDS
from chartekit.matchers.regex import parse_tree

__all__ = ["MIN_LENGTH", "Gate", "required_substrings"]

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c

MIN_LENGTH = 3  # shorter literals ("a", "je") are in every message: no use as a test
_MAX_SET = 400  # beyond this many strings, testing them costs more than the pattern


# Strings in nearly every message of a language: a gate built on them never closes.
_COMMON = frozenset().union(*STOPWORDS.values(), {
    "des", "les", "ces", "tous", "toutes", "dans", "chez", "sale", "nos", "vos", "leurs",
    "you", "your", "the", "and", "that", "this", "with", "are", "was", "all", "est", "sont",
    "pour", "pas", "vous", "nous", "elle", "elles", "ils", "mais", "avec", "tout", "fait",
})


def _score(found: frozenset[str]) -> tuple[int, int, int, int]:
    """Better sets have no everyday word, then few short strings, then longer ones, then fewer."""
    common = sum(1 for s in found if s in _COMMON)
    short = sum(1 for s in found if len(s) <= MIN_LENGTH)  # "rat" is inside "pirate"
    return (-common, -short, min(len(s) for s in found), -len(found))


def _best(candidates: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    usable = [c for c in candidates if c]
    return max(usable, key=_score) if usable else None


def _sequence(items: Any) -> frozenset[str] | None:
    """One item of a concatenation must match, so any item's set will do: the best one."""
    candidates: list[frozenset[str] | None] = []
    run: list[str] = []
    for op, av in [*list(items), (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av).lower())
            continue
        if len(run) >= MIN_LENGTH:
            candidates.append(frozenset({"".join(run)}))
        run = []
        if op is None:
            break
        candidates.append(_node(op, av))
    return _best(candidates)


def _node(op: Any, av: Any) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if found is None:
                return None
            union |= found
            if len(union) > _MAX_SET:
                return None
        return frozenset(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, sub = av
        return _sequence(sub) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", object()):
        return _sequence(av)
    return None  # character classes, lookarounds, anchors, backreferences: no guarantee


def required_substrings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` (case-insensitive) contains, or None."""
    tree = parse_tree(pattern)  # flags do not change how literals parse
    if tree is None:
        return None
    found = _sequence(tree)
    if found is None or any(len(s) < MIN_LENGTH for s in found):
        return None
    # "marabout" makes "marabouts" redundant: keep only strings with no shorter one inside.
    ordered = sorted(found, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


class Gate:
    """Which of a charter's regex rules a text can match, found in one pass over the text.

    Every required string goes into one Aho-Corasick automaton (``pyahocorasick``), whose
    value is the set of rules that need it; one pass over the text yields the rules
    whose strings occur. Rules without required strings always pass the gate.
    """

    def __init__(self, required: Iterable[frozenset[str] | None]) -> None:
        always: set[int] = set()
        rules_of: dict[str, set[int]] = {}
        for index, strings in enumerate(required):
            if strings is None:
                always.add(index)
                continue
            for string in strings:
                rules_of.setdefault(string, set()).add(index)
        self.always = frozenset(always)
        self.automaton: Any = None
        if rules_of:
            self.automaton = ahocorasick.Automaton()
            for string, indexes in rules_of.items():
                self.automaton.add_word(string, frozenset(indexes))
            self.automaton.make_automaton()

    def open(self, text: str) -> set[int]:
        """Indexes of the rules that may match ``text``."""
        found = set(self.always)
        if self.automaton is not None:
            for _, indexes in self.automaton.iter(text):
                found |= indexes
        return found
