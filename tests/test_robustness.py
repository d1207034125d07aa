"""Any text gets a verdict, never a traceback."""

from __future__ import annotations

import random

import pytest

import chartekit
from chartekit import Action

rng = random.Random(7)
NASTY = [
    "",
    " ",
    "\n\n\t",
    "😀" * 500,
    "👨‍👩‍👧‍👦🏳️‍🌈" * 50,
    "e" + "\u0301" * 5000,  # one letter, thousands of combining marks
    "Z̸̡̛͓̞a̷̢͍̓l̶̨̈g̴͚̈́o̸̻͒ connard",
    "Привет мир connard κόσμε مرحبا 你好 שלום",
    "\u200b\u200c\u200d\ufeff" * 100,
    "\x00\x01\x7f control",
    "\ud800 lone surrogate",
    "a " * 20000,
    "c o n " * 5000,
    "*" * 10000,
    "@" * 1000 + "$" * 1000,
    "..." * 3000,
    "1" * 10000,
    "ǅ ﬁ ẞ İ ﬀ ㎏ ℌ",
]


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_text_gets_a_verdict(text: str) -> None:
    verdict = chartekit.moderate(text, "fr")
    assert isinstance(verdict.action, Action)
    for reason in verdict.reasons:
        assert 0 <= reason.start < reason.end <= len(text)


def test_one_megabyte_message() -> None:
    words = ["bonjour", "connard", "le", "conseil", "c0nn4rd", "😀", "é", "-", "c o n"]
    text = " ".join(rng.choice(words) for _ in range(200_000))[:1_000_000]
    verdict = chartekit.moderate(text, "fr")
    assert verdict.action is Action.REMOVE
    assert all(text[r.start : r.end] == r.text for r in verdict.reasons)


def test_non_string_input_gets_a_verdict() -> None:
    assert chartekit.moderate(None, "fr").action is Action.ALLOW  # type: ignore[arg-type]
    assert chartekit.moderate(b"sale connard", "fr").action is Action.REMOVE  # type: ignore[arg-type]


def test_context_given_as_numbers_is_read_as_text() -> None:
    """Thread and author ids often are integers; both builds read them as text."""
    verdict = chartekit.moderate("sale connard", "fr", thread=42, author=7)  # type: ignore[arg-type]
    assert verdict.action is Action.REMOVE
    moderator = chartekit.Moderator("fr")
    for _ in range(3):
        last = moderator.moderate("Achetez mes cryptos maintenant, offre unique", author=7,  # type: ignore[arg-type]
                                  thread=42, timestamp=1.0)  # type: ignore[arg-type]
    assert "flood" in last.categories
