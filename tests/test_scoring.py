from __future__ import annotations

import pytest

from chartekit._model import Category
from chartekit._scoring import combine, decide
from chartekit._verdict import Action, Reason

INSULT = Category("insult", Action.REMOVE, 0.7, 0.4, "insult")
SELF_HARM = Category("self_harm", Action.ESCALATE, 0.5, 0.3, "rules")
CATEGORIES = {"insult": INSULT, "self_harm": SELF_HARM}


def reason(category: str, confidence: float, word: str = "x", rule: str = "r") -> Reason:
    return Reason(category, rule, 0, 1, word, word, confidence, "lexicon", word, confidence)


def test_noisy_or() -> None:
    assert combine([0.5, 0.5]) == pytest.approx(0.75)
    assert combine([]) == 0.0
    assert combine([1.0, 0.3]) == 1.0


@pytest.mark.parametrize(
    ("reasons", "action"),
    [
        ([], Action.ALLOW),
        ([reason("insult", 0.39)], Action.ALLOW),
        ([reason("insult", 0.4)], Action.REVIEW),
        ([reason("insult", 0.7)], Action.REMOVE),
        ([reason("insult", 0.5, "a"), reason("insult", 0.5, "b")], Action.REMOVE),
        ([reason("insult", 0.5, "a"), reason("insult", 0.5, "a")], Action.REVIEW),
        ([reason("self_harm", 0.6)], Action.ESCALATE),
        ([reason("self_harm", 0.6), reason("insult", 0.9)], Action.REMOVE),
    ],
)
def test_decide(reasons: list[Reason], action: Action) -> None:
    assert decide(reasons, CATEGORIES)[0] is action


def test_escalation_is_reported_even_when_removed() -> None:
    action, scores, alerts = decide([reason("self_harm", 0.6), reason("insult", 0.9)], CATEGORIES)
    assert (action, alerts) == (Action.REMOVE, ("self_harm",))
    assert scores == {"self_harm": pytest.approx(0.6), "insult": pytest.approx(0.9)}
