"""A product the claim's own disclaimer names is its basis, not its subject (issue 17, set 21).

Fenwick Pool, a swimming pool invented for these tests, may say "Save up to half with a year's
pass." of its Year Pass only, with the disclaimer "Compared with 12 Month Passes at £30." The
claim rule took the Month Pass the disclaimer names for what the saving was said of, and
blocked the approved claim with its own disclaimer. The claim said of the Month Pass alone
stays out of scope.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 6, 2)
_CLAIM = "Save up to half with a year's pass."
_DISCLAIMER = "Compared with 12 Month Passes at £30."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Fenwick Pool", "en-GB", "Europe/London"),
            "rules": [rule("claims", "claim_grounding", {"categories": ["price"]})],
            "products": [
                {"id": "year", "name": "Year Pass", "list_price": 180, "currency": "GBP"},
                {"id": "month", "name": "Month Pass", "list_price": 30, "currency": "GBP"},
            ],
            "claims": [
                {
                    "id": "year-saving",
                    "text": _CLAIM,
                    "category": "price",
                    "substantiation": "Price list 2027",
                    "channels": ["email"],
                    "products": ["year"],
                    "disclaimer": _DISCLAIMER,
                    "keywords": ["save up to half"],
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="Swim all year", body=body, send_time=datetime(2027, 6, 2, 9, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_the_product_a_disclaimer_compares_with_is_not_the_claims_subject() -> None:
    body = f"The Year Pass is £180.\n\n{_CLAIM} {_DISCLAIMER}"
    assert "claims" not in _fired(body)


def test_the_claim_said_of_the_other_product_stays_out_of_scope() -> None:
    body = f"The Month Pass is £30.\n\nMonth Pass swimmers: {_CLAIM} {_DISCLAIMER}"
    assert "claims" in _fired(body)
