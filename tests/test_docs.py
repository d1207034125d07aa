"""Every Python example in README.md and docs/ runs, and every charter example loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import chartekit

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"```(python|yaml)\n(.*?)```", re.S)


def blocks(kind: str) -> list[tuple[str, str]]:
    found = []
    for path in DOCS:
        for index, match in enumerate(BLOCK.finditer(path.read_text(encoding="utf-8"))):
            if match.group(1) == kind:
                found.append((f"{path.name}#{index}", match.group(2)))
    return found


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_python_examples_run(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocks of one page run in order, in one namespace, like a reader would."""
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for where, code in blocks("python"):
        if not where.startswith(f"{path.name}#"):
            continue
        if "load_cases(" in code:
            continue  # a test-module example; the loader is tested in tests/test_cases.py
        exec(compile(code, where, "exec"), namespace)


@pytest.mark.parametrize(("where", "text"), blocks("yaml"), ids=[w for w, _ in blocks("yaml")])
def test_charter_examples_load(where: str, text: str, tmp_path: Path) -> None:
    data = yaml.safe_load(text)
    if not (isinstance(data, dict) and "version" in data):
        pytest.skip("not a charter")
    path = tmp_path / "charter.yaml"
    path.write_text(text, encoding="utf-8")
    charter = chartekit.load_charter(path)
    for example in charter.examples:
        verdict = chartekit.moderate(example.text, charter)
        assert verdict.action is example.action, (where, example.text, verdict.reasons)


SHELL = re.compile(r"^\$ chartekit moderate (.*?)\s+# (allow|review|escalate|remove)\s*$", re.M)


def shell_examples() -> list[tuple[str, str, str]]:
    found = []
    for path in DOCS:
        for match in SHELL.finditer(path.read_text(encoding="utf-8")):
            found.append((path.name, match.group(1), match.group(2)))
    return found


@pytest.mark.parametrize(("page", "arguments", "action"), shell_examples(),
                         ids=[f"{p}:{a[-40:]}" for p, a, _ in shell_examples()])
def test_moderate_examples_in_docs_give_their_action(page: str, arguments: str,
                                                     action: str) -> None:
    import shlex

    from chartekit.cli import main

    argv = shlex.split(arguments)
    verdict_json = run_cli_json(main, ["moderate", "--format", "jsonl", *argv])
    assert verdict_json["action"] == action, (page, arguments, verdict_json["reasons"])


def run_cli_json(main: object, argv: list[str]) -> dict[str, object]:
    import contextlib
    import io
    import json

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert callable(main)
        main(argv)
    return json.loads(out.getvalue().strip().splitlines()[-1])  # type: ignore[no-any-return]
