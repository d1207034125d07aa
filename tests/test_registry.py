"""Every detector and matcher module is registered: none is forgotten."""

from __future__ import annotations

import pkgutil
import re
from pathlib import Path

import chartekit.detectors
import chartekit.matchers
from chartekit.detectors import DETECTORS


def test_every_detector_module_is_registered() -> None:
    modules = {m.name for m in pkgutil.iter_modules(chartekit.detectors.__path__)
               if not m.name.startswith("_")}  # private helpers, not detectors
    assert modules == set(DETECTORS)
    for name, module in DETECTORS.items():
        assert module.__name__ == f"chartekit.detectors.{name}"
        assert isinstance(module.NEEDS_HITS, bool)
        assert callable(module.detect)


def test_every_matcher_module_is_used_by_the_charter_compiler() -> None:
    import inspect

    from chartekit import _charter

    source = inspect.getsource(_charter)
    used = [m.name for m in pkgutil.iter_modules(chartekit.matchers.__path__)
            if f"chartekit.matchers.{m.name} import" in source]
    # The sources, read from their files: a compiled module has no source to inspect.
    folder = Path(chartekit.matchers.__path__[0])
    matchers = "".join((folder / f"{name}.py").read_text(encoding="utf-8") for name in used)
    for module in pkgutil.iter_modules(chartekit.matchers.__path__):
        # used by the compiler, or by a matcher it uses (the facts table: regex, prefilter)
        imported = re.search(rf"import [\w, ]*\b{module.name}\b", matchers)
        assert module.name in used or imported, module.name
