from __future__ import annotations

import pytest

import chartekit
from chartekit import Action
from chartekit.detectors import defamation


def test_target_and_attribution_are_explained() -> None:
    (reason,) = chartekit.moderate("Le maire Dupont a volé la caisse", "fr").reasons
    assert [c.kind for c in reason.context] == ["target"]
    assert reason.context[0].text == "maire dupont"
    (sourced,) = chartekit.moderate("Selon l'AFP, le maire Dupont a volé la caisse",
                                    "fr").reasons
    assert [c.kind for c in sourced.context] == ["target", "attribution"]


def test_spacy_is_only_asked_when_an_accusation_fired(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def finder(text: str) -> list[str]:
        calls.append(text)
        return ["Pouvez", "Lucas"] if "lucas" in text else ["Pouvez"]

    monkeypatch.setattr(defamation, "person_finder", lambda: finder)
    chartekit.moderate("Pouvez-vous m'aider ? Merci", "fr")
    assert calls == []  # no accusation: spaCy never runs
    verdict = chartekit.moderate("apparemment lucas a détourné l'argent", "fr")
    assert calls
    assert verdict.action is Action.REVIEW
    assert verdict.reasons[0].context[0].text == "Lucas"
    # An entity the heuristics rule out ("Pouvez") never makes a target.
    assert chartekit.moderate("pouvez dire qu'il a détourné l'argent ?",
                              "fr").action is Action.ALLOW


def test_ner_can_be_switched_off(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(defamation, "person_finder", lambda: lambda text: ["Lucas"])
    own = tmp_path / "own.yaml"
    own.write_text("version: 1\nname: own\nextends: fr\ncategories:\n  defamation:\n"
                   "    options: {ner: 'off'}\n", encoding="utf-8")
    text = "apparemment lucas a détourné l'argent"
    assert chartekit.moderate(text, "fr").action is Action.REVIEW
    assert chartekit.moderate(text, own).action is Action.ALLOW


def test_a_sentence_ending_on_a_listed_surname_is_read() -> None:
    # the surname search once read past the sentence's last token (IndexError)
    verdict = chartekit.moderate("Il grimpe comme un avion, on connaît la chanson depuis "
                                 "Armstrong", "fr")
    assert verdict.action is Action.REVIEW
    (reason,) = verdict.reasons
    assert reason.rule_id == "defamation.fr.doping_hints"
    assert [(c.kind, c.text) for c in reason.context] == [("target", "Lance Armstrong")]
