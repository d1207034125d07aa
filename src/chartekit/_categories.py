"""The ten built-in categories and what each does when a charter says nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from chartekit._verdict import Action

__all__ = ["BUILTIN", "CategoryDefaults"]


@dataclass(frozen=True, slots=True)
class CategoryDefaults:
    action: Action
    threshold: float
    review_from: float


BUILTIN: dict[str, CategoryDefaults] = {
    "insult": CategoryDefaults(Action.REMOVE, 0.7, 0.4),
    "sobriquet": CategoryDefaults(Action.REMOVE, 0.7, 0.4),
    "hate": CategoryDefaults(Action.REMOVE, 0.7, 0.4),
    "personal_data": CategoryDefaults(Action.REMOVE, 0.7, 0.4),
    "flood": CategoryDefaults(Action.REMOVE, 0.7, 0.4),
    "threat": CategoryDefaults(Action.REMOVE, 0.7, 0.4),
    "self_harm": CategoryDefaults(Action.ESCALATE, 0.5, 0.3),
    "scam": CategoryDefaults(Action.REMOVE, 0.7, 0.4),
    "impersonation": CategoryDefaults(Action.REMOVE, 0.7, 0.4),
    "defamation": CategoryDefaults(Action.REVIEW, 0.5, 0.3),
    "caps": CategoryDefaults(Action.REVIEW, 0.6, 0.6),
}

# A category a charter invents gets these unless it says otherwise.
CUSTOM_DEFAULTS = CategoryDefaults(Action.REVIEW, 0.5, 0.3)
