"""pytest plugin: test a charter on a corpus the way ``chartekit test`` does.

Registered through the ``pytest11`` entry point, so it is active wherever chartekit
is installed. Two ways to use it:

- the ``chartekit_corpus`` fixture evaluates a charter on corpora and returns the
  :class:`~chartekit.evaluation.Report`::

      def test_insults_are_caught(chartekit_corpus):
          report = chartekit_corpus("charters/forum.yaml", "tests/corpus.jsonl")
          assert report.metrics()["insult"].precision >= 0.95

- corpus files named ``*.chartekit.jsonl`` (or ``.chartekit.csv``) are collected as
  tests, one per message, with the charter named by the ``chartekit_charter`` ini
  option (default ``fr``); a message fails when its verdict misses a label, adds a
  category the corpus was annotated for, or differs from its expected action.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from chartekit._charter import Charter, load_charter
from chartekit.corpus import read_corpus
from chartekit.evaluation import Outcome, Report, evaluate

__all__ = ["CorpusFile", "MessageItem"]

SUFFIXES = (".chartekit.jsonl", ".chartekit.csv")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("chartekit_charter", "charter for *.chartekit.jsonl corpus files",
                  default="fr")


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.name.endswith(SUFFIXES):
        collector: CorpusFile = CorpusFile.from_parent(parent, path=file_path)
        return collector
    return None


class CorpusFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        charter = load_charter(str(self.config.getini("chartekit_charter")))
        corpus = read_corpus(self.path)
        for problem in corpus.problems:
            yield MalformedLine.from_parent(self, name=f"line {problem.line}",
                                            problem=str(problem))
        report = evaluate(charter, [corpus])
        for outcome in report.outcomes:
            yield MessageItem.from_parent(self, name=outcome.message.id, outcome=outcome)


class MessageItem(pytest.Item):
    def __init__(self, *, outcome: Outcome, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.outcome = outcome

    def runtest(self) -> None:
        if not self.outcome.correct:
            raise VerdictMismatch(self.outcome)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str:
        if isinstance(excinfo.value, VerdictMismatch):
            o = excinfo.value.outcome
            return "\n".join([f"{o.message.location}: {o.describe()}", f"  {o.message.text!r}",
                              *(f"  {e}" for e in o.explanations)])
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        return self.path, self.outcome.message.line - 1, f"chartekit: {self.name}"


class MalformedLine(pytest.Item):
    def __init__(self, *, problem: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.problem = problem

    def runtest(self) -> None:
        raise ValueError(self.problem)


class VerdictMismatch(AssertionError):
    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.describe())
        self.outcome = outcome


@pytest.fixture
def chartekit_corpus() -> Callable[..., Report]:
    """Evaluate a charter (name, path or compiled) on corpus files; returns the Report."""

    def run(charter: str | os.PathLike[str] | Charter, *corpora: str | os.PathLike[str],
            annotated_for: list[str] | None = None) -> Report:
        compiled = load_charter(charter)
        return evaluate(compiled, [read_corpus(c, annotated_for=annotated_for)
                                   for c in corpora])

    return run
