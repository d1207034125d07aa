"""Test charters with cases written as data, the way chartekit tests itself.

A case file is YAML: a list of cases, or a mapping with ``charter`` (optional) and
``cases``. Each case has a ``text`` and what it expects: ``action``, ``categories``
(the categories that must fire, at review level or above; ``[]`` for none), and
optionally ``spans`` (``[start, end]`` pairs or the exact substrings the reasons must
cover), ``lang``, ``author``, ``thread``, ``protected_names``, ``protected_brands``, an
``id`` and a ``note``. ``history`` lists messages posted before the case, fed in order
to the same :class:`~chartekit.Moderator` (for flood): each a text (by the case's
author) or a mapping with ``text`` and optionally ``author``, ``thread`` and
``seconds_before`` (how long before the case it was posted; default 60). Use it from pytest::

    from chartekit.testing import load_cases, check_case

    @pytest.mark.parametrize("case", load_cases("tests/cases/insult.yaml"), ids=str)
    def test_insult(case):
        check_case(case, "fr")
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chartekit._charter import Charter, load_charter
from chartekit._moderator import Moderator
from chartekit._scoring import category_action
from chartekit._verdict import Action, Verdict

__all__ = ["Case", "CaseFailure", "check_case", "failures", "fired_categories", "load_cases"]


@dataclass(frozen=True, slots=True)
class PastPost:
    """A message posted before a case, by ``author`` (the case's author when None)."""

    text: str
    author: str | None = None
    thread: str | None = None
    seconds_before: float = 60.0


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    action: Action | None = None
    categories: tuple[str, ...] | None = None
    spans: tuple[tuple[int, int] | str, ...] = ()
    id: str = ""
    lang: str | None = None
    author: str | None = None
    protected_names: tuple[str, ...] = ()
    protected_brands: tuple[str, ...] = ()
    thread: str | None = None
    history: tuple[PastPost, ...] = ()
    charter: str | None = None
    note: str = ""
    source: str = field(default="", compare=False)

    def __str__(self) -> str:
        return self.id or self.text[:60]


class CaseFailure(AssertionError):
    """A case's verdict is not what the case expects; the message says how."""


def load_cases(path: str | os.PathLike[str]) -> list[Case]:
    """Read a YAML case file; a malformed case raises ``ValueError`` naming its position."""
    file = Path(path)
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    charter = None
    if isinstance(data, dict):
        charter = data.get("charter")
        data = data.get("cases")
    if not isinstance(data, list):
        raise ValueError(f"{file}: expected a list of cases or a mapping with 'cases'")
    cases = []
    for index, raw in enumerate(data):
        where = f"{file}: case {index}"
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            raise ValueError(f"{where}: a case is a mapping with a 'text' string")
        unknown = set(raw) - {"text", "action", "categories", "spans", "id", "lang", "author",
                              "thread", "history", "protected_names", "protected_brands",
                              "charter", "note"}
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        action = raw.get("action")
        categories = raw.get("categories")
        cases.append(Case(
            text=raw["text"],
            action=Action(action) if action is not None else None,
            categories=tuple(categories) if categories is not None else None,
            spans=tuple(tuple(s) if isinstance(s, list) else s for s in raw.get("spans") or ()),
            id=str(raw.get("id") or f"{file.stem}[{index}]"),
            lang=raw.get("lang"),
            author=raw.get("author"),
            protected_names=tuple(raw.get("protected_names") or ()),
            protected_brands=tuple(raw.get("protected_brands") or ()),
            thread=raw.get("thread"),
            history=tuple(_past(item, f"{where}: history") for item in raw.get("history") or ()),
            charter=raw.get("charter", charter),
            note=raw.get("note", ""),
            source=where,
        ))
    return cases


def _past(item: object, where: str) -> PastPost:
    if isinstance(item, str):
        return PastPost(item)
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return PastPost(item["text"], item.get("author"), item.get("thread"),
                        float(item.get("seconds_before", 60.0)))
    raise ValueError(f"{where}: each entry is a text or a mapping with a 'text'")


def fired_categories(verdict: Verdict, charter: Charter) -> set[str]:
    """Categories that reached at least their review band."""
    return {name for name, confidence in verdict.categories.items()
            if category_action(charter.categories[name], confidence) is not Action.ALLOW}


def failures(case: Case, verdict: Verdict, charter: Charter) -> list[str]:
    """What is wrong with ``verdict`` for ``case``; empty when it passes."""
    problems: list[str] = []
    if case.action is not None and verdict.action is not case.action:
        problems.append(f"action {verdict.action.value}, expected {case.action.value}")
    fired = fired_categories(verdict, charter)
    if case.categories is not None and fired != set(case.categories):
        problems.append(f"categories {sorted(fired)}, expected {sorted(case.categories)}")
    for span in case.spans:
        if isinstance(span, str):
            ok = any(r.text == span or span in r.text for r in verdict.reasons)
        else:
            ok = any(r.start == span[0] and r.end == span[1] for r in verdict.reasons)
        if not ok:
            problems.append(f"no reason covers {span!r}")
    return problems


def check_case(case: Case, charter: str | os.PathLike[str] | Charter | None = None) -> Verdict:
    """Moderate the case's text and raise :class:`CaseFailure` if the verdict differs."""
    compiled = load_charter(charter if charter is not None else case.charter or "fr")
    moderator = Moderator(compiled, protected_names=case.protected_names,
                          protected_brands=case.protected_brands)
    now = 1_000_000.0
    for past in case.history:
        moderator.moderate(past.text, author=past.author or case.author, thread=past.thread,
                           lang=case.lang, timestamp=now - past.seconds_before)
    verdict = moderator.moderate(case.text, author=case.author, thread=case.thread,
                                 lang=case.lang, timestamp=now)
    problems = failures(case, verdict, compiled)
    if problems:
        reasons = "\n".join(f"    {r.explanation}" for r in verdict.reasons) or "    (no reason)"
        raise CaseFailure(f"{case.source} {case.text!r}: {'; '.join(problems)}\n  reasons:\n"
                          f"{reasons}")
    return verdict
