from __future__ import annotations

from pathlib import Path

import chartekit
from chartekit import Action


def test_span_covers_the_shouted_part() -> None:
    text = "Bonjour, JE NE SUPPORTE PLUS VOTRE SERVICE DÉPLORABLE. Cordialement"
    (reason,) = [r for r in chartekit.moderate(text, "fr").reasons if r.category == "caps"]
    assert reason.text == "JE NE SUPPORTE PLUS VOTRE SERVICE DÉPLORABLE"
    assert reason.normalized.endswith("capitals")


def test_options_and_disabling(tmp_path: Path) -> None:
    text = "JE VEUX ÊTRE REMBOURSÉ IMMÉDIATEMENT"
    off = tmp_path / "off.yaml"
    off.write_text("version: 1\nname: caps-off\nextends: fr\ncategories:\n  caps:\n"
                   "    enabled: false\n", encoding="utf-8")
    strict = tmp_path / "strict.yaml"
    strict.write_text("version: 1\nname: strict\nextends: fr\ncategories:\n  caps:\n"
                      "    options: {min_letters: 60}\n", encoding="utf-8")
    assert chartekit.moderate(text, "fr").action is Action.REVIEW
    assert chartekit.moderate(text, off).action is Action.ALLOW
    assert chartekit.moderate(text, strict).action is Action.ALLOW
