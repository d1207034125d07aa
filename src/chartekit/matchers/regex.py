"""Regular-expression rules, compiled at load time and run with a time limit.

A pattern reads the folded view (``view: folded``, the default: lower case, no
accents, no invisible characters) or the original text (``view: original``). Hits
are mapped back to original offsets by the caller. A pattern that runs past its
time limit on a message is skipped for that message, never raised.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from chartekit.matchers import Hit

__all__ = ["DEFAULT_TIMEOUT", "RegexRule", "compile_pattern"]

DEFAULT_TIMEOUT = 0.05  # seconds per pattern per message


def compile_pattern(pattern: str) -> regex.Pattern[str]:
    """Compile a charter pattern; raises ``regex.error`` with the position of a mistake."""
    return regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)


@dataclass(frozen=True, slots=True)
class RegexRule:
    rule: int
    pattern: regex.Pattern[str]
    view: str = "folded"
    timeout: float = DEFAULT_TIMEOUT
    # One of these occurs in every match (matchers.prefilter); the charter's Gate reads them.
    required: frozenset[str] | None = None

    def find(self, folded: str, original: str, token_starts: Sequence[int]
             ) -> tuple[list[Hit], bool]:
        """Hits on the chosen view, and whether the time limit cut the search short."""
        text = original if self.view == "original" else folded
        hits: list[Hit] = []
        try:
            for m in self.pattern.finditer(text, timeout=self.timeout):
                if m.end() == m.start():
                    continue
                first = _token_at(token_starts, m.start()) if self.view == "folded" else -1
                last = _token_at(token_starts, m.end() - 1) if self.view == "folded" else -1
                hits.append(Hit(self.rule, self.pattern.pattern, m.start(), m.end(), first, last,
                                m.group(0).casefold()))
        except TimeoutError:
            return hits, True
        return hits, False


def _token_at(starts: Sequence[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)
