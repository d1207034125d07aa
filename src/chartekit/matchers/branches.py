"""Cut a pattern's top-level alternation into one pattern per branch, for the gate.

A charter's big rules are one alternation of dozens of phrasings
(``(?<!\\w)(?:selling weed|free iphone …|…)(?!\\w)``). The gate (``matchers.prefilter``)
opens such a rule when any branch's words are in a message, and the regex engine then
tries every branch at every position. Gated branch by branch instead, a message that
holds the words of one branch runs that branch alone, which finds exactly what the whole
pattern finds: a branch whose gate stays shut cannot match anywhere in the text, so the
whole pattern's matches are the open branch's. When two or more branches open, the
whole pattern runs, as before.

:func:`split_branches` only cuts patterns of the shape ``P(?:A|B|…)S`` where ``P`` is
made of zero-width assertions (look-arounds, ``\\b``), the group is not repeated, and
nothing refers to a group by number or name (``\\1``, ``(?P=x)``, ``(?(1)…)``): there,
``P(?:A)S``, ``P(?:B)S``, … each match what the whole pattern matches through that
branch, tried in the same order.
"""

from __future__ import annotations

import itertools
import re

from chartekit.matchers import facts_table

__all__ = ["cuts", "split_branches"]

_ASSERTIONS = ("(?<!", "(?<=", "(?=", "(?!")
_REFERENCES = re.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?\(|\(\?#|\\[kK]<")
_REPEAT = ("*", "+", "?", "{")
MIN_BRANCHES = 2


# What the cut needs to see in a pattern: groups opening and closing, and bars, outside
# escapes and character classes (where "(", ")" and "|" are literal).
_SYNTAX = re.compile(r"\\.|\[\^?\]?(?:\[:\^?[a-z]+:\]|\\.|[^\]\\])*\]|[()|]", re.S)


def _structure(pattern: str) -> list[tuple[int, str, int]]:
    """(position, "(" | ")" | "|", depth inside) for each group and bar of ``pattern``."""
    found: list[tuple[int, str, int]] = []
    depth = 0
    for m in _SYNTAX.finditer(pattern):
        c = m.group()
        if c == "(":
            depth += 1
            found.append((m.start(), c, depth))
        elif c == ")":
            found.append((m.start(), c, depth))
            depth -= 1
        elif c == "|":
            found.append((m.start(), c, depth))
    return found


def _group_end(structure: list[tuple[int, str, int]], at: int) -> int:
    """The position of the ``)`` closing the group that opens at ``at``, or -1."""
    depth = -1
    for position, c, level in structure:
        if position == at and c == "(":
            depth = level
        elif depth >= 0 and c == ")" and level == depth and position > at:
            return position
    return -1


def split_branches(pattern: str) -> tuple[str, ...] | None:
    """``P(?:A|B)S`` as ``("P(?:A)S", "P(?:B)S")``, or None where it cannot be cut."""
    facts = facts_table.lookup(pattern)
    where = facts.cuts if facts is not None else cuts(pattern)
    if where is None:
        return None
    group, *bars, end = where
    prefix, suffix = pattern[:group], pattern[end + 1 :]
    return tuple(f"{prefix}(?:{pattern[a + 1 : b]}){suffix}"
                 for a, b in itertools.pairwise((group + 2, *bars, end)))


def cuts(pattern: str) -> tuple[int, ...] | None:
    """Where :func:`split_branches` cuts: the group's ``(``, its top-level bars, its ``)``."""
    if _REFERENCES.search(pattern) or "(?x" in pattern:
        return None  # group references; verbose patterns (whitespace has a meaning there)
    structure = _structure(pattern)
    i = 0
    while True:  # the zero-width prefix
        if pattern.startswith(_ASSERTIONS, i):
            end = _group_end(structure, i)
            if end < 0:
                return None
            i = end + 1
        elif pattern.startswith("\\b", i):
            i += 2
        else:
            break
    if not pattern.startswith("(?:", i):
        return None
    end = _group_end(structure, i)
    if end < 0 or pattern[end + 1 :].startswith(_REPEAT):
        return None  # unbalanced, or a repeated group: its branches combine
    level = next(lv for position, c, lv in structure if position == i)
    bars = [position for position, c, lv in structure
            if c == "|" and lv == level and i < position < end]
    if len(bars) + 1 < MIN_BRANCHES:
        return None
    return (i, *bars, end)
