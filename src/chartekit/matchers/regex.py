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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from chartekit.matchers import Hit, facts_table

__all__ = [
    "DEFAULT_TIMEOUT", "FAST_MAX_LENGTH", "RegexRule", "compile_pattern", "fast_eligible",
    "fast_pattern", "parse_tree", "pattern_error", "selected", "sequence_items", "token_at",
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
    # str.islower(): every cased character is lower case (and there is one), in C
    if (not bare.islower() and any(c.isupper() for c in bare)) or _FLAGS_OR_NAMES.search(bare):
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
    # A branch of a larger alternation (matchers.branches): the whole pattern, run instead
    # when more than one of its branches passes the gate.
    whole: RegexRule | None = None

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The time-limited ``regex`` pattern."""
        return compile_pattern(self.source)

    def find(self, folded: str, original: str, token_starts: Sequence[int]
             ) -> tuple[list[Hit], bool]:
        """Hits on the chosen view, and whether the time limit cut the search short."""
        text = original if self.view == "original" else folded
        term = self.whole.source if self.whole is not None else self.source  # the rule's own
        hits: list[Hit] = []
        try:
            fast = (_compile_fast(self.source) if self.fast and len(text) <= FAST_MAX_LENGTH
                    else None)
            matches = (fast.finditer(text) if fast is not None
                       else compile_pattern(self.source).finditer(text, timeout=self.timeout))
            for m in matches:
                if m.end() == m.start():
                    continue
                first = token_at(token_starts, m.start()) if self.view == "folded" else -1
                last = token_at(token_starts, m.end() - 1) if self.view == "folded" else -1
                hits.append(Hit(self.rule, term, m.start(), m.end(), first, last,
                                m.group(0).casefold()))
        except TimeoutError:
            return hits, True
        return hits, False


def selected(opened: Iterable[int], regexes: Sequence[RegexRule]) -> dict[int, RegexRule]:
    """What to run for the gate's ``opened`` positions, by rule, in rule order: a branch
    alone when it is its alternation's only open branch, else the whole pattern."""
    chosen: dict[int, RegexRule] = {}
    for position in sorted(opened):
        regex_rule = regexes[position]
        if regex_rule.whole is not None and regex_rule.rule in chosen:
            chosen[regex_rule.rule] = regex_rule.whole
        else:
            chosen[regex_rule.rule] = regex_rule
    return chosen


def token_at(starts: Sequence[int], offset: int) -> int:
    """The index of the token (by its start offset) that holds ``offset``."""
    return max(bisect.bisect_right(starts, offset) - 1, 0)
