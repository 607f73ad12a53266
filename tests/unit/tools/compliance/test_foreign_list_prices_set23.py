"""A price in another currency than the product's list price is no price cut (issue 17, set 23).

Alpenwolle, a knitwear maker invented for these tests, lists its products in euros and quotes a
second price list in US dollars to customers abroad; its pack reads plain prices as facts. A
dollar price was compared with the euro list price as if it were a cut below it, so English
copy quoting the dollar price list was blocked as a promotion without an offer. A euro price
below the list still is one, and so is a bare "$" price, which names no currency for sure.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 3)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Alpenwolle", "de-AT", "Europe/Vienna"),
            "rules": [
                rule(
                    "offers",
                    "offer_terms",
                    {"prices_are_facts": True, "conditions_within_chars": 300},
                )
            ],
            "products": [
                {
                    "id": "loden",
                    "name": "Lodenjacke",
                    "aliases": ["Loden Jacket"],
                    "list_price": 149,
                    "currency": "EUR",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="Spring", body=body, send_time=datetime(2027, 3, 3, 9, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_dollar_price_beside_a_euro_list_price_is_a_fact() -> None:
    assert "offers" not in _fired("For our friends abroad: the Loden Jacket, US$129.")
    assert "offers" not in _fired("For our friends abroad: the Loden Jacket, USD 129.")


def test_a_euro_price_below_the_list_is_still_a_cut() -> None:
    assert "offers" in _fired("Die Lodenjacke jetzt nur 119 €.")
    assert "offers" not in _fired("Die Lodenjacke kostet 149 €.")
    assert "offers" in _fired("For our friends abroad: the Loden Jacket, $129.")
