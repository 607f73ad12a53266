"""A lacked feature the copy denies with "-free", or a subject's topic (issue 17, set 16).

The brand is Millbeck Teas, a tea company invented for these tests, whose Rooibos Calm has no
caffeine (``lacks: [caffeine]``). "Rooibos Calm, our caffeine-free tea" denies the feature, and
a subject "Your question: sleep and caffeine" above a body saying "Rooibos Calm has no
caffeine" only sets the topic. "Rooibos Calm with caffeine", or a subject about caffeine above
a body that says the tea has it, still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Millbeck Teas",
    "legal_name": "Millbeck Teas Ltd",
    "postal_address": "4 Beck Side, Keswick CA12 5AB, United Kingdom",
    "sender_addresses": {"email": "tea@millbeck.example", "sms": "Millbeck", "push": "mt"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["millbeck.example"],
}


def _pack() -> Any:
    products = [
        {
            "id": "rooibos",
            "name": "Rooibos Calm",
            "list_price": 4.5,
            "currency": "GBP",
            "lacks": ["caffeine"],
        },
        {"id": "breakfast", "name": "Breakfast Brew", "list_price": 4.0, "currency": "GBP"},
    ]
    facts = rule("facts", "product_facts")
    return parse_pack({"brand": _BRAND, "products": products, "rules": [facts]}, source="test")


def test_a_denied_feature_passes(check: Any) -> None:
    cases = [
        ("Evening tea", "Rooibos Calm, our caffeine-free tea, £4.50 a box."),
        ("Evening tea", "Rooibos Calm: caffeine free and full of flavour."),
        ("Your question: sleep and caffeine", "Rooibos Calm has no caffeine, so sip away."),
    ]
    for subject, body in cases:
        verdict = check(_pack(), channel="email", subject=subject, body=body)
        assert "facts" not in fired(verdict), (subject, body)


def test_the_feature_said_of_the_product_blocks(check: Any) -> None:
    cases = [
        ("Evening tea", "Rooibos Calm, now with caffeine, £4.50 a box."),
        ("Your question: sleep and caffeine", "Rooibos Calm has caffeine for a gentle lift."),
    ]
    for subject, body in cases:
        verdict = check(_pack(), channel="email", subject=subject, body=body)
        assert "facts" in fired(verdict), (subject, body)
