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
    join_alternatives,
    pattern_error,
    split_alternatives,
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


LONG = "z" * 300  # split_alternatives leaves short patterns whole


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<!\w)(?:sale\s+con|pauvre\s+(?:type|mec)|[|]\|x|" + LONG + r")(?!\w)",
     ("(?<!\\w)", ("sale\\s+con", "pauvre\\s+(?:type|mec)", "[|]\\|x", LONG), "(?!\\w)")),
    (r"(?:[]|)]a|b\)c|" + LONG + ")", ("", ("[]|)]a", "b\\)c", LONG), "")),  # "]" first in []
    (r"(?:[^]|]a|" + LONG + ")", ("", ("[^]|]a", LONG), "")),
])
def test_patterns_split_into_their_alternatives(pattern: str, expected: object) -> None:
    assert split_alternatives(pattern) == expected
    prefix, branches, suffix = expected  # type: ignore[misc]
    assert join_alternatives(prefix, branches, suffix) == pattern


@pytest.mark.parametrize("pattern", [
    r"(?:a|b)",  # short
    r"(?:a|" + LONG + r")c|d",  # an alternation at the top
    r"((?:a|" + LONG + r"))\1",  # a backreference
    r"(a|" + LONG + ")",  # a capturing group
    LONG + r"(?:a|b)",  # the group is a small part of the pattern
    r"(?:" + LONG + ")",  # one alternative
])
def test_patterns_left_whole(pattern: str) -> None:
    assert split_alternatives(pattern) is None


def test_most_bundled_patterns_are_split() -> None:
    charter = chartekit.load_charter("fr")
    assert sum(1 for r in charter.regexes if r.branches) >= len(charter.regexes) * 3 // 4
    assert len(charter.regex_slots) > len(charter.regexes)


def test_running_only_the_alternatives_that_match_alone_finds_the_same() -> None:
    """On every case-file text a split pattern matches: only the alternatives that match
    somewhere by themselves (what the gate lets through, at most) find the same hits."""
    from chartekit.testing import load_cases

    charter = chartekit.load_charter("fr")
    split = [r for r in charter.regexes if r.branches]
    texts = {normalize(case.text).folded for path in sorted(CASES.glob("*.yaml"))
             for case in load_cases(path)}
    compared = 0
    for text in sorted(texts):
        for rule in split:
            whole, _ = rule.find(text, text, [0])
            if not whole:
                continue
            alone = tuple(i for i, b in enumerate(rule.branches)
                          if compile_pattern(join_alternatives(rule.prefix, [b],
                                                               rule.suffix)).search(text))
            some, _ = rule.find(text, text, [0], alone)
            assert [(h.start, h.end) for h in some] == [(h.start, h.end) for h in whole], (
                charter.rules[rule.rule].id, text)
            compared += 1
    assert compared > 300
