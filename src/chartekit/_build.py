"""How this copy of chartekit was built: mypyc-compiled or pure Python (see hatch_build.py)."""

from __future__ import annotations

import importlib.machinery

from chartekit import _tokens

__all__ = ["build"]


def build() -> str:
    """``"compiled"`` when the per-message modules are mypyc extensions, else ``"pure Python"``."""
    compiled = (_tokens.__file__ or "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    return "compiled" if compiled else "pure Python"
