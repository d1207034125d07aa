"""The mypyc-compiled build (hatch_build.py) behaves like the pure-Python sources, and a
build that cannot compile still installs, as pure Python."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from chartekit._build import build
from chartekit.matchers import facts_table

ROOT = Path(__file__).resolve().parents[1]

# Every case of tests/cases, plus inputs the robustness tests use, through both builds.
VERDICTS = """
import json, sys
from pathlib import Path
import chartekit
from chartekit._build import build
from chartekit.testing import load_cases

print(build())
odd = ["", " ", "\\x00", "a" * 100_000, "🙂" * 2_000, "ＣＯＮＮＡＲＤ", "c\\u200bo\\u200bn",
       "06 12 34 56 78 " * 300, "http://" + "x." * 5_000]
for text in odd:
    print(json.dumps(chartekit.moderate(text, "fr").to_dict(), sort_keys=True))
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    for case in load_cases(path):
        verdict = chartekit.moderate(case.text, case.charter or "fr", author=case.author,
                                     lang=case.lang, protected_names=case.protected_names,
                                     protected_brands=case.protected_brands)
        print(json.dumps(verdict.to_dict(), sort_keys=True))
"""


def _verdicts(pythonpath: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run([sys.executable, "-c", VERDICTS, str(ROOT / "tests" / "cases")],
                          capture_output=True, text=True, check=True, env=env, cwd=ROOT.parent)
    return done.stdout.splitlines()


@pytest.mark.skipif(build() != "compiled", reason="a pure-Python install: nothing to compare")
def test_compiled_and_pure_python_give_the_same_verdicts() -> None:
    compiled = _verdicts(None)
    pure = _verdicts(str(ROOT / "src"))
    assert compiled[0] == "compiled"
    assert pure[0] == "pure Python"
    assert len(compiled) > 500
    assert compiled[1:] == pure[1:]


@pytest.mark.skipif("CHARTEKIT_EXPECT_BUILD" not in os.environ,
                    reason="CHARTEKIT_EXPECT_BUILD names the build to expect (.ci/run sets it)")
def test_the_expected_build_is_installed() -> None:
    assert build() == os.environ["CHARTEKIT_EXPECT_BUILD"]
    # a wheel, compiled or not, ships the bundled patterns' facts (hatch_build.py)
    assert facts_table.TABLE_PATH.is_file()


def _wheel(tmp_path: Path, **env: str) -> tuple[Path, str]:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, check=False, env={**os.environ, **env})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = tmp_path.glob("*.whl")
    return wheel, done.stdout + done.stderr


def _needs_build_tools() -> None:
    for module in ("hatchling", "mypyc", "setuptools"):
        pytest.importorskip(module, reason="the test extra installs the build tools")


def test_a_build_that_cannot_compile_installs_pure_python(tmp_path: Path) -> None:
    _needs_build_tools()
    wheel, log = _wheel(tmp_path, CC="false")  # a C compiler that always fails
    assert wheel.name.endswith("-py3-none-any.whl")
    assert "mypyc compilation failed" in log
    names = zipfile.ZipFile(wheel).namelist()
    assert "chartekit/_tokens.py" in names
    assert "chartekit/data/pattern_facts.json" in names  # it needs no compiler
    assert not [n for n in names if n.endswith((".so", ".pyd"))]


def test_chartekit_pure_python_skips_compilation(tmp_path: Path) -> None:
    _needs_build_tools()
    wheel, _ = _wheel(tmp_path, CHARTEKIT_PURE_PYTHON="1")
    assert wheel.name.endswith("-py3-none-any.whl")
    assert "chartekit/data/pattern_facts.json" in zipfile.ZipFile(wheel).namelist()


@pytest.mark.skipif(not facts_table.TABLE_PATH.is_file(),
                    reason="no pattern facts table: not an installed wheel")
def test_the_shipped_pattern_facts_are_what_loading_would_work_out() -> None:
    patterns = facts_table.bundled_patterns()
    assert len(patterns) > 50
    for pattern in patterns:
        shipped = facts_table.lookup(pattern)
        assert shipped is not None, pattern[:80]
        assert shipped == facts_table.compute(pattern), pattern[:80]
