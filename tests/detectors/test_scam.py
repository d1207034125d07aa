from __future__ import annotations

import chartekit
from chartekit import Action


def test_offer_alone_is_below_review_and_paired_is_removed() -> None:
    alone = chartekit.moderate("Revenus passifs, ça fait rêver", "fr")
    paired = chartekit.moderate("Revenus passifs garantis, écrivez-moi sur WhatsApp", "fr")
    assert alone.action is Action.ALLOW
    assert paired.action is Action.REMOVE
    assert {c.kind for r in paired.reasons for c in r.context} == {"pairing"}


def test_a_link_to_the_brand_is_not_a_pairing() -> None:
    text = "Argent facile ? Lisez plutôt nos conseils sur www.mabanque.fr"
    own = chartekit.moderate(text, "fr", protected_brands=["mabanque.fr"])
    other = chartekit.moderate(text, "fr")
    assert own.action is Action.ALLOW
    assert other.action is Action.REMOVE
