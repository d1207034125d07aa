"""Alternations gated branch by branch find what the whole pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chartekit
from chartekit.matchers.branches import split_branches
from chartekit.matchers.prefilter import Gate, gate_condition
from chartekit.matchers.regex import RegexRule, selected


@pytest.mark.parametrize(("pattern", "branches"), [
    (r"(?<!\w)(?:ab|cd)(?!\w)", (r"(?<!\w)(?:ab)(?!\w)", r"(?<!\w)(?:cd)(?!\w)")),
    (r"\b(?:a(?:b|c)|[|]d|e\|f)x", (r"\b(?:a(?:b|c))x", r"\b(?:[|]d)x", r"\b(?:e\|f)x")),
    (r"(?:[]|]|y)", (r"(?:[]|])", r"(?:y)")),
    (r"(?:ab|cd)+", None),  # a repeated group: its branches combine
    (r"x(?:ab|cd)", None),  # a prefix that consumes text: tried in another order
    (r"(?:(a)|b)\1", None),  # a backreference: numbering would change
    (r"(?:(?P<x>a)|b)(?P=x)", None),
    (r"(?:ab)", None),  # one branch: nothing to cut
    (r"ab|cd", None),  # no group
    (r"(?x)(?:a b|c)", None),  # verbose
])
def test_split(pattern: str, branches: tuple[str, ...] | None) -> None:
    assert split_branches(pattern) == branches


WORDS = ["sale", "rat", "sales", "ratio", "de", "les", "x"]
ALTERNATIVES = st.lists(st.sampled_from([
    "sale", "rats?", "sale\\s+rat", "les\\s+(?:rats|sales)", "(?:de\\s+)?rat", "ratio|x",
    "r[a-z]t", "\\w+o", "sale(?=\\s+de)",
]), min_size=2, max_size=5)


@settings(max_examples=300, deadline=None)
@given(alternatives=ALTERNATIVES,
       prefix=st.sampled_from(["", r"(?<!\w)", r"\b", r"(?<![a-z])(?=[a-z])"]),
       suffix=st.sampled_from(["", r"(?!\w)", r"\s+de", r"s?"]),
       words=st.lists(st.sampled_from(WORDS), max_size=8),
       separators=st.lists(st.sampled_from([" ", "", "-"]), min_size=8, max_size=8))
def test_selected_branches_find_what_the_whole_finds(alternatives: list[str], prefix: str,
                                                     suffix: str, words: list[str],
                                                     separators: list[str]) -> None:
    pattern = f"{prefix}(?:{'|'.join(alternatives)}){suffix}"
    branches = split_branches(pattern)
    assert branches is not None
    text = "".join(w + s for w, s in zip(words, separators, strict=False))
    whole = RegexRule(0, pattern)
    entries = [RegexRule(0, b, required=gate_condition(b), whole=whole) for b in branches]
    chosen = selected(Gate(e.required for e in entries).open(text), entries)
    expected = [m.span() for m in re.finditer(pattern, text)]
    if not chosen:
        assert expected == []
        return
    got = [m.span() for m in re.finditer(chosen[0].source, text)]
    assert got == expected


def test_bundled_rules_are_gated_by_branch_and_report_the_whole_pattern() -> None:
    charter = chartekit.load_charter("fr")
    split = [r for r in charter.regexes if r.whole is not None]
    assert len({r.rule for r in split}) > 40  # most big rules are cut
    (reason,) = chartekit.moderate("je vais te défoncer", charter).reasons
    assert reason.term == charter.rules[[r.id for r in charter.rules].index(
        reason.rule_id)].pattern
