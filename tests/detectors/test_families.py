from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

import chartekit
from chartekit import Action
from chartekit._normalize import normalize
from chartekit.detectors._families import SCAM, SELF_HARM, THREAT, Families, _in_order, combination
from chartekit.testing import load_cases

_CASES = Path(__file__).parents[1] / "cases"


def test_a_threat_told_in_pieces_needs_a_core_family() -> None:
    folded = normalize("We know your room number in halls. Sleep tight.").folded
    assert combination(folded, THREAT) is None  # a knowledge, a routine, a seal: no harm
    found = combination(normalize("I know your van. Flag us offside again and see what "
                                  "happens.").folded, THREAT)
    assert found is not None
    assert "harm" in found.families


def test_a_means_and_a_time_is_a_weak_pair() -> None:
    folded = normalize("Tonight I'm taking the last express to Leeds").folded
    assert combination(folded, SELF_HARM) is None
    found = combination(normalize("I'm a burden to everyone and I've saved my tablets").folded,
                        SELF_HARM)
    assert found is not None
    assert found.families == ("burden", "means")


def test_three_departures_are_enough_without_a_core_family() -> None:
    two = normalize("Logging off for good. Someone please look after my hamster for me.").folded
    assert combination(two, SELF_HARM) is None  # a goodbye and a pet: two departures
    found = combination(normalize("Logging off for good. Closed all my accounts already. "
                                  "Someone please look after my hamster for me.").folded,
                        SELF_HARM)
    assert found is not None
    assert found.families == ("arrange", "farewell", "give")
    assert SELF_HARM.core.isdisjoint(found.families)


@pytest.mark.parametrize(("text", "charter", "action", "rule"), [
    ("Tu bosses toujours au garage de la rue Pasteur ? On sait quelle voiture tu conduis, "
     "un accident est vite arrivé.", "fr", Action.REMOVE, "threat.families"),
    ("J'ai tout réglé, le code de mon téléphone est sous le clavier. Maman c'est pas ta faute.",
     "fr", Action.ESCALATE, "self_harm.families"),
])
def test_the_family_reason_names_the_families(text: str, charter: str, action: Action,
                                              rule: str) -> None:
    verdict = chartekit.moderate(text, charter)
    assert verdict.action is action
    (found,) = [r for r in verdict.reasons if r.rule_id == rule]
    assert " + " in found.normalized
    assert text[found.start:found.end] == found.text


@pytest.mark.parametrize("families", [THREAT, SELF_HARM, SCAM], ids=["threat", "self_harm",
                                                                    "scam"])
def test_the_families_read_one_by_one_find_what_the_alternation_finds(families: Families
                                                                      ) -> None:
    texts = [normalize(case.text).folded for path in sorted(_CASES.glob("*.yaml"))
             for case in load_cases(path)]
    # Joined in pairs, messages hold several families whose matches meet and overlap.
    texts += [f"{a} {b}" for a, b in itertools.pairwise(texts)]
    assert families.members is not None
    members, opener = families.members.get()
    whole_pattern = dataclasses.replace(families, members=None)  # finditer, as before
    read = 0
    for folded in texts:
        whole = [(m.lastgroup, m.span(), m.group()) for m in families.pattern.finditer(folded)]
        found = _in_order(folded, [members[i] for i in sorted(opener.open(folded))])
        assert found is not None  # no family matches an empty string
        assert [(name, m.span(), m.group()) for name, m in found] == whole
        assert combination(folded, families) == combination(folded, whole_pattern)
        read += bool(whole)
    assert read > 100
