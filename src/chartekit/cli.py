"""The ``chartekit`` command: moderate, check, explain, test and diff.

Exit codes follow sqlfluff: 0 clean or passing, 1 violations or failing examples,
2 a usage error or a broken charter.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import yaml

from chartekit import __version__
from chartekit._build import build
from chartekit._charter import Charter, load_charter
from chartekit._errors import CharterError
from chartekit._moderator import analyse
from chartekit._normalize import normalize
from chartekit._tokens import tokenize
from chartekit._verdict import Action, Verdict
from chartekit.corpus import Corpus, read_corpus
from chartekit.evaluation import (
    Gate,
    Progress,
    check_gates,
    compare_baseline,
    diff,
    evaluate,
    examples_corpus,
)
from chartekit.reports import FORMATS, render, render_diff
from chartekit.testing import Case, failures

__all__ = ["main"]

EXIT_OK, EXIT_FLAGGED, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chartekit", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version",
                        version=f"chartekit {__version__} ({build()})")
    commands = parser.add_subparsers(dest="command", required=True)

    def context(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--charter", "-c", default="fr",
                         help="a bundled charter name or a YAML file (default: fr)")
        sub.add_argument("--author", help="handle of the poster")
        sub.add_argument("--thread", help="the thread or article the message belongs to")
        sub.add_argument("--lang", help="the message's language, skipping detection")
        sub.add_argument("--protected-name", action="append", default=[], metavar="NAME",
                         help="a person's name to protect for this call (repeatable)")
        sub.add_argument("--protected-brand", action="append", default=[], metavar="BRAND",
                         help="a brand to protect for this call (repeatable)")

    moderate = commands.add_parser("moderate", help="moderate messages (arguments or stdin)")
    moderate.add_argument("texts", nargs="*", metavar="TEXT")
    context(moderate)
    moderate.add_argument("--format", "-f", choices=("text", "json", "jsonl"), default="text")

    check = commands.add_parser("check", help="validate charters and run their examples")
    check.add_argument("charters", nargs="+", metavar="CHARTER")

    test = commands.add_parser("test", help="measure a charter on labelled corpora, with gates")
    test.add_argument("charter", metavar="CHARTER")
    test.add_argument("corpora", nargs="*", metavar="CORPUS", help="JSONL or CSV files")
    test.add_argument("--annotated-for", metavar="CATEGORIES",
                      help="comma-separated categories the corpora were annotated for")
    for metric in ("precision", "recall", "f1"):
        test.add_argument(f"--min-{metric}", action="append", default=[],
                          metavar="CATEGORY=VALUE", help=f"fail when {metric} is below VALUE")
    test.add_argument("--config", metavar="FILE",
                      help="gates and options in YAML (default: <charter>.test.yaml beside it)")
    test.add_argument("--baseline", metavar="FILE", help="compare with a stored JSON report")
    test.add_argument("--update-baseline", action="store_true",
                      help="write this run's report to --baseline")
    test.add_argument("--tolerance", type=float, default=None,
                      help="metric drop allowed against the baseline (default 0.005)")
    test.add_argument("--format", "-f", choices=("auto", *FORMATS), default="auto",
                      help="auto: github when GITHUB_ACTIONS is set, else human")
    test.add_argument("--output", "-o", metavar="FILE", help="write the report here")
    test.add_argument("--junit-messages", action="store_true",
                      help="JUnit: also one test case per corpus message")
    test.add_argument("--no-examples", action="store_true",
                      help="leave out the charter's own examples")
    test.add_argument("--show", type=int, default=5, help="worst misses and false positives")

    diff = commands.add_parser("diff", help="messages whose verdict changes between charters")
    diff.add_argument("old", metavar="OLD_CHARTER")
    diff.add_argument("new", metavar="NEW_CHARTER")
    diff.add_argument("corpora", nargs="+", metavar="CORPUS")
    diff.add_argument("--annotated-for", metavar="CATEGORIES")
    diff.add_argument("--format", "-f", choices=("human", "json"), default="human")
    diff.add_argument("--output", "-o", metavar="FILE")

    explain = commands.add_parser("explain", help="show the normalised text and every hit")
    explain.add_argument("texts", nargs="+", metavar="TEXT")
    context(explain)
    return parser


def _highlight(verdict: Verdict, color: bool) -> str:
    text, out, cursor = verdict.text, [], 0
    open_, close = ("\x1b[7m", "\x1b[0m") if color else ("[[", "]]")
    # Reasons about the author's handle (impersonation) have no span in the text.
    for start, end in sorted({(r.start, r.end) for r in verdict.reasons if r.end > r.start}):
        if start < cursor:
            continue
        out += [text[cursor:start], open_, text[start:end], close]
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def _print_text(verdict: Verdict, stream: TextIO) -> None:
    color = stream.isatty()
    cats = ", ".join(f"{name} {conf:.2f}" for name, conf in verdict.categories.items())
    head = f"{verdict.action.value.upper():8} {cats or '-'}"
    if verdict.alerts:
        head += f"  ALERT: {', '.join(verdict.alerts)}"
    print(f"{head}\n  {_highlight(verdict, color)}", file=stream)
    for reason in verdict.reasons:
        print(f"  - {reason.rule_id}: {reason.explanation}", file=stream)
    for warning in verdict.warnings:
        print(f"  ! {warning}", file=stream)


def _texts(args: argparse.Namespace) -> Iterator[str]:
    if args.texts:
        yield from args.texts
    else:
        for line in sys.stdin:
            yield line.rstrip("\n")


def _verdict(charter: Charter, text: str, args: argparse.Namespace) -> Verdict:
    return analyse(charter, text, author=args.author, thread=args.thread, lang=args.lang,
                   protected_names=args.protected_name, protected_brands=args.protected_brand)


def _moderate(args: argparse.Namespace) -> int:
    charter = load_charter(args.charter)
    flagged = False
    collected: list[dict[str, object]] = []
    for text in _texts(args):
        verdict = _verdict(charter, text, args)
        flagged |= verdict.action is not Action.ALLOW
        if args.format == "text":
            _print_text(verdict, sys.stdout)
        elif args.format == "jsonl":
            print(json.dumps(verdict.to_dict(), ensure_ascii=False), flush=True)
        else:
            collected.append(verdict.to_dict())
    if args.format == "json":
        payload: object = collected[0] if len(collected) == 1 else collected
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    return EXIT_FLAGGED if flagged else EXIT_OK


def _check(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in args.charters:
        try:
            charter = load_charter(name)
        except CharterError as exc:
            for problem in exc.problems:
                print(str(problem), file=sys.stderr)
            count = len(exc.problems)
            print(f"{name}: {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        failed = 0
        for example in charter.examples:
            case = Case(example.text, example.action, example.categories, lang=example.lang,
                        author=example.author)
            verdict = analyse(charter, example.text, author=example.author, lang=example.lang)
            problems = failures(case, verdict, charter)
            if problems:
                failed += 1
                print(f"{example.file}:{example.line}: example {example.text!r}: "
                      f"{'; '.join(problems)}")
                for reason in verdict.reasons:
                    print(f"    {reason.explanation}")
        total = len(charter.examples)
        print(f"{name}: valid, {len(charter.rules)} rules; examples {total - failed}/{total} pass")
        if failed and status == EXIT_OK:
            status = EXIT_FLAGGED
    return status


def _explain(args: argparse.Namespace) -> int:
    charter = load_charter(args.charter)
    flagged = False
    for text in args.texts:
        verdict = _verdict(charter, text, args)
        flagged |= verdict.action is not Action.ALLOW
        norm = normalize(text, charter.normalization)
        print(f"text:       {text}")
        print(f"normalised: {norm.folded}")
        readings = [f"{t.text}->{'|'.join(f for f, _ in t.forms[1:])}"
                    for t in tokenize(norm.folded, charter.normalization) if len(t.forms) > 1]
        if readings:
            print(f"readings:   {', '.join(readings)}")
        print(f"language:   {verdict.language}   charter: {charter.name}")
        if not verdict.reasons:
            print("no rule fired")
        for reason in verdict.reasons:
            print(f"- {reason.category} / {reason.rule_id} at {reason.start}-{reason.end}: "
                  f"{reason.explanation}")
        scores = ", ".join(f"{k} {v:.2f}" for k, v in verdict.categories.items())
        print(f"verdict:    {verdict.action.value}" + (f" ({scores})" if scores else ""))
        if verdict.alerts:
            print(f"alerts:     {', '.join(verdict.alerts)}")
        print()
    return EXIT_FLAGGED if flagged else EXIT_OK


class UsageError(Exception):
    """A command-line or corpus mistake: exit 2 with this message."""


def _corpora(paths: Sequence[str], annotated: str | None) -> list[Corpus]:
    categories = [c.strip() for c in annotated.split(",") if c.strip()] if annotated else None
    corpora = []
    for path in paths:
        try:
            corpora.append(read_corpus(path, annotated_for=categories))
        except OSError as exc:
            raise UsageError(f"cannot read corpus {path}: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:
            raise UsageError(f"corpus {path} is not UTF-8: {exc.reason}") from exc
    return corpora


def _config(args: argparse.Namespace) -> dict[str, Any]:
    path = Path(args.config) if args.config else None
    if path is None:
        beside = Path(args.charter)
        if beside.suffix in (".yaml", ".yml") and beside.with_suffix(".test.yaml").is_file():
            path = beside.with_suffix(".test.yaml")
    if path is None:
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"cannot read test config {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a mapping")
    return data


def _gates(args: argparse.Namespace, config: dict[str, Any]) -> list[Gate]:
    gates = []
    try:
        for metric in ("precision", "recall", "f1"):
            for category, value in (config.get("gates", {}).get(f"min_{metric}") or {}).items():
                gates.append(Gate.parse(metric, f"{category}={value}"))
            for spec in getattr(args, f"min_{metric}"):
                gates.append(Gate.parse(metric, spec))
    except (ValueError, AttributeError) as exc:
        raise UsageError(f"bad gate: {exc}") from exc
    return gates


def _emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _test(args: argparse.Namespace) -> int:
    config = _config(args)
    charter = load_charter(args.charter)
    corpora = _corpora(args.corpora, args.annotated_for or (
        ",".join(config["annotated_for"]) if config.get("annotated_for") else None))
    if not args.no_examples and charter.examples:
        corpora.append(examples_corpus(charter))
    if not corpora:
        raise UsageError("nothing to test: give a corpus, or a charter with examples")
    gates = _gates(args, config)
    total = sum(len(c.messages) for c in corpora)
    progress = Progress(total)
    report = evaluate(charter, corpora, on_progress=progress.update)
    progress.close()
    report.gates = check_gates(report, gates)
    baseline = args.baseline or config.get("baseline")
    tolerance = args.tolerance if args.tolerance is not None else float(
        config.get("tolerance", 0.005))
    if baseline and args.update_baseline:
        Path(baseline).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
                                  + "\n", encoding="utf-8")
        print(f"baseline written to {baseline}", file=sys.stderr)
    elif baseline:
        try:
            report.baseline = compare_baseline(report, baseline, tolerance)
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot read baseline {baseline}: {exc}") from exc
    fmt = args.format
    if fmt == "auto":
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "human"
    _emit(render(report, fmt, show=args.show, per_message=args.junit_messages), args.output)
    return EXIT_OK if report.passed else EXIT_FLAGGED


def _diff(args: argparse.Namespace) -> int:
    old, new = load_charter(args.old), load_charter(args.new)
    corpora = _corpora(args.corpora, args.annotated_for)
    before, after = evaluate(old, corpora), evaluate(new, corpora)
    changes, deltas = diff(before, after)
    _emit(render_diff(before, after, changes, deltas, args.format), args.output)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {"moderate": _moderate, "check": _check, "explain": _explain, "test": _test,
               "diff": _diff}[args.command]
    try:
        return handler(args)
    except CharterError as exc:
        print(f"chartekit: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except UsageError as exc:
        print(f"chartekit: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
