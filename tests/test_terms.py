from __future__ import annotations

import pytest

from chartekit._terms import TermSyntaxError, expand_term


@pytest.mark.parametrize(
    ("term", "forms"),
    [
        ("connard(e)(s)", ["connard", "connards", "connarde", "connardes"]),
        ("abruti(e|s|es)", ["abrutie", "abrutis", "abruties"]),
        ("(|gros )con", ["con", "gros con"]),
        ("fils de pute", ["fils de pute"]),
        ("encul*", ["encul*"]),
    ],
)
def test_expand(term: str, forms: list[str]) -> None:
    assert sorted(expand_term(term)) == sorted(forms)


@pytest.mark.parametrize("term", ["", "con(nard", "co*nard", "*", "((a))", "(a)" * 9])
def test_bad_terms_are_refused(term: str) -> None:
    with pytest.raises(TermSyntaxError):
        expand_term(term)
