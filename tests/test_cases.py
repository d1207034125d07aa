"""Charter behaviour, one YAML case file per category or feature (tests/cases/*.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chartekit.testing import Case, check_case, load_cases

CASES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))
ALL = [case for path in CASES for case in load_cases(path)]


@pytest.mark.parametrize("case", ALL, ids=str)
def test_case(case: Case) -> None:
    check_case(case)


def test_every_case_file_has_cases() -> None:
    assert CASES
    for path in CASES:
        assert load_cases(path), path
