"""An amount given as a gift in Cyrillic script is a promotion (issue 17, set 26).

Булак Суу, a water utility in Karakol invented for these tests, may not promote anything in a
notice of works on the network. "Ар бир үйгө 20 литр белек" (20 litres to each home as a
gift) or "10 литров в подарок" is a promotion, as "in regalo" is in Italian: it
needs an approved offer, and it has no place in the notice. A notice that only apologises
carries none.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 6, 8)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Булак Суу",
                "legal_name": "«Булак Суу» ААК",
                "postal_address": "Токтогул көчөсү, 3, Каракол ш., 722360, Кыргыз Республикасы",
                "sender_addresses": {"email": "kabar@bulaksuu.example"},
                "channels": ["email"],
                "locales": ["ky-KG"],
                "default_time_zone": "Asia/Bishkek",
                "website_domains": ["bulaksuu.example"],
            },
            "rules": [
                rule("offers", "offer_terms"),
                rule(
                    "works",
                    "disclosure",
                    {"trigger_phrases": ["оңдоо иштери", "ремонтные работы"], "no_promotion": True},
                ),
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject="Оңдоо иштери", send_time=datetime(2027, 6, 8, 4, 0), as_of=_DAY
    )


def test_an_amount_given_as_a_gift_is_a_promotion() -> None:
    kyrgyz = "Кечээ оңдоо иштери болду. Ар бир үйгө 20 литр белек."
    assert {"works", "offers"} <= _fired(kyrgyz)
    russian = "Вчера прошли ремонтные работы. В качестве извинения 10 литров в подарок."
    assert {"works", "offers"} <= _fired(russian)


def test_an_apology_alone_carries_no_promotion() -> None:
    fired = _fired("Кечээ оңдоо иштери болду. Кечирим сурайбыз.")
    assert "works" not in fired and "offers" not in fired
