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


# One clear example per category (the docs' examples), timed through moderate().
CATEGORY_EXAMPLES = {
    "insult": "t'es un c 0 n n 4 r d",
    "sobriquet": "Darmanain en visite à Lyon",
    "hate": "Les migrants sont des rats, dehors !",
    "personal_data": "Appelle-moi au 06 12 34 56 78 ou jean.dupont@gmail.com",
    "flood": "nul nul nul nul nul nul nul nul nul nul",
    "threat": "Je vais te retrouver et te faire la peau",
    "self_harm": "Je n'en peux plus, je veux mourir",
    "scam": "Grand voyant médium, retour de l'être aimé en 7 jours",
    "impersonation": "Télécharge la saison 3 sur yggtorrent",
    "defamation": "Le maire Dupont a volé la caisse de l'association",
    "caps": "JE VEUX ÊTRE REMBOURSÉ IMMÉDIATEMENT",
}


@pytest.mark.parametrize("category", list(CATEGORY_EXAMPLES))
def test_moderate_per_category(benchmark: Any, category: str) -> None:
    verdict = benchmark(chartekit.moderate, CATEGORY_EXAMPLES[category], CHARTER)
    assert category in verdict.categories


@pytest.mark.parametrize("name", list(MESSAGES))
def test_moderate(benchmark: Any, name: str) -> None:
    text = MESSAGES[name]
    verdict = benchmark(chartekit.moderate, text, CHARTER)
    assert (verdict.action is chartekit.Action.ALLOW) == name.startswith("clean")


# Dense long messages: every sentence has a quote, a number, an insult or a link, so a
# step that is quadratic in the number of hits shows here (docs/performance.md).
DENSE = (
    "« T'es qu'un connard », m'a écrit Paul. Appelle le 06 12 34 56 78 ou écris à "
    "paul.martin@example.com. Commande n° 4512 7788 livrée ? Sale con ! Voir www.exemple.fr. "
)


@pytest.mark.parametrize("size", [1_000, 10_000, 100_000])
def test_moderate_dense_long_message(benchmark: Any, size: int) -> None:
    text = (DENSE * (size // len(DENSE) + 1))[:size]
    verdict = benchmark.pedantic(chartekit.moderate, (text, CHARTER), rounds=3, iterations=1)
    assert {"insult", "personal_data"} <= set(verdict.categories)


# One short unit repeated: inputs that made a path of this session's quadratic (links
# re-searched after every e-mail, a run of one-letter words walked once per letter).
REPEATED = ["a@b.c@", "a+b@c.", "u ", "c t ", "jvais te "]


@pytest.mark.parametrize("size", [10_000, 100_000])
@pytest.mark.parametrize("unit", REPEATED)
def test_moderate_repeated_unit(benchmark: Any, unit: str, size: int) -> None:
    text = (unit * (size // len(unit) + 1))[:size]
    verdict = benchmark.pedantic(chartekit.moderate, (text, CHARTER), rounds=1, iterations=1)
    assert verdict.text == text


def test_compile_fr_charter(benchmark: Any) -> None:
    sources, problems = _read_chain(_resolve("fr"))
    assert not problems
    charter = benchmark(_compile, sources)
    assert charter.rules
