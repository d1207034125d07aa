from __future__ import annotations

import pytest

import chartekit
from chartekit import Action

COUNTER_SPEECH = [
    "Dire que « les migrants sont des rats » est raciste et inacceptable.",
    "Il a été condamné pour avoir crié « sale juif » dans le métro.",
    "Traiter quelqu'un de sale arabe, c'est du racisme, point.",
    "Saying immigrants are animals is racist.",
    "He was sentenced for calling her a dirty Muslim.",
    "En tant que pédé assumé, je revendique le mot.",
]


@pytest.mark.parametrize("text", COUNTER_SPEECH)
def test_counter_speech_and_reclaimed_words_are_never_removed(text: str) -> None:
    assert chartekit.moderate(text, "fr").action is not Action.REMOVE


def test_ambiguous_slur_needs_a_target() -> None:
    plain = chartekit.moderate("ma pédale de frein est cassée", "fr")
    aimed = chartekit.moderate("espèce de pédale", "fr")
    assert plain.action is Action.ALLOW
    assert aimed.action is Action.REMOVE
    assert [c.kind for c in aimed.reasons[0].context] == ["target"]


def test_english_slur_never_fires_on_french() -> None:
    verdict = chartekit.moderate("Désolé, je suis en retard, le train est retardé", "fr")
    assert verdict.categories == {}
