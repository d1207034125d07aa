"""Detectors turn a category's raw rule hits into reasons with a confidence.

Every detector module has the same shape: a ``detect(hits, message, category)``
function. They are registered in :data:`DETECTORS`, one explicit dict; a category
uses the detector named like it when there is one, ``rules`` otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from chartekit._model import Category, Message, Rule
from chartekit._verdict import Reason
from chartekit.detectors import insult, rules
from chartekit.matchers import Hit

__all__ = ["DETECTORS", "Detect", "detector_for"]

Detect = Callable[[Sequence[tuple[Hit, Rule]], Message, Category], list[Reason]]

DETECTORS: dict[str, Detect] = {
    "rules": rules.detect,
    "insult": insult.detect,
}


def detector_for(category: str) -> str:
    return category if category in DETECTORS else "rules"
