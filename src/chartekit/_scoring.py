"""Combine reasons into per-category confidences, and categories into one action.

A category's confidence is the noisy-OR of its distinct pieces of evidence,
``1 - Π(1 - c)``: two different medium hits say more than one, and no number of hits
exceeds 1. The same word matched by the same rule several times is one piece of
evidence (its strongest occurrence): "nul nul nul nul" is not four insults. Each
category maps its confidence to an action: its own action from its ``threshold``,
``review`` from its ``review_from``, ``allow`` below. The message's action is the
most severe (``allow < review < escalate < remove``); categories whose action is
``escalate`` and that crossed their threshold are always listed in ``alerts``, so a
self-harm message that must also be removed is never silently removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from chartekit._model import Category
from chartekit._verdict import Action, Reason

__all__ = ["category_action", "combine", "decide"]


def combine(confidences: Iterable[float]) -> float:
    remaining = 1.0
    for confidence in confidences:
        remaining *= 1.0 - min(max(confidence, 0.0), 1.0)
    return 1.0 - remaining


def category_action(category: Category, confidence: float) -> Action:
    # A small epsilon keeps 0.7 from missing a 0.7 threshold through float rounding.
    if confidence + 1e-9 >= category.threshold:
        return category.action
    if confidence + 1e-9 >= category.review_from:
        return Action.REVIEW
    return Action.ALLOW


def decide(reasons: Iterable[Reason], categories: Mapping[str, Category]) -> tuple[
    Action, dict[str, float], tuple[str, ...]
]:
    """The action, the confidence of every category that fired, and the escalation alerts."""
    strongest: dict[tuple[str, str, str], float] = {}
    for reason in reasons:
        key = (reason.category, reason.rule_id, reason.normalized)
        strongest[key] = max(strongest.get(key, 0.0), reason.confidence)
    grouped: dict[str, list[float]] = {}
    for (category, _, _), confidence in strongest.items():
        grouped.setdefault(category, []).append(confidence)
    scores = {name: combine(values) for name, values in grouped.items()}
    action = Action.ALLOW
    alerts: list[str] = []
    for name, confidence in scores.items():
        outcome = category_action(categories[name], confidence)
        if outcome is Action.ESCALATE:
            alerts.append(name)
        if outcome.severity > action.severity:
            action = outcome
    return action, scores, tuple(alerts)
