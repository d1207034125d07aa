from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import chartekit
from chartekit import Action, Moderator, Verdict


def write_charter(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_readme_example() -> None:
    charter = chartekit.load_charter("fr")
    verdict = chartekit.moderate("T'es qu'un c0nnard", charter)
    assert verdict.action is Action.REMOVE
    assert verdict.action == "remove"
    assert verdict.categories == {"insult": 1.0}
    (reason,) = verdict.reasons
    assert (reason.start, reason.end, reason.text) == (11, 18, "c0nnard")
    assert reason.normalized == "connard"
    assert reason.rule_id == "insult.fr.strong"
    assert "leetspeak" in reason.explanation
    assert json.loads(json.dumps(verdict.to_dict()))["reasons"][0]["end"] == 18


def test_leetspeak_in_a_regex_rule_is_read_and_explained_briefly() -> None:
    (reason,) = chartekit.moderate("je vais te d3foncer", "fr").reasons
    assert (reason.rule_id, reason.transforms) == ("threat.fr.harm", ("leetspeak",))
    assert reason.text == "je vais te d3foncer"
    assert reason.normalized == "je vais te defoncer"
    # the bundled pattern is hundreds of characters long: the explanation names the rule
    assert "matches the regex of rule threat.fr.harm" in reason.explanation
    assert len(reason.explanation) < 200
    assert len(reason.term) > 200


def test_charter_can_be_a_name_a_path_or_compiled(charters_dir: Path) -> None:
    by_name = chartekit.moderate("sale connard", "fr")
    by_path = chartekit.moderate("sale connard", charters_dir / "newspaper.yaml")
    assert by_name.action is by_path.action is Action.REMOVE
    assert chartekit.load_charter("fr") is chartekit.load_charter("fr")  # cached


def test_edited_charter_is_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("version: 1\nname: one\n", encoding="utf-8")
    assert chartekit.load_charter(path).name == "one"
    path.write_text("version: 1\nname: two\n", encoding="utf-8")
    import os

    os.utime(path, (1, 1))
    assert chartekit.load_charter(path).name == "two"


def test_compiled_charter_pickles() -> None:
    charter = chartekit.load_charter("fr")
    clone = pickle.loads(pickle.dumps(charter))
    text = "t'es un c 0 n n 4 r d"
    assert chartekit.moderate(text, clone).to_dict() == chartekit.moderate(text, charter).to_dict()


def test_threads_share_one_charter() -> None:
    charter = chartekit.load_charter("fr")
    texts = ["sale connard", "bonjour à tous", "t'es nul", "Espèce d'abruti !"] * 50
    expected = [chartekit.moderate(t, charter).action for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: chartekit.moderate(t, charter).action, texts))
    assert got == expected


def test_extends_overrides_one_category(charters_dir: Path) -> None:
    charter = chartekit.load_charter(charters_dir / "newspaper.yaml")
    assert charter.categories["insult"].threshold == 0.9
    assert charter.categories["insult"].review_from == 0.4  # inherited
    ids = {rule.id for rule in charter.rules}
    assert {"insult.fr.strong", "insult.local", "off_topic.football"} <= ids
    assert "insult.fr.weak" not in ids  # disabled by the child
    assert chartekit.moderate("Quelle andouille !", charter).action is Action.ALLOW
    assert chartekit.moderate("Quelle andouille !", "fr").action is Action.REVIEW


def test_protected_names_are_never_insults() -> None:
    text = "Merci à Dick Connard pour son article"
    (unprotected,) = chartekit.moderate(text, "fr").reasons
    assert [cue.kind for cue in unprotected.context] == ["name"]  # looks like a name
    verdict = chartekit.moderate(text, "fr", protected_names=["Dick Connard"])
    assert (verdict.action, verdict.reasons) == (Action.ALLOW, ())
    moderator = Moderator("fr", protected_names=["Dick Connard"])
    assert moderator.moderate(text, author="u42", thread="a-17").action is Action.ALLOW


def test_language_scopes_rules() -> None:
    assert chartekit.moderate("Désolé, je suis en retard", "fr").action is Action.ALLOW
    assert chartekit.moderate("What a con!", "fr").action is Action.ALLOW  # English "con"
    assert chartekit.moderate("Quel con !", "fr").action is Action.REMOVE
    assert chartekit.moderate("retard", "fr", lang="en").language == "en"


def test_escalate_is_never_hidden_by_remove(tmp_path: Path) -> None:
    path = write_charter(
        tmp_path,
        "version: 1\nname: c\nextends: fr\ncategories:\n  self_harm:\n    rules:\n"
        "      - {id: sh.test, lang: fr, confidence: 0.9, lexicon: [en finir]}\n",
    )
    verdict = chartekit.moderate("sale connard, je vais en finir", path)
    assert verdict.action is Action.REMOVE
    assert verdict.alerts == ("self_harm",)
    alone = chartekit.moderate("je vais en finir", path)
    assert (alone.action, alone.alerts) == (Action.ESCALATE, ("self_harm",))


def test_moderate_many_keeps_order() -> None:
    verdicts = chartekit.moderate_many(["bonjour", "sale connard"], "fr")
    assert [v.action for v in verdicts] == [Action.ALLOW, Action.REMOVE]
    assert all(isinstance(v, Verdict) for v in verdicts)


def test_bundled_charters_listed() -> None:
    assert "fr" in chartekit.bundled_charters()


def test_regex_rule_views_and_offsets(tmp_path: Path) -> None:
    path = write_charter(
        tmp_path,
        "version: 1\nname: c\ncategories:\n  paywall:\n    custom: true\n    action: remove\n"
        "    rules:\n      - {id: pw, regex: 'archive\\.(?:ph|today)', confidence: 0.9}\n",
    )
    text = "Lisez l’article sur ARCHIVE.PH/abc"
    (reason,) = chartekit.moderate(text, path).reasons
    assert text[reason.start : reason.end] == "ARCHIVE.PH"
    assert reason.matcher == "regex"


@pytest.mark.parametrize("bad", ["(a|aa)+$"])
def test_catastrophic_regex_is_cut_short(regex_charter: Callable[..., Path], bad: str) -> None:
    path = regex_charter(bad, "slow", timeout=0.01)
    verdict = chartekit.moderate("a" * 40 + "!", path)
    assert verdict.action is Action.ALLOW
    assert verdict.warnings
    assert "ran out of time" in verdict.warnings[0]


def test_redacted_masks_only_the_chosen_categories() -> None:
    verdict = chartekit.moderate("Salut, sale connard !", "fr")
    assert verdict.redacted(("insult",)) == "Salut, sale ███████ !"
    assert verdict.redacted() == "Salut, sale connard !"
