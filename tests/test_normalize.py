from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chartekit import NormalizationOptions, normalize


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Connard", "connard"),
        ("Évidemment Œuvre", "evidemment oeuvre"),
        ("ＣＯＮＮＡＲＤ", "connard"),
        ("c\u200bo\u200bn", "con"),
        ("сonnаrd", "connard"),  # Cyrillic с and а
        ("c̶o̶n̶", "con"),  # combining strike-through
        ("straße", "strasse"),
        ("l’abruti", "l'abruti"),
        ("😀 ok", "😀 ok"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert normalize(text).folded == folded


def test_offsets_map_back_across_expansions_and_deletions() -> None:
    text = "Straße c\u200bon ＣＯＮ"
    norm = normalize(text)
    start = norm.folded.index("con")
    assert norm.span(start, start + 3) == (text.index("c"), text.index("ＣＯＮ") - 1)
    assert text[slice(*norm.span(0, 7))] == "Straße"


def test_steps_can_be_switched_off() -> None:
    options = NormalizationOptions(accents=False, homoglyphs=False)
    assert normalize("été сon", options).folded == "été сon"


@given(st.text(max_size=200))
def test_every_folded_span_maps_inside_the_original(text: str) -> None:
    norm = normalize(text)
    n = len(norm.folded)
    for start in range(0, n, max(1, n // 7)):
        for end in (start, min(n, start + 1), min(n, start + 5), n):
            a, b = norm.span(start, end)
            assert 0 <= a <= b <= len(text)


@given(st.text(max_size=200))
def test_each_folded_character_comes_from_an_original_one(text: str) -> None:
    norm = normalize(text)
    if norm.origin is None:
        assert len(norm.folded) == len(text)
    else:
        assert len(norm.origin) == len(norm.folded)
        assert list(norm.origin) == sorted(norm.origin)
