"""The Albanian "falas" (free) after its noun is a free offer (issue 17, set 24).

Pishat Lulishte, a plant nursery invented for these tests, has no approved offer. "Vazo falas"
(a free pot) was no "free" to the offer rule, so a free gift with no offer went through.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 10, 5)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Pishat Lulishte",
                "legal_name": "Pishat Lulishte sh.p.k.",
                "postal_address": "Rruga e Kopshtit 9, Durrës",
                "sender_addresses": {"email": "info@lulishte.example"},
                "channels": ["email"],
                "locales": ["sq-AL"],
                "default_time_zone": "Europe/Tirane",
                "website_domains": ["lulishte.example"],
            },
            "rules": [rule("offers", "offer_terms", {"conditions_within_chars": 300})],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    message = Message(
        channel="email", subject="Tetor", body=body, send_time=datetime(2027, 10, 5, 8, 0)
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_free_gift_in_albanian_needs_an_offer() -> None:
    assert "offers" in _fired("Këtë javë: vazo falas me çdo ulli.")
    assert "offers" not in _fired("Këtë javë: vazo të reja për çdo ulli.")
