"""Expand a charter's compact lexicon entries into the surface forms they stand for.

``connard(e)(s)`` is connard, connarde, connards, connardes; ``abruti(e|s|es)`` is
abruti, abrutie, abrutis, abruties; ``(a|b)`` picks one. A leading or trailing ``*``
is a wildcard (``encul*`` matches every word starting with ``encul``); it is kept
on the expanded form and read by the lexicon matcher.
"""

from __future__ import annotations

import itertools

import regex

__all__ = ["MAX_EXPANSIONS", "TermSyntaxError", "expand_term"]

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
