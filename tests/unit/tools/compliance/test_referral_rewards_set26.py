"""An amount given for each friend referred is a promotion (issue 17, set 26).

Harbour Boxes, a meal-kit seller invented for these tests, pays $15 for each friend a customer
brings in. "$15 for every friend" (or Malagasy "15 000 Ar isaky ny namana") with no verb of
giving before it was a plain price to the offer rule, so a referral reward slipped into a
delivery reminder with no offer went through. A price per person stays a price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Harbour Boxes", "en-GB", "Europe/London"),
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
        },
        source="test",
    )


def _fired(body: str) -> bool:
    message = Message(
        channel="email", subject="Your box", body=body, send_time=datetime(2027, 1, 12, 9, 0)
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 1, 12))
    return "offers" in verdict.fired_rule_ids


def test_a_reward_per_friend_is_a_promotion() -> None:
    assert _fired("Your box ships on Monday. Refer a friend: £15 for every friend!")
    assert _fired("Your box ships on Monday. Refer a friend: £15 per referral.")
    assert _fired("Ho tonga alatsinainy ny baoaty. 15 000 Ar isaky ny namana!")


def test_a_price_per_person_is_not() -> None:
    assert not _fired("Your box ships on Monday. Cooking classes are £15 per person.")
