"""Write every corpus text's verdict (action and category confidences) as JSON lines, to
compare two versions of the charters or the engine line by line.

    python benchmarks/verdict_dump.py before.jsonl   # on one version
    python benchmarks/verdict_dump.py after.jsonl    # on the other
    python benchmarks/verdict_dump.py --compare before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import chartekit

sys.path.insert(0, str(Path(__file__).parent))
from evaluate import CORPORA, rows


def dump(out_path: str) -> None:
    charters = {lang: chartekit.load_charter(lang) for lang in ("fr", "en")}
    with open(out_path, "w", encoding="utf-8") as out:
        for corpus in sorted(p.name for p in CORPORA.iterdir() if (p / "data.jsonl").exists()):
            for row in rows(corpus):
                text = row.get("text")
                if not isinstance(text, str):
                    continue
                lang = str(row.get("lang"))
                verdict = chartekit.moderate(text, charters.get(lang, charters["fr"]))
                confidences = {k: round(c, 3) for k, c in verdict.categories.items()}
                out.write(json.dumps([corpus, text, verdict.action, confidences],
                                     ensure_ascii=False) + "\n")


def compare(before_path: str, after_path: str) -> None:
    with open(before_path, encoding="utf-8") as a, open(after_path, encoding="utf-8") as b:
        before, after = [json.loads(line) for line in a], [json.loads(line) for line in b]
    changed = [(x, y) for x, y in zip(before, after, strict=True) if x[2:] != y[2:]]
    for x, y in changed:
        print(f"{x[0]}: {x[2]} {x[3]} -> {y[2]} {y[3]} | {x[1][:160]!r}")
    print(f"{len(changed)} of {len(before)} verdicts changed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--compare", action="store_true", help="compare two dumps")
    args = parser.parse_args()
    if args.compare:
        compare(*args.paths)
    else:
        dump(args.paths[0])


if __name__ == "__main__":
    main()
