from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]


def test_corpus_file_becomes_one_test_per_message(pytester: pytest.Pytester) -> None:
    pytester.makefile(".chartekit.jsonl", forum="\n".join([
        '{"id": "a", "text": "Sale connard", "labels": ["insult"]}',
        '{"id": "b", "text": "Bonjour à tous", "labels": []}',
        '{"id": "c", "text": "Quel zigouigoui", "labels": ["insult"]}',
        "not json",
    ]))
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(["*forum.chartekit.jsonl::c FAILED*", "*missed insult*"])


def test_fixture_returns_a_report(pytester: pytest.Pytester) -> None:
    pytester.makefile(".jsonl", corpus='{"text": "Sale connard", "labels": ["insult"]}\n')
    pytester.makepyfile("""
        def test_it(chartekit_corpus):
            report = chartekit_corpus("fr", "corpus.jsonl")
            assert report.metrics()["insult"].recall == 1.0
    """)
    pytester.runpytest().assert_outcomes(passed=1)
