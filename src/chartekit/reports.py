"""Render a test report: for people (a table), for programs (JSON), for CI systems
(JUnit XML, GitHub Actions annotations)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import defaultdict

from chartekit.evaluation import Change, Outcome, Report

__all__ = ["FORMATS", "render", "render_diff"]

FORMATS = ("human", "json", "junit", "github")


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _outcome_line(o: Outcome) -> str:
    return f"{o.message.location} [{o.describe()}] {_short(o.message.text)!r}"


def human(report: Report, show: int = 5) -> str:
    lines = [f"charter {report.charter}: {len(report.outcomes)} messages from "
             f"{len(report.corpora)} corpora in {report.seconds:.1f}s", ""]
    metrics = report.metrics()
    if metrics:
        lines.append(f"{'category':16}{'tp':>6}{'fp':>6}{'fn':>6}{'tn':>7}"
                     f"{'precision':>11}{'recall':>8}{'f1':>7}")
        for category, m in metrics.items():
            lines.append(f"{category:16}{m.tp:>6}{m.fp:>6}{m.fn:>6}{m.tn:>7}"
                         f"{m.precision:>11.3f}{m.recall:>8.3f}{m.f1:>7.3f}")
        lines.append("")
    hard, flagged = report.hard_negatives()
    if hard:
        lines.append(f"hard negatives flagged: {flagged}/{hard} ({flagged / hard:.1%})")
    confusion = report.confusion()
    if confusion:
        actions = ["allow", "review", "escalate", "remove"]
        lines.append("actions (rows expected, columns actual): "
                     + " ".join(f"{a:>8}" for a in actions))
        for expected in actions:
            if expected in confusion:
                row = confusion[expected]
                lines.append(f"  {expected:39}" + " ".join(f"{row.get(a, 0):>8}" for a in actions))
    wrong = [o for o in report.outcomes if not o.correct]
    if wrong and show:
        for title, picked in (
            ("false positives", [o for o in wrong if o.false_positives]),
            ("misses", [o for o in wrong if o.misses]),
        ):
            if picked:
                picked.sort(key=lambda o: -max(o.confidences.values(), default=0.0))
                lines.append(f"\n{title} ({len(picked)}; worst {min(show, len(picked))}):")
                for o in picked[:show]:
                    lines.append(f"  {_outcome_line(o)}")
                    lines.extend(f"      {e}" for e in o.explanations[:3])
    if report.problems:
        lines.append(f"\nmalformed corpus lines ({len(report.problems)}):")
        lines.extend(f"  {p}" for p in report.problems[:20])
    if report.gates:
        lines.append("\ngates:")
        for g in report.gates:
            lines.append(f"  {g.describe()}")
            if not g.passed:
                lines.extend(f"    {_outcome_line(o)}" for o in g.culprits[:10])
    if report.baseline is not None:
        b = report.baseline
        lines.append(f"\nbaseline {b.path} (tolerance {b.tolerance:g}): "
                     + ("pass" if b.passed else "FAIL"))
        lines.extend(f"  dropped: {d}" for d in b.drops)
        lines.extend(_changes(b.changes, show=50))
    lines.append("\nPASS" if report.passed else "\nFAIL")
    return "\n".join(lines) + "\n"


def _changes(changes: list[Change] | tuple[Change, ...], show: int) -> list[str]:
    if not changes:
        return ["  no verdict changed"]
    groups: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        groups[change.group].append(change)
    lines = []
    for group, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"  {group}: {len(members)} message{'s' if len(members) != 1 else ''}")
        for c in members[:show]:
            categories = (f"{', '.join(c.before['categories']) or '-'} -> "
                          f"{', '.join(c.after['categories']) or '-'}")
            rules = f" rules: {', '.join(c.rules)}" if c.rules else ""
            lines.append(f"    {c.location} [{categories}]{rules} {_short(c.text)!r}")
    return lines


def junit(report: Report, per_message: bool = False) -> str:
    suites = ET.Element("testsuites", name=f"chartekit test {report.charter}")
    checks = ET.SubElement(suites, "testsuite", name=f"chartekit.{report.charter}.gates")
    count = failures = 0
    for g in report.gates:
        case = ET.SubElement(checks, "testcase", classname=f"chartekit.{report.charter}",
                             name=g.gate.name)
        count += 1
        if not g.passed:
            failures += 1
            failure = ET.SubElement(case, "failure", message=g.describe(), type="gate")
            failure.text = "\n".join(_outcome_line(o) for o in g.culprits)
    if report.baseline is not None:
        b = report.baseline
        case = ET.SubElement(checks, "testcase", classname=f"chartekit.{report.charter}",
                             name=f"baseline {b.path}")
        count += 1
        if not b.passed:
            failures += 1
            failure = ET.SubElement(case, "failure", message="; ".join(b.drops), type="baseline")
            failure.text = "\n".join(_changes(b.changes, show=1000))
    checks.set("tests", str(count))
    checks.set("failures", str(failures))
    checks.set("errors", "0")
    if report.problems:
        errors = ET.SubElement(suites, "testsuite", name=f"chartekit.{report.charter}.corpora",
                               tests=str(len(report.problems)), failures="0",
                               errors=str(len(report.problems)))
        for p in report.problems:
            case = ET.SubElement(errors, "testcase", classname="chartekit.corpus",
                                 name=f"{p.file}:{p.line}", file=p.file, line=str(p.line))
            ET.SubElement(case, "error", message=p.message, type="malformed line")
    if per_message:
        by_corpus: dict[str, list[Outcome]] = defaultdict(list)
        for o in report.outcomes:
            by_corpus[o.corpus].append(o)
        for corpus, outcomes in by_corpus.items():
            wrong = sum(1 for o in outcomes if not o.correct)
            suite = ET.SubElement(suites, "testsuite", name=corpus, tests=str(len(outcomes)),
                                  failures=str(wrong), errors="0")
            for o in outcomes:
                case = ET.SubElement(suite, "testcase", classname=corpus, name=o.message.id,
                                     file=o.message.file, line=str(o.message.line))
                if not o.correct:
                    failure = ET.SubElement(case, "failure", message=o.describe(),
                                            type="verdict")
                    failure.text = "\n".join([o.message.text, *o.explanations])
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github(report: Report, limit: int = 50) -> str:
    lines = []
    for g in report.gates:
        if not g.passed:
            lines.append(f"::error title=chartekit gate::{_escape(g.describe())}")
            for o in g.culprits[:limit]:
                lines.append(f"::error file={o.message.file},line={o.message.line},"
                             f"title={o.describe()}::{_escape(_short(o.message.text, 200))}")
    if report.baseline is not None:
        for drop in report.baseline.drops:
            lines.append(f"::error title=chartekit baseline::{_escape(drop)}")
        for c in report.baseline.changes[:limit]:
            lines.append(f"::warning file={c.location.rsplit(':', 1)[0]},"
                         f"line={c.location.rsplit(':', 1)[-1]},title=verdict {c.group}::"
                         f"{_escape(_short(c.text, 200))}")
    for p in report.problems[:limit]:
        lines.append(f"::warning file={p.file},line={p.line},title=malformed line::"
                     f"{_escape(p.message)}")
    lines.append(f"::notice title=chartekit {report.charter}::"
                 + _escape(", ".join(f"{c} P={m.precision:.3f} R={m.recall:.3f}"
                                     for c, m in report.metrics().items()) or "no metrics"))
    return "\n".join(lines) + "\n" + human(report, show=0)


def render(report: Report, fmt: str, *, show: int = 5, per_message: bool = False) -> str:
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "junit":
        return junit(report, per_message)
    if fmt == "github":
        return github(report)
    return human(report, show)


def render_diff(old: Report, new: Report, changes: list[Change],
                deltas: dict[str, dict[str, float]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps({
            "old": old.charter, "new": new.charter, "messages": len(new.outcomes),
            "changes": [{"id": c.id, "location": c.location, "text": c.text, "before": c.before,
                         "after": c.after, "rules": list(c.rules)} for c in changes],
            "metric_deltas": deltas,
        }, ensure_ascii=False, indent=2) + "\n"
    lines = [f"{old.charter} -> {new.charter}: {len(changes)} of {len(new.outcomes)} "
             f"messages changed verdict"]
    if changes:
        lines.extend(_changes(changes, show=1000))
    if deltas:
        lines.append("\nmetric deltas (new - old):")
        for category, d in deltas.items():
            lines.append(f"  {category:16} " + "  ".join(f"{k} {v:+.3f}" for k, v in d.items()))
    return "\n".join(lines) + "\n"
