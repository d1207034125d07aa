"""Run a compiled charter over a message: fold, tokenize, match, detect, decide."""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from chartekit._charter import Charter, load_charter
from chartekit._language import detect_language
from chartekit._memory import FloodStore, MemoryStore, PastMessage
from chartekit._model import Message, Rule
from chartekit._normalize import normalize
from chartekit._scoring import decide
from chartekit._tokens import Token, disguised, has_repeat, leet_view, tokenize
from chartekit._verdict import Reason, Verdict
from chartekit.detectors import DETECTORS
from chartekit.detectors import flood as flood_detector
from chartekit.matchers import Hit
from chartekit.matchers.lexicon import fold_term

__all__ = ["Moderator", "moderate", "moderate_many"]

CharterLike = Charter | str | os.PathLike[str]


def _phrase_spans(tokens: Sequence[Token], phrases: Iterable[tuple[str, ...]]) -> list[
    tuple[int, int]
]:
    """Folded spans where one of the word sequences occurs, whole words only."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in phrases:
        by_first[words[0]].append(words)
    spans: list[tuple[int, int]] = []
    if not by_first:
        return spans
    for i, token in enumerate(tokens):
        for words in by_first.get(token.text, ()):
            end = i + len(words)
            if end <= len(tokens) and all(t.text == w for t, w in zip(tokens[i:end], words,
                                                                        strict=True)):
                spans.append((token.start, tokens[end - 1].end))
    return spans


def _covered(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)


def _drop_nested(reasons: list[Reason]) -> list[Reason]:
    """Within a category, a hit inside a larger hit of the same category says nothing more."""
    kept: list[Reason] = []
    reach: dict[str, int] = {}
    for reason in sorted(reasons, key=lambda r: (r.start, -r.end, -r.confidence)):
        if reason.end <= reach.get(reason.category, -1):
            continue
        reach[reason.category] = reason.end
        kept.append(reason)
    return kept


def analyse(charter: Charter, text: str, *, author: str | None = None,
            thread: str | None = None, protected_names: Sequence[str] = (),
            protected_brands: Sequence[str] = (), lang: str | None = None) -> Verdict:
    """Moderate one message with a compiled charter (no memory of earlier messages)."""
    return _run(charter, text, author=author, thread=thread, protected_names=protected_names,
                protected_brands=protected_brands, lang=lang)[0]


def _run(charter: Charter, text: str, *, author: str | None = None, thread: str | None = None,
         protected_names: Sequence[str] = (), protected_brands: Sequence[str] = (),
         lang: str | None = None, history: tuple[PastMessage, ...] = ()) -> tuple[
    Verdict, Message
]:
    if not isinstance(text, str):
        text = text.decode("utf-8", "replace") if isinstance(text, bytes | bytearray) else (
            "" if text is None else str(text))
    options = charter.normalization
    norm = normalize(text, options)
    tokens = tokenize(norm.folded, options)
    words = tuple([t.text for t in tokens])
    language = lang or detect_language(words, charter.languages)
    message = Message(norm, tokens, language, author, thread,
                      (*charter.protected_names, *protected_names),
                      (*charter.protected_brands, *protected_brands), history, words,
                      frozenset(words))

    repeats = has_repeat(norm.folded)
    singles = list(map(len, words)).count(1)
    hits = charter.lexicon.find(tokens, disguised(norm.folded, tokens, options, singles=singles),
                                repeats=repeats, masked="*" in norm.folded)
    warnings: list[str] = []
    if charter.regexes:
        starts = [t.start for t in tokens]
        # Only the rules whose required strings are in the text (see matchers.prefilter);
        # patterns ignore case, and the gate's strings are lower case.
        gated = norm.folded if options.casefold else norm.folded.lower()
        # Words in leetspeak ("d3foncer") are read as letters too, in a second view of the
        # same length: hits found there and not in the folded text are added.
        leet = leet_view(norm.folded, tokens) if options.leetspeak else None
        opened = charter.regex_gate.open(gated)
        if leet is not None:
            opened |= charter.regex_gate.open(leet if options.casefold else leet.lower())
        for position in sorted(opened):
            regex_rule = charter.regexes[position]
            rule_lang = charter.rules[regex_rule.rule].lang
            if rule_lang and language and rule_lang != language:
                continue  # another language's pattern: its hits would be dropped anyway
            found, timed_out = regex_rule.find(norm.folded, text, starts)
            hits.extend(found)
            if leet is not None and regex_rule.view == "folded":
                more, late = regex_rule.find(leet, text, starts)
                timed_out = timed_out or late
                spans = {(h.start, h.end) for h in found}
                hits.extend(replace(h, transforms=(*h.transforms, "leetspeak")) for h in more
                            if (h.start, h.end) not in spans)
            if timed_out:
                warnings.append(f"rule {charter.rules[regex_rule.rule].id} ran out of time "
                                f"({regex_rule.timeout}s) and was cut short")
    for fuzzy in charter.fuzzy:
        hits.extend(fuzzy.find(tokens))
    if not hits and not charter.always_run:
        return Verdict(decide((), charter.categories)[0], {}, (), (), language, charter.name,
                       tuple(warnings), text), message

    # Words of protected names and brands are never hits themselves (a "Dick" or a
    # "Connard" in a protected name is that person's name).
    extra = [w for w in (fold_term(n, options) for n in (*protected_names, *protected_brands)) if w
             ] if protected_names or protected_brands else []
    exempt = _phrase_spans(tokens, (*charter.protected_words, *extra)) if hits else []
    hit_categories = {charter.rules[hit.rule].category for hit in hits}
    allowed = {name: [(h.start, h.end) for h in index.find(tokens, repeats=repeats)]
               for name, index in charter.allow.items() if name in hit_categories}
    per_category: dict[str, list[tuple[Hit, Rule]]] = defaultdict(list)
    for hit in hits:
        rule = charter.rules[hit.rule]
        category = charter.categories[rule.category]
        if not category.enabled or (rule.lang and language and rule.lang != language):
            continue
        if _covered(hit, exempt) or _covered(hit, allowed.get(rule.category, ())):
            continue
        per_category[rule.category].append((hit, rule))

    reasons: list[Reason] = []
    for name in (*per_category, *(n for n in charter.always_run if n not in per_category)):
        category = charter.categories[name]
        detector = DETECTORS[category.detector]
        reasons.extend(detector.detect(per_category.get(name, []), message, category))
    reasons = _drop_nested(reasons)
    action, scores, alerts = decide(reasons, charter.categories)
    return Verdict(action, scores, tuple(reasons), alerts, language, charter.name,
                   tuple(warnings), text), message


def moderate(text: str, charter: CharterLike = "fr", *, author: str | None = None,
             thread: str | None = None, protected_names: Sequence[str] = (),
             protected_brands: Sequence[str] = (), lang: str | None = None) -> Verdict:
    """Moderate one message with ``charter`` (a compiled charter, a bundled name or a path).

    ``author``, ``thread`` and the protected names and brands describe the message's
    context; names given here add to the charter's own lists for this call. ``lang``
    skips language detection. Never raises because of ``text``.
    """
    return analyse(load_charter(charter), text, author=author, thread=thread,
                   protected_names=protected_names, protected_brands=protected_brands, lang=lang)


def moderate_many(texts: Iterable[str], charter: CharterLike = "fr", **context: object) -> list[
    Verdict
]:
    """Moderate several messages with one charter (loaded once), in order."""
    moderator = Moderator(charter)
    moderate_one = moderator.moderate
    return [moderate_one(text, **context) for text in texts]  # type: ignore[arg-type]


class Moderator:
    """A charter plus what a stream of messages needs: context shared by every call, and
    a memory of each author's recent messages for flood detection.

    Keep one per stream (a comment section, a site): module-level :func:`moderate`
    remembers nothing. The memory is a :class:`~chartekit.MemoryStore` sized by the
    charter's ``flood`` options unless you pass a ``store`` of your own; ``clock``
    gives the current time in seconds (``time.time`` by default), or pass
    ``timestamp=`` to :meth:`moderate` when replaying messages.
    """

    def __init__(self, charter: CharterLike = "fr", *, protected_names: Sequence[str] = (),
                 protected_brands: Sequence[str] = (), store: FloodStore | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.charter = load_charter(charter)
        self.protected_names = tuple(protected_names)
        self.protected_brands = tuple(protected_brands)
        flood = self.charter.categories.get("flood")
        self._remembers = flood is not None and flood.enabled
        options = {**flood_detector.DEFAULT_OPTIONS, **(flood.options if flood else {})}
        self.window = float(options["window_seconds"])
        self.store: FloodStore = store if store is not None else MemoryStore(
            max_per_author=int(options["max_per_author"]),
            max_authors=int(options["max_authors"]),
        )
        self.clock = clock

    def moderate(self, text: str, *, author: str | None = None, thread: str | None = None,
                 protected_names: Sequence[str] = (), protected_brands: Sequence[str] = (),
                 lang: str | None = None, timestamp: float | None = None) -> Verdict:
        names = (*self.protected_names, *protected_names) if protected_names else (
            self.protected_names)
        brands = (*self.protected_brands, *protected_brands) if protected_brands else (
            self.protected_brands)
        if not (self._remembers and author):  # nothing to remember: no clock, no store
            return _run(self.charter, text, author=author, thread=thread, lang=lang,
                        protected_names=names, protected_brands=brands)[0]
        now = self.clock() if timestamp is None else timestamp
        history = tuple(self.store.recent(author, now - self.window))
        verdict, message = _run(self.charter, text, author=author, thread=thread, lang=lang,
                                history=history, protected_names=names, protected_brands=brands)
        self.store.add(author, PastMessage(flood_detector.signature(message), now, thread))
        return verdict
