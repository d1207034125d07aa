"""Caps: a message shouted in capitals.

The share of upper-case letters among all letters, over a minimum number of letters,
with at least ``min_words`` words in capitals longer than an acronym. So acronyms
(all-caps words of up to ``max_acronym`` letters: SNCF, RER B, TGV, PDF, even a list of
them), a single word in capitals for emphasis ("c'est VRAIMENT nul") and short
messages pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from chartekit._model import Category, Message, Rule, merged_options
from chartekit._verdict import Reason
from chartekit.matchers import Hit

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "detect"]

NEEDS_HITS = False

DEFAULT_OPTIONS: dict[str, float] = {
    "min_letters": 20,  # letters, below which nothing is shouted
    "ratio": 0.7,  # share of them in upper case
    "min_words": 2,  # words in capitals longer than an acronym
    "max_acronym": 4,  # all-caps words this short may be acronyms
}

# Short words that are never acronyms: in capitals they count as shouted words ("I AM SO
# DONE WITH THIS", "C'EST PAS NORMAL"), where a list of acronyms (SNCF, RER, TGV) does not.
_COMMON_SHORT = frozenset({
    "the", "and", "you", "your", "this", "that", "with", "for", "are", "was", "have", "has",
    "not", "but", "all", "what", "why", "how", "who", "its", "just", "very", "done", "will",
    "can", "get", "got", "now", "here", "they", "them", "from", "been", "any", "more", "much",
    "stop", "help", "give", "back", "lies", "ever", "want", "need", "dont", "cant", "wont",
    "les", "des", "une", "est", "pas", "que", "qui", "pour", "mon", "vous", "nous", "sur",
    "dans", "avec", "tout", "plus", "rien", "cest", "mais", "donc", "fait", "suis", "sont",
    "elle", "ils", "moi", "toi", "mes", "vos", "nos", "leur", "ces", "cet", "ete", "etre",
})
_WORD = regex.compile(r"\p{L}+")
_UPPER = regex.compile(r"\p{Lu}")
_UPPER_ASCII = re.compile(r"[A-Z]")  # the same on ASCII text, faster


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category
           ) -> list[Reason]:
    text = message.text
    if text.islower():
        return []
    options = merged_options(category, DEFAULT_OPTIONS)
    # Fewer capitals than the smallest shouted message has: no need to read the words.
    upper_letters = _UPPER_ASCII if text.isascii() else _UPPER
    if len(upper_letters.findall(text)) < options["ratio"] * options["min_letters"]:
        return []
    letters = upper = long_words = 0
    shouted: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        letters += len(word)
        if word.isupper():
            upper += len(word)
            if len(word) > 1:
                shouted.append(match.span())
            if len(word) > options["max_acronym"] or word.lower() in _COMMON_SHORT:
                long_words += 1
        else:
            upper += sum(1 for c in word if c.isupper())
    if letters < options["min_letters"] or long_words < options["min_words"]:
        return []
    share = upper / letters
    if share < options["ratio"]:
        return []
    start, end = shouted[0][0], shouted[-1][1]
    confidence = round(min(1.0, 0.6 + 0.4 * (share - options["ratio"]) /
                           max(1e-9, 1 - options["ratio"])), 4)
    return [Reason("caps", "caps.shouting", start, end, text[start:end],
                   f"{share:.0%} capitals", confidence, "caps", "shouting", confidence)]
