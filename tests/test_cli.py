from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chartekit.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_moderate_json_covers_the_obfuscated_word(capsys: pytest.CaptureFixture[str]) -> None:
    text = "t'es un c 0 n n 4 r d"
    code, out, _ = run(capsys, "moderate", "--charter", "fr", "--format", "json", text)
    verdict = json.loads(out)
    assert code == 1
    assert verdict["action"] == "remove"
    (reason,) = [r for r in verdict["reasons"] if r["category"] == "insult"]
    assert (reason["start"], reason["end"]) == (text.index("c 0"), len(text))
    assert reason["normalized"] == "connard"


def test_moderate_clean_message_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "moderate", "--format", "json", "Le conseil municipal de Concarneau")
    assert code == 0
    assert json.loads(out)["action"] == "allow"


def test_moderate_text_format_highlights_the_span(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "moderate", "T'es qu'un c0nnard")
    assert code == 1
    assert out.startswith("REMOVE")
    assert "T'es qu'un [[c0nnard]]" in out
    assert "insult.fr.strong" in out


def test_moderate_reads_stdin_lines_as_jsonl(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Bonjour à tous\nsale connard\n"))
    code, out, _ = run(capsys, "moderate", "--format", "jsonl")
    actions = [json.loads(line)["action"] for line in out.splitlines()]
    assert (code, actions) == (1, ["allow", "remove"])


def test_check_reports_three_located_errors(capsys: pytest.CaptureFixture[str],
                                            charters_dir: Path) -> None:
    code, _, err = run(capsys, "check", str(charters_dir / "three_mistakes.yaml"))
    located = [line for line in err.splitlines()
               if re.search(r"three_mistakes\.yaml:\d+:\d+: ", line)]
    assert code == 2
    assert len(located) == 3
    assert err.splitlines()[-1].endswith("three_mistakes.yaml: 3 problems")


def test_check_runs_examples(capsys: pytest.CaptureFixture[str], charters_dir: Path) -> None:
    code, out, _ = run(capsys, "check", "fr", str(charters_dir / "newspaper.yaml"))
    assert code == 0, out
    assert "examples 4/4 pass" in out


def test_check_fails_on_a_wrong_example(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    charter = tmp_path / "c.yaml"
    charter.write_text('version: 1\nname: c\nextends: fr\nexamples:\n'
                       '  - {text: "Bonjour", action: remove}\n', encoding="utf-8")
    code, out, _ = run(capsys, "check", str(charter))
    assert code == 1
    assert "c.yaml:5: example 'Bonjour': action allow, expected remove" in out


def test_explain_shows_normalised_text_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "T'es qu'un c0nn4rd")
    assert code == 1
    assert "normalised: t'es qu'un c0nn4rd" in out
    assert "c0nn4rd->connard" in out
    assert "insult / insult.fr.strong at 11-18" in out


def test_unknown_charter_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "moderate", "--charter", "nope", "bonjour")
    assert code == 2
    assert "no bundled charter or file named 'nope'" in err


def test_usage_error_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["moderate", "--format", "xml", "x"])
    assert info.value.code == 2


def test_version_says_how_chartekit_was_built(capsys: pytest.CaptureFixture[str]) -> None:
    from chartekit._build import build

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("chartekit ")
    assert f"({build()})" in out
    assert build() in ("compiled", "pure Python")
