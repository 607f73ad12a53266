"""Promotions spoken of as a class promote nothing (issue 17, set 22).

Caja Nube, a savings app invented for these tests, explains that each promotion comes with
its own conditions in copy that offers none. The word "promoción" read as promotional wording
without an offer, so the explanation was blocked. A promotion named after "each", "cada",
"every" is the class; "una promoción" or "promoción de verano" still offers one.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.promotions_in_general import promotion_in_general

_DAY = date(2031, 2, 11)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Caja Nube",
                "legal_name": "Caja Nube S.A.",
                "postal_address": "Calle Mayor 10, 28013 Madrid, España",
                "sender_addresses": {"email": "hola@cajanube.example"},
                "channels": ["email"],
                "locales": ["es-ES"],
                "default_time_zone": "Europe/Madrid",
                "website_domains": ["cajanube.example"],
            },
            "rules": [rule("promos", "offer_terms", {"conditions_within_chars": 300})],
            "products": [
                {"id": "hucha", "name": "Hucha Nube", "list_price": 0, "currency": "EUR"},
            ],
        },
        source="test",
    )


def _fired(body: str) -> bool:
    message = Message(
        channel="email",
        subject="Cómo funciona Hucha Nube",
        body=body,
        send_time=datetime(2031, 2, 11, 9, 0),
    )
    return "promos" in RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids


def test_each_promotion_as_a_class_passes() -> None:
    assert not _fired("Con Hucha Nube ahorrás desde la app. Cada promoción tiene sus condiciones.")


def test_a_promotion_offered_still_blocks() -> None:
    assert _fired("Con Hucha Nube ahorrás desde la app. Esta semana, promoción especial.")


def test_quantifiers_of_several_languages() -> None:
    for text, word in (
        ("Every promotion has its own terms.", "promotion"),
        ("Chaque promotion a ses conditions.", "promotion"),
        ("Cada promoción tiene sus condiciones.", "promoción"),
    ):
        start = text.index(word)
        assert promotion_in_general(text, start, start + len(word)), text
    text = "Una promoción para vos."
    start = text.index("promoción")
    assert not promotion_in_general(text, start, start + len("promoción"))
