"""Dirham and other Arab-state prices are prices to a disclosure's price shapes (issue 17, set 26).

Souk Lumina, a lamp shop in Rabat invented for these tests, sells a desk lamp at "45 DH" and
rents a floor lamp at "12 DH/mois". The offer rule already read a dirham, a riyal or a dinar
as a price, but a disclosure triggered by any price, or by a monthly price, did not: a Moroccan
price without its mandated tax line went through. A figure of hours or a model number stays
no price.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.price_triggers import shape_pattern

_DAY = date(2027, 5, 11)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Souk Lumina", "fr-MA", "Africa/Casablanca"),
            "rules": [
                rule("tax", "disclosure", {"trigger_prices": ["any"], "required_any": ["TTC"]}),
                rule(
                    "rental",
                    "disclosure",
                    {"trigger_prices": ["per month"], "required_any": ["Caution de 200 DH."]},
                ),
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="Lumina", body=body, send_time=datetime(2027, 5, 11, 9, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_dirham_price_needs_the_tax_line() -> None:
    assert "tax" in _fired("La lampe de bureau Nour pour 45 DH seulement.")
    assert "tax" in _fired("La lampe de bureau Nour pour 45 dirhams seulement.")
    assert "tax" not in _fired("La lampe de bureau Nour pour 45 DH TTC.")


def test_a_monthly_dirham_price_needs_the_rental_line() -> None:
    assert "rental" in _fired("Louez le lampadaire Sahar à 12 DH/mois.")
    assert "rental" not in _fired("Louez le lampadaire Sahar à 12 DH/mois. Caution de 200 DH.")


def test_gulf_prices_are_prices_too() -> None:
    price = re.compile(shape_pattern("any"))
    assert price.search(fold("Desk lamp AED 1,250 today").text)
    assert price.search(fold("مصباح بـ 89 ريال").text)


def test_hours_and_model_numbers_are_no_dirham() -> None:
    price = re.compile(shape_pattern("any"))
    assert price.search(fold("Ouvert 7 jours sur 7, lampe modèle 45 D").text) is None
    assert price.search(fold("Livraison en 48 h").text) is None
