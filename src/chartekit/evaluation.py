"""Run a charter over labelled corpora: per-category metrics, gates, baselines, diffs.

The same code serves ``chartekit test``, ``chartekit diff`` and the pytest plugin.
Messages of a corpus go through one :class:`~chartekit.Moderator` in file order, so
flood cases work. A category is "fired" when it reaches at least its review band.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from chartekit._charter import Charter
from chartekit._moderator import Moderator
from chartekit._verdict import Action
from chartekit.corpus import Corpus, CorpusMessage, CorpusProblem
from chartekit.testing import fired_categories

__all__ = [
    "Baseline",
    "Change",
    "Gate",
    "GateResult",
    "Metrics",
    "Outcome",
    "Progress",
    "Report",
    "check_gates",
    "compare_baseline",
    "diff",
    "evaluate",
    "examples_corpus",
]

METRICS = ("precision", "recall", "f1")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the charter did with one corpus message, against what the corpus expects."""

    message: CorpusMessage
    corpus: str
    annotated_for: frozenset[str]
    action: Action
    fired: frozenset[str]
    confidences: dict[str, float]
    rules: tuple[str, ...]
    explanations: tuple[str, ...]

    @property
    def expected(self) -> frozenset[str]:
        return self.message.labels & self.annotated_for

    @property
    def false_positives(self) -> frozenset[str]:
        return (self.fired & self.annotated_for) - self.message.labels

    @property
    def misses(self) -> frozenset[str]:
        return self.expected - self.fired

    @property
    def action_mismatch(self) -> bool:
        return self.message.action is not None and self.message.action is not self.action

    @property
    def correct(self) -> bool:
        return not (self.false_positives or self.misses or self.action_mismatch)

    def describe(self) -> str:
        parts = []
        if self.false_positives:
            parts.append(f"false positive {', '.join(sorted(self.false_positives))}")
        if self.misses:
            parts.append(f"missed {', '.join(sorted(self.misses))}")
        if self.action_mismatch:
            assert self.message.action is not None
            parts.append(f"action {self.action.value}, expected {self.message.action.value}")
        return "; ".join(parts) or "ok"

    def verdict_key(self) -> dict[str, Any]:
        return {"action": self.action.value, "categories": sorted(self.fired)}


@dataclass(slots=True)
class Metrics:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def value(self, name: str) -> float:
        return float(getattr(self, name))

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class Gate:
    """``precision`` / ``recall`` / ``f1`` of ``category`` must be at least ``minimum``."""

    metric: str
    category: str
    minimum: float

    @classmethod
    def parse(cls, metric: str, spec: str) -> Gate:
        """``insult=0.95`` -> Gate(metric, "insult", 0.95); raises ValueError with a reason."""
        category, sep, value = spec.partition("=")
        if not sep or not category:
            raise ValueError(f"expected CATEGORY=VALUE, got {spec!r}")
        minimum = float(value)
        if not 0 <= minimum <= 1:
            raise ValueError(f"{spec!r}: the value must be between 0 and 1")
        return cls(metric, category.strip(), minimum)

    @property
    def name(self) -> str:
        return f"min-{self.metric} {self.category}={self.minimum:g}"


@dataclass(frozen=True, slots=True)
class GateResult:
    gate: Gate
    value: float | None  # None: the category was never scored
    culprits: tuple[Outcome, ...]

    @property
    def passed(self) -> bool:
        return self.value is not None and self.value + 1e-12 >= self.gate.minimum

    def describe(self) -> str:
        if self.value is None:
            return f"{self.gate.name}: {self.gate.category} is not scored by any corpus"
        verdict = "pass" if self.passed else "FAIL"
        return f"{self.gate.name}: {self.gate.metric} {self.value:.3f} ({verdict})"


@dataclass(frozen=True, slots=True)
class Change:
    """A message whose verdict differs between two runs."""

    id: str
    text: str
    location: str
    before: dict[str, Any]
    after: dict[str, Any]
    rules: tuple[str, ...] = ()

    @property
    def group(self) -> str:
        return f"{self.before['action']} -> {self.after['action']}"


@dataclass(frozen=True, slots=True)
class Baseline:
    """The comparison of a run with a stored report."""

    path: str
    tolerance: float
    drops: tuple[str, ...]  # "insult precision 0.950 -> 0.910"
    changes: tuple[Change, ...]

    @property
    def passed(self) -> bool:
        return not self.drops


@dataclass
class Report:
    charter: str
    corpora: list[str]
    outcomes: list[Outcome]
    problems: list[CorpusProblem] = field(default_factory=list)
    gates: list[GateResult] = field(default_factory=list)
    baseline: Baseline | None = None
    seconds: float = 0.0

    @property
    def categories(self) -> list[str]:
        return sorted({c for o in self.outcomes for c in o.annotated_for})

    def metrics(self) -> dict[str, Metrics]:
        table: dict[str, Metrics] = {}
        for category in self.categories:
            m = Metrics()
            for o in self.outcomes:
                if category not in o.annotated_for:
                    continue
                predicted, expected = category in o.fired, category in o.message.labels
                if predicted and expected:
                    m.tp += 1
                elif predicted:
                    m.fp += 1
                elif expected:
                    m.fn += 1
                else:
                    m.tn += 1
            table[category] = m
        return table

    def confusion(self) -> dict[str, dict[str, int]]:
        """Expected action -> actual action -> count, over messages with an expected action."""
        table: dict[str, Counter[str]] = defaultdict(Counter)
        for o in self.outcomes:
            if o.message.action is not None:
                table[o.message.action.value][o.action.value] += 1
        return {expected: dict(row) for expected, row in table.items()}

    def hard_negatives(self) -> tuple[int, int]:
        """(hard negatives, of which flagged)."""
        hard = [o for o in self.outcomes if o.message.hard_negative]
        return len(hard), sum(1 for o in hard if o.action is not Action.ALLOW)

    @property
    def passed(self) -> bool:
        return all(g.passed for g in self.gates) and (self.baseline is None
                                                      or self.baseline.passed)

    def to_dict(self) -> dict[str, Any]:
        hard, flagged = self.hard_negatives()
        return {
            "charter": self.charter,
            "corpora": self.corpora,
            "messages": len(self.outcomes),
            "seconds": round(self.seconds, 3),
            "metrics": {c: m.to_dict() for c, m in self.metrics().items()},
            "confusion": self.confusion(),
            "hard_negatives": {"count": hard, "flagged": flagged,
                               "rate": round(flagged / hard, 4) if hard else 0.0},
            "problems": [str(p) for p in self.problems],
            "gates": [{"gate": g.gate.name, "value": g.value, "passed": g.passed,
                       "messages": [o.message.id for o in g.culprits]} for g in self.gates],
            "baseline": None if self.baseline is None else {
                "path": self.baseline.path, "tolerance": self.baseline.tolerance,
                "passed": self.baseline.passed, "drops": list(self.baseline.drops),
                "changed": [c.id for c in self.baseline.changes]},
            "verdicts": {o.message.id: o.verdict_key() for o in self.outcomes},
            "passed": self.passed,
        }


class Progress:
    """A progress line on a terminal's stderr for runs longer than a moment; silent
    when stderr is not a terminal (piped, CI logs)."""

    def __init__(self, total: int, stream: TextIO | None = None, delay: float = 1.5) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() and total > 0
        self.started = time.monotonic()
        self.delay = delay
        self.shown = False
        self.last = 0.0

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < self.delay or (now - self.last < 0.1 and done < self.total):
            return
        self.last = now
        width = 30
        filled = width * done // self.total
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def examples_corpus(charter: Charter) -> Corpus:
    """The charter's own examples as a corpus (annotated for every charter category)."""
    messages = tuple(
        CorpusMessage(text=e.text, labels=frozenset(e.categories or ()),
                      id=f"example:{Path(e.file).name}:{e.line}", file=e.file, line=e.line or 0,
                      lang=e.lang, action=e.action, author=e.author)
        for e in charter.examples
    )
    categories = frozenset(charter.categories) if all(
        e.categories is not None for e in charter.examples) else frozenset()
    return Corpus(f"{charter.name} examples", messages, categories)


def evaluate(charter: Charter, corpora: Sequence[Corpus], *,
             on_progress: Callable[[int], None] | None = None) -> Report:
    """Every message of every corpus through the charter, one Moderator per corpus."""
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    done = 0
    for corpus in corpora:
        moderator = Moderator(charter)
        for message in corpus.messages:
            verdict = moderator.moderate(
                message.text, author=message.author, thread=message.thread, lang=message.lang,
                protected_names=message.protected_names,
                protected_brands=message.protected_brands)
            outcomes.append(Outcome(
                message=message, corpus=corpus.path, annotated_for=corpus.annotated_for,
                action=verdict.action, fired=frozenset(fired_categories(verdict, charter)),
                confidences=dict(verdict.categories),
                rules=tuple(dict.fromkeys(r.rule_id for r in verdict.reasons)),
                explanations=tuple(r.explanation for r in verdict.reasons),
            ))
            done += 1
            if on_progress is not None:
                on_progress(done)
    return Report(charter.name, [c.path for c in corpora], outcomes,
                  [p for c in corpora for p in c.problems],
                  seconds=time.perf_counter() - started)


def check_gates(report: Report, gates: Iterable[Gate]) -> list[GateResult]:
    metrics = report.metrics()
    results = []
    for gate in gates:
        m = metrics.get(gate.category)
        if m is None:
            results.append(GateResult(gate, None, ()))
            continue
        culprits = tuple(
            o for o in report.outcomes
            if (gate.metric in ("precision", "f1") and gate.category in o.false_positives)
            or (gate.metric in ("recall", "f1") and gate.category in o.misses)
        )
        results.append(GateResult(gate, m.value(gate.metric), culprits))
    return results


def _changes(before: dict[str, dict[str, Any]], outcomes: Iterable[Outcome],
             rules_before: dict[str, tuple[str, ...]] | None = None) -> list[Change]:
    changes = []
    for o in outcomes:
        old = before.get(o.message.id)
        new = o.verdict_key()
        if old is not None and old != new:
            rules = o.rules if rules_before is None else tuple(
                sorted(set(o.rules) ^ set(rules_before.get(o.message.id, ()))))
            changes.append(Change(o.message.id, o.message.text, o.message.location, old, new,
                                  rules))
    return changes


def compare_baseline(report: Report, path: str, tolerance: float) -> Baseline:
    stored = json.loads(Path(path).read_text(encoding="utf-8"))
    current = report.metrics()
    drops = []
    for category, old in stored.get("metrics", {}).items():
        new = current.get(category)
        if new is None:
            continue
        for name in METRICS:
            if new.value(name) < float(old[name]) - tolerance:
                drops.append(f"{category} {name} {float(old[name]):.3f} -> {new.value(name):.3f}")
    return Baseline(path, tolerance, tuple(drops),
                    tuple(_changes(stored.get("verdicts", {}), report.outcomes)))


def diff(old: Report, new: Report) -> tuple[list[Change], dict[str, dict[str, float]]]:
    """Messages whose verdict changed (with the rules that differ), and metric deltas."""
    before = {o.message.id: o.verdict_key() for o in old.outcomes}
    rules_before = {o.message.id: o.rules for o in old.outcomes}
    changes = _changes(before, new.outcomes, rules_before)
    old_metrics, new_metrics = old.metrics(), new.metrics()
    deltas = {
        category: {name: round(new_metrics[category].value(name) - m.value(name), 4)
                   for name in METRICS}
        for category, m in old_metrics.items() if category in new_metrics
    }
    return changes, deltas
