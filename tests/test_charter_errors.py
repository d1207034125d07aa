"""A broken charter reports every problem, each with file, line, column, key path."""

from __future__ import annotations

from pathlib import Path

import pytest

import chartekit
from chartekit import CharterError, CharterNotFoundError, Problem


def load_text(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "charter.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CharterError) as info:
        chartekit.load_charter(path)
    return list(info.value.problems)


def test_three_mistakes_three_located_problems(charters_dir: Path) -> None:
    with pytest.raises(CharterError) as info:
        chartekit.load_charter(charters_dir / "three_mistakes.yaml")
    found = {(p.line, p.column, p.path) for p in info.value.problems}
    assert found == {
        (5, 13, "categories.insult.action"),
        (6, 5, "categories.insult.treshold"),
        (9, 16, "categories.insult.rules[0].regex"),
    }
    by_path = {p.path: p for p in info.value.problems}
    assert by_path["categories.insult.action"].suggestion == "did you mean 'remove'?"
    assert by_path["categories.insult.treshold"].suggestion == "did you mean 'threshold'?"
    assert "missing )" in by_path["categories.insult.rules[0].regex"].message
    assert all(p.file.endswith("three_mistakes.yaml") for p in info.value.problems)


@pytest.mark.parametrize(
    ("text", "path", "fragment"),
    [
        ("name: x\n", "", "missing 'version'"),
        ("version: 2\nname: x\n", "version", "unsupported version"),
        ("version: 1\nname: x\ncategories:\n  insults: {}\n", "categories.insults",
         "unknown category 'insults'"),
        ("version: 1\nname: x\ncategories:\n  insult:\n    threshold: 2\n",
         "categories.insult.threshold", "between 0 and 1"),
        ("version: 1\nname: x\ncategories:\n  insult:\n    threshold: 0.5\n    review_from: 0.6\n",
         "categories.insult.review_from", "above threshold"),
        ("version: 1\nname: x\ncategories:\n  insult:\n    rules:\n      - lexicon: [a]\n",
         "categories.insult.rules[0]", "no 'id'"),
        ("version: 1\nname: x\ncategories:\n  insult:\n    rules:\n      - id: a\n",
         "categories.insult.rules[0]", "exactly one of"),
        ("version: 1\nname: x\ncategories:\n  insult:\n    rules:\n"
         "      - {id: a, lexicon: [ok, 'con(nard']}\n",
         "categories.insult.rules[0].lexicon[1]", "cannot read term"),
        ("version: 1\nname: x\ncategories:\n  insult:\n    rules:\n"
         "      - {id: a, lexicon: [x]}\n      - {id: a, lexicon: [y]}\n",
         "categories.insult.rules[1].id", "duplicate rule id"),
        ("version: 1\nname: x\nname: y\n", "name", "duplicate key"),
        ("version: 1\nname: x\nnormalization: {leet: false}\n", "normalization.leet",
         "unknown key"),
        ("version: 1\nname: x\nrules:\n  - {id: a, category: insultt, lexicon: [x]}\n",
         "rules[0].category", "unknown category"),
        ("version: 1\nname: x\nexamples:\n  - {action: remove}\n", "examples[0]", "'text'"),
        ("version: 1\nname: x\ncategories:\n  insult:\n    rules:\n"
         f"      - {{id: a, regex: '{'(' * 2000}a{')' * 2000}'}}\n",
         "categories.insult.rules[0].regex", "nested too deeply"),
    ],
)
def test_each_mistake_is_located(tmp_path: Path, text: str, path: str, fragment: str) -> None:
    problems = load_text(tmp_path, text)
    assert any(p.path == path and fragment in p.message for p in problems), problems
    assert all(p.line is not None for p in problems)


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    (problem,) = load_text(tmp_path, "version: 1\nname: [oops\n")
    assert problem.code == "CK103"
    assert problem.line is not None


def test_only_safe_yaml_is_accepted(tmp_path: Path) -> None:
    problems = load_text(tmp_path, "version: 1\nname: !!python/object/apply:os.system [ls]\n")
    assert problems[0].code == "CK103"


def test_unknown_bundled_name_suggests(tmp_path: Path) -> None:
    with pytest.raises(CharterNotFoundError) as info:
        chartekit.load_charter("frr")
    assert info.value.problems[0].suggestion == "did you mean 'fr'?"


def test_extends_loop_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("version: 1\nname: a\nextends: ./b.yaml\n")
    (tmp_path / "b.yaml").write_text("version: 1\nname: b\nextends: ./a.yaml\n")
    with pytest.raises(CharterError, match="loops back"):
        chartekit.load_charter(tmp_path / "a.yaml")


def test_error_message_lists_every_problem(charters_dir: Path) -> None:
    with pytest.raises(CharterError) as info:
        chartekit.load_charter(charters_dir / "three_mistakes.yaml")
    text = str(info.value)
    assert text.startswith("charter has 3 problems:")
    assert text.count("three_mistakes.yaml:") == 3


# -- vocabulary lists shared by regex rules --------------------------------------------------

_VOCAB_CHARTER = """version: 1
name: x
vocabulary:
  pets: ['chats?', chiens?]
categories:
  insult:
    rules:
      - {id: a, lang: fr, regex: 'sale\\s+{{pets}}'}
"""


def test_vocabulary_expands_in_regex_rules(tmp_path: Path) -> None:
    path = tmp_path / "charter.yaml"
    path.write_text(_VOCAB_CHARTER, encoding="utf-8")
    charter = chartekit.load_charter(path)
    assert charter.rule("a").pattern == r"sale\s+(?:chats?|chiens?)"
    assert chartekit.moderate("sale chien", charter).categories
    assert not chartekit.moderate("sale chat noir", charter, lang="en").categories


def test_unknown_vocabulary_is_located_with_a_suggestion(tmp_path: Path) -> None:
    problems = load_text(tmp_path, _VOCAB_CHARTER.replace("{{pets}}", "{{pet}}"))
    assert [(p.code, p.path, p.line) for p in problems] == [
        ("CK122", "categories.insult.rules[0].regex", 8)]
    assert problems[0].suggestion == "did you mean {{pets}}?"


@pytest.mark.parametrize(
    ("entries", "code"),
    [("['(chats']", "CK120"), ("[]", "CK111"), ("['{{x}}']", "CK113"), ("chats", "CK111")],
)
def test_broken_vocabulary_entries(tmp_path: Path, entries: str, code: str) -> None:
    text = _VOCAB_CHARTER.replace("['chats?', chiens?]", entries)
    problems = load_text(tmp_path, text)
    assert code in {p.code for p in problems}
    assert all(p.path.startswith("vocabulary.pets") for p in problems if p.code == code)


def test_a_child_charter_replaces_a_base_list(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").write_text(_VOCAB_CHARTER, encoding="utf-8")
    child = tmp_path / "child.yaml"
    child.write_text("version: 1\nname: y\nextends: base.yaml\nvocabulary:\n  pets: [lapins?]\n",
                     encoding="utf-8")
    charter = chartekit.load_charter(child)
    assert charter.rule("a").pattern == r"sale\s+(?:lapins?)"
