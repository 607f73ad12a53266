"""Prices in Bangladeshi taka ("৳৬৮০", "Tk 680", "৬৮০ টাকা") are read as prices (issue 17, set 23).

Nodi Mach, a river-fish shop invented for these tests, writes its copy in Bengali (with Bengali
digits) and must say beside every price that fish is weighed whole. A taka price was no price to
the disclosure rule's price shapes, so a price line without the required line went through. A
weight ("২ কেজি") is no price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 1, 20)
_LINE = "সব মাছ আস্ত অবস্থায় ওজন করা হয়।"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Nodi Mach", "bn-BD", "Asia/Dhaka"),
            "rules": [
                rule(
                    "weighed",
                    "disclosure",
                    {"trigger_prices": ["any"], "required_any": [_LINE]},
                )
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="নদীর মাছ", body=body, send_time=datetime(2027, 1, 20, 4, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_taka_price_without_the_line_blocks() -> None:
    assert "weighed" in _fired("পাবদা মাছ এসেছে! ৳৬৮০ প্রতি কেজি।")
    assert "weighed" in _fired("পাবদা মাছ এসেছে! ৬৮০ টাকা প্রতি কেজি।")
    assert "weighed" in _fired("Fresh pabda fish: Tk 680 per kg.")


def test_a_taka_price_with_the_line_passes() -> None:
    assert "weighed" not in _fired(f"পাবদা মাছ এসেছে! ৳৬৮০ প্রতি কেজি। {_LINE}")


def test_a_weight_is_no_price() -> None:
    assert "weighed" not in _fired("পাবদা মাছ এসেছে! ২ কেজির প্যাকেট।")


def _offers_pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Nodi Mach", "bn-BD", "Asia/Dhaka"),
            "rules": [rule("offers", "offer_terms", {"prices_are_facts": True})],
            "products": [{"id": "pabda", "name": "পাবদা মাছ", "list_price": 680, "currency": "BDT"}],
        },
        source="test",
    )


def _offers_fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="নদীর মাছ", body=body, send_time=datetime(2027, 1, 20, 4, 0)
    )
    return set(RuleEngine(_offers_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_taka_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _offers_fired("পাবদা মাছ এখন মাত্র ৳৫৯০ প্রতি কেজি।")
    assert "offers" not in _offers_fired("পাবদা মাছ ৳৬৮০ প্রতি কেজি।")
