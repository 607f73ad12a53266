"""A spending threshold in lakhs or with a South Asian postposition is no product price (set 24).

Vaigai Silks, a Tamil Nadu saree shop invented for these tests, must print its tax line beside
the price of a silk saree. "₹ 1,50,000-க்கு மேல்" (over one and a half lakh rupees) is the
spending a gift needs, not a saree's price: the disclosure rule read the lakh-grouped figure
as "₹ 1" and missed the Tamil postposition "over" after it, so the gift message was blocked for
want of the tax line.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 1, 12)
_LINE = "5% GST உட்பட."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("vaigai"),
            "rules": [
                rule(
                    "tax-line",
                    "disclosure",
                    {
                        "trigger_products": ["saree"],
                        "trigger_prices": ["any"],
                        "prices_of_products": True,
                        "required_any": [_LINE],
                    },
                ),
            ],
            "products": [
                {
                    "id": "saree",
                    "name": "பட்டுப் புடவை",
                    "aliases": ["रेशमी साड़ी", "සේද සාරිය"],
                    "list_price": 185000,
                    "currency": "INR",
                },
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email",
        subject="பொங்கல் வாழ்த்துகள்",
        body=body,
        send_time=datetime(2027, 1, 12, 5, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_lakh_grouped_threshold_in_tamil_needs_no_tax_line() -> None:
    body = "₹ 1,50,000-க்கு மேல் பட்டுப் புடவை வாங்கினால் ஒரு பட்டுப் பை பரிசு."
    assert "tax-line" not in _fired(body)
    body = "₹1,50,000 அல்லது அதற்கு மேல் பட்டுப் புடவை வாங்கினால் ஒரு பட்டுப் பை பரிசு."
    assert "tax-line" not in _fired(body)


def test_a_hindi_or_sinhala_threshold_needs_no_tax_line() -> None:
    assert "tax-line" not in _fired("₹ 1,50,000 से अधिक की पट्टुப் புடவை खरीद पर एक थैला मुफ़्त।")
    assert "tax-line" not in _fired("රු. 50,000ට වැඩි පට්ටුප් புடவை ඇණවුම් සඳහා තෑග්ගක්.")


def test_a_lakh_grouped_price_still_needs_the_tax_line() -> None:
    assert "tax-line" in _fired("பட்டுப் புடவை ₹ 1,85,000.")
    assert "tax-line" not in _fired(f"பட்டுப் புடவை ₹ 1,85,000, {_LINE}")
