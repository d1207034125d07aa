from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.fixture
def charters_dir() -> Path:
    return HERE / "charters"
