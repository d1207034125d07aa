"""Speed of the engine core (pytest-benchmark).

Run: ``python -m pytest benchmarks --benchmark-only``; numbers are recorded in
docs/benchmarks.md with the machine they were measured on. Accuracy on the shared
corpora lives in scripts under benchmarks/ too, never in the unit tests.
"""

from __future__ import annotations

from typing import Any

import pytest

import chartekit
from chartekit._charter import _compile, _read_chain, _resolve

CHARTER = chartekit.load_charter("fr")
MESSAGES = {
    "clean_short": "Merci pour cet article, très instructif.",
    "insult_obfuscated": "t'es vraiment un c 0 n n 4 r d, dégage !",
    "clean_long": (
        "Le conseil municipal de Concarneau s'est réuni jeudi soir pour discuter du budget "
        "de l'assistance aux personnes âgées et de la rénovation du port. "
    ) * 10,
}


@pytest.mark.parametrize("name", list(MESSAGES))
def test_moderate(benchmark: Any, name: str) -> None:
    text = MESSAGES[name]
    verdict = benchmark(chartekit.moderate, text, CHARTER)
    assert (verdict.action is chartekit.Action.ALLOW) == name.startswith("clean")


def test_compile_fr_charter(benchmark: Any) -> None:
    sources, problems = _read_chain(_resolve("fr"))
    assert not problems
    charter = benchmark(_compile, sources)
    assert charter.rules
