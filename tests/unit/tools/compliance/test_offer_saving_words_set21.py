"""A plain word of saving beside the attached offer's code is the offer's (issue 17, set 21).

Harbour Tea Co, a tea shop invented for these tests, counts "cheaper" as a price trigger and has
one approved saving claim for its Tea Club subscription. An offer e-mail for 15% off its Green
Sencha said "cheaper now" beside the offer's code: the claim rule read the word as the Tea Club
claim said of the sencha. The saving is the offer's; a ranking ("the cheapest sencha") stays a
claim, and so does the word away from the offer's code.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 3, 9)


def _pack() -> BrandPack:
    claims_rule = rule(
        "claims",
        "claim_grounding",
        {"categories": ["price", "superlative"], "extra_triggers": {"price": ["cheaper"]}},
    )
    return parse_pack(
        {
            "brand": email_brand("Harbour Tea Co", "en-GB", "Europe/London"),
            "rules": [claims_rule],
            "products": [
                {"id": "club", "name": "Tea Club", "list_price": 64, "currency": "GBP"},
                {"id": "sencha", "name": "Green Sencha", "list_price": 9, "currency": "GBP"},
            ],
            "claims": [
                {
                    "id": "club-saving",
                    "text": "Cheaper than buying single tins.",
                    "category": "price",
                    "substantiation": "Price list 2027",
                    "channels": ["email"],
                    "products": ["club"],
                    "keywords": ["cheaper"],
                }
            ],
            "offers": [
                {
                    "id": "leaf15",
                    "name": "15% off Green Sencha",
                    "terms": "15% off Green Sencha with code LEAF15 until 31 March 2027.",
                    "discount_type": "percent",
                    "discount_amount": 15,
                    "code": "LEAF15",
                    "channels": ["email"],
                    "products": ["sencha"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="Green Sencha this month",
        body=body,
        send_time=datetime(2027, 3, 9, 9, 0),
        offer_id="leaf15",
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


_TERMS = " 15% off Green Sencha with code LEAF15 until 31 March 2027."


def test_a_saving_word_beside_the_offer_code_is_the_offers() -> None:
    assert "claims" not in _fired("Spring tins, cheaper now: 15% off Green Sencha, code LEAF15.")


def test_a_ranking_or_a_saving_away_from_the_code_stays_a_claim() -> None:
    assert "claims" in _fired("The cheapest Green Sencha in town with code LEAF15." + _TERMS)
    assert "claims" in _fired("Green Sencha is cheaper than ever." + _TERMS)
