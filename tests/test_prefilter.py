"""The regex prefilter only skips work: whenever a pattern matches, a required string is there."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import chartekit
from chartekit.matchers.prefilter import required_substrings
from chartekit.matchers.regex import compile_pattern


def test_required_strings_of_simple_patterns() -> None:
    assert required_substrings(r"(?<!\w)(?:grand\s+)?marabouts?(?!\w)") == {"marabout"}
    assert required_substrings(r"(?:sale|sales)\s+(?:arabes?|juifs?)") == {"arabe", "juif"}
    assert required_substrings(r"(?:je|on)\s+(?:te|vous)\s+va") is None  # only short words
    assert required_substrings(r"\w+\s+dehors") == {"dehors"}
    assert required_substrings(r"(?:a+|dehors)") is None  # a branch with no long literal
    assert required_substrings(r"\p{L}+ boom") is None  # the standard parser cannot read it


def _words(pattern: str) -> list[str]:
    return regex.findall(r"[a-z']{2,}", pattern) or ["x"]


PATTERNS = [r.pattern for r in chartekit.load_charter("fr").rules if r.pattern]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_no_match_is_ever_skipped(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(PATTERNS))
    words = data.draw(st.lists(st.sampled_from([*_words(pattern), "de", "la", "!", "1"]),
                               min_size=1, max_size=8))
    text = " ".join(words)
    required = required_substrings(pattern)
    if required is not None and compile_pattern(pattern).search(text):
        assert any(s in text for s in required), (pattern[:60], text)


def test_bundled_patterns_mostly_have_a_prefilter() -> None:
    charter = chartekit.load_charter("fr")
    filtered = [r for r in charter.regexes if r.required is not None]
    assert len(filtered) >= len(charter.regexes) * 3 // 4


def test_gate_opens_only_rules_whose_strings_are_there() -> None:
    from chartekit.matchers.prefilter import Gate

    gate = Gate([frozenset({"marabout"}), None, frozenset({"dehors", "virez"})])
    assert gate.open("un grand marabout") == {0, 1}
    assert gate.open("virez-les") == {1, 2}
    assert gate.open("") == {1}


def test_gated_and_ungated_charters_agree() -> None:
    import dataclasses

    from chartekit.matchers.prefilter import Gate

    charter = chartekit.load_charter("fr")
    open_gate = dataclasses.replace(charter, regex_gate=Gate(None for _ in charter.regexes))
    for text in ["Les migrants sont des rats, dehors !", "Grand marabout, retour affectif",
                 "je vais te retrouver", "Bonjour, merci pour votre aide", "x" * 5000]:
        assert (chartekit.moderate(text, charter).to_dict()
                == chartekit.moderate(text, open_gate).to_dict())
