"""A subject shortening an approved line the body states is approved wording (issue 17, set 24).

Harbourlight Broadband, an internet provider invented for these tests, bans the word "free"
except in its approved standing statement "Harbourlight Fibre 500: first 3 months free". A
subject that gave the statement with the product named in plainer words ("Home broadband:
first 3 months free") above a body stating it in full was banned wording. A subject naming
another product, or above a body without the statement, still is.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

_DAY = date(2027, 2, 9)
_LINE = "Harbourlight Fibre 500: first 3 months free"


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Harbourlight",
                "legal_name": "Harbourlight Broadband Ltd",
                "postal_address": "21 Dock Road, Cardiff CF10 5AL",
                "sender_addresses": {"email": "hello@harbourlight.example"},
                "channels": ["email"],
                "locales": ["en-GB"],
                "default_time_zone": "Europe/London",
                "website_domains": ["harbourlight.example"],
            },
            "rules": [rule("free-word", "banned_phrase", {"phrases": ["free"]})],
            "products": [
                {
                    "id": "fibre",
                    "name": "Harbourlight Fibre 500",
                    "list_price": 35,
                    "currency": "GBP",
                },
                {"id": "sim", "name": "Harbourlight Mobile", "list_price": 10, "currency": "GBP"},
            ],
            "standing_statements": [{"id": "fibre-free", "text": _LINE}],
        },
        source="test",
    )


def _fired(subject: str, body: str) -> set[str]:
    message = Message(
        channel="email",
        subject=subject,
        body=body,
        send_time=datetime(2027, 2, 9, 8, 0),
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_subject_closing_like_the_bodys_approved_line_is_no_banned_wording() -> None:
    body = f"{_LINE}.\n\nThen £35 a month. Order at https://harbourlight.example/fibre"
    assert "free-word" not in _fired("Home broadband: first 3 months free", body)


def test_a_subject_naming_another_product_or_without_the_line_is_banned_wording() -> None:
    body = f"{_LINE}.\n\nThen £35 a month. Order at https://harbourlight.example/fibre"
    assert "free-word" in _fired("Harbourlight Mobile: first 3 months free", body)
    plain = "Fast fibre, then £35 a month. Order at https://harbourlight.example/fibre"
    assert "free-word" in _fired("Home broadband: first 3 months free", plain)
    assert "free-word" in _fired("Home broadband: months free", body)
