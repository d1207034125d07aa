"""The pattern facts table (chartekit.matchers.facts_table) answers as the functions would,
and a missing, stale or broken table only means working the answers out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import chartekit
from chartekit.matchers import facts_table, prefilter, regex

PATTERNS = [
    r"(?<!\w)(?:grand\s+)?marabouts?(?!\w)",
    r"(?:dehors les (?:arabes|juifs)|virez les (?:arabes|juifs))",
    r"(?:je|on)\s+(?:te|vous)\s+va",  # no gate
    r"(?:ab|cd)+\s+dehors",  # backtracks badly
    r"\p{L}+ boom",  # the standard parser cannot read it
]


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "pattern_facts.json"
    monkeypatch.setattr(facts_table, "TABLE_PATH", path)
    monkeypatch.setattr(facts_table, "_table", None)
    facts_table._clear_caches()
    yield path
    facts_table._clear_caches()


def _answers(pattern: str) -> tuple[object, ...]:
    return (regex.pattern_error(pattern) is None, regex.fast_eligible(pattern),
            prefilter.required_substrings(pattern), prefilter.required_condition(pattern))


def test_answers_read_from_the_table_are_the_computed_ones(table: Path) -> None:
    with facts_table.disabled():
        computed = [_answers(p) for p in PATTERNS]
    assert facts_table.write_table(PATTERNS, table) == len(PATTERNS)
    facts_table._clear_caches()
    for pattern in PATTERNS:
        assert facts_table.lookup(pattern) is not None
    assert [_answers(p) for p in PATTERNS] == computed
    assert computed[0][2] == {"marabout"}
    assert computed[2][2] is None  # only short words: no gate
    assert computed[3][1] is False  # the standard library's engine could backtrack


def test_a_pattern_not_in_the_table_is_worked_out(table: Path) -> None:
    facts_table.write_table(PATTERNS[:1], table)
    facts_table._clear_caches()
    edited = PATTERNS[0].replace("marabout", "voyant")
    assert facts_table.lookup(edited) is None
    assert prefilter.required_substrings(edited) == {"voyant"}


@pytest.mark.parametrize("content", ["", "{not json", '{"format": 999}', "[]"])
def test_a_broken_or_foreign_table_is_ignored(table: Path, content: str) -> None:
    table.write_text(content, encoding="utf-8")
    assert facts_table.lookup(PATTERNS[0]) is None
    assert prefilter.required_substrings(PATTERNS[0]) == {"marabout"}


def test_no_table_at_all(table: Path) -> None:
    assert not table.exists()
    assert facts_table.lookup(PATTERNS[0]) is None
    assert regex.pattern_error(r"(?:sale\s+(arabe") is not None


def test_a_charter_loads_the_same_with_and_without_the_table(tmp_path: Path,
                                                             table: Path) -> None:
    charter = tmp_path / "c.yaml"
    rules = "\n".join(f"      - id: r{i}\n        regex: '{p}'" for i, p in enumerate(PATTERNS))
    charter.write_text(f"version: 1\nname: c\ncategories:\n  scam:\n    rules:\n{rules}\n",
                       encoding="utf-8")
    with facts_table.disabled():
        computed = chartekit.load_charter(charter)
    chartekit._charter._CACHE.clear()
    facts_table.write_table(PATTERNS, table)
    facts_table._clear_caches()
    shipped = chartekit.load_charter(charter)
    chartekit._charter._CACHE.clear()
    assert shipped.regexes == computed.regexes
    assert shipped.regex_gate.__reduce__() == computed.regex_gate.__reduce__()
    text = "grand marabout, dehors les juifs"
    assert chartekit.moderate(text, shipped) == chartekit.moderate(text, computed)
