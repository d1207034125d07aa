"""The texting view: which words are written out, and how its hits map back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import chartekit
from chartekit._normalize import NormalizationOptions
from chartekit._spelling import SPELLINGS, spelled_view
from chartekit._tokens import tokenize

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "spellings.yaml").read_text(encoding="utf-8"))
OPTIONS = NormalizationOptions()


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_view(case: dict[str, Any]) -> None:
    view = spelled_view(case["text"], tokenize(case["text"], OPTIONS), case["lang"])
    assert (view.text if view is not None else None) == case["view"]


WORDS = [*sorted(SPELLINGS["fr"])[:40], *sorted(SPELLINGS["en"])[:40], "c", "t", "u", "ur",
         "2", "4", "g", "tes", "ta", "d3foncer", "connard", "vais", "un", "so", "the", "é"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=12),
       gaps=st.lists(st.sampled_from([" ", "  ", ", ", "'", ".", "-", " . "]), min_size=12,
                     max_size=12),
       lang=st.sampled_from(["fr", "en", None]))
def test_spans_map_back_into_the_folded_text(words: list[str], gaps: list[str],
                                             lang: str | None) -> None:
    folded = "".join(w + g for w, g in zip(words, gaps, strict=False))
    tokens = tokenize(folded, OPTIONS)
    view = spelled_view(folded, tokens, lang)
    if view is None:
        return
    assert view.span(0, len(view.text))[:2] == (0, len(folded))
    # Outside the rewritten words, the view is the folded text.
    pieces = view._pieces
    cursor_view = cursor_folded = 0
    for view_start, view_end, start, end, _ in pieces:
        assert view.text[cursor_view:view_start] == folded[cursor_folded:start]
        assert view.span(view_start, view_end)[:2] == (start, end)
        # a span that starts or ends inside a rewritten word covers all of it
        if view_end - view_start > 1 and view_end - view_start != end - start:
            assert view.span(view_start + 1, view_end)[:2] == (start, end)
        cursor_view, cursor_folded = view_end, end
    assert view.text[cursor_view:] == folded[cursor_folded:]
    for a in range(len(view.text) + 1):
        for b in range(a, len(view.text) + 1, 3):
            start, end, _ = view.span(a, b)
            assert 0 <= start <= end <= len(folded)


def test_a_regex_hit_in_the_view_points_at_what_was_written() -> None:
    verdict = chartekit.moderate("ok. g pu envie de vivre", "fr")
    (reason,) = verdict.reasons
    assert (reason.rule_id, reason.transforms) == ("self_harm.fr.state", ("spelling",))
    assert (reason.start, reason.end, reason.text) == (4, 23, "g pu envie de vivre")
    assert reason.normalized == "j'ai plus envie de vivre"
    assert "after spelling" in reason.explanation


def test_the_view_can_be_switched_off(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "version: 1\nname: t\nnormalization: {texting: false}\n"
        "categories:\n  threat:\n    action: remove\n"
        "    rules:\n      - id: threat.kill\n        regex: 'je\\s+vais\\s+te\\s+tuer'\n",
        encoding="utf-8")
    assert chartekit.moderate("je vais te tuer", path).action == "remove"
    assert chartekit.moderate("jvais te tuer", path).action == "allow"
    path.write_text(path.read_text(encoding="utf-8").replace("false", "true"), encoding="utf-8")
    assert chartekit.moderate("jvais te tuer", path).action == "remove"
