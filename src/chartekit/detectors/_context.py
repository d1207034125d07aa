"""What detectors read around a hit: cue words before it, quotes, sentence ends.

Shared by the detectors that weigh context (insult, threat, self_harm, hate,
defamation). Everything reads the folded tokens of a :class:`~chartekit._model.Message`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from chartekit._model import Message

__all__ = [
    "SENTENCE_END", "Cues", "following", "in_quotes", "languages", "quoted_spans", "table",
    "window",
]


class Cues:
    """Token sequences looked up by length, so a window is scanned once per length."""

    def __init__(self, cues: Sequence[tuple[str, ...]]) -> None:
        lengths = {len(c) for c in cues}
        self.by_length = {n: frozenset(c for c in cues if len(c) == n) for n in lengths}
        self.words = frozenset(c[0] for c in cues)

    def find(self, words: list[str], *, within: int | None = None) -> str | None:
        """The first cue in ``words``; with ``within``, one ending in the last ``within`` words."""
        ending_from = 0 if within is None else len(words) - within
        for i, word in enumerate(words):
            if word not in self.words:
                continue
            for n, cues in self.by_length.items():
                if i + n > ending_from and tuple(words[i : i + n]) in cues:
                    return " ".join(words[i : i + n])
        return None


# Token sequences, read on the folded text (no accents, elisions split off).
def _table(cues: dict[str, list[tuple[str, ...]]]) -> dict[str, Cues]:
    return {lang: Cues(sequences) for lang, sequences in cues.items()}



def table(cues: dict[str, list[tuple[str, ...]]]) -> dict[str, Cues]:
    """Cue sequences per language, each language's looked up at once."""
    return {lang: Cues(sequences) for lang, sequences in cues.items()}


QUOTES_OPEN = "«“„"
QUOTES_CLOSE = "»”"
SENTENCE_END = frozenset(".!?\n;")


def _ends_sentence(gap: str) -> bool:
    """Whether the text between two tokens ends a sentence (most gaps are one space)."""
    return gap != " " and not SENTENCE_END.isdisjoint(gap)


def window(message: Message, first: int, size: int) -> list[str]:
    """Folded words before token ``first``, up to ``size``, stopping at a sentence end."""
    words: list[str] = []
    index = first - 1
    while index >= 0 and len(words) < size:
        if _ends_sentence(message.gap(index, index + 1)):
            break
        words.append(message.tokens[index].text)
        index -= 1
    words.reverse()
    return words


def languages(message: Message, known: tuple[str, ...] = ("fr", "en")) -> tuple[str, ...]:
    """The message's language when cues exist for it, else every language that has cues."""
    return (message.language,) if message.language in known else known


def following(message: Message, last: int, size: int) -> list[str]:
    """Folded words after token ``last``, up to ``size``, stopping at a sentence end."""
    words: list[str] = []
    index = last + 1
    while index < len(message.tokens) and len(words) < size:
        if _ends_sentence(message.gap(index - 1, index)):
            break
        words.append(message.tokens[index].text)
        index += 1
    return words


def _quoted(message: Message) -> tuple[list[int], list[int]]:
    """Starts and ends of the message's quoted spans, overlapping ones merged, found once."""
    found: tuple[list[int], list[int]] | None = message.cache.get("quoted")
    if found is None:
        spans = sorted(quoted_spans(message.text))
        starts: list[int] = []
        ends: list[int] = []
        for a, b in spans:
            if ends and a < ends[-1]:  # open intervals that overlap make one
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        found = (starts, ends)
        message.cache["quoted"] = found
    return found


def in_quotes(message: Message, start: int) -> bool:
    """Whether original offset ``start`` lies strictly between quotation marks."""
    starts, ends = _quoted(message)
    i = bisect.bisect_left(starts, start) - 1  # the last span opening before ``start``
    return i >= 0 and start < ends[i]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans between quotation marks: « … », “ … ”, " … " (an unclosed one runs to the end)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    straight: int | None = None
    # most texts have no double quotation mark: no need to read them character by character
    for index, char in enumerate(text if any(q in text for q in '"«“„') else ""):
        if char in QUOTES_OPEN and opened is None:
            opened = index
        elif char in QUOTES_CLOSE and opened is not None:
            spans.append((opened, index))
            opened = None
        elif char == '"':
            if straight is None:
                straight = index
            else:
                spans.append((straight, index))
                straight = None
    spans.extend((start, len(text)) for start in (opened, straight) if start is not None)
    if "'" in text or "‘" in text:
        spans.extend((m.start(), m.end() - 1) for m in _SINGLE_QUOTED.finditer(text))
    return spans


# 'sale juif', ‘go home’: a single quote opens after a space and closes before one, so
# the apostrophes of "l'homme", "aujourd'hui" or "don't" never pair up.
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘](?=\w)[^'‘’\n]{1,80}?(?<=[\w.!?])['’](?!\w)")


