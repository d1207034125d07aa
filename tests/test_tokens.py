"""Tokens: the word patterns, written for speed, find the words their definition finds."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from chartekit import _tokens

# The definition: an optional start (a letter, a digit, @ $ €) and inside characters, then
# a last character that is a letter, a digit or $.
DEFINITIONS = {
    "_WORD": regex.compile(r"(?:[\p{L}\p{N}@$€][\p{L}\p{N}@$€|!*]*)?[\p{L}\p{N}$]"),
    "_WORD_WITH_APOSTROPHE": regex.compile(
        r"(?:[\p{L}\p{N}@$€][\p{L}\p{N}@$€|!*']*)?[\p{L}\p{N}$]"),
    "_WORD_ASCII": re.compile(r"(?:[a-zA-Z0-9@$][a-zA-Z0-9@$|!*]*)?[a-zA-Z0-9$]"),
    "_WORD_WITH_APOSTROPHE_ASCII": re.compile(
        r"(?:[a-zA-Z0-9@$][a-zA-Z0-9@$|!*']*)?[a-zA-Z0-9$]"),
}
ALPHABET = "ab0Z9é€$@|!*' .-\n"


@pytest.mark.parametrize("name", sorted(DEFINITIONS))
@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=30))
def test_word_patterns_find_what_their_definition_finds(name: str, text: str) -> None:
    if name.endswith("_ASCII"):
        text = text.replace("é", "e").replace("€", "$")
    found = [m.span() for m in getattr(_tokens, name).finditer(text)]
    assert found == [m.span() for m in DEFINITIONS[name].finditer(text)]


@pytest.mark.parametrize(("text", "words"), [
    ("c0nn4rd!!! f**k *con*", ["c0nn4rd", "f**k", "con"]),
    ("@moi $ 5€ €5 a|b|", ["@moi", "$", "5", "€5", "a|b"]),
])
def test_words(text: str, words: list[str]) -> None:
    assert [m.group() for m in _tokens._WORD.finditer(text)] == words


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet="ab0Z9$@|!*' .-\n\t\x1c,", max_size=40),
       elisions=st.booleans())
def test_ascii_words_are_the_ascii_patterns_words(text: str, elisions: bool) -> None:
    pattern = _tokens._WORD_ASCII if elisions else _tokens._WORD_WITH_APOSTROPHE_ASCII
    expected = [(m.start(), m.group()) for m in pattern.finditer(text)]
    assert _tokens._ascii_words(text, elisions) == expected


LINK_PIECES = ["a", "b_", "é", "1", "@", ".", "+", "-", " ", "\n", ".com", ".fr", "co", "http://",
               "www.", "://", "/", ",", "@x.fr", "mail"]


@settings(max_examples=2000, deadline=None)
@given(pieces=st.lists(st.sampled_from(LINK_PIECES), max_size=14))
def test_links_are_the_link_patterns_spans(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _tokens._links(text) == [m.span() for m in _tokens._URL_OR_EMAIL.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet="aab\n\n é€", max_size=20))
def test_squeeze_is_the_substitution(text: str) -> None:
    assert _tokens.squeeze(text) == _tokens._RUN.sub(r"\1", text)
