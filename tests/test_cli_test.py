"""`chartekit test` and `chartekit diff`: gates, baselines, reports for CI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from junitparser import Failure, JUnitXml

from chartekit.cli import main

HERE = Path(__file__).parent
SMALL = str(HERE / "corpora" / "small.jsonl")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_failing_gate_exits_one_and_junit_names_the_message(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    code, _, _ = run(capsys, "test", "fr", SMALL, "--min-recall", "insult=0.95",
                     "--format", "junit", "--output", str(report))
    assert code == 1
    xml = JUnitXml.fromfile(str(report))
    cases = {case.name: case for suite in xml for case in suite}
    gate = cases["min-recall insult=0.95"]
    (failure,) = [r for r in gate.result if isinstance(r, Failure)]
    assert "zigouigoui" in failure.text
    assert "small.jsonl:9" in failure.text
    malformed = [name for name in cases if name.endswith((":10", ":11"))]
    assert len(malformed) == 2


def test_passing_gate_exits_zero(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    code, _, _ = run(capsys, "test", "fr", SMALL, "--min-precision", "insult=0.95",
                     "--format", "junit", "--output", str(report))
    assert code == 0
    xml = JUnitXml.fromfile(str(report))
    cases = [case for suite in xml for case in suite if case.name.startswith("min-")]
    assert [c.is_passed for c in cases] == [True]


def test_human_report_shows_metrics_and_misses(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "test", "fr", SMALL, "--min-recall", "insult=0.95")
    assert code == 1
    assert "insult" in out
    assert "hard negatives flagged: 0/3" in out
    assert "missed insult" in out
    assert "small.jsonl:10: invalid JSON" in out
    assert out.rstrip().endswith("FAIL")


def test_json_report_and_baseline(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    code, _, _ = run(capsys, "test", "fr", SMALL, "--baseline", str(baseline),
                     "--update-baseline")
    assert code == 0
    stored = json.loads(baseline.read_text())
    assert stored["metrics"]["insult"]["recall"] < 1
    assert stored["verdicts"]["m1"] == {"action": "remove", "categories": ["insult"]}
    code, out, _ = run(capsys, "test", "fr", SMALL, "--baseline", str(baseline),
                       "--format", "json")
    assert code == 0
    assert json.loads(out)["baseline"] == {
        "path": str(baseline), "tolerance": 0.005, "passed": True, "drops": [], "changed": []}
    # A weaker charter: its recall drops and the changed message is listed.
    code, out, _ = run(capsys, "test", str(HERE / "charters" / "no_connard.yaml"), SMALL,
                       "--baseline", str(baseline), "--no-examples")
    assert code == 1
    assert "dropped: insult recall" in out
    assert "remove -> allow: 1 message" in out
    assert "small.jsonl:1" in out


def test_gates_from_a_config_beside_the_charter(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    charter = tmp_path / "forum.yaml"
    charter.write_text("version: 1\nname: forum\nextends: fr\n", encoding="utf-8")
    (tmp_path / "forum.test.yaml").write_text("gates:\n  min_recall: {insult: 0.99}\n",
                                              encoding="utf-8")
    code, out, _ = run(capsys, "test", str(charter), SMALL)
    assert code == 1
    assert "min-recall insult=0.99" in out


def test_github_annotations(capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = run(capsys, "test", "fr", SMALL, "--min-recall", "insult=0.95")
    assert code == 1
    assert out.startswith("::error title=chartekit gate::min-recall insult=0.95")
    assert "::error file=" in out
    assert "line=9" in out


def test_bad_gate_and_missing_corpus_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "test", "fr", SMALL, "--min-recall", "insult")[0] == 2
    code, _, err = run(capsys, "test", "fr", "nope.jsonl")
    assert code == 2
    assert "cannot read corpus nope.jsonl" in err


def test_diff_lists_exactly_the_messages_with_the_removed_insult(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", "fr", str(HERE / "charters" / "no_connard.yaml"),
                       str(HERE / "corpora" / "diff.jsonl"), "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert sorted(c["id"] for c in result["changes"]) == ["d1", "d2", "d6"]
    assert all(c["before"]["action"] == "remove" for c in result["changes"])
    assert all("insult.fr.strong" in c["rules"] for c in result["changes"])
    assert result["metric_deltas"]["insult"]["recall"] == pytest.approx(-3 / 5)


def test_diff_human_groups_changes(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "diff", "fr", str(HERE / "charters" / "no_connard.yaml"),
                    str(HERE / "corpora" / "diff.jsonl"))
    assert out.startswith("fr -> no-connard: 3 of 7 messages changed verdict")
    assert "remove -> allow: 3 messages" in out
