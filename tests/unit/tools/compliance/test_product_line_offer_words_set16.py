"""A product's fixed line is not restated by another mandated line's words (issue 17, set 16).

The brand is Quillon Hearing, a hearing-aid retailer invented for these tests. Messages naming
the Aria hearing aid must carry "Fitting required for Aria hearing aids and domes." (by SMS).
Its offer's short conditions say "Code EAR15: 15% off 1 Aria, fitting required, ends 3/1/27.":
that line is the offer's text, and its words ("fitting required", "Aria") do not restate the
product's line. The product's line itself, or the line reworded in the copy's own words,
still satisfies the rule.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Quillon Hearing",
    "legal_name": "Quillon Hearing LLC",
    "postal_address": "8 Cedar Court, Dayton, OH 45402, USA",
    "sender_addresses": {"email": "hi@quillon.example", "sms": "70700", "push": "qh"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "America/New_York",
    "website_domains": ["quillon.example"],
}
_OFFER: dict[str, Any] = {
    "id": "ear15",
    "name": "15% off the Aria with code EAR15",
    "terms": "15% off one Aria hearing aid with code EAR15, fitting required, through March 1, "
    "2027.",
    "discount_type": "percent",
    "discount_amount": 15,
    "code": "EAR15",
    "disclosure": "15% off one Aria hearing aid with code EAR15, fitting required, through "
    "March 1, 2027.",
    "disclosure_by_channel": {"sms": "Code EAR15: 15% off 1 Aria, fitting required, ends 3/1/27."},
    "channels": ["email", "sms"],
    "products": ["aria"],
    "valid_from": "2026-11-01",
    "valid_until": "2027-03-01",
}


def _pack() -> Any:
    line = rule(
        "fitting-line",
        "disclosure",
        {
            "trigger_products": ["aria"],
            "required_any": ["A fitting by our audiologist is required for Aria hearing aids."],
            "required_by_channel": {"sms": ["Fitting required for Aria hearing aids and domes."]},
        },
    )
    products = [
        {"id": "aria", "name": "Quillon Aria", "aliases": ["Aria"], "category": "hearing aid"}
    ]
    return parse_pack(
        {"brand": _BRAND, "products": products, "offers": [_OFFER], "rules": [line]},
        source="test",
    )


def test_the_offers_conditions_do_not_restate_the_product_line(check: Any) -> None:
    body = (
        "Quillon: The Aria hearing aid is 15% off with code EAR15. Code EAR15: 15% off 1 Aria, "
        "fitting required, ends 3/1/27. Reply STOP to opt out."
    )
    verdict = check(_pack(), channel="sms", body=body, offer_id="ear15")
    assert "fitting-line" in fired(verdict), verdict.violations


def test_the_product_line_or_its_rewording_passes(check: Any) -> None:
    for body in (
        "Quillon: The Quillon Aria is 15% off with code EAR15. Code EAR15: 15% off 1 Aria, "
        "fitting required, ends 3/1/27. Fitting required for Aria hearing aids and domes. "
        "Reply STOP to opt out.",
        "Quillon: Meet the Quillon Aria. Aria hearing aids and domes: fitting required. "
        "Reply STOP to opt out.",
    ):
        verdict = check(_pack(), channel="sms", body=body)
        assert "fitting-line" not in fired(verdict), (body, verdict.violations)
