"""Regular-expression rules, compiled at load time and run with a time limit.

A pattern reads the folded view (``view: folded``, the default: lower case, no
accents, no invisible characters) or the original text (``view: original``). Hits
are mapped back to original offsets by the caller. A pattern that runs past its
time limit on a message is skipped for that message, never raised.

Speed: the folded view is already lower case, so a pattern written in lower case does
not need ``IGNORECASE``, and without it the standard library's engine skips ahead on
the first characters a match can start with: the long word alternations of a charter
run 2–5 times faster there than in ``regex``. :func:`fast_pattern` compiles that
second copy only when it provably reads the same (the standard parser accepts the
pattern, no letter in it is upper case) and cannot backtrack exponentially (no long
repetition of anything but one character class); it is used on messages of at most
:data:`FAST_MAX_LENGTH` characters, where what is left (polynomial backtracking) stays
bounded without a time limit. Longer messages, and every other pattern, run in
``regex`` with the limit.
"""

from __future__ import annotations

import bisect
import functools
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from chartekit.matchers import Hit, facts_table

__all__ = [
    "DEFAULT_TIMEOUT", "FAST_MAX_LENGTH", "RegexRule", "compile_pattern", "fast_eligible",
    "fast_pattern", "join_alternatives", "parse_tree", "pattern_error", "sequence_items",
    "split_alternatives",
]

DEFAULT_TIMEOUT = 0.05  # seconds per pattern per message
FAST_MAX_LENGTH = 2_000  # characters: beyond, only the time-limited engine runs

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

_REPEATS = frozenset(
    op for op in (getattr(_c, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
    if op is not None
)
_ESCAPE = re.compile(r"\\.", re.S)
_FLAGS_OR_NAMES = re.compile(r"\(\?(?![:=!]|<[=!])")  # (?i), (?P<name>, (?#: not plain groups
_POSIX_CLASS = re.compile(r"\[:\^?[a-z]+:\]")


@functools.lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> regex.Pattern[str]:
    """Compile a charter pattern; raises ``regex.error`` with the position of a mistake."""
    return regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)


@functools.lru_cache(maxsize=4096)
def parse_tree(pattern: str) -> Any:
    """The standard library's syntax tree of ``pattern``, or None where it cannot read it."""
    if _POSIX_CLASS.search(_ESCAPE.sub("", pattern)):
        return None  # [[:alpha:]] is a class in ``regex``, a nested set in ``re``
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _p.parse(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None


def pattern_error(pattern: str) -> regex.error | None:
    """What is wrong with ``pattern``, or None when it is a valid charter pattern.

    The standard library's parser reads most patterns ten times faster than a full
    compile, and ``regex`` reads everything it reads; only the rest is compiled here.
    The compiled pattern is built when a message first needs it.
    """
    facts = facts_table.lookup(pattern)
    if (facts.readable if facts is not None else parse_tree(pattern) is not None):
        return None
    try:
        compile_pattern(pattern)
    except regex.error as exc:
        return exc
    except (RecursionError, OverflowError, MemoryError):
        # "((((…))))" nested hundreds deep: the parsers recurse once per level.
        return regex.error("pattern nested too deeply or too large to compile")
    return None


@functools.lru_cache(maxsize=4096)
def _compile_fast(pattern: str) -> re.Pattern[str] | None:
    """The standard library's compiled pattern, or None where only ``regex`` compiles it
    (a look-behind of varying width parses in ``re`` but does not compile)."""
    try:
        return re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return None


def sequence_items(items: Any) -> list[Any]:
    """The items of a parsed sequence (a ``SubPattern``'s list, read without its __getitem__)."""
    data = getattr(items, "data", None)
    return data if isinstance(data, list) else list(items)


def _items(node: Any) -> list[tuple[Any, Any]]:
    """The (op, argument) children of a parsed node, whatever its kind."""
    op, av = node
    if op in _REPEATS:
        return sequence_items(av[2])
    if op is _c.SUBPATTERN:
        return sequence_items(av[-1])
    if op is _c.BRANCH:
        return [item for branch in av[1] for item in branch]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return sequence_items(av[1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return list(av)
    if op is _c.GROUPREF_EXISTS:
        return [item for branch in av[1:] if branch is not None for item in branch]
    return []


_SINGLE = frozenset({_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.CATEGORY})
_SMALL_REPEAT = 10  # a repetition bounded by this may hold anything safe


def _backtracks_badly(items: list[tuple[Any, Any]]) -> bool:
    """Whether a long repetition holds more than one character class: ``(a+)+``, ``(a|aa)+``.

    Long repetitions (unbounded, or above :data:`_SMALL_REPEAT`) of one character class
    (``\\s+``, ``[\\w'-]+``) backtrack at worst polynomially; a repetition of a group or an
    alternation can take exponential time.
    """
    for op, av in items:
        if op in _REPEATS:
            body = sequence_items(av[2])
            long = av[1] is _c.MAXREPEAT or av[1] > _SMALL_REPEAT
            if long and not (len(body) == 1 and body[0][0] in _SINGLE):
                return True
        if _backtracks_badly(_items((op, av))):
            return True
    return False


def fast_pattern(pattern: str, view: str = "folded", casefolded: bool = True
                 ) -> re.Pattern[str] | None:
    """The pattern for the standard library's engine, without ``IGNORECASE``, when safe."""
    return _compile_fast(pattern) if fast_eligible(pattern, view, casefolded) else None


def fast_eligible(pattern: str, view: str = "folded", casefolded: bool = True) -> bool:
    """Whether ``pattern`` can run in the standard library's engine (see the module's doc)."""
    if view != "folded" or not casefolded:
        return False
    bare = _ESCAPE.sub("", pattern)
    if any(c.isupper() for c in bare) or _FLAGS_OR_NAMES.search(bare):
        return False  # upper-case letters, inline flags, named groups: keep one engine
    facts = facts_table.lookup(pattern)
    if facts is not None:
        return facts.readable and not facts.backtracks_badly
    return parse_tree(pattern) is not None and not tree_backtracks_badly(pattern)


@functools.lru_cache(maxsize=4096)
def tree_backtracks_badly(pattern: str) -> bool:
    """Whether the standard library's tree of ``pattern`` has a long repetition of more
    than one character class (False when it cannot read the pattern)."""
    tree = parse_tree(pattern)
    return tree is not None and _backtracks_badly(sequence_items(tree))


_BRANCHES_MIN_LENGTH = 300  # shorter patterns run fast enough whole
_NUMBERED = re.compile(r"\\[1-9]|\(\?P=|\\g<|\(\?\(")  # backreferences, conditionals


def split_alternatives(pattern: str) -> tuple[str, tuple[str, ...], str] | None:
    """``(?<!\\w)(?:A|B|C)(?!\\w)`` -> ``("(?<!\\w)", ("A", "B", "C"), "(?!\\w)")``.

    A charter pattern is usually one large alternation between two assertions, and on a
    given message the gate can tell which of its alternatives might match. Running only
    those finds exactly the same matches: an alternation tries its alternatives in order
    and keeps the first that matches, and one that matches nowhere in the text never was
    that first. Returns None when the pattern is short, has no such group (a non-capturing
    group holding at least two alternatives and most of the pattern), or numbers its
    groups in a way a shorter alternation would change (backreferences, conditionals).
    """
    if len(pattern) < _BRANCHES_MIN_LENGTH or _NUMBERED.search(pattern):
        return None
    depth, i, n = 0, 0, len(pattern)
    best: tuple[int, int, list[int]] | None = None
    start, bars = 0, list[int]()
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" right after "[" or "[^" is a member, not its end
            i += 2 if pattern.startswith("[^", i) else 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c == "(":
            if depth == 0:
                start, bars = i, []
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and (best is None or i + 1 - start > best[1] - best[0]):
                best = (start, i + 1, bars)
        elif c == "|":
            if depth == 0:
                return None  # an alternation at the top: no single group holds it
            if depth == 1:
                bars.append(i)
        i += 1
    if best is None or depth != 0:
        return None
    first, last, cuts = best
    if not pattern.startswith("(?:", first) or not cuts or (last - first) * 2 < n:
        return None
    ends = [*cuts, last - 1]
    branches = tuple(pattern[a:b] for a, b in zip([first + 3, *(c + 1 for c in cuts)], ends,
                                                  strict=True))
    prefix, suffix = pattern[:first], pattern[last:]
    if join_alternatives(prefix, branches, suffix) != pattern:
        return None
    return prefix, branches, suffix


def join_alternatives(prefix: str, branches: Sequence[str], suffix: str) -> str:
    """The pattern :func:`split_alternatives` read, with only ``branches`` left in it."""
    return f"{prefix}(?:{'|'.join(branches)}){suffix}"


@dataclass(frozen=True, slots=True)
class RegexRule:
    """A regex rule, compiled for each engine when a message first needs it."""

    rule: int
    source: str
    view: str = "folded"
    timeout: float = DEFAULT_TIMEOUT
    # What every match's text contains (matchers.prefilter: a Condition, or a set of strings
    # one of which it contains); None: no guarantee. The charter's Gate reads them.
    required: tuple[tuple[frozenset[str], ...], ...] | frozenset[str] | None = None
    fast: bool = False  # whether the standard library's engine may run it (fast_eligible)
    # split_alternatives: the gate opens each alternative by itself; () when not split
    prefix: str = ""
    branches: tuple[str, ...] = ()
    suffix: str = ""

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The time-limited ``regex`` pattern."""
        return compile_pattern(self.source)

    def find(self, folded: str, original: str, token_starts: Sequence[int],
             branches: tuple[int, ...] | None = None) -> tuple[list[Hit], bool]:
        """Hits on the chosen view, and whether the time limit cut the search short.

        ``branches``: the only alternatives (indexes into :attr:`branches`) that can match
        this text, as the gate found; None runs the whole pattern.
        """
        text = original if self.view == "original" else folded
        source = self.source
        if branches is not None and len(branches) < len(self.branches):
            source = _subset(self.prefix, self.branches, self.suffix, branches)
        hits: list[Hit] = []
        try:
            fast = (_compile_fast(source) if self.fast and len(text) <= FAST_MAX_LENGTH
                    else None)
            matches = (fast.finditer(text) if fast is not None
                       else compile_pattern(source).finditer(text, timeout=self.timeout))
            for m in matches:
                if m.end() == m.start():
                    continue
                first = _token_at(token_starts, m.start()) if self.view == "folded" else -1
                last = _token_at(token_starts, m.end() - 1) if self.view == "folded" else -1
                hits.append(Hit(self.rule, self.source, m.start(), m.end(), first, last,
                                m.group(0).casefold()))
        except TimeoutError:
            return hits, True
        return hits, False


@functools.lru_cache(maxsize=4096)
def _subset(prefix: str, branches: tuple[str, ...], suffix: str, kept: tuple[int, ...]) -> str:
    return join_alternatives(prefix, [branches[i] for i in kept], suffix)


def _token_at(starts: Sequence[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)
