"""One message through a compiled charter: fold, tokenize, match, detect, decide.

Everything here runs on every message, so it is among the modules the wheel compiles
with mypyc (hatch_build.py); the public entry points in ``_moderator`` stay interpreted
and hand over text that is already a ``str``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from chartekit._charter import Charter
from chartekit._language import detect_language
from chartekit._memory import PastMessage
from chartekit._model import HITS_BY_DETECTOR, Message, Rule, phrase_index
from chartekit._normalize import normalize
from chartekit._scoring import decide
from chartekit._spelling import spelled_view
from chartekit._tokens import Token, disguised, has_repeat, tokenize
from chartekit._verdict import Reason, Verdict
from chartekit.detectors import DETECTORS
from chartekit.matchers import Hit
from chartekit.matchers.lexicon import fold_term
from chartekit.matchers.regex import selected, token_at

__all__ = ["run"]


def _phrase_spans(tokens: Sequence[Token], index: Mapping[str, Sequence[tuple[str, ...]]]
                  ) -> list[tuple[int, int]]:
    """Folded spans where one of the indexed word sequences occurs, whole words only."""
    spans: list[tuple[int, int]] = []
    if not index:
        return spans
    for i, token in enumerate(tokens):
        for words in index.get(token.text, ()):
            end = i + len(words)
            if end <= len(tokens) and all(t.text == w for t, w in zip(tokens[i:end], words,
                                                                        strict=True)):
                spans.append((token.start, tokens[end - 1].end))
    return spans


def _covered(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)


def _drop_nested(reasons: list[Reason]) -> list[Reason]:
    """Within a category, a hit inside a larger hit of the same category says nothing more,
    unless its rule is the stronger one: then it stands for the larger hit, which goes. A
    weak sign written around a strong one does not hide it ("I've finished my goodbye
    letters", a quiet farewell at 0.28, holds "finished my goodbye letters" at 0.8)."""
    kept: list[Reason | None] = []
    # per category: where its outermost kept hit ends, the strongest rule confidence
    # inside it, and that outer hit's place in ``kept``
    reach: dict[str, tuple[int, float, int]] = {}
    for reason in sorted(reasons, key=lambda r: (r.start, -r.end, -r.confidence)):
        end, strongest, place = reach.get(reason.category, (-1, 0.0, -1))
        if reason.end > end:
            reach[reason.category] = (reason.end, reason.base_confidence, len(kept))
            kept.append(reason)
        elif reason.base_confidence > strongest:
            kept[place] = None
            reach[reason.category] = (end, reason.base_confidence, place)
            kept.append(reason)
    return [reason for reason in kept if reason is not None]


def run(charter: Charter, text: str, *, author: str | None = None, thread: str | None = None,
         protected_names: Sequence[str] = (), protected_brands: Sequence[str] = (),
         lang: str | None = None, history: tuple[PastMessage, ...] = ()) -> tuple[
    Verdict, Message
]:
    options = charter.normalization
    norm = normalize(text, options)
    tokens = tokenize(norm.folded, options)
    words = tuple([t.text for t in tokens])
    singles = list(map(len, words)).count(1)  # one-letter words: split letters ("p u t e")
    language = lang or detect_language(words, charter.languages, singles=singles)
    message = Message(norm, tokens, language, author, thread,
                      (*charter.protected_names, *protected_names),
                      (*charter.protected_brands, *protected_brands), history, words,
                      frozenset(words))

    repeats = has_repeat(norm.folded)
    hits = charter.lexicon.find(tokens, disguised(norm.folded, tokens, options, singles=singles),
                                repeats=repeats, masked="*" in norm.folded)
    warnings: list[str] = []
    if charter.regexes:
        starts = [t.start for t in tokens]
        # Only the rules whose required strings are in the text (see matchers.prefilter);
        # patterns ignore case, and the gate's strings are lower case.
        gated = norm.folded if options.casefold else norm.folded.lower()
        # Words in leetspeak ("d3foncer") read as letters and texting spellings written out
        # ("jvais" -> "je vais") make a second view: hits found there and not in the
        # folded text are added, mapped back to it.
        view = spelled_view(norm.folded, tokens, language, leetspeak=options.leetspeak,
                            texting=options.texting)
        opened = charter.regex_gate.open(gated)
        # A rule the gate keeps closed on one text cannot match there: each text is read
        # only by the rules it opens.
        opened_in_view = (charter.regex_gate.open(view.text if options.casefold
                                                  else view.text.lower())
                          if view is not None else set())
        # The alternations of big rules are gated branch by branch (matchers.branches).
        in_folded = selected(opened, charter.regexes)
        in_view = selected(opened_in_view, charter.regexes)
        for rule_index in sorted(in_folded.keys() | in_view.keys()):
            rule_lang = charter.rules[rule_index].lang
            if rule_lang and language and rule_lang != language:
                continue  # another language's pattern: its hits would be dropped anyway
            timed_out = False
            found: list[Hit] = []
            regex_rule = in_folded.get(rule_index)
            if regex_rule is not None:
                found, timed_out = regex_rule.find(norm.folded, text, starts)
                hits.extend(found)
            view_rule = in_view.get(rule_index)
            if view is not None and view_rule is not None and view_rule.view == "folded":
                more, late = view_rule.find(view.text, text, ())
                timed_out = timed_out or late
                spans = {(h.start, h.end) for h in found}
                for h in more:
                    start, end, transforms = view.span(h.start, h.end)
                    if (start, end) not in spans:
                        spans.add((start, end))
                        hits.append(Hit(h.rule, h.term, start, end, token_at(starts, start),
                                        token_at(starts, end - 1), h.normalized,
                                        transforms))
            if timed_out:
                warnings.append(f"rule {charter.rules[rule_index].id} ran out of time "
                                f"({charter.rules[rule_index].timeout}s) and was cut short")
    for fuzzy in charter.fuzzy:
        hits.extend(fuzzy.find(tokens))
    if not hits and not charter.always_run:
        return Verdict(decide((), charter.categories)[0], {}, (), (), language, charter.name,
                       tuple(warnings), text), message

    # Words of protected names and brands are never hits themselves (a "Dick" or a
    # "Connard" in a protected name is that person's name).
    protected = charter.protected_index
    if hits and (protected_names or protected_brands):  # the call's names join the charter's
        protected = phrase_index((*charter.protected_words, *(
            w for w in (fold_term(n, options) for n in (*protected_names, *protected_brands))
            if w)))
    exempt = _phrase_spans(tokens, protected) if hits else []
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

    # Detectors that read another's hits (self_harm: a means beside a threat aimed at
    # others) find them here, by detector name.
    by_detector: dict[str, list[tuple[Hit, Rule]]] = defaultdict(list)
    for name, pairs in per_category.items():
        by_detector[charter.categories[name].detector].extend(pairs)
    message.cache[HITS_BY_DETECTOR] = by_detector
    reasons: list[Reason] = []
    for name in (*per_category, *(n for n in charter.always_run if n not in per_category)):
        category = charter.categories[name]
        detector = DETECTORS[category.detector]
        reasons.extend(detector.detect(per_category.get(name, []), message, category))
    reasons = _drop_nested(reasons)
    action, scores, alerts = decide(reasons, charter.categories)
    return Verdict(action, scores, tuple(reasons), alerts, language, charter.name,
                   tuple(warnings), text), message
