"""Insults: a lexicon hit weighed by who it is aimed at.

An abusive word aimed at someone (``t'es``, ``espèce de``, ``sale``, ``you are``, an
@mention, a vocative ``dégage, connard !``) gains confidence; in quotes or reported
speech, under a negation, or said of oneself (``je suis con``) it loses some. The
cues are whole tokens read in a short window before the word, within its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from chartekit._model import Category, Message, Rule
from chartekit._verdict import ContextCue, Reason
from chartekit.detectors.rules import reason
from chartekit.matchers import Hit

__all__ = ["DEFAULT_OPTIONS", "detect"]

DEFAULT_OPTIONS: dict[str, float] = {
    "target_boost": 0.35,
    "quote_factor": 0.5,
    "negation_factor": 0.5,
    "self_factor": 0.3,
    "window": 5,
}

# Token sequences, read on the folded text (no accents, elisions split off).
_TARGET = {
    "fr": [("t", "es"), ("tu", "es"), ("t", "etais"), ("tu", "etais"), ("t", "as", "l", "air"),
           ("espece", "de"), ("espece", "d"), ("especes", "de"), ("especes", "d"), ("sale",),
           ("sales",), ("bande", "de"), ("bande", "d"), ("pauvre",), ("pauvres",),
           ("vous", "etes"), ("z", "etes"), ("toi",), ("vous",), ("quel",), ("quelle",),
           ("quels",), ("quelles",), ("gros",), ("grosse",), ("sombre",), ("est", "un"),
           ("est", "une"), ("sont", "des"), ("ce",), ("cette",), ("ces",), ("ptit",),
           ("petit",), ("petite",), ("vieux",), ("vieille",), ("tes",), ("ton",), ("ta",)],
    "en": [("you",), ("u",), ("ur",), ("your",), ("youre",), ("yall",), ("is", "a"),
           ("is", "an"), ("are", "a"), ("are", "an"), ("such", "a"), ("such", "an"),
           ("what", "a"), ("what", "an"), ("dirty",), ("fucking",), ("stupid",), ("little",),
           ("fat",), ("ugly",), ("old",), ("this",), ("that",), ("those",), ("these",)],
}
_NEGATION = {
    "fr": {"pas", "jamais", "ni", "nullement", "aucunement"},
    "en": {"not", "never", "isn", "aren", "wasn", "weren", "ain", "nt", "no"},
}
_SELF = {
    "fr": [("je", "suis"), ("j", "suis"), ("chui",), ("jsuis",), ("chuis",), ("moi",),
           ("je", "me", "sens"), ("j", "etais"), ("je", "fais"), ("me", "sens")],
    "en": [("i", "am"), ("i", "m"), ("im",), ("i", "was"), ("i", "feel"), ("me",), ("myself",)],
}
_REPORTED = {
    "fr": [("traite", "de"), ("traitee", "de"), ("traites", "de"), ("traiter", "de"),
           ("traiter", "d"), ("traite", "d"), ("le", "mot"), ("appele",), ("insulte", "de")],
    "en": [("called", "me"), ("called", "him"), ("called", "her"), ("called", "them"),
           ("the", "word"), ("call", "me"), ("calling", "me")],
}
_QUOTES_OPEN = "«“„"
_QUOTES_CLOSE = "»”"
_SENTENCE_END = frozenset(".!?\n;")


def _window(message: Message, first: int, size: int) -> list[str]:
    """Folded words before token ``first``, up to ``size``, stopping at a sentence end."""
    words: list[str] = []
    index = first - 1
    while index >= 0 and len(words) < size:
        if _SENTENCE_END & set(message.gap(index, index + 1)):
            break
        words.append(message.tokens[index].text)
        index -= 1
    words.reverse()
    return words


def _find(words: list[str], cues: Sequence[tuple[str, ...]]) -> str | None:
    for cue in cues:
        n = len(cue)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == cue:
                return " ".join(cue)
    return None


def _languages(message: Message) -> tuple[str, ...]:
    return (message.language,) if message.language in _TARGET else tuple(_TARGET)


def _quoted(text: str, start: int) -> bool:
    before = text[:start]
    if sum(before.count(q) for q in _QUOTES_OPEN) > sum(before.count(q) for q in _QUOTES_CLOSE):
        return True
    return before.count('"') % 2 == 1


def _vocative(message: Message, first: int, last: int) -> bool:
    """``dégage, connard !``, ``Abruti, va.``: the word addressed to the reader.

    A message that is nothing but the word (``Nul !``) is a judgement, not a vocative.
    """
    tokens, folded = message.tokens, message.folded
    if first == 0 and last == len(tokens) - 1:
        return False
    before = folded[tokens[first - 1].end : tokens[first].start] if first > 0 else ","
    after = folded[tokens[last].end : tokens[last + 1].start] if last + 1 < len(tokens) else "."
    return any(c in before for c in ",\n!?.:") and any(c in after for c in ",!?\n.")


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category) -> list[Reason]:
    options = {**DEFAULT_OPTIONS, **category.options}
    size = int(options["window"])
    mention = next((t.text for t in message.tokens if t.mention), None)
    reasons: list[Reason] = []
    for hit, rule in hits:
        if hit.first < 0:
            reasons.append(reason(hit, rule, message))
            continue
        words = _window(message, hit.first, size)
        langs = (rule.lang,) if rule.lang in _TARGET else _languages(message)
        cues: list[ContextCue] = []
        base = rule.confidence * hit.similarity
        self_cue = next((c for lang in langs if (c := _find(words[-3:], _SELF[lang]))), None)
        if self_cue:
            cues.append(ContextCue("self", self_cue, factor=float(options["self_factor"])))
        else:
            target = next((c for lang in langs if (c := _find(words, _TARGET[lang]))), None)
            if target is None and mention:
                target = mention
            if target is None and _vocative(message, hit.first, hit.last):
                target = "vocative"
            if target:
                cues.append(ContextCue("target", target, boost=float(options["target_boost"])))
        negation = next((w for lang in langs for w in words[-4:] if w in _NEGATION[lang]), None)
        if negation:
            cues.append(ContextCue("negation", negation, factor=float(options["negation_factor"])))
        start, _ = message.norm.span(hit.start, hit.end)
        reported = next((c for lang in langs if (c := _find(words, _REPORTED[lang]))), None)
        if reported or _quoted(message.text, start):
            cues.append(ContextCue("quote", reported or "quotation marks",
                                   factor=float(options["quote_factor"])))
        confidence = base + sum(c.boost for c in cues)
        for cue in cues:
            confidence *= cue.factor
        reasons.append(reason(hit, rule, message, confidence=min(confidence, 1.0),
                              context=tuple(cues)))
    return reasons
