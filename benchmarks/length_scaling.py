"""How the cost of one message grows with its length: 1 KB, 10 KB, 100 KB, 1 MB.

Usage: python benchmarks/length_scaling.py

Each message is real text: corpus messages from ../shared/corpora joined with spaces
until the length is reached (so every size holds the same mix of words, insults,
numbers and links). Prints the time per message and per kilobyte; a linear engine
keeps the per-kilobyte time flat.
"""

from __future__ import annotations

import time

import chartekit
from compare_peers import machine, workload

SIZES = [1_000, 10_000, 100_000, 1_000_000]


def text_of(size: int, texts: list[str]) -> str:
    parts: list[str] = []
    length = 0
    for text in texts:
        if length >= size:
            break
        parts.append(text)
        length += len(text) + 1
    return " ".join(parts)[:size]


def main() -> None:
    charter = chartekit.load_charter("fr")
    texts = workload(40_000)
    chartekit.moderate(text_of(10_000, texts), charter)  # warm-up: patterns compiled
    print(f"machine: {machine()}\n")
    print("| message | runs | time per message | µs per KB |")
    print("|---|---|---|---|")
    for size in SIZES:
        text = text_of(size, texts)
        runs = max(1, 200_000 // size)
        started = time.perf_counter()
        for _ in range(runs):
            chartekit.moderate(text, charter)
        elapsed = (time.perf_counter() - started) / runs
        print(f"| {size // 1000:,} KB | {runs} | {elapsed * 1e3:,.1f} ms | "
              f"{elapsed * 1e6 / (size / 1000):,.0f} |")


if __name__ == "__main__":
    main()
