"""Which words a pattern cannot match without: a cheap test before running a regex rule.

A charter's patterns are large alternations ("les X sont des rats", "dehors les X", …)
that the regex engine has to try at every position of every message, although most
messages contain none of their words. :func:`required_substrings` reads a pattern's
syntax tree and returns a set of literal strings such that **every** match contains at
least one of them; a message that contains none of them is skipped without running the
pattern. When no such set can be proved (a branch that starts with ``\\w+``, an
optional part, a pattern the standard parser cannot read), it returns ``None`` and the
rule always runs: the test only ever skips work, it never changes what matches.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick

from chartekit._language import STOPWORDS
from chartekit.matchers import facts_table, letter_shares
from chartekit.matchers.regex import parse_tree, sequence_items

__all__ = ["CLAUSE_MIN_LENGTH", "COMMON", "MIN_LENGTH", "Condition", "Gate", "gate_condition",
           "required_condition", "required_substrings"]

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c

MIN_LENGTH = 3  # shorter literals ("a", "je") are in nearly every message: no test alone
# In a condition, where every clause of an alternative must hold, two letters that are not
# an everyday word ("mp", "dm", "wa") still keep the gate shut on most messages.
CLAUSE_MIN_LENGTH = 2
_MAX_SET = 400  # beyond this many strings, testing them costs more than the pattern


# Strings in nearly every message of a language: a gate built on them never closes.
COMMON = frozenset().union(*STOPWORDS.values(), {
    "des", "les", "ces", "tous", "toutes", "dans", "chez", "sale", "nos", "vos", "leurs",
    "you", "your", "the", "and", "that", "this", "with", "are", "was", "all", "est", "sont",
    "pour", "pas", "vous", "nous", "elle", "elles", "ils", "mais", "avec", "tout", "fait",
})


@functools.lru_cache(maxsize=65536)
def _score(found: frozenset[str]) -> tuple[int, int, int, int]:
    """Better sets have no everyday word, then few short strings, then longer ones, then fewer."""
    common = sum(1 for s in found if s in COMMON)
    short = sum(1 for s in found if len(s) <= MIN_LENGTH)  # "rat" is inside "pirate"
    return (-common, -short, min(len(s) for s in found), -len(found))


def _best(candidates: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    usable = [c for c in candidates if c]
    return max(usable, key=_score) if usable else None


def _pieces(items: Any, shortest: int = MIN_LENGTH) -> Iterator[tuple[Any, Any]]:
    """A concatenation's items, each run of literal characters joined into one string:
    ``(None, "marabout")`` for a run of ``shortest`` characters or more (shorter runs say
    nothing), ``(op, argument)`` for every other item."""
    run: list[str] = []
    for op, av in [*sequence_items(items), (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av).lower())
            continue
        if len(run) >= shortest:
            yield None, "".join(run)
        run = []
        if op is not None:
            yield op, av


def _sequence(items: Any) -> frozenset[str] | None:
    """One item of a concatenation must match, so any item's set will do: the best one."""
    return _best([frozenset({av}) if op is None else _node(op, av) for op, av in _pieces(items)])


def _node(op: Any, av: Any) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if found is None:
                return None
            union |= found
            if len(union) > _MAX_SET:
                return None
        return frozenset(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, sub = av
        return _sequence(sub) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", object()):
        return _sequence(av)
    return None  # character classes, lookarounds, anchors, backreferences: no guarantee


@functools.lru_cache(maxsize=1024)
def required_substrings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` (case-insensitive) contains, or None."""
    facts = facts_table.lookup(pattern)
    if facts is not None:
        return facts.required
    tree = parse_tree(pattern)  # flags do not change how literals parse
    if tree is None:
        return None
    found = _sequence(tree)
    if found is None or any(len(s) < MIN_LENGTH for s in found):
        return None
    # "marabout" makes "marabouts" redundant: keep only strings with no shorter one inside.
    ordered = sorted(found, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


# A condition every match meets: any one of the alternatives, each a list of clauses that
# must all hold, each clause a set of strings one of which the text contains.
Condition = tuple[tuple[frozenset[str], ...], ...]

_MAX_ALTERNATIVES = 64  # beyond this, a part's alternatives fold into one clause


def _conjunctions(items: Any) -> list[tuple[frozenset[str], ...]]:
    """The alternatives of a concatenation, each the clauses of every item along it."""
    alternatives: list[tuple[frozenset[str], ...]] = [()]
    for op, av in _pieces(items, CLAUSE_MIN_LENGTH):
        if op is None:
            literal = frozenset({av})
            alternatives = [(*a, literal) for a in alternatives]
            continue
        inner = _alternatives(op, av)
        if inner is None:
            continue  # no guarantee from this item; the others still hold
        if len(alternatives) == 1 or len(alternatives) * len(inner) <= _MAX_ALTERNATIVES:
            alternatives = [(*a, *b) for a in alternatives for b in inner]
            continue
        if all(inner):  # too many ways through: the item's best clauses, as one clause
            union = frozenset().union(*[max(alt, key=_score) for alt in inner])
            alternatives = [(*a, union) for a in alternatives]
    return alternatives


def _alternatives(op: Any, av: Any) -> list[tuple[frozenset[str], ...]] | None:
    if op is _c.SUBPATTERN:
        return _conjunctions(av[-1])
    if op is _c.BRANCH:
        found: list[tuple[frozenset[str], ...]] = []
        for branch in av[1]:
            found.extend(_conjunctions(branch))
        return found
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, sub = av
        return _conjunctions(sub) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", object()):
        return _conjunctions(av)
    return None


@functools.lru_cache(maxsize=1024)
def required_condition(pattern: str) -> Condition | None:
    """A finer test than :func:`required_substrings`: alternatives of clauses.

    ``(?:dehors les (?:arabes|juifs)|virez les (?:arabes|juifs))`` needs "dehors" *and*
    "arabe" or "juif", or "virez" *and* one of them. Clauses are read from literals of
    two characters or more (:data:`CLAUSE_MIN_LENGTH`: "dm", "mp"). Clauses made of
    everyday words, which nearly every message passes, are left out of an alternative
    that has others; an alternative made only of them keeps them all. ``None``: some way
    to match needs no literal at all, the rule always runs.
    """
    facts = facts_table.lookup(pattern)
    if facts is not None:
        return facts.condition
    tree = parse_tree(pattern)
    if tree is None:
        return None
    found = _conjunctions(tree)
    alternatives: list[tuple[frozenset[str], ...]] = []
    rare: dict[frozenset[str], bool] = {}  # clauses are shared between alternatives
    for alternative in found:
        kept = []
        for clause in alternative:
            keep = rare.get(clause)
            if keep is None:
                keep = rare[clause] = bool(clause) and COMMON.isdisjoint(clause)
            if keep:
                kept.append(clause)
        # A way to match that needs no rare string still needs all its everyday ones
        # ("can't … like … this"): together they are rarer than any of them.
        clauses = tuple(dict.fromkeys(kept or [c for c in alternative if c]))
        if not clauses:
            return None  # one way to match that needs no string at all: always run
        alternatives.append(clauses)
    return tuple(dict.fromkeys(alternatives))


def gate_condition(pattern: str) -> Condition | None:
    """Everything the gate can test for ``pattern``: its :func:`required_condition`, each
    alternative also needing one of its :func:`required_substrings` (both hold for every
    match, so both together do too), or None: the rule always runs."""
    condition = required_condition(pattern)
    required = required_substrings(pattern)
    if condition is None:
        return None if required is None else ((required,),)
    if required is None:
        return condition
    # A clause whose strings are all required ones already implies the required set.
    return tuple(alternative if any(clause <= required for clause in alternative)
                 else (*alternative, required) for alternative in condition)


# A clause as the gate tests it: the strings its automaton finds, and the short ones it
# looks for with ``in`` (see Gate).
Clause = tuple[frozenset[str], tuple[str, ...]]
_LAZY_LENGTH = 3  # a clause's strings this short are not in the automaton unless triggers
# The share of messages that hold a string, by its length, when it is not one of the
# frequent short strings of ``letter_shares``: the means measured on the corpus workload
# for the bundled charters' gate strings (2026-12-02; longer ones: 0.0004), set lower by
# hand for two and three letters, whose frequent strings are in the table. Only the
# gate's speed depends on these, never what it opens.
_SHARE_BY_LENGTH = {1: 0.5, 2: 0.03, 3: 0.01, 4: 0.004, 5: 0.002, 6: 0.001}


def _likelihood(clause: frozenset[str]) -> float:
    """About how many messages hold at least one of ``clause``'s strings."""
    missing = 1.0
    for string in clause:
        share = letter_shares.SHARES.get(string) or (
            0.05 if string in COMMON else _SHARE_BY_LENGTH.get(len(string), 0.0004))
        missing *= 1.0 - share
    return 1.0 - missing


def _split(clause: frozenset[str], indexed: set[str]) -> Clause:
    lazy = tuple(sorted(s for s in clause if s not in indexed and len(s) <= _LAZY_LENGTH))
    return frozenset(s for s in clause if s not in lazy), lazy


def _absorbed(condition: Condition) -> list[tuple[frozenset[str], ...]]:
    """``condition``'s alternatives without those that hold only where a smaller one does.

    An alternative whose clauses include all of another's can only hold where that one
    holds: without it the condition is the same (``A or (A and B)`` is ``A``), and the
    gate checks fewer clauses ("people" + "dumb" makes "people" + "get" + "dumb" moot).
    """
    unique = list(dict.fromkeys(alternative for alternative in condition))
    sets = [frozenset(alternative) for alternative in unique]
    order = sorted(range(len(unique)), key=lambda i: len(sets[i]))
    kept: list[int] = []
    for i in order:
        if not any(sets[k] <= sets[i] for k in kept):
            kept.append(i)
    chosen = set(kept)
    return [alternative for i, alternative in enumerate(unique) if i in chosen]


# What each string the automaton finds carries: the string, the rules it opens outright,
# the rules it opens if their other clauses hold (each rule with its ways: the ids of the
# clauses that must all hold), and the ids of the clauses it makes hold.
_Waits = tuple[tuple[int, tuple[frozenset[int], ...]], ...]
_Payload = tuple[str, frozenset[int] | None, _Waits | None, frozenset[int] | None]


class Gate:
    """Which of a charter's regex rules a text can match, found in one pass over the text.

    The strings of every rule's :data:`Condition` go into one Aho-Corasick automaton
    (``pyahocorasick``); one pass over the text yields the strings it contains. Each
    alternative of a condition is indexed by the strings of its least likely clause
    (shares of messages from ``letter_shares``, else by length), so only the alternatives
    one of whose strings occurs have their other clauses checked. Those other clauses are
    numbered: each string found marks the clauses it makes hold, and an alternative holds
    when the set of its clauses' numbers is inside the marked ones (one set operation).
    Clauses' strings of three characters or fewer ("er", "th") are not in the automaton,
    which would stop on them in most messages: they are looked for with ``in`` when a
    clause holding them is all an alternative lacks, once a message. Rules without a
    condition always pass the gate. A bare set of strings is read as a condition of one
    clause (:func:`required_substrings`).
    """

    def __init__(self, conditions: Iterable[Condition | frozenset[str] | None]) -> None:
        conditions = tuple(conditions)
        self._conditions = conditions
        always: set[int] = set()
        alternatives: list[tuple[int, frozenset[str], tuple[frozenset[str], ...]]] = []
        likelihood: dict[frozenset[str], float] = {}  # clauses are shared by alternatives
        for index, condition in enumerate(conditions):
            if condition is None:
                always.add(index)
                continue
            if isinstance(condition, frozenset):
                condition = ((condition,),)
            for alternative in _absorbed(condition):
                # Indexed by its least likely clause: the fewer messages hold one of
                # its strings, the fewer times the other clauses are checked.
                for clause in alternative:
                    if clause not in likelihood:
                        likelihood[clause] = _likelihood(clause)
                best = alternative[0]  # min(…, key=…) by hand: a call per alternative less
                for clause in alternative[1:]:
                    if likelihood[clause] < likelihood[best]:
                        best = clause
                alternatives.append((index, best, tuple(c for c in alternative if c is not best)))
        triggers = {string for _, best, _ in alternatives for string in best}
        # What each trigger clause opens: rules outright, or rules whose other clauses
        # must hold too. Grouped by clause first (many alternatives share theirs), then
        # handed to each of the clause's strings.
        direct: dict[frozenset[str], set[int]] = {}
        pending: dict[frozenset[str], dict[int, list[frozenset[int]]]] = {}
        number: dict[frozenset[str], int] = {}  # the other clauses, numbered
        marks: dict[str, set[int]] = {}  # the numbered clauses each indexed string holds
        lazy: dict[int, tuple[str, ...]] = {}  # the short strings of numbered clauses
        for index, best, rest in alternatives:
            # The other clauses' short strings ("er", "th", "ing") are in most messages:
            # found by the automaton they would cost a step each time; they are looked
            # for with ``in`` only when an alternative lacks nothing else.
            ids = []
            for clause in rest:
                if clause not in number:
                    number[clause] = len(number)
                    strings, short = _split(clause, triggers)
                    for string in strings:
                        marks.setdefault(string, set()).add(number[clause])
                    if short:
                        lazy[number[clause]] = short
                ids.append(number[clause])
            if ids:
                pending.setdefault(best, {}).setdefault(index, []).append(frozenset(ids))
            else:
                direct.setdefault(best, set()).add(index)
        of_string: dict[str, list[frozenset[str]]] = {}
        for clause in {**direct, **pending}:
            for string in clause:
                of_string.setdefault(string, []).append(clause)
        opens_of = {clause: frozenset(rules) for clause, rules in direct.items()}
        waits_of = {clause: tuple((index, tuple(dict.fromkeys(ways)))
                                  for index, ways in waits.items())
                    for clause, waits in pending.items()}
        self.always = frozenset(always)
        self._lazy = lazy
        self._lazy_ids = frozenset(lazy)
        self.automaton: Any = None
        indexed = triggers | marks.keys()
        if indexed:
            # Each string carries what it opens, so a pass needs no lookup by string.
            self.automaton = ahocorasick.Automaton()
            for string in indexed:
                owners = of_string.get(string, [])
                opens: frozenset[int] | None
                waiting: _Waits | None
                if len(owners) <= 1:  # most strings: one clause's payload, shared
                    opens = opens_of.get(owners[0]) if owners else None
                    waiting = waits_of.get(owners[0]) if owners else None
                else:
                    opens = frozenset().union(*(opens_of.get(c, ()) for c in owners)) or None
                    merged: dict[int, list[frozenset[int]]] = {}
                    for clause in owners:
                        for index, ways in waits_of.get(clause, ()):
                            merged.setdefault(index, []).extend(ways)
                    waiting = tuple((index, tuple(dict.fromkeys(ways)))
                                    for index, ways in merged.items())
                held = marks.get(string)
                payload: _Payload = (string, opens or None, waiting or None,
                                     frozenset(held) if held else None)
                self.automaton.add_word(string, payload)
            self.automaton.make_automaton()

    def __reduce__(self) -> tuple[type[Gate], tuple[tuple[Condition | frozenset[str] | None,
                                                            ...]]]:
        # Rebuilt from its conditions: compiled with mypyc, a class has no default pickling.
        return Gate, (self._conditions,)

    def open(self, text: str) -> set[int]:
        """Indexes of the rules that may match ``text``."""
        opened = set(self.always)
        if self.automaton is None:
            return opened
        found: set[str] = set()
        held: set[int] = set()  # the numbered clauses that hold in ``text``
        waiting: list[_Waits] = []
        for _, (string, rules, pending, marks) in self.automaton.iter(text):
            if string in found:
                continue
            found.add(string)
            if marks is not None:
                held |= marks
            if rules is not None:
                opened |= rules
            if pending is not None:
                waiting.append(pending)
        if not waiting:
            return opened
        lazy_ids = self._lazy_ids
        failed: set[int] = set()  # numbered clauses with short strings, found not to hold
        for pending in waiting:
            for index, ways in pending:
                if index in opened:
                    continue
                for way in ways:  # the other clauses of one alternative: all must hold
                    missing = way - held
                    if not missing or (missing <= lazy_ids and missing.isdisjoint(failed)
                                       and self._hold(missing, text, held, failed)):
                        opened.add(index)
                        break
        return opened

    def _hold(self, clauses: frozenset[int], text: str, held: set[int], failed: set[int]
              ) -> bool:
        """Whether each of ``clauses`` holds in ``text`` by one of its short strings; what
        is learnt goes into ``held`` and ``failed`` for the rest of the message."""
        for clause in clauses:
            if _any_in(self._lazy[clause], text):
                held.add(clause)
            else:
                failed.add(clause)
                return False
        return True


def _any_in(strings: tuple[str, ...], text: str) -> bool:
    return any(string in text for string in strings)  # a loop, compiled with mypyc
