"""Whole-word lexicon matching over tokens: one hash index per charter, not one regex per word.

Every entry of every lexicon rule is expanded (``connard(e)(s)``), folded like a
message, and stored in dictionaries keyed by surface form. A message is matched by
looking each token's forms up: exact, with repeated letters squeezed, masked
(``f**k``, read as the listed words it fits), by prefix or suffix for wildcard
entries, and multi-word phrases by their first word. A word that merely contains a
listed word never matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from chartekit._normalize import NormalizationOptions, normalize
from chartekit._terms import expand_term
from chartekit._tokens import Token, has_repeat, reads_as, squeeze, tokenize
from chartekit.matchers import Hit

__all__ = ["LexiconIndex", "fold_term"]

Payload = tuple[int, str, str]  # (rule index, term as written, the form it expanded to)


def fold_term(form: str, options: NormalizationOptions) -> tuple[str, ...]:
    """The words of a lexicon form, folded like message text."""
    folded = normalize(form, options).folded
    return tuple(t.text for t in tokenize(folded, _PLAIN))


_PLAIN = NormalizationOptions(leetspeak=False, inclusive_writing=False)


class LexiconIndex:
    """All lexicon entries of a charter, indexed for whole-word lookup."""

    def __init__(self, entries: Iterable[tuple[int, str]], options: NormalizationOptions) -> None:
        entries = tuple(entries)
        self._arguments = (entries, options)
        exact: dict[str, list[Payload]] = defaultdict(list)
        squeezed: dict[str, list[Payload]] = defaultdict(list)
        phrases: dict[str, list[tuple[tuple[str, ...], Payload]]] = defaultdict(list)
        prefixes: dict[str, list[Payload]] = defaultdict(list)
        suffixes: dict[str, list[Payload]] = defaultdict(list)
        vocabulary: dict[int, set[str]] = defaultdict(set)  # every word, to read masked ones
        for rule, term in entries:
            for form in expand_term(term):
                lead, tail = form.startswith("*"), form.endswith("*")
                words = fold_term(form.strip("*"), options)
                if not words:
                    continue
                glued = "".join(words)
                payload = (rule, term, " ".join(words))
                if lead or tail:
                    (prefixes if tail else suffixes)[glued].append(payload)
                    continue
                exact[glued].append(payload)
                squeezed[squeeze(glued)].append(payload)
                vocabulary[len(glued)].add(glued)
                for word in words:
                    vocabulary[len(word)].add(word)
                if len(words) > 1:
                    phrases[words[0]].append((words, payload))
        self.options = options
        self.exact = {k: tuple(dict.fromkeys(v)) for k, v in exact.items()}
        self.squeezed = {k: tuple(dict.fromkeys(v)) for k, v in squeezed.items()}
        self.phrases = {k: tuple(v) for k, v in phrases.items()}
        self.prefixes = {k: tuple(dict.fromkeys(v)) for k, v in prefixes.items()}
        self.suffixes = {k: tuple(dict.fromkeys(v)) for k, v in suffixes.items()}
        self.prefix_lengths = tuple(sorted({len(k) for k in self.prefixes}))
        self.suffix_lengths = tuple(sorted({len(k) for k in self.suffixes}))
        self.vocabulary = {k: tuple(sorted(v)) for k, v in vocabulary.items()}
        self.first_words = frozenset(self.exact) | frozenset(self.phrases)

    def __len__(self) -> int:
        return len(self.exact) + len(self.prefixes) + len(self.suffixes)

    def __reduce__(self) -> tuple[type[LexiconIndex], tuple[tuple[tuple[int, str], ...],
                                                             NormalizationOptions]]:
        # Rebuilt from its entries: compiled with mypyc, a class has no default pickling.
        return LexiconIndex, self._arguments

    def find(self, tokens: Sequence[Token], candidates: Iterable[Token] = (), *,
             repeats: bool = True, masked: bool = True) -> list[Hit]:
        """Hits for the plain ``tokens`` (words and phrases) and extra disguised ``candidates``.

        ``repeats=False`` says no token has a letter three times in a row (the caller
        checked the whole message at once), which skips the squeezed lookups;
        ``masked=False`` says no token has a ``*`` in it.
        """
        repeats = repeats and self.options.repeated_letters
        hits: list[Hit] = []
        if masked and any("*" in t.text for t in tokens):
            tokens = [self._unmask(t) if "*" in t.text else t for t in tokens]
        # Without wildcard entries or squeezed readings, a token of one reading is one
        # dictionary read: that common case is inlined, the rest goes through _lookup.
        plain = not repeats and not self.prefix_lengths and not self.suffix_lengths
        exact, phrases = self.exact, self.phrases
        if plain:  # then only a listed word, or a token read several ways, can be a hit
            first_words = self.first_words
            selected = [t for t in tokens if t.text in first_words or len(t.forms) > 1]
        for token in selected if plain else tokens:
            if token.in_link:
                continue
            if plain and len(token.forms) == 1:
                payloads = exact.get(token.text)
                if payloads:
                    transforms = token.forms[0][1]
                    hits.extend(Hit(rule, term, token.start, token.end, token.first, token.last,
                                    entry, transforms) for rule, term, entry in payloads)
                if token.text in phrases:
                    hits.extend(self._phrases(tokens, token))
                continue
            hits.extend(self._lookup(token, repeats))
            if token.text in phrases or len(token.forms) > 1:
                hits.extend(self._phrases(tokens, token))
        for candidate in candidates:
            hits.extend(self._lookup(self._unmask(candidate) if "*" in candidate.text
                                     else candidate, repeats))
        return hits

    def _lookup(self, token: Token, repeats: bool) -> list[Hit]:
        for form, transforms in token.forms:
            found = self._lookup_form(form, repeats)
            if found:
                payloads, extra = found
                return [
                    Hit(rule, term, token.start, token.end, token.first, token.last,
                        form if extra in (("prefix",), ("suffix",)) else entry,
                        (*transforms, *extra))
                    for rule, term, entry in payloads
                ]
        return []

    def _lookup_form(self, form: str, repeats: bool
                     ) -> tuple[tuple[Payload, ...], tuple[str, ...]] | None:
        found = self.exact.get(form)
        if found:
            return found, ()
        if repeats and has_repeat(form):
            found = self.squeezed.get(squeeze(form))
            if found:
                return found, ("repeated_letters",)
        for length in self.prefix_lengths:
            if length > len(form):
                break
            found = self.prefixes.get(form[:length])
            if found:
                return found, ("prefix",)
        for length in self.suffix_lengths:
            if length > len(form):
                break
            found = self.suffixes.get(form[-length:])
            if found:
                return found, ("suffix",)
        return None

    def _unmask(self, token: Token) -> Token:
        """Add the listed words a masked token can stand for: ``f**k`` -> ``fuck``."""
        extra: dict[str, tuple[str, ...]] = {}
        for form, transforms in token.forms:
            inner = form[1:-1]
            if "*" not in inner or len(form) < 3:
                continue
            known = [(i, c) for i, c in enumerate(form) if c != "*"]
            if len(known) < 2 or len(known) * 2 < len(form) - 1:
                continue
            for word in self.vocabulary.get(len(form), ()):
                if all(word[i] == c for i, c in known):
                    extra.setdefault(word, (*transforms, "masked"))
        if not extra:
            return token
        return token.with_forms((*token.forms, *extra.items()))

    def _phrases(self, tokens: Sequence[Token], token: Token) -> list[Hit]:
        hits: list[Hit] = []
        count = len(tokens)
        for form, transforms in token.forms:
            for words, (rule, term, _) in self.phrases.get(form, ()):
                last = token.last + len(words) - 1
                if last >= count:
                    continue
                # Each following token must read as the phrase's next word.
                at = token.last
                for word in words[1:]:
                    at += 1
                    if not reads_as(tokens[at], word):
                        break
                else:
                    hits.append(Hit(rule, term, token.start, tokens[last].end, token.first, last,
                                    " ".join(words), transforms))
        return hits
