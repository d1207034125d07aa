from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.fixture
def charters_dir() -> Path:
    return HERE / "charters"


@pytest.fixture
def regex_charter(tmp_path: Path) -> Callable[..., Path]:
    """A charter file with one custom category holding one regex rule (extra keys: flow YAML)."""

    def write(pattern: str, category: str = "odd", **rule: object) -> Path:
        extra = "".join(f", {key}: {value}" for key, value in rule.items())
        path = tmp_path / "c.yaml"
        path.write_text(
            f"version: 1\nname: c\ncategories:\n  {category}:\n    custom: true\n"
            f"    rules:\n      - {{id: {category}, regex: '{pattern}'{extra}}}\n",
            encoding="utf-8",
        )
        return path

    return write
