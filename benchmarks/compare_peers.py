"""chartekit against the peers, on the same messages, in one run.

Usage: python benchmarks/compare_peers.py [--messages 20000] [--peer-messages 2000] [--repeat 3]

The workload is every text of ../shared/corpora (all seven corpora, French and
English, real user messages), shuffled with a fixed seed. Each system runs in its own
process (so its peak memory is its own), one message at a time on one thread:
chartekit's ``moderate()`` with the bundled ``fr`` charter (and ``moderate_many()`` over
the whole list, timed as one batch), ``better-profanity``'s
``contains_profanity``, ``glin-profanity``'s ``is_profane`` and, as floors,
``unidecode`` + lower-case and ``phonenumbers.PhoneNumberMatcher``. Slow peers run on
the first ``--peer-messages`` messages of the same shuffled list.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
BATCH = "chartekit moderate_many"


def workload(limit: int) -> list[str]:
    texts = []
    for path in sorted(CORPORA.glob("*/data.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines)
    random.Random(20261124).shuffle(texts)
    return texts[:limit]


def system(name: str) -> Callable[[str], object]:
    if name == "chartekit":
        import chartekit

        charter = chartekit.load_charter("fr")
        return lambda text: chartekit.moderate(text, charter)
    if name == "better-profanity":
        from better_profanity import profanity

        profanity.load_censor_words()
        return profanity.contains_profanity  # type: ignore[no-any-return]
    if name == "glin-profanity":
        import glin_profanity

        glin = glin_profanity.Filter({"languages": ["english", "french"],
                                      "detect_leetspeak": True, "normalize_unicode": True})
        return glin.is_profane  # type: ignore[no-any-return]
    if name == "floor: unidecode + lower":
        from unidecode import unidecode

        return lambda text: unidecode(text).lower()
    if name == "floor: phonenumbers (FR)":
        import phonenumbers

        return lambda text: list(phonenumbers.PhoneNumberMatcher(text, "FR"))
    raise SystemExit(f"unknown system {name!r}")


def measure_batch(count: int) -> dict[str, object]:
    """chartekit.moderate_many over the whole workload at once (no per-message times)."""
    texts = workload(count)
    started = time.perf_counter()
    import chartekit

    charter = chartekit.load_charter("fr")
    setup = time.perf_counter() - started
    chartekit.moderate_many(texts[:200], charter)  # warm-up
    begin = time.perf_counter()
    chartekit.moderate_many(texts, charter)
    total = time.perf_counter() - begin
    return {
        "system": BATCH, "messages": len(texts), "setup_s": round(setup, 3),
        "messages_per_s": round(len(texts) / total), "p50_us": "-", "p99_us": "-",
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def measure(name: str, count: int) -> dict[str, object]:
    if name == BATCH:
        return measure_batch(count)
    texts = workload(count)
    started = time.perf_counter()
    check = system(name)
    setup = time.perf_counter() - started
    for text in texts[:200]:  # warm-up
        check(text)
    times = []
    begin = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        check(text)
        times.append(time.perf_counter() - t0)
    total = time.perf_counter() - begin
    times.sort()
    if name == "chartekit":
        from chartekit._build import build

        name = f"chartekit ({build()})"
    return {
        "system": name, "messages": len(texts), "setup_s": round(setup, 3),
        "messages_per_s": round(len(texts) / total),
        "p50_us": round(statistics.median(times) * 1e6),
        "p99_us": round(times[int(len(times) * 0.99)] * 1e6),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--peer-messages", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run every system this many times, interleaved, and keep each "
                             "one's fastest run (a shared machine's noise only slows runs down)")
    parser.add_argument("--system", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.system:
        print(json.dumps(measure(args.system, args.messages)))
        return
    plan = [("chartekit", args.messages), (BATCH, args.messages),
            ("better-profanity", args.peer_messages),
            ("glin-profanity", args.peer_messages), ("floor: unidecode + lower", args.messages),
            ("floor: phonenumbers (FR)", args.messages)]
    best: dict[str, dict[str, object]] = {}
    for _ in range(max(1, args.repeat)):
        for name, count in plan:
            done = subprocess.run([sys.executable, __file__, "--system", name, "--messages",
                                   str(count)], capture_output=True, text=True, check=False)
            if done.returncode:
                print(f"skipped {name}: {done.stderr.strip().splitlines()[-1:]}",
                      file=sys.stderr)
                continue
            row = json.loads(done.stdout)
            if name not in best or int(row["messages_per_s"]) > int(
                    best[name]["messages_per_s"]):
                best[name] = row
    rows = [best[name] for name, _ in plan if name in best]
    print(f"machine: {machine()}")
    print(f"workload: texts of {CORPORA} (all corpora), shuffled, one message at a time; "
          f"best of {max(1, args.repeat)} interleaved run(s) per system\n")
    print("| system | messages | messages/s | p50 µs | p99 µs | setup s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    ours = next((r for r in rows if str(r["system"]).startswith("chartekit (")), None)
    for r in rows:
        print(f"| {r['system']} | {r['messages']:,} | {r['messages_per_s']:,} | {r['p50_us']} | "
              f"{r['p99_us']} | {r['setup_s']} | {r['peak_rss_mb']} |")
    if ours:
        for r in rows:
            if r is not ours and not str(r["system"]).startswith(("floor", "chartekit")):
                factor = int(ours["messages_per_s"]) / max(int(r["messages_per_s"]), 1)
                print(f"\nchartekit is {factor:.0f}x {r['system']}", end="")
        print()


if __name__ == "__main__":
    main()
