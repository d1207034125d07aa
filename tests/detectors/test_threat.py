from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import chartekit
from chartekit import Action


def test_cues_are_reported_in_the_reason() -> None:
    reported = chartekit.moderate("Il m'a écrit « je vais te tuer »", "fr").reasons[0]
    assert [c.kind for c in reported.context] == ["quote"]
    game = chartekit.moderate("je vais te défoncer au prochain round", "fr").reasons[0]
    assert game.context[0].kind == "game"
    assert game.confidence < 0.4


def test_threat_span_is_the_threat() -> None:
    text = "Franchement, on sait où tu habites. Bonne soirée."
    (reason,) = chartekit.moderate(text, "fr").reasons
    assert reason.text == "on sait où tu habites"


def test_self_harm_is_escalated_and_never_hidden_by_a_removal() -> None:
    verdict = chartekit.moderate("je veux mourir, connard", "fr")
    assert verdict.action is Action.REMOVE  # the insult removes the message ...
    assert verdict.alerts == ("self_harm",)  # ... but a human is still alerted
    alone = chartekit.moderate("J'ai plus envie de vivre", "fr")
    assert alone.action is Action.ESCALATE
    assert alone.alerts == ("self_harm",)


def test_quoted_song_title_goes_to_review() -> None:
    verdict = chartekit.moderate("J'écoute « je veux mourir » en boucle", "fr")
    assert verdict.action is Action.REVIEW
    assert verdict.alerts == ()


def test_two_weak_self_harm_signs_corroborate_each_other(tmp_path: Path) -> None:
    text = "Je suis un poids pour tout le monde. Bientôt ce sera fini, promis."
    verdict = chartekit.moderate(text, "fr")
    assert verdict.action is Action.ESCALATE
    assert all(any(cue.kind == "corroborated" for cue in r.context) for r in verdict.reasons)
    # one sign alone is no corroboration
    alone = chartekit.moderate("Je suis un poids pour tout le monde.", "fr")
    assert all(cue.kind != "corroborated" for r in alone.reasons for cue in r.context)
    assert alone.action is not Action.ESCALATE
    # a charter can turn it off: two signs go back to review
    off = tmp_path / "off.yaml"
    off.write_text("version: 1\nname: no-corroboration\nextends: fr\ncategories:\n"
                   "  self_harm:\n    options: {corroborated_boost: 0}\n", encoding="utf-8")
    assert chartekit.moderate(text, off).action is Action.REVIEW


@given(st.text(alphabet=st.sampled_from(list("ab xd.😂🤣😜😉😆🙂")), max_size=20))
def test_laugh_marker_is_the_first_marker_word_else_the_first_marker_character(
        text: str) -> None:
    from chartekit._pipeline import run
    from chartekit.detectors.threat import JOKE, laugh_marker

    # a real Message (the compiled build checks the type); the charter is cached
    message = run(chartekit.load_charter("fr"), text)[1]
    for markers in (JOKE, JOKE - {"😉"}, frozenset({"xd"})):
        words = sorted(message.word_set & markers)
        chars = [c for c in message.text if c in markers]
        expected = words[0] if words else (chars[0] if chars else None)
        assert laugh_marker(message, markers) == expected
