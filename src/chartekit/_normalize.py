"""Fold a message into a matching view whose every character maps back to the original.

The folded view is what the matchers read: NFKC, case folding, invisible characters
removed, homoglyphs mapped to Latin letters, accents removed. Each step can be
switched off in a charter's ``normalization`` section. Leetspeak, repeated letters
and split letters are handled later, on tokens (see ``_tokens``), because folding
digits into letters everywhere would break numbers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields

from unidecode import unidecode

__all__ = ["NormalizationOptions", "NormalizedText", "normalize"]


@dataclass(frozen=True, slots=True)
class NormalizationOptions:
    """Which normalisation steps run; every one is on by default."""

    unicode: bool = True  # NFKC: fullwidth, ligatures, mathematical letters, circled letters
    casefold: bool = True
    accents: bool = True  # unidecode on Latin letters: é -> e, œ -> oe, ß -> ss
    invisible: bool = True  # zero-width, format characters, combining marks
    homoglyphs: bool = True  # Cyrillic and Greek look-alikes -> Latin
    leetspeak: bool = True  # c0nn4rd, @, $, 3, 1, !
    repeated_letters: bool = True  # connnnnard
    split_letters: bool = True  # c o n n a r d, c.o.n.n.a.r.d, letters split by emoji
    elisions: bool = True  # t', qu', l', j' split from the word that follows
    inclusive_writing: bool = True  # étudiant·e·s
    texting: bool = True  # regex rules also read texting spellings written out: jvais, 2nite

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


# Look-alikes, applied after case folding and before unidecode (which would read
# Cyrillic "с" as "s", not as the "c" it imitates).
_HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "һ": "h", "ɡ": "g", "ь": "b",
    "п": "n", "г": "r", "и": "u", "л": "n", "з": "3", "ч": "4", "б": "6",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "c", "σ": "o",
    "μ": "u", "ϲ": "c", "ϳ": "j",
    # Latin-like symbols
    "ℓ": "l", "ı": "i", "ȷ": "j", "ɑ": "a",
}

_APOSTROPHES = dict.fromkeys("’‘ʼʻ`´′ꞌ", "'")


class _FoldTable(dict[int, str]):
    """Per-character fold, computed on first use (str.translate-compatible).

    It also keeps a pattern of the characters seen so far that do not fold to exactly
    one character (``œ`` -> ``oe``, a zero-width space -> nothing): a text with none of
    them folds in place, with one ``str.translate`` and no offset map.
    """

    def __init__(self, options: NormalizationOptions) -> None:
        super().__init__()
        self.options = options
        self.uneven: set[str] = set()
        self.uneven_pattern: re.Pattern[str] | None = None

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code), self.options)
        self[code] = folded
        if len(folded) != 1:
            self.uneven.add(chr(code))
            self.uneven_pattern = None
        return folded

    def has_uneven(self, text: str) -> bool:
        """Whether ``text`` holds a character known not to fold one to one."""
        if not self.uneven:
            return False
        pattern = self.uneven_pattern
        if pattern is None:
            pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(self.uneven)) + "]")
            self.uneven_pattern = pattern
        return pattern.search(text) is not None


def _fold_char(char: str, options: NormalizationOptions) -> str:
    if char in _APOSTROPHES:
        return "'"
    text = unicodedata.normalize("NFKC", char) if options.unicode else char
    if options.casefold:
        text = text.casefold()
    out = []
    for c in text:
        category = unicodedata.category(c)
        if options.invisible and (category in ("Cf", "Mn", "Me") or c in "\u034f\u115f\u3164"):
            continue
        if options.homoglyphs:
            c = _HOMOGLYPHS.get(c, c)
        if options.accents and not c.isascii() and unicodedata.name(c, "").startswith("LATIN"):
            c = unidecode(c)
            if options.casefold:
                c = c.lower()
        out.append(c)
    return "".join(out)


class NormalizedText:
    """The original text, its folded view, and where each folded character came from.

    Read-only by convention; a plain class so that, compiled with mypyc, building one per
    message is native code (a frozen dataclass's ``__init__`` stays interpreted).
    """

    __slots__ = ("folded", "origin", "original")

    def __init__(self, original: str, folded: str, origin: tuple[int, ...] | None) -> None:
        self.original = original
        self.folded = folded
        self.origin = origin  # None: the fold kept every character in place

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, NormalizedText) and self.original == other.original
                and self.folded == other.folded and self.origin == other.origin)

    def __hash__(self) -> int:
        return hash((self.original, self.folded, self.origin))

    def __repr__(self) -> str:
        return (f"NormalizedText(original={self.original!r}, folded={self.folded!r}, "
                f"origin={self.origin!r})")

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the folded view to the original text."""
        if self.origin is None:
            return start, end
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else len(self.original)
            return at, at
        # A span also takes the invisible characters and combining marks that follow
        # its last character ("c̶o̶n̶" ends after the last strike-through mark).
        stop = self.origin[end] if end < len(self.origin) else len(self.original)
        return self.origin[start], max(self.origin[end - 1] + 1, stop)


_TABLES: dict[NormalizationOptions, _FoldTable] = {}


def normalize(text: str, options: NormalizationOptions | None = None) -> NormalizedText:
    """Fold ``text`` for matching, keeping a map back to its original offsets."""
    options = options or NormalizationOptions()
    if text.isascii():
        # ASCII folds one character to one character: offsets are unchanged.
        folded = text.lower() if options.casefold else text
        return NormalizedText(text, folded.replace("`", "'"), None)
    table = _TABLES.get(options)
    if table is None:
        table = _TABLES.setdefault(options, _FoldTable(options))
    folded = text.translate(table)  # also folds, and so learns, characters not seen yet
    if len(folded) == len(text) and not table.has_uneven(text):
        return NormalizedText(text, folded, None)
    pieces = [table[ord(c)] for c in text]
    origin: list[int] = []
    for index, piece in enumerate(pieces):
        origin.extend([index] * len(piece))
    return NormalizedText(text, "".join(pieces), tuple(origin))
