"""Fuzzy lexicon rules: a token close enough to a listed word (RapidFuzz ``ratio``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from chartekit._tokens import Token
from chartekit.matchers import Hit

__all__ = ["FuzzyRule"]


@dataclass(frozen=True, slots=True)
class FuzzyRule:
    rule: int
    terms: tuple[str, ...]  # folded
    written: tuple[str, ...]  # as in the charter, same order
    min_similarity: float = 0.85
    min_length: int = 4

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        hits: list[Hit] = []
        cutoff = self.min_similarity * 100
        for token in tokens:
            if token.in_link or len(token.text) < self.min_length:
                continue
            for form, transforms in token.forms:
                best = process.extractOne(form, self.terms, scorer=fuzz.ratio, score_cutoff=cutoff)
                if best is not None:
                    _, score, index = best
                    hits.append(Hit(self.rule, self.written[index], token.start, token.end,
                                    token.first, token.last, form, (*transforms, "fuzzy"),
                                    similarity=score / 100))
                    break
        return hits
