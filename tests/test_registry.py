"""Every detector and matcher module is registered: none is forgotten."""

from __future__ import annotations

import pkgutil

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
    for module in pkgutil.iter_modules(chartekit.matchers.__path__):
        assert f"chartekit.matchers.{module.name} import" in source
