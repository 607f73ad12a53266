"""A true countdown to the offer's end is no changed offer term (issue 17, set 17).

The brand is Frostpeak Cider, a Canadian cider maker invented for these tests, with a prize
draw that ends on 20 March 2031. An SMS sent on 27 February 2031 that says "3 weeks left to
enter" restates the draw's wording with a figure its terms never give ("3"), yet the figure
is the time left until the draw ends: no changed term. "1 week left" on the same day is false
and still reads as a figure the offer does not give.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.countdown_figures import true_countdowns

_BRAND: dict[str, Any] = {
    "name": "Frostpeak Cider",
    "legal_name": "Frostpeak Cider Inc.",
    "postal_address": "40 Orchard Road, Kelowna, BC V1Y 1A1, Canada",
    "sender_addresses": {"email": "hi@frostpeak.example", "sms": "40404"},
    "channels": ["email", "sms"],
    "default_time_zone": "America/Vancouver",
    "website_domains": ["frostpeak.example", "draw.frostpeak.example"],
}
_SHORT = (
    "No purchase nec. BC residents 19+. Ends 3/20/31. Skill-testing question req'd. "
    "Rules: draw.frostpeak.example/rules"
)
_TERMS = (
    "No purchase necessary. Open to BC residents aged 19 or older. Ends March 20, 2031. "
    "Correct answer to a skill-testing question required. "
    "Full rules: draw.frostpeak.example/rules"
)
_OFFER: dict[str, Any] = {
    "id": "orchard-draw",
    "name": "Orchard Getaway draw: enter to win a cabin weekend",
    "terms": _TERMS,
    "discount_type": "none",
    "disclosure": _TERMS,
    "disclosure_by_channel": {"sms": _SHORT},
    "channels": ["email", "sms"],
    "valid_from": "2031-01-05",
    "valid_until": "2031-03-20",
    "ends_at": "23:59",
}
_DAY = date(2031, 2, 27)


def _pack() -> Any:
    offers = rule("offers", "offer_terms", {"conditions_within_chars": 400})
    return parse_pack({"brand": _BRAND, "rules": [offers], "offers": [_OFFER]}, source="test")


def _sms(check: Any, lead: str) -> Any:
    body = (
        f"Frostpeak: {lead} to enter Orchard Getaway at https://draw.frostpeak.example "
        f"{_SHORT} Reply STOP to opt out."
    )
    return check(
        _pack(),
        as_of=_DAY,
        channel="sms",
        body=body,
        offer_id="orchard-draw",
        send_time=datetime(2031, 2, 27, 18, 0, tzinfo=UTC),
        recipient_time_zone="America/Vancouver",
    )


def test_a_true_countdown_passes(check: Any) -> None:
    assert "offers" not in fired(_sms(check, "3 weeks left"))


def test_a_false_countdown_blocks(check: Any) -> None:
    assert "offers" in fired(_sms(check, "1 week left"))


def test_the_reading_itself() -> None:
    end = date(2031, 3, 20)
    assert true_countdowns("3 weeks left to enter", _DAY, end) == {3.0}
    assert true_countdowns("21 days to go", _DAY, end) == {21.0}
    assert true_countdowns("1 week left", _DAY, end) == set()
    assert true_countdowns("3 weeks left", _DAY, None) == set()
