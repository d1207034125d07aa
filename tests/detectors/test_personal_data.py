from __future__ import annotations

from pathlib import Path

import pytest

import chartekit
from chartekit import Action
from chartekit.detectors.personal_data import spelled_digits


@pytest.mark.parametrize(("words", "digits"), [
    ("zéro six douze trente-quatre cinquante-six soixante-dix-huit", "0612345678"),
    ("zero un quatre-vingt-dix-neuf vingt et un soixante", "01992160"),
    ("zéro sept, quatre-vingts, onze, seize, soixante-douze", "0780111672"),
])
def test_spelled_digits(words: str, digits: str) -> None:
    assert spelled_digits(words) == digits


def test_redacted_copy_masks_every_kind_and_keeps_length() -> None:
    text = "Moi c'est Léa, 06 12 34 56 78, lea.martin@gmail.com, carte 4111 1111 1111 1111."
    verdict = chartekit.moderate(text, "fr")
    masked = verdict.redacted()
    assert len(masked) == len(text)
    for secret in ("06 12", "lea.martin", "4111"):
        assert secret not in masked
    assert masked.startswith("Moi c'est Léa, ")
    assert {r.rule_id for r in verdict.reasons} == {
        "personal_data.phone", "personal_data.email", "personal_data.card"}


def test_normalized_forms_are_canonical() -> None:
    reasons = chartekit.moderate("+33 6 12 34 56 78 / FR76 3000 6000 0112 3456 7890 189",
                                 "fr").reasons
    assert {r.normalized for r in reasons} == {"+33612345678", "FR7630006000011234567890189"}


@pytest.mark.parametrize(("text", "base", "number"), [
    ("Appelez notre service au 09 69 32 15 15", "fr", "09 69 32 15 15"),
    # the UK mobile read after "ring me on" (outside phonenumbers' valid ranges) honours
    # the charter's allow list like every other phone number
    ("ring me on 07700 900417 after 6", "en", "07700 900417"),
])
def test_a_charter_allows_its_own_public_numbers(tmp_path: Path, text: str, base: str,
                                                  number: str) -> None:
    own = tmp_path / "brand.yaml"
    own.write_text(f"version: 1\nname: brand\nextends: {base}\ncategories:\n"
                   f"  personal_data:\n    allow: ['{number}']\n", encoding="utf-8")
    assert chartekit.moderate(text, base).action is Action.REMOVE
    assert chartekit.moderate(text, own).action is Action.ALLOW


def test_service_numbers_are_a_business_s_and_pass() -> None:
    verdict = chartekit.moderate("Numéro vert : 0800 123 456", "fr")
    assert verdict.action is Action.ALLOW
    assert verdict.reasons[0].context[0].kind == "service"


def test_many_digits_and_words_stay_fast_enough_to_finish() -> None:
    text = "0612 " * 2000 + "zéro un deux " * 500
    assert chartekit.moderate(text, "fr").action in (Action.ALLOW, Action.REMOVE)
