from __future__ import annotations

import pytest

import chartekit
from chartekit.detectors.sobriquet import mocked_name


@pytest.mark.parametrize(("text", "mocks"), [
    ("Encore Macrotte", "Emmanuel Macron"),
    ("les merdias", "les médias"),
    ("Darmanain ment", "Gérald Darmanin"),
    ("Drumpf again", "Donald Trump"),
])
def test_every_reason_names_who_is_mocked(text: str, mocks: str) -> None:
    (reason,) = chartekit.moderate(text, "fr").reasons
    assert reason.term == mocks
    assert reason.context[0].kind == "mocks"
    assert mocks in reason.explanation


def test_names_passed_with_the_call_are_protected() -> None:
    text = "Duponcon démission"
    assert chartekit.moderate(text, "fr").categories == {}
    verdict = chartekit.moderate(text, "fr", protected_names=["Jean Dupont"])
    assert verdict.reasons[0].term == "Jean Dupont"


def test_ordinary_words_sharing_a_start_with_a_name_pass() -> None:
    assert mocked_name("maconnerie", ()) is None
    for word in ("attarde", "integrated", "harvard", "poignarde", "casserole"):
        assert "sobriquet" not in chartekit.moderate(word, "fr").categories, word


def test_the_bundled_names_can_be_switched_off(tmp_path) -> None:  # type: ignore[no-untyped-def]
    own = tmp_path / "own.yaml"
    own.write_text("version: 1\nname: own\nextends: fr\ncategories:\n  sobriquet:\n"
                   "    options: {public_names: false}\n", encoding="utf-8")
    assert chartekit.moderate("Darmanain ment", own).categories == {}
