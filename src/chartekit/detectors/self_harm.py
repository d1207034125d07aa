"""Self-harm: suicidal messages, which are escalated (kept visible, a human alerted).

The charter's patterns are first person ("je veux mourir", "I want to kill myself",
"plus envie de vivre") and leave out idioms ("mort de rire", "je meurs de faim", "I'm
dying to see it", "ce boulot me tue") and news or prevention ("le 3114, numéro de
prévention du suicide"). In quotation marks or reported ("la chanson « je veux
mourir »") the confidence drops to the review band: a human still reads it, since
people in distress do quote songs.
"""

from __future__ import annotations

from collections.abc import Sequence

from chartekit._model import Category, Message, Rule, merged_options
from chartekit._verdict import Reason
from chartekit.detectors.rules import reason
from chartekit.detectors.threat import context_cues
from chartekit.matchers import Hit

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "detect"]

NEEDS_HITS = True

DEFAULT_OPTIONS: dict[str, float] = {"reported_factor": 0.6, "window": 6}


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    reasons: list[Reason] = []
    for hit, rule in hits:
        cues = context_cues(message, hit, rule, options)
        reasons.append(reason(hit, rule, message, context=tuple(cues)))
    return reasons
