"""The fast engine for lower-case patterns reads exactly what the time-limited one reads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import regex
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import chartekit
from chartekit._normalize import normalize
from chartekit.matchers.regex import (
    FAST_MAX_LENGTH,
    RegexRule,
    compile_pattern,
    fast_pattern,
    pattern_error,
)

CASES = Path(__file__).parent / "cases"


@pytest.mark.parametrize(("pattern", "fast"), [
    (r"(?<!\w)(?:sales?|sal)\s+(?:arabes?|juifs?)(?!\w)", True),
    (r"(?:\s+[\w'-]+){0,3}?\s+sont", True),  # a short repetition may hold a group
    (r"\d(?:[\s.\-/()]{0,3}\d){7,}", False),  # a long repetition of a group
    (r"(a+)+b", False),  # nested repetition: exponential backtracking
    (r"(a|aa)+$", False),  # alternation under a repetition: exponential too
    (r"SNCF", False),  # upper case: the folded view never has it, keep IGNORECASE
    (r"(?i)abc", False),  # inline flags
    (r"(?P<word>abc)", False),  # named groups
    (r"\p{L}+ boom", False),  # regex-only syntax
    (r"\Snazi\b", True),  # upper-case escapes are fine
])
def test_which_patterns_get_the_fast_engine(pattern: str, fast: bool) -> None:
    assert (fast_pattern(pattern) is not None) is fast


def test_invalid_patterns_are_reported_with_their_position() -> None:
    error = pattern_error(r"(?:sale\s+(arabe")
    assert error is not None
    assert error.pos is not None
    assert pattern_error(r"\p{L}+ boom") is None  # valid for regex, unreadable for re
    assert pattern_error(r"[[:alpha:]]+") is None
    assert fast_pattern(r"[[:alpha:]]+") is None  # a POSIX class in regex, a set in re


def test_only_the_folded_case_folded_view_gets_it() -> None:
    assert fast_pattern("abc", view="original") is None
    assert fast_pattern("abc", casefolded=False) is None


def test_every_bundled_pattern_gets_it() -> None:
    charter = chartekit.load_charter("fr")
    assert all(rule.fast for rule in charter.regexes)


def _texts() -> list[str]:
    texts = []
    for path in sorted(CASES.glob("*.yaml")):
        texts.extend(case["text"] for case in yaml.safe_load(path.read_text("utf-8"))["cases"])
    return [normalize(text).folded for text in texts]


def _spans(pattern: regex.Pattern[str] | object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def test_both_engines_agree_on_every_case_text() -> None:
    charter = chartekit.load_charter("fr")
    texts = _texts()
    matched = 0
    for rule in charter.regexes:
        fast = fast_pattern(rule.source)
        assert fast is not None
        for text in texts:
            expected = _spans(rule.pattern, text)
            assert _spans(fast, text) == expected, (charter.rules[rule.rule].id, text)
            matched += bool(expected)
    assert matched > 100  # the case files do exercise the patterns


PATTERNS = [r.pattern for r in chartekit.load_charter("fr").rules if r.pattern]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_both_engines_agree_on_generated_text(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(PATTERNS))
    vocabulary = [*regex.findall(r"[a-z']{2,}", pattern), "de", "la", " ", "!", "1", "#"]
    text = " ".join(data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=10)))
    fast = fast_pattern(pattern)
    assert fast is not None
    assert _spans(fast, text) == _spans(compile_pattern(pattern), text)


@pytest.mark.parametrize("pattern", [r"(?<=a|bc)x", r"(?<!\w+)x"])
def test_patterns_only_regex_compiles_still_run(regex_charter: Callable[..., Path],
                                                pattern: str) -> None:
    """A look-behind of varying width parses in ``re`` but only compiles in ``regex``."""
    path = regex_charter(pattern, confidence=0.9)
    verdict = chartekit.moderate("bcx, x", path)
    assert "odd" in verdict.categories
    assert not verdict.warnings


def test_long_messages_run_in_the_time_limited_engine() -> None:
    slow = r"(?:\s+\w+){0,3}x"
    rule = RegexRule(0, slow, fast=True, timeout=1e-9)
    hits, timed_out = rule.find("a " * FAST_MAX_LENGTH, "", [0])
    assert timed_out
    assert not hits
    hits, timed_out = rule.find("a x", "", [0])
    assert not timed_out
    assert len(hits) == 1


def _lookaround_bodies(pattern: str) -> list[str]:
    """The text of each look-ahead or look-behind group in ``pattern``, nested ones included."""
    bodies = []
    for opening in regex.finditer(r"(?<!\\)\(\?<?[=!]", pattern):
        depth, i = 0, opening.start()
        while i < len(pattern):
            char = pattern[i]
            if char == "\\":
                i += 2
                continue
            if char == "[":  # a set: its brackets are not groups
                i = pattern.index("]", i + 2 if pattern[i + 1:i + 2] in ("^", "]") else i + 1)
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    bodies.append(pattern[opening.end():i])
                    break
            i += 1
    return bodies


def test_no_bundled_look_around_scans_without_bound() -> None:
    """A look-around holding a negated set or a dot under ``*`` or ``+`` can read to the end
    of the text each time it is tried: quadratic on long messages (the piracy rules were,
    until bounded)."""
    # a negated set or a dot repeated without bound: it reads across anything ("\\s+" stops
    # at the first letter)
    unbounded = regex.compile(r"(?:\[\^(?:\\.|[^\]])*\]|(?<!\\)\.)[*+]")
    rules = [r for r in chartekit.load_charter("fr").rules if r.pattern]
    assert rules
    for rule in rules:
        assert rule.pattern is not None
        for body in _lookaround_bodies(rule.pattern):
            assert not unbounded.search(body), (rule.id, body[:80])
