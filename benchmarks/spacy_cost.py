"""What the optional spaCy stage (defamation targets) costs on the benchmark workload.

Usage: python benchmarks/spacy_cost.py   (needs ``pip install ".[nlp]"``)

Loads spaCy's model once (timed), then moderates the same 10,000 corpus messages with
``person_finder`` switched on and off, twice each, and prints how often it was asked
and the best time per message of each mode.
"""

from __future__ import annotations

import time

import chartekit
from chartekit.detectors import defamation
from compare_peers import machine, workload


def main() -> None:
    charter = chartekit.load_charter("fr")
    texts = workload(10_000)
    started = time.perf_counter()
    finder = defamation.person_finder()
    load = time.perf_counter() - started
    if finder is None:
        raise SystemExit("spaCy or its model is not installed: pip install '.[nlp]'")
    calls = [0, 0.0]

    def counted(text: str) -> list[str]:
        begin = time.perf_counter()
        names = finder(text)
        calls[0] += 1
        calls[1] += time.perf_counter() - begin
        return names

    original = defamation.person_finder
    best: dict[str, float] = {}
    asked = 0
    try:
        for mode in ("with spaCy", "without", "with spaCy", "without"):
            defamation.person_finder = (  # type: ignore[assignment]
                (lambda: counted) if mode == "with spaCy" else (lambda: None))
            calls[:] = [0, 0.0]
            begin = time.perf_counter()
            for text in texts:
                chartekit.moderate(text, charter)
            best[mode] = min(best.get(mode, float("inf")), time.perf_counter() - begin)
            if mode == "with spaCy":
                asked = int(calls[0])
    finally:
        defamation.person_finder = original  # type: ignore[assignment]
    n = len(texts)
    print(f"machine: {machine()}")
    print(f"spaCy model load: {load:.2f} s (once, on the first candidate)")
    print(f"person_finder asked on {asked} of {n} messages")
    print(f"with spaCy {best['with spaCy'] * 1e6 / n:.0f} µs per message, without "
          f"{best['without'] * 1e6 / n:.0f} µs: "
          f"{(best['with spaCy'] / best['without'] - 1) * 100:+.1f} %")


if __name__ == "__main__":
    main()
