"""The compiled lexicon index finds exactly what a naive whole-word scan finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import chartekit
from chartekit import NormalizationOptions
from chartekit._tokens import tokenize
from chartekit.matchers.lexicon import LexiconIndex

PLAIN = NormalizationOptions(repeated_letters=False, split_letters=False, leetspeak=False)
words = st.text(alphabet="abcde", min_size=1, max_size=5)
separators = st.sampled_from([" ", ", ", ". ", "-", "\n", " ! ", "'"])


def naive(text: str, lexicon: set[str]) -> set[tuple[int, int]]:
    return {m.span() for m in re.finditer(r"[a-e]+", text) if m.group() in lexicon}


@settings(max_examples=200)
@given(st.sets(words, min_size=1, max_size=8), st.lists(st.tuples(words, separators), max_size=30))
def test_single_words_match_like_a_naive_scan(lexicon: set[str], pieces: list[tuple[str, str]]
                                              ) -> None:
    text = "".join(w + s for w, s in pieces)
    index = LexiconIndex(((0, w) for w in lexicon), PLAIN)
    found = {(h.start, h.end) for h in index.find(tokenize(text, PLAIN))}
    assert found == naive(text, lexicon)


@settings(max_examples=200)
@given(st.lists(words, min_size=2, max_size=3), st.lists(words, max_size=20))
def test_phrases_match_like_a_naive_scan(phrase: list[str], filler: list[str]) -> None:
    text = " ".join(filler[: len(filler) // 2] + phrase + filler[len(filler) // 2 :])
    index = LexiconIndex([(0, " ".join(phrase))], PLAIN)
    tokens = text.split(" ")
    expected = set()
    position = 0
    starts = []
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    for i in range(len(tokens) - len(phrase) + 1):
        if tokens[i : i + len(phrase)] == phrase:
            last = i + len(phrase) - 1
            expected.add((starts[i], starts[last] + len(tokens[last])))
    found = {(h.start, h.end) for h in index.find(tokenize(text, PLAIN))
             if h.last > h.first}
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_reasons_point_inside_the_original_text(text: str) -> None:
    verdict = chartekit.moderate(text, "fr")
    for reason in verdict.reasons:
        assert 0 <= reason.start < reason.end <= len(text)
        assert text[reason.start : reason.end] == reason.text


insultish = st.sampled_from(["connard", "abruti", "c0nn4rd", "c o n n a r d", "con", "idiot"])
noise = st.text(alphabet=" .,!'éèàç€@$*-_\u200b😀сo", max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(noise, insultish), max_size=6), noise)
def test_reasons_point_inside_obfuscated_text(parts: list[tuple[str, str]], tail: str) -> None:
    text = "".join(a + b for a, b in parts) + tail
    verdict = chartekit.moderate(text, "fr")
    for reason in verdict.reasons:
        assert 0 <= reason.start < reason.end <= len(text)
        assert text[reason.start : reason.end] == reason.text
        assert not reason.text[0].isspace()
        assert not reason.text[-1].isspace()
