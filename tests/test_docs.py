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
