"""Sobriquets: mocking deformations of a person's, an outlet's or a group's name.

Three ways to find one:

- **known** sobriquets (``merdias``, ``journalopes``, ``Macrotte``, ``Drumpf``), listed
  with whom they mock in the bundled ``data/public_names.yaml``; a charter adds its own
  as lexicon rules in the category (they mock "a protected name" unless one is close);
- **unseen** ones: a word that starts like a protected name (all of it but three letters,
  and five letters or more) but is not that name, and whose rest carries a pejorative element
  (``-otte``, ``con``, ``merde``, ``chien``, ``nain``, ``rat``, ``dump``, ``-ard``…) that the
  name does not: "Darmanain", "Zemmerde", "Mélenchiotte", "Duponcon" for a protected
  "Jean Dupont". Protected names are the bundled public figures and outlets, the
  charter's ``protected.names`` / ``brands``, and the names passed with the call.
  A first name followed by a look-alike of that person's surname ("Jean Casse-Tête")
  goes to review; a surname with a particle is one word ("Marine Le Pine"). An outlet's
  second word swapped for scorn ("Ouest-Torchon") mocks it. The bundled brands (written
  with a capital) and groups ("les députés": "députruands") are deformed like names;
- **made-up** ones: a surname made of an insult after a title or a first name
  ("Councillor Witlesscombe", "Harriet Pemberclown"), and known sobriquets that are
  ordinary words too, counted only written as a name ("l'Immonde").

The real name spelled normally never matches, and ordinary words that share a start
with a name ("macaron", "maçonnerie", "trompette") carry no pejorative element after
the shared part, or end like an ordinary derived word (``-erie``, ``-isme``, ``-iste``…).
Every reason names the person or group mocked (``term``, and a ``mocks`` cue).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from chartekit._model import Category, Message, Rule, merged_options
from chartekit._normalize import NormalizationOptions
from chartekit._tokens import reads_as
from chartekit._verdict import ContextCue, Reason
from chartekit._yamlsource import safe_load
from chartekit.detectors._context import in_quotes, window
from chartekit.detectors.rules import reason
from chartekit.matchers import Hit
from chartekit.matchers.lexicon import fold_term
from chartekit.matchers.prefilter import Gate, gate_condition

__all__ = [
    "DEFAULT_OPTIONS", "NEEDS_HITS", "PEJORATIVE", "detect", "mocked_name", "public_names",
]

NEEDS_HITS = False

DEFAULT_OPTIONS: dict[str, object] = {
    "known": 0.8,  # a sobriquet in the bundled list
    "unseen": 0.75,  # a name's start + a pejorative element
    "first_name": 0.45,  # "Jean Casse-Tête": a human looks
    "public_names": True,  # also protect the bundled public figures and outlets
    "min_first_name_similarity": 60,
    # a one-letter change to a long surname ("Michel Garnier") is another person or a typo
    "max_first_name_similarity": 85,
    "named_factor": 0.3,  # "le mot « merdias »": the word talked about, not used
}
# Words that name a word: "le mot", "the word", "ce surnom", "the nickname".
_NAMED_WORD = frozenset({"mot", "terme", "surnom", "sobriquet", "expression", "word", "term",
                         "nickname", "phrase"})

# Pejorative pieces that deformations graft onto a name (folded, no accents).
PEJORATIVE = (
    "merde", "merd", "con", "chien", "chiant", "chiotte", "otte", "debil", "nul", "naze",
    "nain", "rat", "dump", "pourri", "caca", "crotte", "porc", "facho", "tox", "lope", "pute",
    "salop", "goule", "vomi", "bouse", "fiente", "chier", "pisse", "clown", "bouffon",
    "tocard", "tard", "ard", "ouille", "asse", "dingue", "fou", "mou", "lache", "boche",
    "gland", "couille", "crade", "rance", "pue", "poop", "shit", "crap", "turd", "pig",
    "dumb", "dope", "loser", "fake", "liar", "clown", "leon", "nazi", "guignol", "pitre",
    "tyran", "zizi", "teub", "prout", "arnaque", "escroc", "chiasse", "gogol", "mongol",
    "debile", "neuneu", "baltringue", "animal", "escu", "faux", "panzee", "chimp", "singe",
    "monkey", "babouin", "penible", "minable", "ringard", "boulet", "delire", "debilos",
    "garbage", "trash", "moron", "idiot", "smug", "sleaze", "slime", "bozo", "dummy", "fool",
    "creep", "greedy", "truand", "pleur", "gouffre", "fourbe", "ane", "ouette",
    "menteur", "voleur", "fumier", "charogne", "peste", "swindl", "scum", "grift", "crook",
    "dud", "krap", "fuck", "useless", "vermine", "poubelle", "poubelles",
)
# After the person's first name, "-less" mocks too ("Keir Starmless").
_AFTER_FIRST_NAME = (*PEJORATIVE, "less", "pine")  # "Marine Le Pine", not "philippines"
_SUFFIXES = frozenset({"ard", "otte", "ouille", "asse", "tard", "escu", "ane", "ouette"})
# Suffixes that only mock at the end of the word: "Bardellâne", not "Bardellaneous".
_FINAL_SUFFIXES = frozenset({"ane"})
# Pejorative elements that are words of their own, long enough to stand for a surname.
_PEJORATIVE_WORDS = frozenset(p for p in PEJORATIVE if len(p) >= 4 and p not in _SUFFIXES)
# Endings of ordinary derived words: "maçonnerie", "macronisme", "macroniste".
_ORDINARY_ENDINGS = ("erie", "eries", "isme", "ismes", "iste", "istes", "ment", "tion",
                     "sion", "ique", "iques", "ien", "ienne", "iens", "iennes", "eur", "eurs",
                     "euse", "age", "ages", "ais", "aise", "ie", "ies", "ette", "ettes")
_FOLD = NormalizationOptions()


@dataclass(frozen=True, slots=True)
class _Name:
    written: str  # as listed: "Jean-Luc Mélenchon"
    key: str  # the folded word deformations start from: "melenchon"
    first: str  # folded first name, "" for an outlet or a group
    brand: bool = False  # a brand's name is often a word ("Orange"): it must be capitalised


@functools.cache
def _bundled() -> dict[str, Any]:
    text = resources.files("chartekit").joinpath("data/public_names.yaml").read_text("utf-8")
    data: dict[str, Any] = safe_load(text)
    return data


@functools.cache
def public_names() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...],
                            dict[tuple[str, ...], str]]:
    """The bundled people, outlets, brands, and known sobriquets (folded) with whom they mock."""
    data = _bundled()
    known = {tuple(fold_term(k, _FOLD)): v for k, v in data["known"].items()}
    return tuple(data["people"]), tuple(data["outlets"]), tuple(data["brands"]), known


@functools.cache
def _bundled_groups() -> tuple[str, ...]:
    """Groups whose names get deformed like a person's ("députruands")."""
    return tuple(_bundled().get("groups", ()))


@functools.cache
def _known_when_proper() -> dict[str, str]:
    """Known sobriquets that are ordinary words too ("immonde"): they mock only written as
    a name, capitalised in mixed case and not opening a sentence ("l'Immonde")."""
    return {"".join(fold_term(k, _FOLD)): v for k, v in _bundled().get("known_proper", {}).items()}


def _keys(people: tuple[str, ...], outlets: tuple[str, ...], brands: tuple[str, ...] = ()
          ) -> tuple[_Name, ...]:
    """The words a deformation starts from: a person's surname ("lepen", "melenchon"),
    with their first name, or an outlet's or brand's name ("lemonde", "monde")."""
    keys: list[_Name] = []
    bundled_brands = frozenset(brands)
    outlets = (*outlets, *brands)
    for written in (*people, *outlets):
        head, _, rest = written.partition(" ")
        first_words = fold_term(head, _FOLD)
        rest_words = fold_term(rest, _FOLD)
        if rest_words and first_words and written not in outlets:
            first, words = "".join(first_words), rest_words
        else:
            first, words = "", (*first_words, *rest_words)
        candidates = {"".join(words)}
        # a brand's last word is often a word of its own ("Société Générale", "National Rail")
        if len(words) > 1 and len(words[-1]) >= 5 and written not in bundled_brands:
            candidates.add(words[-1])
        keys.extend(_Name(written, key, first, written in bundled_brands)
                    for key in candidates if len(key) >= 4)
    return tuple(keys)


# Outlets' last words that are ordinary words or prefixes too ("inter", "monde", "point"):
# a look-alike of one is a sobriquet only written as a name, capitalised in mixed case and
# not opening a sentence ("Le Pointdemerde"), never in "interminable" or "INTERMINABLE".
_WORD_KEYS = frozenset({"inter", "monde", "point", "express", "france", "times", "actuelles",
                        "enchaine", "televisions", "quotidien", "liberation", "parisien",
                        "guardian", "arte"})


def _proper(message: Message, index: int) -> bool:
    """Capitalised as a name is: in mixed-case text, not the first word of a sentence."""
    if index == 0 or not _capitalised(message, index):
        return False
    token = message.tokens[index]
    start, end = message.norm.span(token.start, token.end)
    if message.text[start:end].isupper():
        return False
    gap = message.text[:start].rstrip(" \t\"'«“(")
    return not gap.endswith((".", "!", "?", "\n", ":"))


def _capitalised(message: Message, index: int) -> bool:
    token = message.tokens[index]
    start, _ = message.norm.span(token.start, token.end)
    return message.text[start : start + 1].isupper()


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _by_start(names: tuple[_Name, ...]) -> dict[str, tuple[_Name, ...]]:
    """Names by their first three letters: a word is only compared with names it starts like."""
    index: dict[str, list[_Name]] = {}
    for name in names:
        index.setdefault(name.key[:3], []).append(name)
    return {start: tuple(group) for start, group in index.items()}


_HEAD = 5  # mocked_name needs a word to share this much of a name's start (all of a shorter one)


def _heads(names: tuple[_Name, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The starts a word must have to be compared with a name at all, and their lengths."""
    heads = frozenset(name.key[:_HEAD] for name in names)
    return heads, tuple(sorted({len(h) for h in heads}))


def _outlet_heads(names: tuple[_Name, ...]) -> frozenset[str]:
    """The first words (four letters or more) of names written in several words that are
    not people's ("France Inter"): "France Intox" deforms the name across the space."""
    heads = set()
    for name in names:
        head, rest = (*re.split(r"[ -]", name.written, maxsplit=1), "")[:2]  # "Ouest-France"
        words = fold_term(head, _FOLD)
        if rest and not name.first and words and len(words[0]) >= 4:
            heads.add(words[0])
    return frozenset(heads)


def _by_first_name(names: tuple[_Name, ...]) -> dict[str, tuple[_Name, ...]]:
    """People by their first name, for "Jean Casse-Tête"."""
    index: dict[str, list[_Name]] = {}
    for name in names:
        if name.first:
            index.setdefault(name.first, []).append(name)
    return {first: tuple(group) for first, group in index.items()}


def mocked_name(word: str, names: Iterable[_Name]) -> tuple[_Name, str] | None:
    """The name ``word`` deforms with a pejorative element, and that element."""
    if len(word) < 5 or not word.isalpha():
        return None
    for name in names:
        key = name.key
        if word == key or word.rstrip("s") == key:
            continue
        shared = _shared_start(word, key)
        # A long name may lose its last four letters ("Zuckerturd"), a shorter one three.
        if shared < min(len(key), max(_HEAD, len(key) - (4 if len(key) >= 9 else 3))):
            continue
        # An ordinary derived word ("macroniste") only mocks when a pejorative word sits
        # before its ending ("Zemmerdeur": merde + -eur); suffixes are not read there.
        ordinary = word.endswith(_ORDINARY_ENDINGS) and not word.endswith(
            ("otte", "ottes", "ouette", "ouettes"))
        # "Sunakrap": the name's k reads as the c of "crap"
        spoken = word.replace("k", "c") if "k" in word[shared - 1 : shared + 1] else word
        for piece in PEJORATIVE:
            # a long piece may overlap the name by four letters: "Carre(four)be"
            from_ = max(0, shared - (4 if len(piece) >= 6 else 3))
            at = word.find(piece, from_)
            if at < 0 and spoken is not word:
                at = spoken.find(piece, from_)
            if at < 0 or piece in key or at + len(piece) <= shared:
                continue
            if name.brand and len(piece) < 4:
                continue  # "Generate" is no "Générale" + "rat"
            if piece in _FINAL_SUFFIXES and not word.endswith((piece, piece + "s")):
                continue
            if ordinary and (piece in _SUFFIXES or len(piece) < 4
                             or not any(word.endswith(e) and at + len(piece) <= len(word) - len(e)
                                        for e in _ORDINARY_ENDINGS)):
                continue
            # A suffix ("-ard", "-otte") only mocks when grafted on (nearly) the whole name:
            # "macronard", "Macrotte", not "barnyard".
            if piece in _SUFFIXES and shared < len(key) - 1:
                continue
            return name, piece
    return None


def _mocked_surname(word: str, persons: Iterable[_Name]) -> tuple[_Name, str] | None:
    """A word after a listed first name that keeps the surname's first three letters and
    ends in a pejorative element of four letters or more: "Joe Bidump", "Boris Johnturd"."""
    if len(word) < 5 or not word.isalpha():
        return None
    for name in persons:
        shared = _shared_start(word, name.key)
        if shared < 3 or word == name.key:
            continue
        for piece in _AFTER_FIRST_NAME:
            if (len(piece) >= 4 and piece not in name.key and piece not in _SUFFIXES
                    and word.endswith(piece) and len(word) - len(piece) >= shared - 1):
                return name, piece
    return None


# A surname made of an insult: "Prime Minister Barfington", "Councillor Witlesscombe",
# "Maggie Hollowhead" (a pejorative start and a surname's ending), "Harriet Pemberclown",
# "Senator Calla-liar" (a surname's start and a pejorative end). Stems that open real
# surnames ("Ratcliffe", "Dimbleby", "Pratley", "Dickson", "Holloway") are left out, and the
# ending must follow the stem exactly ("Barfield" is barf + ield, no surname ending).
_STEMS = ("dumb", "barf", "witless", "brainless", "clueless", "gutless", "spineless",
          "useless", "hollow", "moron", "idiot", "numpty", "muppet", "plonker", "dope", "fool",
          "loony", "sleaze", "slime", "greedy", "grabby", "bungle", "bumble", "waffle",
          "dither", "smug", "creep", "weasel", "grift", "chump", "dunce", "nutter",
          "flop", "liar", "turd", "poop", "crap", "fart", "thicko", "stupid", "daft", "lazy",
          "sleazy", "shifty", "snivel", "whinge", "blather")
_SURNAME_ENDINGS = ("ington", "ingham", "more", "combe", "head", "worth", "ley", "leigh",
                    "field", "ham", "wick", "by", "stein", "berg", "bury", "borough", "shaw",
                    "smith", "ford", "hurst", "wood", "bottom", "ston", "ton", "son", "ski",
                    "stone", "well", "ridge", "thwaite")
_TAILS = ("clown", "liar", "moron", "idiot", "loser", "fool", "crook", "creep", "sleaze",
          "slime", "turd", "dumb", "dope", "muppet", "numpty", "plonker", "weasel", "grifter",
          "leech", "bozo", "dunce", "chump", "twit", "prat")
_MOCKING_SURNAME = re.compile(
    rf"(?:{'|'.join(_STEMS)})(?:{'|'.join(_SURNAME_ENDINGS)})|[a-z]{{3,}}-?(?:{'|'.join(_TAILS)})")
_MOCKING_GATE = re.compile(rf"\b(?:{'|'.join(_STEMS)})\w|[\w-](?:{'|'.join(_TAILS)})\b")
# The gate's stems and tails in one automaton pass: the regex, whose second branch is
# tried at every letter, then reads only the few messages that hold one of them.
_MOCKING_SCREEN = Gate([gate_condition(_MOCKING_GATE.pattern)])
_ORDINARY_TAILED = frozenset({"familiar", "peculiar", "auxiliar", "unfamiliar"})
# Titles before a surname ("Energy minister Dumbmore", "Senator Calla-liar")
_TITLES = frozenset(
    "minister pm mp councillor cllr senator sen rep congressman congresswoman governor mayor "
    "president chancellor secretary sir dame lord lady baroness baron judge sheriff premier "
    "ministre depute deputee senateur senatrice maire president presidente".split())


def _mocking_surname(word: str) -> bool:
    return (word.isascii() and word not in _ORDINARY_TAILED
            and _MOCKING_SURNAME.fullmatch(word) is not None)


KnownIndex = dict[str, list[tuple[tuple[str, ...], str]]]
_PARTICLES = frozenset({"le", "la", "de", "du", "des", "van", "von", "di", "da", "del"})
# What an outlet's second word gets swapped for: "Ouest-Torchon", "France Intox".
_SCORN = frozenset({"torchon", "torchons", "chiffon", "poubelle", "propagande", "intox",
                    "caca", "merde", "bobards", "mensonges", "menteurs", "fake", "lies",
                    "liars", "trash", "garbage", "rag", "poop", "crap", "shit", "bullshit",
                    "pravda", "fakenews"})
# "France Poubelle" speaks of the country: after a country's name, only words for lies.
_COUNTRY_HEADS = frozenset({"france", "europe"})
_MEDIA_SCORN = frozenset({"intox", "propagande", "bobards", "mensonges", "fake", "fakenews",
                          "pravda", "lies"})


def _made_up_names(message: Message, proper_known: dict[str, str], mocking: bool,
                   taken: set[int], add: Callable[..., None], options: dict[str, Any]) -> None:
    """Known sobriquets that are ordinary words ("l'Immonde"), and surnames made of an
    insult after a title or a first name ("Councillor Witlesscombe")."""
    tokens = message.tokens
    for index, token in enumerate(tokens):
        if index in taken or token.in_link or token.mention:
            continue
        mocks = proper_known.get(token.text)
        if mocks and _proper(message, index):
            add(index, index, "sobriquet.known", token.text, mocks, float(options["known"]),
                "lexicon")
            continue
        if not (mocking and index > 0 and _capitalised(message, index)):
            continue
        word, last = token.text, index
        if (index + 1 < len(tokens) and message.folded[token.end : tokens[index + 1].start]
                == "-" and _mocking_surname(f"{word}-{tokens[index + 1].text}")):
            word, last = f"{word}-{tokens[index + 1].text}", index + 1  # "Calla-liar"
        before = tokens[index - 1]
        if (not _mocking_surname(word) or before.mention
                or message.folded[before.end : token.start] != " "
                or not (before.text in _TITLES or _capitalised(message, index - 1))):
            continue
        start, _ = message.norm.span(before.start, before.end)
        _, end = message.norm.span(tokens[last].start, tokens[last].end)
        add(index, last, "sobriquet.made_up", word, message.text[start:end],
            float(options["unseen"]), "deformation")


def _known_index(known: dict[tuple[str, ...], str]) -> KnownIndex:
    """Known sobriquets by their first word, longest first."""
    index: KnownIndex = {}
    for words, mocks in sorted(known.items(), key=lambda item: -len(item[0])):
        index.setdefault(words[0], []).append((words, mocks))
    return index


def _known_hits(message: Message, index: KnownIndex, disguised: bool
                ) -> Iterable[tuple[int, int, str, str]]:
    """Known sobriquets, as written or, when the message has ``disguised`` tokens, through
    a token's other readings ("m3rdias")."""
    tokens = message.tokens
    if not disguised and index.keys().isdisjoint(message.word_set):
        return
    i = 0
    while i < len(tokens):
        token = tokens[i]
        readings = [token.text, *(form for form, _ in token.forms if form != token.text)]
        found = next(((words, mocks) for first in readings for words, mocks in index.get(first, ())
                      if len(words) <= len(tokens) - i and all(
                          reads_as(t, w) for t, w in zip(tokens[i : i + len(words)], words,
                                                         strict=False))), None)
        if found is not None:
            words, mocks = found
            yield i, i + len(words) - 1, " ".join(words), mocks
            i += len(words) - 1
        i += 1


class _Prepared(NamedTuple):
    names: tuple[_Name, ...]
    starts: dict[str, tuple[_Name, ...]]  # by their first three letters (_by_start)
    heads: frozenset[str]  # the starts a deformation must share (_heads)
    head_lengths: tuple[int, ...]
    by_first: dict[str, tuple[_Name, ...]]
    known: KnownIndex
    # Built here, not cached by ``names``: a cache would hash every name on each lookup.
    outlet_heads: frozenset[str]  # _outlet_heads


@functools.lru_cache(maxsize=256)
def _prepared(protected_names: tuple[str, ...], protected_brands: tuple[str, ...],
              public: bool) -> _Prepared:
    """Everything a message's protected names need, built once per set of names."""
    people, outlets, brands, known = public_names() if public else ((), (), (), {})
    groups = _bundled_groups() if public else ()
    names = _keys((*people, *protected_names), (*outlets, *groups, *protected_brands),
                  tuple(b for b in brands if b not in protected_brands))
    return _Prepared(names, _by_start(names), *_heads(names), _by_first_name(names),
                     _known_index(known), _outlet_heads(names))


def _unseen_confidence(name: _Name, options: dict[str, Any]) -> float:
    """An unseen deformation's confidence; a short name ("Musk") leaves more room for
    chance ("muskrat"), so its deformations go to review."""
    return float(options["unseen"]) * (1.0 if len(name.key) >= 5 else 0.65)


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category
           ) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    names, starts, heads, head_lengths, by_first, known, outlet_heads = _prepared(
        message.protected_names, message.protected_brands, bool(options["public_names"]))
    # Most messages have no known sobriquet, no word that starts like a name and no
    # protected first name: set intersections say so before any per-word work.
    like_names = heads.intersection([w[:n] for w in message.words if len(w) >= _HEAD
                                     for n in head_lengths])
    first_names = not by_first.keys().isdisjoint(message.word_set)
    proper_known = _known_when_proper() if options["public_names"] else {}
    proper_words = not proper_known.keys().isdisjoint(message.word_set)
    disguised = any(len(t.forms) > 1 for t in message.tokens)  # "m3rdias"
    mocking = (bool(_MOCKING_SCREEN.open(message.folded))
               and _MOCKING_GATE.search(message.folded) is not None)
    if not (hits or like_names or first_names or proper_words or mocking
            or disguised or not known.keys().isdisjoint(message.word_set)):
        return []
    reasons: list[Reason] = []
    taken: set[int] = set()

    def add(first: int, last: int, rule_id: str, normalized: str, mocks: str,
            confidence: float, matcher: str) -> None:
        start, end = message.norm.span(message.tokens[first].start, message.tokens[last].end)
        taken.update(range(first, last + 1))
        cues = [ContextCue("mocks", mocks)]
        base = confidence
        # "le mot « journalopes » lu plus haut": the word talked about, in quotation marks
        named = _NAMED_WORD & set(window(message, first, 3))
        if named and in_quotes(message, start):
            cues.append(ContextCue("quote", min(named), factor=float(options["named_factor"])))
            confidence *= float(options["named_factor"])
        reasons.append(Reason("sobriquet", rule_id, start, end, message.text[start:end],
                              normalized, confidence, matcher, mocks, base,
                              context=tuple(cues)))

    for first, last, words, mocks in _known_hits(message, known, disguised):
        add(first, last, "sobriquet.known", words, mocks, float(options["known"]), "lexicon")
    # The charter's own sobriquet rules: the person is the closest protected name.
    for hit, rule in hits:
        best = max(names, key=lambda n: fuzz.ratio(hit.normalized, n.key), default=None)
        mocks = best.written if best and fuzz.ratio(hit.normalized, best.key) >= 50 else (
            "a protected name")
        base = reason(hit, rule, message)
        reasons.append(Reason(base.category, base.rule_id, base.start, base.end, base.text,
                              base.normalized, base.confidence, base.matcher, mocks,
                              base.base_confidence, base.transforms, (ContextCue("mocks", mocks),)))
    if proper_words or mocking:
        _made_up_names(message, proper_known if proper_words else {}, mocking, taken, add,
                       options)
    if not like_names and not first_names:
        return reasons
    for index, token in enumerate(message.tokens):
        if index in taken or token.in_link or token.mention:
            continue
        text = token.text
        candidates = starts.get(text[:3]) if like_names and any(
            text[:n] in like_names for n in head_lengths) else None
        found = mocked_name(text, candidates) if candidates else None
        if found and len(found[0].key) < 5 and not _capitalised(message, index):
            found = None  # "the muskrat population": a short name's look-alike in lower case
        if found and len(found[0].key) < 5 and text.endswith("s") and not _proper(message, index):
            found = None  # "Muskrats have been spotted": a plural opening a sentence is a kind
        if found and found[0].key in _WORD_KEYS and not _proper(message, index):
            found = None  # "interminable": "inter" + "minable" is a word, not France Inter
        if found and found[0].brand and not _capitalised(message, index):
            found = None  # "orangeasse" is no "Carrefourbe"
        if found:
            name, piece = found
            add(index, index, "sobriquet.deformation", f"{name.key} + {piece}", name.written,
                _unseen_confidence(name, options), "deformation")
            continue
        if (candidates and index + 1 < len(message.tokens) and index + 1 not in taken
                and text in outlet_heads
                and message.folded[token.end : message.tokens[index + 1].start].strip(" -") == ""):
            joined = text + message.tokens[index + 1].text
            # the second word must start like the name's own ("Intox" for "Inter"), not be
            # any word after "Europe" ("Europe nazie" mocks no outlet)
            found = mocked_name(joined, [n for n in candidates
                                         if _shared_start(joined, n.key) >= len(text) + 2])
            if found:
                name, piece = found
                add(index, index + 1, "sobriquet.deformation", f"{name.key} + {piece}",
                    name.written, _unseen_confidence(name, options), "deformation")
                continue
            # "Ouest-Torchon": the name's second word swapped for a scornful one
            scorned = message.tokens[index + 1].text
            outlet = next((n for n in candidates if not n.first and n.key.startswith(text)
                           and n.key != text), None)
            if outlet and scorned in (_SCORN if text not in _COUNTRY_HEADS else _MEDIA_SCORN) and (
                    _capitalised(message, index + 1)):
                add(index, index + 1, "sobriquet.deformation", f"{outlet.key} + {scorned}",
                    outlet.written, _unseen_confidence(outlet, options), "deformation")
                continue
        persons = by_first.get(token.text)
        if persons and index + 1 < len(message.tokens) and index + 1 not in taken and (
                _capitalised(message, index + 1)):
            last = index + 1
            following = message.tokens[last].text
            # "Marine Le Pine": a surname with a particle is read as one word
            if (following in _PARTICLES and last + 1 < len(message.tokens)
                    and _capitalised(message, last + 1) and message.folded[
                        message.tokens[last].end : message.tokens[last + 1].start] == " "):
                last += 1
                following += message.tokens[last].text
            # "Casse-Tête" is two tokens: read a hyphenated surname as one word.
            if (last + 1 < len(message.tokens)
                    and message.folded[message.tokens[last].end : message.tokens[last + 1].start]
                    == "-"):
                last += 1
                following += message.tokens[last].text
            # "Vladimir Poutine" is the French spelling of another listed name
            if any(following == person.key for person in persons):
                continue
            # "Boris Johnshit": the surname itself carries a pejorative element; after the
            # first name, the start of the surname is enough ("Joe Bidump")
            deformed = mocked_name(following, persons) or _mocked_surname(following, persons)
            if not deformed and following in _PEJORATIVE_WORDS and len(persons) == 1:
                deformed = persons[0], following  # "Donald Dumb": the surname is an insult
            if deformed:
                name, piece = deformed
                # the first name says who: a short surname's look-alike ("Elon Muskrat")
                # is no chance word here
                add(index, last, "sobriquet.deformation", f"{name.key} + {piece}", name.written,
                    float(options["unseen"]), "deformation")
                continue
            for person in persons:
                similarity = fuzz.ratio(following, person.key)
                if (following != person.key and not following.startswith(person.key)
                        and not person.key.startswith(following)
                        and similarity >= float(options["min_first_name_similarity"])
                        and not (similarity >= float(options["max_first_name_similarity"])
                                 and len(following) == len(person.key)
                                 and not any(len(piece) >= 3 and piece in following
                                             and piece not in person.key
                                             for piece in PEJORATIVE))):
                    # a pejorative piece the surname lacks: "Nigel Garbage", "Piers Moron"
                    grafted = next((p for p in _AFTER_FIRST_NAME if len(p) >= 4
                                    and p in following and p not in person.key), None)
                    if grafted is None:
                        add(index, last, "sobriquet.first_name", f"{token.text} {following}",
                            person.written, float(options["first_name"]), "deformation")
                    else:
                        add(index, last, "sobriquet.deformation", f"{person.key} + {grafted}",
                            person.written, float(options["unseen"]), "deformation")
                    break
    return reasons
