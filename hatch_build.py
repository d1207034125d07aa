"""Wheel build hook: compile chartekit's per-message modules with mypyc, or stay pure Python.

The modules every message goes through (normalising, tokenizing, the matchers, the
detectors) are typed, ``mypy --strict`` clean Python; mypyc turns them into one C
extension, which runs the bundled ``fr`` charter about 1.4x faster (docs/performance.md).
The public modules (``chartekit.moderate``, the charter loader, verdicts, the flood
memory, the CLI) stay interpreted, so what callers pass, subclass or pickle behaves the
same either way, and the ``.py`` sources ship beside the extension.

The hook also works out what loading a charter learns from each bundled regex pattern
(its syntax checked, its engine chosen, the strings its gate tests) and ships it as
``chartekit/data/pattern_facts.json``: without it, ``load_charter("fr")`` spends most of
its time in the standard library's regex parser (``chartekit/matchers/facts_table.py``).
That needs the runtime dependencies in the build environment
(``require-runtime-dependencies`` in pyproject.toml); if it fails, the wheel works it out
at load time instead.

Compilation happens in a temporary copy of ``src/`` (the work tree never gets ``.so``
files that would shadow edited sources). It is skipped for editable installs, and when
``CHARTEKIT_PURE_PYTHON=1`` is set; if it fails (no C compiler, no Python headers), the
build says why and produces the pure-Python wheel instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Relative to src/chartekit. Internal modules only: see the module docstring.
COMPILED = (
    "_language.py", "_model.py", "_normalize.py", "_pipeline.py", "_scoring.py", "_spelling.py",
    "_terms.py",
    "_tokens.py", "matchers/__init__.py", "matchers/branches.py", "matchers/fuzzy.py",
    "matchers/lexicon.py",
    "matchers/prefilter.py", "matchers/regex.py", "detectors/_context.py",
    "detectors/_phones.py", "detectors/caps.py", "detectors/defamation.py",
    "detectors/flood.py", "detectors/hate.py", "detectors/impersonation.py",
    "detectors/insult.py", "detectors/personal_data.py", "detectors/rules.py",
    "detectors/scam.py", "detectors/self_harm.py", "detectors/sobriquet.py",
    "detectors/threat.py",
)

# mypy reads the modules' types; third-party modules without stubs are read as Any.
MYPY_CONFIG = """\
[mypy]
python_version = {major}.{minor}
ignore_missing_imports = True
"""

SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(name="chartekit-compiled", script_args=["build_ext", "--inplace"],
      ext_modules=mypycify(["--config-file", "mypy.ini", *{paths!r}], opt_level="3",
                           group_name="chartekit"))
"""


class CompiledCoreHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._scratch: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        self._scratch = tempfile.mkdtemp(prefix="chartekit-build-")
        self._write_facts(Path(self._scratch), build_data)
        if os.environ.get("CHARTEKIT_PURE_PYTHON", "") not in ("", "0"):
            self.app.display_info("chartekit: CHARTEKIT_PURE_PYTHON is set, pure-Python wheel")
            return
        try:
            built = self._compile(Path(self._scratch))
        except Exception as error:  # any failure: fall back, never fail the install
            self.app.display_warning(f"chartekit: mypyc compilation failed, building the "
                                     f"pure-Python wheel instead ({error})")
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)
        self.app.display_info(f"chartekit: compiled {len(COMPILED)} modules with mypyc")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def _write_facts(self, scratch: Path, build_data: dict[str, Any]) -> None:
        """Ship the bundled patterns' facts table; warn and go on without it on failure."""
        out = scratch / "pattern_facts.json"
        # src/ first (it reads charters/ beside it), then whatever the build environment
        # puts on the path: pip's isolated builds reach their packages through PYTHONPATH.
        path = [str(Path(self.root) / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
        done = subprocess.run(
            [sys.executable, "-c", "import sys; from chartekit.matchers.facts_table import main; "
             "main(sys.argv[1])", str(out)],
            cwd=scratch, env=env, capture_output=True, text=True, check=False)
        if done.returncode or not out.is_file():
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-5:])
            self.app.display_warning(f"chartekit: no pattern facts table, charters will load "
                                     f"slower ({tail})")
            return
        build_data["force_include"][str(out)] = "chartekit/data/pattern_facts.json"
        self.app.display_info(f"chartekit: pattern facts table, {done.stdout.strip()}")

    def _compile(self, scratch: Path) -> dict[str, str]:
        """Build the extension in ``scratch``; map each built file to its place in the wheel."""
        src = scratch / "src"
        shutil.copytree(Path(self.root) / "src", src,
                        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        (src / "mypy.ini").write_text(MYPY_CONFIG.format(major=sys.version_info[0],
                                                         minor=sys.version_info[1]))
        paths = [f"chartekit/{name}" for name in COMPILED]
        (src / "setup.py").write_text(SETUP.format(paths=paths))
        done = subprocess.run([sys.executable, "setup.py"], cwd=src, capture_output=True,
                              text=True, check=False)
        if done.returncode:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            raise RuntimeError(f"mypyc exited with {done.returncode}:\n{tail}")
        # The shared library lands beside the package, one extension beside each module
        # (setuptools' own build/ directory holds copies: not those).
        found = [path for suffix in ("*.so", "*.pyd")
                 for path in (*src.glob(suffix), *(src / "chartekit").rglob(suffix))]
        built = {str(path): path.relative_to(src).as_posix() for path in found}
        expected = len(COMPILED) + 1  # one extension a module, plus the shared library
        if len(built) < expected:
            raise RuntimeError(f"mypyc built {len(built)} extensions, expected {expected}")
        return built
