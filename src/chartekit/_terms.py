"""Expand a charter's compact lexicon entries into the surface forms they stand for.

``connard(e)(s)`` is connard, connarde, connards, connardes; ``abruti(e|s|es)`` is
abruti, abrutie, abrutis, abruties; ``(a|b)`` picks one. A leading or trailing ``*``
is a wildcard (``encul*`` matches every word starting with ``encul``); it is kept
on the expanded form and read by the lexicon matcher.

A charter's ``vocabulary`` names lists of regex fragments (groups of people, private
channels, money words…) that regex rules share: ``{{name}}`` in a pattern stands for
``(?:entry|entry|…)``, put in at load time, so a word added to a list reaches every
rule that uses it and matching costs the same as if it were written out.
"""

from __future__ import annotations

import itertools

import regex

__all__ = [
    "MAX_EXPANSIONS",
    "VOCABULARY_NAME",
    "TermSyntaxError",
    "expand_term",
    "expand_vocabulary",
    "vocabulary_references",
]

MAX_EXPANSIONS = 256
_GROUP = regex.compile(r"\(([^()]*)\)")


class TermSyntaxError(ValueError):
    """A lexicon entry cannot be expanded; the message says why."""


def expand_term(term: str) -> list[str]:
    """Every surface form of ``term``, in a stable order, without duplicates."""
    text = term.strip()
    if not text:
        raise TermSyntaxError("empty term")
    if "*" in text.strip("*"):
        raise TermSyntaxError("'*' is a wildcard only at the start or end of a term")
    if text.strip("*") == "":
        raise TermSyntaxError("a term cannot be only a wildcard")
    parts: list[list[str]] = []
    position = 0
    for match in _GROUP.finditer(text):
        parts.append([text[position : match.start()]])
        options = match.group(1).split("|")
        # "(e)" is optional; "(e|s)" picks one of the options, "(|e)" allows none.
        parts.append(["", *options] if len(options) == 1 else options)
        position = match.end()
    parts.append([text[position:]])
    rest = "".join(p[0] for p in parts[::2])
    if "(" in rest or ")" in rest:
        raise TermSyntaxError("unbalanced or nested parentheses")
    count = 1
    for options in parts:
        count *= len(options)
    if count > MAX_EXPANSIONS:
        raise TermSyntaxError(f"expands to {count} forms (at most {MAX_EXPANSIONS})")
    forms = dict.fromkeys(" ".join("".join(p).split()) for p in itertools.product(*parts))
    forms.pop("", None)
    if not forms:
        raise TermSyntaxError("expands to nothing")
    return list(forms)


# -- vocabulary: named word lists shared by regex rules -----------------------------------

VOCABULARY_NAME = regex.compile(r"^[a-z][a-z0-9_]*$")
_REFERENCE = regex.compile(r"\{\{([a-z][a-z0-9_]*)\}\}")


def vocabulary_references(pattern: str) -> list[str]:
    """The vocabulary names ``pattern`` refers to (``{{name}}``), in order, once each."""
    return list(dict.fromkeys(_REFERENCE.findall(pattern)))


def expand_vocabulary(
    pattern: str, vocabulary: dict[str, list[str]], missing: str | None = None
) -> str:
    """``pattern`` with each ``{{name}}`` replaced by ``(?:entry|entry|…)``.

    An unknown name is replaced by ``missing`` when given (validation checks the syntax
    of a pattern whose list lives in another file), else left as it is.
    """

    def replace(match: regex.Match[str]) -> str:
        entries = vocabulary.get(match.group(1))
        if entries is None:
            return match.group(0) if missing is None else missing
        return "(?:" + "|".join(entries) + ")"

    return str(_REFERENCE.sub(replace, pattern))
