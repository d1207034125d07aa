"""Measure a charter's precision and recall on the labelled corpora in ../shared/corpora.

Usage: python benchmarks/evaluate.py [--charter fr] [--category insult] [--show 20]

Only corpora annotated for a category are scored for it (see the corpora README).
A message counts as flagged for a category when the category reaches its review
band or above. This is a development tool: the corpora never ship with chartekit
and the unit tests never read them.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import chartekit
from chartekit.testing import fired_categories

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
ANNOTATED = {
    "mlma_hate_speech": {"insult", "hate"},
    "ftr_racism_fr": {"hate"},
    "cyberagression_large_fr": {"insult", "threat"},
    "davidson_hate_offensive_en": {"hate", "insult"},
    "sms_spam_collection_en": {"scam"},
    "youtube_spam_collection_en": {"scam"},
    "pii_test_vectors": {"personal_data"},
}


def evaluate(charter: chartekit.Charter, category: str, show: int) -> None:
    for name, categories in ANNOTATED.items():
        path = CORPORA / name / "data.jsonl"
        if category not in categories or not path.exists():
            continue
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        for lang in sorted({r["lang"] for r in rows}):
            subset = [r for r in rows if r["lang"] == lang]
            tp = fp = fn = tn = 0
            misses, false_alarms = [], []
            started = time.perf_counter()
            for row in subset:
                verdict = chartekit.moderate(row["text"], charter, lang=lang)
                predicted = category in fired_categories(verdict, charter)
                expected = category in row["labels"]
                if predicted and expected:
                    tp += 1
                elif predicted:
                    fp += 1
                    false_alarms.append((row["text"], verdict))
                elif expected:
                    fn += 1
                    misses.append(row["text"])
                else:
                    tn += 1
            elapsed = time.perf_counter() - started
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            print(f"{name} [{lang}] {category}: n={len(subset)} tp={tp} fp={fp} fn={fn} tn={tn} "
                  f"precision={precision:.3f} recall={recall:.3f} f1={f1:.3f} "
                  f"({elapsed / len(subset) * 1e6:.0f} µs/message)")
            rng = random.Random(0)
            for text, verdict in rng.sample(false_alarms, min(show, len(false_alarms))):
                hits = ", ".join(f"{r.normalized}:{r.confidence:.2f}" for r in verdict.reasons)
                print(f"   FP {text[:140]!r} -> {hits}")
            for text in rng.sample(misses, min(show, len(misses))):
                print(f"   FN {text[:140]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--charter", default="fr")
    parser.add_argument("--category", default="insult")
    parser.add_argument("--show", type=int, default=0, help="print N false positives and misses")
    args = parser.parse_args()
    evaluate(chartekit.load_charter(args.charter), args.category, args.show)


if __name__ == "__main__":
    main()
