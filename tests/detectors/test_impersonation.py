from __future__ import annotations

from pathlib import Path

import pytest

import chartekit
from chartekit import Action
from chartekit.detectors.impersonation import imitated_brand

BRANDS = {"sncf": "SNCF", "amazon": "Amazon", "paypal": "PayPal", "laposte": "La Poste"}


@pytest.mark.parametrize(("handle", "how"), [
    ("SNCF_Support_Officiel", "decorated"),
    ("Amaz0n", "disguised"),
    ("PayPaI", "disguised"),
    ("amazon_ooficiel", "decorated"),
    ("LaPosteOfficiel", "decorated"),
    ("Amazonn", "look-alike"),
])
def test_imitations(handle: str, how: str) -> None:
    found = imitated_brand(handle, BRANDS)
    assert found is not None
    assert found[1] == how


@pytest.mark.parametrize("handle", ["SNCF", "Amazon", "sncf_fan_club", "NotAmazon_Parody",
                                    "amazonia_lover", "paul_sncf_44"])
def test_real_and_fan_handles_pass(handle: str) -> None:
    assert imitated_brand(handle, BRANDS) is None


def test_official_handles_option(tmp_path: Path) -> None:
    own = tmp_path / "brand.yaml"
    own.write_text("version: 1\nname: brand\nextends: fr\ncategories:\n  impersonation:\n"
                   "    options: {official_handles: [Acme_Support]}\n", encoding="utf-8")
    text = "Bonjour, écrivez-nous en privé"
    assert chartekit.moderate(text, own, author="Acme_Support",
                              protected_brands=["Acme"]).action is Action.ALLOW
    assert chartekit.moderate(text, own, author="Acme_Support_Officiel",
                              protected_brands=["Acme"]).action is Action.REMOVE
    reason = chartekit.moderate(text, own, author="Acme_Support_Officiel",
                                protected_brands=["Acme"]).reasons[0]
    assert reason.term == "Acme"
    assert "Acme_Support_Officiel" in reason.context[0].text


def test_a_handle_in_the_text_is_named_with_its_span() -> None:
    text = "Ici le vrai compte (Amaz0n_Support_FR), écrivez-nous en MP"
    (found,) = [r for r in chartekit.moderate(text, "fr").reasons
                if r.rule_id == "impersonation.text_handle"]
    assert text[found.start:found.end] == "Amaz0n_Support_FR"
    assert found.term == "Amazon"
    assert "handle 'Amaz0n_Support_FR' at 20-37 imitates 'Amazon'" in found.explanation
    # the same handle named to warn about it is no impersonation
    warning = chartekit.moderate("Attention, Amaz0n_Support_FR est un faux compte", "fr")
    assert warning.action is Action.ALLOW
