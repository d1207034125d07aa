"""Measure a charter's precision and recall on the labelled corpora in ../shared/corpora,
side by side with peer profanity filters.

Usage:
    python benchmarks/evaluate.py [--charter fr] [--category insult ...] [--peers]
                                  [--show N] [--markdown]

Only the categories a corpus was annotated for are scored on it (see the corpora
README). A message counts as flagged for a category when the category reaches its
review band or above. Peers (``better-profanity``, ``glin-profanity``, installed
with ``pip install ".[bench]"``) answer yes/no for "profane", scored against insult and
hate. A development tool: the corpora never ship with chartekit and the unit tests
never read them.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import chartekit
from chartekit.evaluation import Metrics
from chartekit.testing import fired_categories

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
ANNOTATED = {
    "mlma_hate_speech": ("insult", "hate"),
    "ftr_racism_fr": ("hate",),
    "cyberagression_large_fr": ("insult", "threat"),
    "davidson_hate_offensive_en": ("insult", "hate"),
    "sms_spam_collection_en": ("scam",),
    "youtube_spam_collection_en": ("scam",),
    "pii_test_vectors": ("personal_data",),
}
# Peers answer "profane or not": that one answer is scored against every category.
PEER_CATEGORIES = ("insult", "hate", "threat", "personal_data", "scam")


@dataclass
class Score(Metrics):
    """Metrics (from chartekit.evaluation) plus the texts behind the errors."""

    false_alarms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, predicted: bool, expected: bool, text: str) -> None:
        if predicted and expected:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.false_alarms.append(text)
        elif expected:
            self.fn += 1
            self.misses.append(text)
        else:
            self.tn += 1


def peers() -> dict[str, Callable[[str], bool]]:
    found: dict[str, Callable[[str], bool]] = {}
    try:
        from better_profanity import profanity

        profanity.load_censor_words()
        found["better-profanity"] = profanity.contains_profanity
    except ImportError:
        pass
    try:
        import glin_profanity

        glin = glin_profanity.Filter({"languages": ["english", "french"],
                                      "detect_leetspeak": True, "normalize_unicode": True})
        found["glin-profanity"] = glin.is_profane
    except ImportError:
        pass
    return found


def rows(name: str) -> Iterator[dict[str, object]]:
    with (CORPORA / name / "data.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def evaluate(charter: chartekit.Charter, categories: set[str] | None, with_peers: bool,
             show: int, markdown: bool) -> None:
    others = peers() if with_peers else {}
    table: list[tuple[str, str, str, int, str, Score]] = []
    for corpus, annotated in ANNOTATED.items():
        wanted = [c for c in annotated if categories is None or c in categories]
        if not wanted or not (CORPORA / corpus / "data.jsonl").exists():
            continue
        messages = list(rows(corpus))
        for lang in sorted({str(m["lang"]) for m in messages}):
            subset = [m for m in messages if m["lang"] == lang]
            scores = {(system, c): Score() for c in wanted
                      for system in ("chartekit", *(o for o in others if c in PEER_CATEGORIES))}
            started = time.perf_counter()
            fired_by_message = []
            for message in subset:
                verdict = chartekit.moderate(str(message["text"]), charter, lang=lang)
                fired_by_message.append(fired_categories(verdict, charter))
            elapsed = time.perf_counter() - started
            for message, fired in zip(subset, fired_by_message, strict=True):
                text, labels = str(message["text"]), message["labels"]
                for c in wanted:
                    scores[("chartekit", c)].add(c in fired, c in labels, text)  # type: ignore[operator]
            for system, check in others.items():
                for message in subset:
                    text, labels = str(message["text"]), message["labels"]
                    flagged = check(text)
                    for c in wanted:
                        if c in PEER_CATEGORIES:
                            scores[(system, c)].add(flagged, c in labels, text)  # type: ignore[operator]
            if not markdown:
                print(f"# {corpus} [{lang}] n={len(subset)} "
                      f"chartekit {elapsed / len(subset) * 1e6:.0f} µs/message")
            for (system, c), score in scores.items():
                table.append((corpus, lang, c, len(subset), system, score))
                if not markdown:
                    print(f"  {c:14} {system:17} P={score.precision:.3f} R={score.recall:.3f} "
                          f"F1={score.f1:.3f} (tp={score.tp} fp={score.fp} fn={score.fn})")
                if show and system == "chartekit":
                    rng = random.Random(0)
                    for text in rng.sample(score.false_alarms, min(show, len(score.false_alarms))):
                        print(f"     FP {text[:150]!r}")
                    for text in rng.sample(score.misses, min(show, len(score.misses))):
                        print(f"     FN {text[:150]!r}")
    if markdown:
        print("| corpus | lang | category | n | system | precision | recall | F1 |")
        print("|---|---|---|---|---|---|---|---|")
        for corpus, lang, c, n, system, score in table:
            bold = "**" if system == "chartekit" else ""
            print(f"| {corpus} | {lang} | {c} | {n:,} | {bold}{system}{bold} | "
                  f"{score.precision:.3f} | {score.recall:.3f} | {bold}{score.f1:.3f}{bold} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--charter", default="fr")
    parser.add_argument("--category", action="append", help="score only these (repeatable)")
    parser.add_argument("--peers", action="store_true", help="also run the peer filters")
    parser.add_argument("--show", type=int, default=0, help="print N false positives and misses")
    parser.add_argument("--markdown", action="store_true", help="print one markdown table")
    args = parser.parse_args()
    evaluate(chartekit.load_charter(args.charter), set(args.category) if args.category else None,
             args.peers, args.show, args.markdown)


if __name__ == "__main__":
    main()
