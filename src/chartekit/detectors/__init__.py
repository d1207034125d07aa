"""Detectors turn a category's raw rule hits, and the message itself, into reasons.

Every detector module has the same shape (like yamllint's rules):

- ``NEEDS_HITS``: ``True`` when the detector only weighs its category's rule hits
  (it is skipped on messages where none of its rules fired), ``False`` when it reads
  the message itself (capitals, phone numbers, an author's handle, flood);
- ``detect(hits, message, category) -> list[Reason]``.

They are registered in :data:`DETECTORS`, one explicit dict; a category uses the
detector named like it when there is one, ``rules`` otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import ModuleType

from chartekit._model import Category, Message, Rule
from chartekit._verdict import Reason
from chartekit.detectors import (
    caps,
    defamation,
    flood,
    hate,
    impersonation,
    insult,
    personal_data,
    rules,
    scam,
    self_harm,
    sobriquet,
    threat,
)
from chartekit.matchers import Hit

__all__ = ["DETECTORS", "Detect", "detector_for"]

Detect = Callable[[Sequence[tuple[Hit, Rule]], Message, Category], list[Reason]]

DETECTORS: dict[str, ModuleType] = {
    "rules": rules,
    "insult": insult,
    "flood": flood,
    "caps": caps,
    "hate": hate,
    "defamation": defamation,
    "scam": scam,
    "impersonation": impersonation,
    "sobriquet": sobriquet,
    "personal_data": personal_data,
    "threat": threat,
    "self_harm": self_harm,
}


def detector_for(category: str) -> str:
    return category if category in DETECTORS else "rules"
