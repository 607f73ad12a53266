"""A rule about asks for giving fires on an ask, not on the word (issue 17, set 18).

The brand is Wrenfold Abbey Trust, a British heritage charity invented for these tests. Its
rule "Appeals for gifts name the project they fund" is about asking: a donation named as
history ("the bell came to us as a donation from …") or in an explanation that asks nothing
needs no appeal line; a message that asks the reader to give still does.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Wrenfold Abbey",
    "legal_name": "Wrenfold Abbey Trust",
    "postal_address": "Abbey Close, Wrenfold, YO62 4AB, United Kingdom",
    "sender_addresses": {"email": "friends@wrenfold.example"},
    "channels": ["email"],
    "locales": ["en-GB"],
    "default_time_zone": "Europe/London",
    "website_domains": ["wrenfold.example"],
}
_LINE = "Gifts to the Bell Fund pay for recasting the tenor bell. Giving is your choice."


def _pack() -> Any:
    appeal = rule(
        "appeal-line",
        "disclosure",
        {"trigger_phrases": ["donate", "donation", "donations"], "required_any": [_LINE]},
        description="Donation asks name the project they fund and that giving is a choice.",
    )
    return parse_pack({"brand": _BRAND, "rules": [appeal]}, source="test")


def _fires(check: Any, body: str) -> bool:
    return "appeal-line" in fired(check(_pack(), channel="email", subject="News", body=body))


def test_a_donation_named_without_an_ask_needs_no_appeal_line(check: Any) -> None:
    assert not _fires(check, "The tenor bell came to us in 1911 as a donation from a mill owner.")
    assert not _fires(check, "Tax relief can be claimed on donations, not on tour tickets.")


def test_an_ask_still_needs_the_appeal_line(check: Any) -> None:
    assert _fires(check, "Could you make a donation to recast the tenor bell?")
    assert _fires(check, "The bell is cracked. Please donate today.")
    assert not _fires(check, f"Please donate today. {_LINE}")
