"""Cut a folded message into tokens, and find the words its author disguised.

A token is a run of letters, digits and the symbols leetspeak uses. Each token
carries the *forms* it may stand for (``c0nn4rd`` -> ``connard``). Besides the
tokens, :func:`disguised` yields candidates that span several tokens: letters split
by spaces, dots or emoji (``c o n n a r d``) and words cut by one symbol
(``con.nard``, ``con🤬nard``). Offsets are into the folded text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import regex

from chartekit._normalize import NormalizationOptions

__all__ = ["Token", "disguised", "leet_readings", "reads_as", "squeeze", "tokenize"]

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "8": "b", "@": "a", "$": "s", "€": "e", "!": "i", "|": "l"})
_LEET_ALT = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
                           "8": "b", "@": "a", "$": "s", "€": "e", "!": "i", "|": "i"})
_LEET_CHARS = frozenset("013457 8@$€!|".replace(" ", ""))

# A word starts with a letter, a digit or @ $ € and ends with a letter, a digit or $;
# inside, leetspeak and masking symbols are part of it (c0nn4rd, f**k, c*nnard), while
# around it they are punctuation (connard!!!, *connard*). Written as one run checked at
# its end (a look-behind), not as an optional start before the last character: the same
# words, but the engines skip ahead to a possible first character (1.2-1.7x faster).
_WORD = regex.compile(r"[\p{L}\p{N}@$€][\p{L}\p{N}@$€|!*]*(?<=[\p{L}\p{N}$])")
_WORD_WITH_APOSTROPHE = regex.compile(r"[\p{L}\p{N}@$€][\p{L}\p{N}@$€|!*']*(?<=[\p{L}\p{N}$])")
# étudiant·e·s, connard.e.s: a word, a feminine ending, a plural ending.
_INCLUSIVE = regex.compile(
    r"(?<![\p{L}\p{N}])(\p{L}{2,})[·.•‧⋅]"
    r"(e|ne|le|te|se|re|rice|euse|ice|sse|ere|ive|fe)(?:[·.•‧⋅](s)|(s))?(?![\p{L}\p{N}])"
)
# Links: a URL, an e-mail, or a domain with one of these endings. _links finds what this
# alternation finds, kind by kind from their anchors; the alternation is their definition
# (the tests compare the two).
_TLDS = r"(?:com|fr|net|org|io|be|ch|ca|co|uk|eu|info|biz|ly|gl|me|tv)"
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_TLD = re.compile(rf"\.{_TLDS}\b")
_DOMAIN = re.compile(rf"\b[\w-]+(?:\.[\w-]+)*\.{_TLDS}\b\S*")
_URL_OR_EMAIL = re.compile(f"{_URL.pattern}|[\\w.+-]+@{_EMAIL_DOMAIN.pattern}|{_DOMAIN.pattern}")
_NOT_SPACE = re.compile(r"\S*")
# One symbol between two word characters: where a word may be cut ("con.nard", "con🤬nard").
_CUT = regex.compile(r"(?<=[\p{L}\p{N}$])[^\s'\p{L}\p{N}](?=[\p{L}\p{N}@$€])")
_RUN = regex.compile(r"(.)\1+")  # what squeeze collapses (its definition, for the tests)
_LEET_INSIDE = re.compile(r"[^\W\d_][0134578@$€!|]+[^\W\d_]")
# A word of two or three letters with one leetspeak digit at an end: "j3", "t3", "1m".
_LEET_EDGE = re.compile(r"[a-z]{1,2}[0134]|[0134][a-z]{1,2}")
_NUMBER_IN_WORD = re.compile(r"[269]|\d{3}")  # digits no leetspeak uses, or three in a row
_TRIPLE = regex.compile(r"(\w)\1\1")
_TRIPLE_ASCII = re.compile(r"(\w)\1\1")  # the same on ASCII text, three times faster
_JOINERS_MAX = 3  # longest separator between split letters: " ", ". ", " - ", an emoji
_ONE_LETTER_WORDS = frozenset("aiy")  # words of one letter a split word may follow

# The same patterns for an ASCII text, in the standard engine (twice as fast there).
# On ASCII, \p{L} is [a-zA-Z], \p{N} is [0-9], and ``regex``'s \s is [\t\n\v\f\r ]
# (``re``'s \s would also take the separators \x1c-\x1f).
_WORD_ASCII = re.compile(r"[a-zA-Z0-9@$][a-zA-Z0-9@$|!*]*(?<=[a-zA-Z0-9$])")
_WORD_WITH_APOSTROPHE_ASCII = re.compile(r"[a-zA-Z0-9@$][a-zA-Z0-9@$|!*']*(?<=[a-zA-Z0-9$])")
_INCLUSIVE_ASCII = re.compile(
    r"(?<![a-zA-Z0-9])([a-zA-Z]{2,})\."
    r"(e|ne|le|te|se|re|rice|euse|ice|sse|ere|ive|fe)(?:\.(s)|(s))?(?![a-zA-Z0-9])"
)
_CUT_ASCII = re.compile(r"(?<=[a-zA-Z0-9$])[^\t\n\x0b\x0c\r 'a-zA-Z0-9](?=[a-zA-Z0-9@$])")


Readings = tuple[tuple[str, tuple[str, ...]], ...]


class Token:
    """A word of the folded text, or a disguised word spanning several.

    ``first`` and ``last`` index the plain tokens it covers (equal for a plain token).
    ``forms`` pairs each reading of the token with the transforms that produced it.
    Read-only by convention. A plain slotted class: compiled with mypyc (hatch_build.py),
    building one is a native allocation, 25 % cheaper than the named tuple it was.
    """

    __slots__ = ("end", "first", "forms", "in_link", "last", "mention", "start", "text")

    def __init__(self, start: int, end: int, text: str, forms: Readings, first: int,
                 last: int, mention: bool = False, in_link: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.forms = forms
        self.first = first
        self.last = last
        self.mention = mention
        self.in_link = in_link

    def _fields(self) -> tuple[int, int, str, Readings, int, int, bool, bool]:
        return (self.start, self.end, self.text, self.forms, self.first, self.last,
                self.mention, self.in_link)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"Token(start={self.start}, end={self.end}, text={self.text!r}, "
                f"forms={self.forms!r}, first={self.first}, last={self.last}, "
                f"mention={self.mention}, in_link={self.in_link})")

    def with_forms(self, forms: Readings) -> Token:
        return Token(self.start, self.end, self.text, forms, self.first, self.last,
                     self.mention, self.in_link)


def squeeze(text: str) -> str:
    """Collapse every run of a repeated character to one: ``connnard`` -> ``conard``.

    What ``_RUN.sub(r"\1", text)`` does (a line break, which ``.`` does not match, stays
    repeated), in one loop: compiled, far fewer instructions than the substitution.
    """
    kept: list[str] = []
    last = ""
    for c in text:
        if c != last or c == "\n":
            kept.append(c)
            last = c
    return "".join(kept)


def has_repeat(text: str) -> bool:
    return (_TRIPLE_ASCII if text.isascii() else _TRIPLE).search(text) is not None


def _forms(text: str, options: NormalizationOptions, extra: tuple[str, ...] = ()) -> tuple[
    tuple[str, tuple[str, ...]], ...
]:
    if text.isalpha():  # the common case: nothing to read differently
        return ((text, extra),)
    forms: dict[str, tuple[str, ...]] = {text: extra}
    if options.leetspeak and any(c in _LEET_CHARS for c in text) and any(c.isalpha() for c in text):
        tr = (*extra, "leetspeak")
        forms.setdefault(text.translate(_LEET), tr)
        forms.setdefault(text.translate(_LEET_ALT), tr)
    if "*" in text:
        for form, tr in list(forms.items()):
            bare = form.replace("*", "")
            if len(bare) >= 3:
                forms.setdefault(bare, (*tr, "symbols"))
    return tuple(forms.items())


def tokenize(folded: str, options: NormalizationOptions) -> list[Token]:
    """The plain tokens of ``folded``, in order."""
    ascii = folded.isascii()
    links = _links(folded) if "." in folded else []
    inclusive: list[tuple[int, int, Readings]] = []
    if options.inclusive_writing and ("." in folded or (not ascii and any(
            c in folded for c in "·•‧⋅"))):
        for m in (_INCLUSIVE_ASCII if ascii else _INCLUSIVE).finditer(folded):
            base, ending, plural = m.group(1), m.group(2), m.group(3) or m.group(4) or ""
            tr = ("inclusive_writing",)
            variants = {base: tr, base + ending + plural: tr}
            if plural:
                variants.setdefault(base + plural, tr)
            inclusive.append((m.start(), m.end(), tuple(variants.items())))
    if ascii:
        word = _WORD_ASCII if options.elisions else _WORD_WITH_APOSTROPHE_ASCII
    else:
        word = _WORD if options.elisions else _WORD_WITH_APOSTROPHE
    if not inclusive:  # the common case, in one loop
        mentions = "@" in folded
        tokens: list[Token] = []
        append = tokens.append
        if ascii:  # the same words as ``word`` finds, without a regex (see _ascii_words)
            for start, text in _ascii_words(folded, options.elisions):
                index = len(tokens)
                append(Token(start, start + len(text), text,
                             ((text, ()),) if text.isalpha() or text.isdigit()
                             else _forms(text, options),
                             index, index, mentions and _is_mention(folded, start, text)))
        else:
            for index, m in enumerate(word.finditer(folded)):
                text = m.group()
                start = m.start()
                append(Token(start, start + len(text), text,
                             ((text, ()),) if text.isalpha() or text.isdigit()
                             else _forms(text, options),
                             index, index, mentions and _is_mention(folded, start, text)))
        for start, end in links:  # few: mark the tokens that start inside one
            at = bisect.bisect_left(tokens, start, key=_start)
            while at < len(tokens) and tokens[at].start < end:
                tokens[at].in_link = True  # still being built: nobody has read it yet
                at += 1
        return tokens
    tokens = []
    append = tokens.append
    link_index = 0
    for index, (start, end, known) in enumerate(_around(word, folded, inclusive)):
        text = folded[start:end]
        in_link = False
        if links:
            while link_index < len(links) and links[link_index][1] <= start:
                link_index += 1
            in_link = link_index < len(links) and links[link_index][0] <= start
        mention = _is_mention(folded, start, text)
        forms = known or (((text, ()),) if text.isalpha() else _forms(text, options))
        append(Token(start, end, text, forms, index, index, mention, in_link))
    return tokens


# An ASCII text's words without the regex engine, three times fewer instructions: each run
# of the characters a word may hold (_WORD_ASCII's inside) holds at most one word, from its
# first possible start (a letter, a digit, @ or $) to its last possible end (a letter, a
# digit or $), since everything between is inside. Runs are cut with one bytes.translate,
# every other character made a space, and str.split.
_ASCII_INSIDE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@$|!*"
_RUNS = bytes(c if chr(c) in _ASCII_INSIDE else 32 for c in range(256))
_RUNS_WITH_APOSTROPHE = bytes(c if chr(c) in _ASCII_INSIDE + "'" else 32 for c in range(256))


def _ascii_words(folded: str, elisions: bool) -> list[tuple[int, str]]:
    """(start, text) of each word of an ASCII text, as ``_WORD_ASCII`` (or, without
    elisions, ``_WORD_WITH_APOSTROPHE_ASCII``) finds them."""
    table, lead, trail = ((_RUNS, "|!*", "|!*@") if elisions
                          else (_RUNS_WITH_APOSTROPHE, "|!*'", "|!*@'"))
    words: list[tuple[int, str]] = []
    cursor = 0
    for run in folded.encode("ascii").translate(table).decode("ascii").split(" "):
        n = len(run)
        if n:
            if run.isalnum():
                words.append((cursor, run))
            else:
                text = run.lstrip(lead)
                start = cursor + n - len(text)
                text = text.rstrip(trail)
                if text:
                    words.append((start, text))
        cursor += n + 1
    return words


def _links(text: str) -> list[tuple[int, int]]:
    """The spans ``_URL_OR_EMAIL.finditer`` finds, without trying it at every position.

    Its three alternatives are looked for one by one from literal anchors: a URL's
    ``http``/``www.`` (a prefix the engine skips ahead to), an e-mail's ``@`` (the run of
    local-part characters before it, the domain after it), a domain's ``.com``/``.fr``… (the
    run of host characters before it, the non-space characters after it). At each step
    the leftmost of the three wins, the URL before the e-mail before the domain at the
    same position, and the search goes on after it: what the alternation does.
    """
    spans: list[tuple[int, int]] = []
    # Each kind's leftmost match from the search position, kept while it still starts at
    # or after it (then it is still the leftmost); None once a kind has no match left.
    first_url = _URL.search(text) if "://" in text or "www." in text else None
    url = first_url.span() if first_url is not None else None
    email = _email_from(text, 0) if "@" in text else None
    domain = _domain_from(text, 0)
    while url is not None or email is not None or domain is not None:
        best = None
        for found in (url, email, domain):  # at the same start, the earlier kind wins
            if found is not None and (best is None or found[0] < best[0]):
                best = found
        assert best is not None
        spans.append(best)
        pos = best[1]
        if url is not None and url[0] < pos:
            m = _URL.search(text, pos)
            url = m.span() if m is not None else None
        if email is not None and email[0] < pos:
            email = _email_from(text, pos)
        if domain is not None and domain[0] < pos:
            domain = _domain_from(text, pos)
    return spans


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # the regex engine's \w


def _email_from(text: str, pos: int) -> tuple[int, int] | None:
    r"""The leftmost match of ``[\w.+-]+@[\w-]+(?:\.[\w-]+)+`` from ``pos``: each holds
    one @, with the run of local-part characters before it."""
    at = text.find("@", pos)
    while at >= 0:
        start = at
        while start > pos and (_is_word(text[start - 1]) or text[start - 1] in ".+-"):
            start -= 1
        if start < at:
            m = _EMAIL_DOMAIN.match(text, at + 1)
            if m is not None:
                return start, m.end()
        at = text.find("@", at + 1)
    return None


def _domain_from(text: str, pos: int) -> tuple[int, int] | None:
    """The leftmost match of ``_DOMAIN`` from ``pos``: each holds a ``.tld``, with host
    characters before it and non-space characters after it, so it lies between the run
    of host characters that ends at the first ``.tld`` and the next white space."""
    tld = _TLD.search(text, pos)
    while tld is not None:
        start = tld.start()
        while start > pos and (_is_word(text[start - 1]) or text[start - 1] in ".-"):
            start -= 1
        rest = _NOT_SPACE.match(text, tld.end())  # \S* always matches
        end = rest.end() if rest is not None else tld.end()
        m = _DOMAIN.search(text, start, end)
        if m is not None:
            return m.span()
        tld = _TLD.search(text, end)
    return None


def _start(token: Token) -> int:
    return token.start


def reads_as(token: Token, word: str) -> bool:
    """Whether ``token`` reads as ``word``: its text, or one of its other readings
    ("m3rdias" reads as "merdias"). Most tokens have no other reading."""
    return token.text == word or (len(token.forms) > 1
                                  and any(form == word for form, _ in token.forms))


def leet_readings(tokens: list[Token]) -> Iterator[tuple[int, str]]:
    """(index, letters) of each token written in leetspeak: ``d3foncer`` -> ``defoncer``.

    Numbers ("06 12…", "euro2004"), @mentions and links stay as written. A short word
    with its digit at one end ("j3", "t3", "1m") is read only in a message that also has
    a disguise inside a word: "j3 v41s t3 bu73r" is written in leetspeak throughout, while
    "un T3 à louer" or "la 4G" is not.
    """
    found: list[tuple[int, str]] = []
    edges: list[tuple[int, str]] = []
    for index, token in enumerate(tokens):
        if len(token.forms) == 1 or token.mention or token.in_link:
            continue  # most tokens: nothing to read differently
        text = token.text
        if _LEET_EDGE.fullmatch(text):
            edges.append((index, text.translate(_LEET)))
            continue
        if not _LEET_INSIDE.search(text) or _NUMBER_IN_WORD.search(text):
            # a symbol between letters makes a disguise ("k1ll", "sh00t", "mu$ulman");
            # "1st", "10h", "ps4", "leo77", "euro2004", "covid19" are numbers in words
            continue
        read = text.translate(_LEET)
        if read != text:
            found.append((index, read))
    if found and edges:
        found = sorted((*found, *edges))
    yield from found


def _is_mention(folded: str, start: int, text: str) -> bool:
    """``@name`` at the start of the text or after a space (not an e-mail's @)."""
    return text[0] == "@" and len(text) > 1 and (start == 0 or folded[start - 1].isspace())


def _around(word: regex.Pattern[str] | re.Pattern[str], text: str,
            inclusive: list[tuple[int, int, Readings]]) -> list[tuple[int, int, Readings | None]]:
    """Word bounds, with the inclusive-writing spans as single tokens."""
    bounds: list[tuple[int, int, Readings | None]] = []
    cursor = 0
    for start, end, readings in inclusive:
        bounds.extend((m.start(), m.end(), None) for m in word.finditer(text, cursor, start))
        bounds.append((start, end, readings))
        cursor = end
    bounds.extend((m.start(), m.end(), None) for m in word.finditer(text, cursor))
    return bounds


def disguised(folded: str, tokens: list[Token], options: NormalizationOptions,
              max_length: int = 40, *, singles: int | None = None) -> Iterator[Token]:
    """Candidates made of several plain tokens: split letters and cut words.

    ``singles`` is how many tokens are one character long, when the caller knows.
    """
    if not options.split_letters or len(tokens) < 2:
        return
    if singles is None:
        singles = sum(len(t.text) == 1 for t in tokens)
    cut = _CUT_ASCII if folded.isascii() else _CUT
    if singles < 3 and not cut.search(folded):
        return  # no run of single letters, no word cut by one symbol: nothing disguised
    # Letters split by the same short separator: "c o n n a r d", "c.o.n.n.a.r.d".
    i = 0
    n = len(tokens) if singles >= 3 else 0
    while i < n:
        if len(tokens[i].text) != 1 or tokens[i].in_link:
            i += 1
            continue
        sep = None
        j = i
        while j + 1 < n and len(tokens[j + 1].text) == 1 and not tokens[j + 1].in_link:
            gap = folded[tokens[j].end : tokens[j + 1].start]
            if len(gap) > _JOINERS_MAX or "\n" in gap or (sep is not None and gap != sep):
                break
            sep = gap
            j += 1
        if j - i + 1 >= 3 and j - i + 1 <= max_length:
            text = "".join(t.text for t in tokens[i : j + 1])
            yield Token(tokens[i].start, tokens[j].end, text,
                        _forms(text, options, ("split_letters",)), i, j)
            if j - i + 1 >= 4 and text[0] in _ONE_LETTER_WORDS:  # "a f u c k e r"
                yield Token(tokens[i + 1].start, tokens[j].end, text[1:],
                            _forms(text[1:], options, ("split_letters",)), i + 1, j)
            i = j + 1
        elif j == i + 1:
            i = j  # "a f.u.c.k": two letters, then another separator: the run starts at f
        else:
            i = j + 1
    # A word cut by one symbol or emoji: "con.nard", "con🤬nard", "sous-merde". Such a
    # word starts at a token that ends where the pattern of cuts finds one.
    n = len(tokens)
    ends = {t.end: index for index, t in enumerate(tokens)}
    firsts = sorted({ends[at] for at in (m.start() for m in cut.finditer(folded)) if at in ends})
    for i in firsts:
        if i >= n - 1 or tokens[i].in_link:
            continue
        end = i
        text = tokens[i].text
        while end + 1 < n and end - i < 2:
            gap = folded[tokens[end].end : tokens[end + 1].start]
            if len(gap) != 1 or gap.isspace() or gap == "'":
                break
            end += 1
            text += tokens[end].text
            if len(text) > max_length:
                break
            if len(tokens[end].text) > 1 or len(tokens[i].text) > 1:
                yield Token(tokens[i].start, tokens[end].end, text,
                            _forms(text, options, ("split_letters",)), i, end)
