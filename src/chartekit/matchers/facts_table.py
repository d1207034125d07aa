"""What loading learns from each bundled pattern, worked out when the wheel is built.

Loading a charter reads every regex pattern's syntax tree four times over: to check it
(:func:`chartekit.matchers.regex.pattern_error`), to choose its engine
(:func:`~chartekit.matchers.regex.fast_eligible`) and to find the strings the gate tests
(:func:`~chartekit.matchers.prefilter.required_substrings`,
:func:`~chartekit.matchers.prefilter.required_condition`). The bundled ``fr`` charter has
about 115,000 characters of patterns, and the standard library's parser, written in
Python, spends most of ``load_charter("fr")`` on them.

None of that depends on anything but the pattern's text, so the wheel build
(``hatch_build.py``) works it out once for the bundled charters and ships the answers in
``chartekit/data/pattern_facts.json``, keyed by a hash of each pattern. Each of the four
functions looks its pattern up here first and works the answer out itself when it is not
there: a charter of one's own, an edited bundled pattern, an editable install (which has
no table). The table only ever saves time; an answer read from it is the one the
function would have computed (``tests/test_build.py`` checks it on the installed wheel).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["TABLE_PATH", "Facts", "bundled_patterns", "compute", "disabled", "lookup", "main",
           "write_table"]

TABLE_PATH = Path(__file__).resolve().parent.parent / "data" / "pattern_facts.json"
FORMAT = 2

Clause = frozenset[str]


@dataclass(frozen=True, slots=True)
class Facts:
    """One pattern's answers: see the module's doc for the function each one stands for."""

    readable: bool  # the standard library's parser reads it (so it is a valid pattern)
    backtracks_badly: bool  # a long repetition of more than one character class
    required: Clause | None  # required_substrings
    condition: tuple[tuple[Clause, ...], ...] | None  # required_condition
    cuts: tuple[int, ...] | None = None  # where split_branches cuts it (matchers.branches)


def key(pattern: str) -> str:
    return hashlib.blake2b(pattern.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


_table: dict[str, Facts] | None = None
_enabled = True


def _load(path: Path) -> dict[str, Facts]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no table (editable install) or an unreadable one: work everything out
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    clauses = [frozenset(strings) for strings in data["clauses"]]
    table: dict[str, Facts] = {}
    for digest, (readable, backtracks, required, condition, cuts) in data["patterns"].items():
        table[digest] = Facts(
            bool(readable), bool(backtracks),
            None if required is None else clauses[required],
            None if condition is None else tuple(tuple(clauses[i] for i in alternative)
                                                 for alternative in condition),
            None if cuts is None else tuple(cuts))
    return table


def lookup(pattern: str) -> Facts | None:
    """The shipped answers for ``pattern``, or None: work them out."""
    global _table
    if not _enabled:
        return None
    if _table is None:
        _table = _load(TABLE_PATH)
    return _table.get(key(pattern)) if _table else None


@contextmanager
def disabled() -> Iterator[None]:
    """Work every answer out, as an editable install does (for tests and the build)."""
    global _enabled
    before, _enabled = _enabled, False
    _clear_caches()
    try:
        yield
    finally:
        _enabled = before
        _clear_caches()


def _clear_caches() -> None:
    from chartekit.matchers import prefilter, regex

    for function in (regex.parse_tree, regex.tree_backtracks_badly,
                     prefilter.required_substrings, prefilter.required_condition):
        function.cache_clear()


def compute(pattern: str) -> Facts:
    """The answers the four functions give for ``pattern`` without the table."""
    from chartekit.matchers import branches, prefilter, regex

    with disabled():
        return Facts(regex.parse_tree(pattern) is not None, regex.tree_backtracks_badly(pattern),
                     prefilter.required_substrings(pattern),
                     prefilter.required_condition(pattern), branches.cuts(pattern))


def write_table(patterns: Iterable[str], path: Path) -> int:
    """Work out every pattern's answers and write the table; returns how many patterns."""
    clauses: dict[Clause, int] = {}

    def index(clause: Clause) -> int:
        return clauses.setdefault(clause, len(clauses))

    rows: dict[str, list[object]] = {}
    for pattern in dict.fromkeys(patterns):
        facts = compute(pattern)
        rows[key(pattern)] = [
            int(facts.readable), int(facts.backtracks_badly),
            None if facts.required is None else index(facts.required),
            None if facts.condition is None else [[index(c) for c in alternative]
                                                  for alternative in facts.condition],
            None if facts.cuts is None else list(facts.cuts)]
    table = {"format": FORMAT, "clauses": [sorted(c) for c in clauses], "patterns": rows}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
                    encoding="utf-8")
    return len(rows)


def bundled_patterns() -> list[str]:
    """Every regex pattern of the bundled charters, as loading reads them: each rule's, and
    each branch the gate indexes on its own (``matchers.branches``)."""
    from chartekit._charter import bundled_charters, load_charter

    return [*dict.fromkeys(
        pattern for name in bundled_charters() for regex_rule in load_charter(name).regexes
        for pattern in (regex_rule.source, *((regex_rule.whole.source,) if regex_rule.whole
                                              else ())))]


def main(out: str) -> None:
    """Write the bundled charters' table to ``out`` (what the wheel build runs)."""
    print(f"{write_table(bundled_patterns(), Path(out))} patterns")
