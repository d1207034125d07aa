"""Score the bundled charters on messages written blind (benchmarks/blind/).

Each line is ``lang | expected action | text``, written by someone who had read
PRODUCT.md but not the charters, the case files or the corpora. The script prints, per
expected action, how many messages got it, the precision, recall and F1 of each flagged
action, the macro-F1 over them, and the share of ``allow`` messages that were flagged.

    python benchmarks/blind_eval.py benchmarks/blind/test_fr.txt benchmarks/blind/test_en.txt
    python benchmarks/blind_eval.py --wrong benchmarks/blind/dev_fr.txt   # list the misses

A message counts as flagged for ``remove``, ``review`` or ``escalate`` when the verdict's
action is that one (not "any flag"): a threat sent to review is a miss for ``remove``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from chartekit import load_charter, moderate

ACTIONS = ("remove", "escalate", "review")


def read(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|", 2)]
        if len(parts) != 3 or parts[1] not in (*ACTIONS, "allow"):
            sys.exit(f"{path}:{number}: expected 'lang | action | text', got {line!r}")
        rows.append((parts[0], parts[1], parts[2]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--wrong", action="store_true", help="list the messages missed")
    args = parser.parse_args()
    charters = {lang: load_charter(lang) for lang in ("fr", "en")}
    pairs: Counter[tuple[str, str]] = Counter()
    for path in args.files:
        for lang, expected, text in read(path):
            verdict = moderate(text, charter=charters.get(lang, charters["fr"]))
            got = verdict.action.value
            pairs[(expected, got)] += 1
            if args.wrong and got != expected:
                print(f"{path.name}: expected {expected}, got {got} "
                      f"{dict(verdict.categories)} | {text}")
    total = sum(pairs.values())
    right = sum(n for (e, g), n in pairs.items() if e == g)
    print(f"{total} messages, {right} with the expected action ({right / total:.1%})")
    f1s = []
    for action in ACTIONS:
        tp = pairs[(action, action)]
        fp = sum(n for (e, g), n in pairs.items() if g == action and e != action)
        fn = sum(n for (e, g), n in pairs.items() if e == action and g != action)
        if tp + fn == 0:
            continue
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        print(f"  {action:9} expected {tp + fn:4}  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    clean = sum(n for (e, _), n in pairs.items() if e == "allow")
    flagged = sum(n for (e, g), n in pairs.items() if e == "allow" and g != "allow")
    print(f"  macro-F1 over the flagged actions: {sum(f1s) / len(f1s):.3f}")
    print(f"  allow expected {clean}: {flagged} flagged ({flagged / clean:.1%})" if clean else "")


if __name__ == "__main__":
    main()
