"""The regex prefilter only skips work: whenever a pattern matches, a required string is there."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import chartekit
from chartekit.matchers.prefilter import (
    Condition,
    Gate,
    gate_condition,
    required_condition,
    required_substrings,
)
from chartekit.matchers.regex import compile_pattern
from chartekit.testing import load_cases


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
    for condition in (required_condition(pattern), gate_condition(pattern)):
        if condition is not None and compile_pattern(pattern).search(text):
            assert any(all(any(s in text for s in clause) for clause in alternative)
                       for alternative in condition), (pattern[:60], text)


def test_conditions_need_every_part_of_one_alternative() -> None:
    condition = required_condition(
        r"(?<!\w)(?:dehors\s+les\s+(?:arabes|juifs)|virez\s+(?:tous\s+)?les\s+migrants)(?!\w)")
    assert condition is not None
    assert {frozenset(a) for a in condition} == {  # one alternative per way through
        frozenset({frozenset({"dehors"}), frozenset({"arabes"})}),
        frozenset({frozenset({"dehors"}), frozenset({"juifs"})}),
        frozenset({frozenset({"virez"}), frozenset({"migrants"})}),
    }
    # Everyday words alone prove little, but all of them together still have to be there.
    short = required_condition(r"(?:je|on)\s+(?:te|vous)\s+va")
    assert short is not None
    assert (frozenset({"je"}), frozenset({"vous"}), frozenset({"va"})) in short
    assert Gate([short]).open("je vous va") == {0}
    assert Gate([short]).open("merci pour tout") == set()
    assert set(required_condition(r"(?:marabout|vous\s+les)") or ()) == {
        (frozenset({"marabout"}),), (frozenset({"vous"}), frozenset({"les"}))}
    assert required_condition(r"(?:marabout|\w+)") is None  # a way through with no literal


def test_two_letters_make_a_clause_but_not_a_required_string() -> None:
    pattern = r"(?<!\w)(?:(?:dm|pm)\s+me|wa\s*:?\s*\+\d+|ecrivez[\s-]*moi)(?!\w)"
    assert required_substrings(pattern) is None
    condition = gate_condition(pattern)
    assert condition is not None
    gate = Gate([condition])
    assert gate.open("dm me") == {0}
    assert gate.open("wa: +33612") == {0}
    assert gate.open("ecrivez-moi") == {0}
    assert gate.open("merci pour ce message, bonne soirée") == set()


def test_the_gate_condition_joins_the_condition_and_the_required_strings() -> None:
    pattern = r"(?:je|on)\s+(?:te|vous)\s+va\s+(?:buter|tuer|(?:faire\s+)?payer)"
    assert required_substrings(pattern) == {"buter", "tuer", "payer"}
    condition = gate_condition(pattern)
    assert condition is not None
    assert Gate([condition]).open("je vais te dire") == set()
    assert Gate([condition]).open("on va te tuer") == {0}
    # "te" and "payer" already imply the required set: not tested twice
    assert (frozenset({"te"}), frozenset({"payer"})) in condition


def test_bundled_patterns_mostly_have_a_prefilter() -> None:
    charter = chartekit.load_charter("fr")
    filtered = [r for r in charter.regexes if r.required is not None]
    assert len(filtered) >= len(charter.regexes) * 3 // 4


def test_gate_opens_only_rules_whose_strings_are_there() -> None:
    gate = Gate([frozenset({"marabout"}), None, frozenset({"dehors", "virez"})])
    assert gate.open("un grand marabout") == {0, 1}
    assert gate.open("virez-les") == {1, 2}
    assert gate.open("") == {1}


def test_gate_needs_all_clauses_of_an_alternative() -> None:
    dehors = (frozenset({"dehors"}), frozenset({"arabes", "juifs"}))
    virez = (frozenset({"virez"}), frozenset({"migrants"}))
    gate = Gate([(dehors, virez), frozenset({"marabout"})])
    assert gate.open("dehors les juifs") == {0}
    assert gate.open("dehors, il pleut") == set()
    assert gate.open("virez les juifs") == set()
    assert gate.open("virez les migrants, marabout") == {0, 1}


def test_gated_and_ungated_charters_agree() -> None:
    import dataclasses

    charter = chartekit.load_charter("fr")
    open_gate = dataclasses.replace(charter, regex_gate=Gate(None for _ in charter.regexes))
    for text in ["Les migrants sont des rats, dehors !", "Grand marabout, retour affectif",
                 "je vais te retrouver", "Bonjour, merci pour votre aide", "x" * 5000]:
        assert (chartekit.moderate(text, charter).to_dict()
                == chartekit.moderate(text, open_gate).to_dict())


def test_gate_reads_upper_case_when_the_charter_keeps_case(tmp_path: Path) -> None:
    path = tmp_path / "keeps-case.yaml"
    path.write_text("version: 1\nname: keeps-case\nextends: fr\nnormalization:\n"
                    "  casefold: false\n", encoding="utf-8")
    charter = chartekit.load_charter(path)
    assert "hate" in chartekit.moderate("DEHORS LES ARABES", charter).categories


def _holds(condition: Condition, text: str) -> bool:
    """A condition read directly: some alternative has a string of each clause in text."""
    return any(all(any(s in text for s in clause) for clause in alternative)
               for alternative in condition)


_STRINGS = st.text(alphabet="abe", min_size=1, max_size=5)
_CONDITIONS = st.lists(st.lists(st.frozensets(_STRINGS, min_size=1, max_size=4), min_size=1,
                                max_size=3).map(tuple), min_size=1, max_size=3).map(tuple)


@given(st.lists(_CONDITIONS, min_size=1, max_size=4), st.text(alphabet="abe ", max_size=30))
@settings(max_examples=300, deadline=None)
def test_gate_opens_exactly_the_conditions_that_hold(conditions: list[Condition],
                                                     text: str) -> None:
    # Short strings are looked for with ``in`` unless they index an alternative; which
    # clause indexes one depends on how likely its strings are. Neither changes the result.
    assert Gate(conditions).open(text) == {
        i for i, condition in enumerate(conditions) if _holds(condition, text)}


def test_bundled_gate_opens_exactly_its_conditions_on_case_texts() -> None:
    charter = chartekit.load_charter("fr")
    conditions = [((c,),) if isinstance(c, frozenset) else c
                  for c in (r.required for r in charter.regexes)]
    longest = max(len(s) for c in conditions if c for a in c for clause in a for s in clause)
    texts = [case.text.lower() for path in sorted((Path(__file__).parent / "cases").glob("*.yaml"))
             for case in load_cases(path)]
    assert len(texts) > 1000
    for text in texts[::6]:  # every category's texts; all of them take 15 s
        present = {text[i:j] for i in range(len(text))
                   for j in range(i + 1, min(len(text), i + longest) + 1)}
        assert charter.regex_gate.open(text) == {
            i for i, c in enumerate(conditions)
            if c is None or any(all(not clause.isdisjoint(present) for clause in alternative)
                                for alternative in c)}
