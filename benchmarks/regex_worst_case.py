"""The slowest inputs we know of for the bundled regex rules in the standard ``re`` engine.

Usage: python benchmarks/regex_worst_case.py [--lengths 1000,2000,4000] [--charter fr]

Patterns that pass ``fast_eligible`` run in ``re`` without a time limit on messages up to
``FAST_MAX_LENGTH`` characters (matchers/regex.py): what bounds them there is the message
length. This script feeds every such pattern adversarial texts of each length (long runs
of one character class, digit and punctuation runs, the patterns' own words over and
over) and prints the five slowest searches, so a quadratic pattern shows up before it
ships. Times are wall-clock on this machine: compare lengths, not machines.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Iterator

import chartekit
from chartekit.matchers.regex import FAST_MAX_LENGTH, fast_pattern


def adversarial(words: list[str], n: int) -> Iterator[str]:
    for unit in ("a", " ", "1", "'", "\n", ". ", "a b ", "ab-", "a'", "1 ", "1.", "1,", "€ ",
                 "% ", "06 ", "tu ", "je vais te ", "you are a ", "les ", "the ", "@a ",
                 "http://a.b/"):
        yield (unit * (n // len(unit) + 1))[:n]
    yield (" ".join(words) * (n // max(len(" ".join(words)), 1) + 1))[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", default="1000,2000,4000")
    parser.add_argument("--charter", default="fr")
    args = parser.parse_args()
    charter = chartekit.load_charter(args.charter)
    words = sorted({w for r in charter.regexes for w in re.findall(r"[a-z']{3,}", r.source)})
    print(f"FAST_MAX_LENGTH = {FAST_MAX_LENGTH}")
    for n in (int(x) for x in args.lengths.split(",")):
        timings = []
        for rule in charter.regexes:
            pattern = fast_pattern(rule.source, rule.view, charter.normalization.casefold)
            if pattern is None:
                continue
            for text in adversarial(words, n):
                start = time.perf_counter()
                for _ in pattern.finditer(text):
                    pass
                timings.append((time.perf_counter() - start, charter.rules[rule.rule].id,
                                text[:12]))
        timings.sort(reverse=True)
        slowest = ", ".join(f"{t * 1000:.2f} ms {rule} on {text!r}…"
                            for t, rule, text in timings[:5])
        print(f"{n:>6} characters: {slowest}")


if __name__ == "__main__":
    main()
