"""Flood: the same message posted again and again, and one word or emoji repeated.

Reposts are read against the author's recent messages, which only a
:class:`~chartekit.Moderator` remembers (one per stream of messages); an exact copy
(same words once folded: case, accents, punctuation and spacing do not matter) is
flagged from the second copy on, a near copy when it is long enough and similar
enough (RapidFuzz ``ratio``). Different authors posting the same "Bravo !" are not a
flood: memory is per author. In-message flooding — one word or emoji making up most
of a long message, or one short phrase repeated as often — needs no memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex
from rapidfuzz import fuzz

from chartekit._model import Category, Message, Rule, merged_options
from chartekit._verdict import Reason
from chartekit.matchers import Hit

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "detect", "signature"]

NEEDS_HITS = False

DEFAULT_OPTIONS: dict[str, float] = {
    "window_seconds": 3600,  # how far back reposts are looked for
    "max_per_author": 20,  # messages remembered per author
    "max_authors": 10_000,  # authors remembered (least recently seen forgotten first)
    "similarity": 0.9,  # near copies: RapidFuzz ratio of the folded words, 0..1
    "min_near_length": 20,  # near copies only for messages at least this long (characters)
    "min_repeats": 8,  # in-message flood: one word or emoji at least this many times ...
    "min_share": 0.5,  # ... making up at least this share of the message's words or emoji
}

_EMOJI = regex.compile(r"\p{Extended_Pictographic}")


def signature(message: Message) -> str:
    """The message's words, folded, one space apart; its emoji when it has no words."""
    words = " ".join(message.words)
    return words or "".join(message.folded.split())


def _whole(message: Message, rule_id: str, confidence: float, term: str, normalized: str
           ) -> Reason:
    text = message.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return Reason("flood", rule_id, start, end, text[start:end], normalized, confidence,
                  "flood", term, confidence)


def _doubled(current: str, past: str) -> bool:
    """``current`` is ``past`` said two or more times over ("pk personne me répond ??? pk
    personne me répond ???" after "pk personne me répond ???")."""
    if not past or len(current) <= len(past) or " " not in past:
        return False
    times, rest = divmod(len(current) + 1, len(past) + 1)
    return rest == 0 and times >= 2 and current == " ".join([past] * times)


def _reposts(message: Message, options: dict[str, float]) -> list[Reason]:
    if not message.history:
        return []
    current = signature(message)
    if not current:
        return []
    copies = sum(1 for past in message.history if past.signature == current
                 or _doubled(current, past.signature))
    if copies:
        return [_whole(message, "flood.repost", 0.9, "exact repost",
                       f"copy {copies + 1} within {int(options['window_seconds'])}s")]
    if len(current) < options["min_near_length"]:
        return []
    cutoff = options["similarity"] * 100
    best = max((fuzz.ratio(current, past.signature, score_cutoff=cutoff)
                for past in message.history), default=0.0)
    if not best:
        return []
    similarity = best / 100
    return [_whole(message, "flood.near_repost", round(0.85 * similarity, 4), "near repost",
                   f"{similarity:.0%} similar to a recent message")]


def _repeated(message: Message, options: dict[str, float]) -> list[Reason]:
    minimum = int(options["min_repeats"])
    reasons: list[Reason] = []
    tokens = message.tokens
    # A word said ``minimum`` times leaves at most len - minimum + 1 distinct words.
    count = 0
    if len(tokens) >= minimum and len(message.word_set) <= len(tokens) - minimum + 1:
        word, count = Counter(message.words).most_common(1)[0]
        if count >= minimum and count / len(tokens) >= options["min_share"]:
            places = [t for t in tokens if t.text == word]
            start, _ = message.norm.span(places[0].start, places[0].end)
            _, end = message.norm.span(places[-1].start, places[-1].end)
            confidence = 0.9 if count >= 2 * minimum else 0.75
            reasons.append(Reason("flood", "flood.repeated_word", start, end,
                                  message.text[start:end], f"{word} x{count}", confidence,
                                  "flood", "repeated word", confidence))
    # Every word of a phrase said eight times over half the message is said as often, and
    # a phrase has at most four words: the most frequent word tells whether to look.
    if (not reasons and len(tokens) >= 2 * minimum
            and count >= max(minimum, options["min_share"] * len(tokens) / 4)):
        reasons.extend(_repeated_phrase(message, options))
    if not message.text.isascii():
        emoji = list(_EMOJI.finditer(message.text))
        if len(emoji) >= minimum:
            symbol, count = Counter(m.group() for m in emoji).most_common(1)[0]
            if count >= minimum and count / (len(emoji) + len(tokens)) >= options["min_share"]:
                spots = [m for m in emoji if m.group() == symbol]
                start, end = spots[0].start(), spots[-1].end()
                confidence = 0.9 if count >= 2 * minimum else 0.75
                reasons.append(Reason("flood", "flood.repeated_emoji", start, end,
                                      message.text[start:end], f"{symbol} x{count}", confidence,
                                      "flood", "repeated emoji", confidence))
    return reasons


def _places(words: tuple[str, ...], phrase: tuple[str, ...]) -> list[int]:
    """Where ``phrase`` starts in ``words``, occurrences not overlapping."""
    places: list[int] = []
    i, size = 0, len(phrase)
    while i <= len(words) - size:
        if words[i : i + size] == phrase:
            places.append(i)
            i += size
        else:
            i += 1
    return places


def _repeated_phrase(message: Message, options: dict[str, float]) -> list[Reason]:
    """``buy my ebook buy my ebook …``: a phrase of two to four words, ``min_repeats`` times."""
    minimum = int(options["min_repeats"])
    words = message.words
    best: tuple[int, int, tuple[str, ...]] = (0, 0, ())
    for size in (4, 3, 2):  # the phrase that covers most of the message, longest first
        grams = Counter(words[i : i + size] for i in range(len(words) - size + 1))
        phrase, _ = grams.most_common(1)[0]
        if len(set(phrase)) == 1:  # "br br": one word repeated, _repeated's business
            continue
        count = len(_places(words, phrase))
        if count >= minimum and count * size > best[0] * best[1]:
            best = (count, size, phrase)
    count, size, phrase = best
    if not count or count * size / len(words) < options["min_share"]:
        return []
    places = _places(words, phrase)
    tokens = message.tokens
    start, _ = message.norm.span(tokens[places[0]].start, tokens[places[0]].end)
    last = tokens[places[-1] + size - 1]
    _, end = message.norm.span(last.start, last.end)
    confidence = 0.9 if count >= 2 * minimum else 0.75
    return [Reason("flood", "flood.repeated_phrase", start, end, message.text[start:end],
                   f"{' '.join(phrase)} x{count}", confidence, "flood", "repeated phrase",
                   confidence)]


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category
           ) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    return _reposts(message, options) + _repeated(message, options)
