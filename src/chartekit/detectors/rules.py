"""The plain detector: each hit is a reason at its rule's confidence (times fuzzy similarity)."""

from __future__ import annotations

from collections.abc import Sequence

from chartekit._model import Category, Message, Rule
from chartekit._verdict import ContextCue, Reason
from chartekit.matchers import Hit

__all__ = ["NEEDS_HITS", "detect", "reason", "weigh"]

NEEDS_HITS = True


def weigh(base: float, cues: Sequence[ContextCue]) -> float:
    """A hit's confidence after its context: boosts added, then factors applied, in [0, 1]."""
    confidence = base + sum(cue.boost for cue in cues)
    for cue in cues:
        confidence *= cue.factor
    return min(max(confidence, 0.0), 1.0)


def reason(hit: Hit, rule: Rule, message: Message, *, confidence: float | None = None,
           context: tuple[ContextCue, ...] = ()) -> Reason:
    """Build the reason for ``hit``, mapping its span back to the original text.

    Without an explicit ``confidence``, it is the rule's (times the fuzzy similarity)
    weighed by the ``context`` cues (:func:`weigh`).
    """
    start, end = message.norm.span(hit.start, hit.end) if rule.view == "folded" else (
        hit.start, hit.end)
    base = rule.confidence * hit.similarity
    if confidence is None:
        confidence = weigh(base, context)
    return Reason(
        category=rule.category,
        rule_id=rule.id,
        start=start,
        end=end,
        text=message.text[start:end],
        normalized=hit.normalized,
        confidence=confidence,
        matcher=rule.kind,
        term=hit.term,
        base_confidence=base,
        transforms=hit.transforms,
        context=context,
    )


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category) -> list[Reason]:
    return [reason(hit, rule, message) for hit, rule in hits]
