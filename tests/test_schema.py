"""The shipped JSON Schema agrees with the loader on the bundled and test charters."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

import chartekit
from chartekit._charter import _bundled_dir
from chartekit._normalize import NormalizationOptions
from chartekit._validate import ACTIONS
from chartekit.detectors import DETECTORS

SCHEMA = json.loads((resources.files("chartekit") / "schema" / "charter.schema.json").read_text())
TESTS = Path(__file__).parent
BUNDLED = _bundled_dir()
CHARTERS = [*(BUNDLED.glob("*.yaml") if BUNDLED else []), TESTS / "charters" / "newspaper.yaml"]


@pytest.mark.parametrize("path", CHARTERS, ids=lambda p: p.name)
def test_valid_charters_pass_the_schema(path: Path) -> None:
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), SCHEMA)


def test_broken_charter_fails_the_schema() -> None:
    data = yaml.safe_load((TESTS / "charters" / "three_mistakes.yaml").read_text())
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(data))
    assert errors


def test_schema_lists_what_the_loader_knows() -> None:
    category = SCHEMA["properties"]["categories"]["additionalProperties"]["properties"]
    assert tuple(category["action"]["enum"]) == ACTIONS
    assert set(category["detector"]["enum"]) == set(DETECTORS)
    steps = SCHEMA["properties"]["normalization"]["properties"]
    assert set(steps) == set(NormalizationOptions.names())


def test_bundled_charters_load() -> None:
    for name in chartekit.bundled_charters():
        assert chartekit.load_charter(name).rules
