"""Labelled corpora for regression-testing a charter: JSONL or CSV, one message a line.

Columns (JSONL keys or CSV headers): ``text`` (required), ``labels`` (list of
categories; empty means clean; in CSV a ``;``- or ``,``-separated string),
optional ``id``, ``lang``, ``action`` (the expected action), ``author``, ``thread``,
``protected_names``, ``protected_brands``, ``hard_negative`` (a clean message that
looks like a violation), and anything else, kept as metadata.

Which categories a corpus was annotated for: a sidecar ``<corpus>.yaml`` with
``annotated_for: [insult, hate]``, or the caller's choice; failing both, the
categories that appear in its labels. Only those are scored. A malformed line is
reported with its file and line number and counted, never silently skipped.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chartekit._verdict import Action

__all__ = ["Corpus", "CorpusMessage", "CorpusProblem", "read_corpus"]

_KNOWN = ("text", "labels", "id", "lang", "action", "author", "thread", "protected_names",
          "protected_brands", "hard_negative")


@dataclass(frozen=True, slots=True)
class CorpusMessage:
    text: str
    labels: frozenset[str]
    id: str
    file: str
    line: int
    lang: str | None = None
    action: Action | None = None
    author: str | None = None
    thread: str | None = None
    protected_names: tuple[str, ...] = ()
    protected_brands: tuple[str, ...] = ()
    hard_negative: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class CorpusProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class Corpus:
    path: str
    messages: tuple[CorpusMessage, ...]
    annotated_for: frozenset[str]
    problems: tuple[CorpusProblem, ...] = ()


def _strings(value: Any, what: str, *, split: bool) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str) and split:
        separator = ";" if ";" in value else ","
        return tuple(part.strip() for part in value.split(separator) if part.strip())
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"'{what}' must be a list of strings")


def _message(raw: Any, file: str, line: int, *, from_csv: bool) -> CorpusMessage:
    if not isinstance(raw, dict):
        raise ValueError("a line must be a JSON object")
    text = raw.get("text")
    if not isinstance(text, str):
        raise ValueError("'text' is required and must be a string")
    action = raw.get("action") or None
    if action is not None and action not in {a.value for a in Action}:
        raise ValueError(f"unknown action {action!r}")
    hard = raw.get("hard_negative", False)
    if isinstance(hard, str):
        hard = hard.strip().lower() in ("1", "true", "yes", "y")
    return CorpusMessage(
        text=text,
        labels=frozenset(_strings(raw.get("labels"), "labels", split=from_csv)),
        id=str(raw.get("id") or f"{Path(file).name}:{line}"),
        file=file,
        line=line,
        lang=raw.get("lang") or None,
        action=Action(action) if action else None,
        author=raw.get("author") or None,
        thread=raw.get("thread") or None,
        protected_names=_strings(raw.get("protected_names"), "protected_names", split=from_csv),
        protected_brands=_strings(raw.get("protected_brands"), "protected_brands",
                                  split=from_csv),
        hard_negative=bool(hard),
        meta={k: v for k, v in raw.items() if k not in _KNOWN},
    )


def _annotated(path: Path, messages: Iterable[CorpusMessage],
               override: Iterable[str] | None) -> frozenset[str]:
    if override:
        return frozenset(override)
    for sidecar in (path.with_suffix(".yaml"), path.with_suffix(".yml")):
        if sidecar.is_file():
            data = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
            categories = data.get("annotated_for") if isinstance(data, dict) else None
            if isinstance(categories, list):
                return frozenset(str(c) for c in categories)
    return frozenset(label for m in messages for label in m.labels)


def read_corpus(path: str | os.PathLike[str], *,
                annotated_for: Iterable[str] | None = None) -> Corpus:
    """Read a JSONL or CSV corpus; malformed lines are in ``problems``, never raised."""
    file = Path(path)
    messages: list[CorpusMessage] = []
    problems: list[CorpusProblem] = []
    name = str(file)
    with file.open(encoding="utf-8", newline="") as handle:
        if file.suffix.lower() == ".csv":
            reader = csv.DictReader(handle)
            for row in reader:
                line = reader.line_num
                try:
                    messages.append(_message(row, name, line, from_csv=True))
                except ValueError as exc:
                    problems.append(CorpusProblem(name, line, str(exc)))
        else:
            for line, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    messages.append(_message(json.loads(text), name, line, from_csv=False))
                except json.JSONDecodeError as exc:
                    problems.append(CorpusProblem(name, line, f"invalid JSON: {exc.msg} "
                                                              f"(column {exc.colno})"))
                except ValueError as exc:
                    problems.append(CorpusProblem(name, line, str(exc)))
    return Corpus(name, tuple(messages), _annotated(file, messages, annotated_for),
                  tuple(problems))
