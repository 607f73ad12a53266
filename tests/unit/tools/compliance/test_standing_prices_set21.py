"""A standing statement repeated with a lower price is a price cut (issue 17, set 21).

Quayside Kitchen, a café invented for these tests, may always say "Lunch plates from $12 at
the harbour bar." An e-mail said "Lunch plates from $9 at the harbour bar": no catalogue
product is named, so the offer rule read no reduction. The statement's own words with a lower
price state a price no statement or offer gives. Its own price, a higher one, and a figure the
message's offer states are not that.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 4, 6)
_TERMS = "Use code QUAY9 for a $9 lunch plate on weekdays, 1-30 April 2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Quayside Kitchen", "en-US", "America/New_York"),
            "rules": [rule("offers", "offer_terms")],
            "products": [
                {"id": "soup", "name": "Harbour Chowder", "list_price": 12, "currency": "USD"}
            ],
            "standing_statements": [
                {"id": "lunch-from", "text": "Lunch plates from $12 at the harbour bar."}
            ],
            "offers": [
                {
                    "id": "quay9",
                    "name": "A $9 lunch plate",
                    "terms": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 9,
                    "currency": "USD",
                    "code": "QUAY9",
                    "channels": ["email"],
                    "valid_from": "2027-04-01",
                    "valid_until": "2027-04-30",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    message = Message(
        channel="email",
        subject="Lunch by the water",
        body=body,
        send_time=datetime(2027, 4, 6, 14, 0),
        offer_id=offer_id,
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_statement_with_a_lower_price_blocks() -> None:
    assert "offers" in _fired("Come by on Friday. Lunch plates from $9 at the harbour bar.")


def test_the_statement_at_its_own_price_or_the_offers_passes() -> None:
    assert "offers" not in _fired("Come by on Friday. Lunch plates from $12 at the harbour bar.")
    assert "offers" not in _fired("Come by on Friday. Lunch plates from $14 at the harbour bar.")
    body = f"Lunch plates from $9 at the harbour bar. {_TERMS}"
    assert "offers" not in _fired(body, offer_id="quay9")
