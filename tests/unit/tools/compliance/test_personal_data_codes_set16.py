"""Postcodes and clinical thresholds under a personal-data label (issue 17, set 16).

The brand is Fenwick Sleep Lab, a sleep clinic invented for these tests, whose personal-data
rule labels "postcode" and "RDI" (a sleep-study index). A postcode whose first part mixes
capitals and figures ("postcode T5J 0N3", "postcode D6W 1Y9") is a customer's postcode; an
index after an indefinite article with a threshold figure ("an RDI of 15 or more") is the
clinical bound any reading is measured by, while the recipient's own reading ("your RDI is
over 30", "RDI: 12") still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_BRAND: dict[str, Any] = {
    "name": "Fenwick Sleep Lab",
    "legal_name": "Fenwick Sleep Lab Ltd",
    "postal_address": "12 Tower Row, Leeds LS1 4AB, United Kingdom",
    "sender_addresses": {"email": "care@fenwick.example", "sms": "Fenwick", "push": "fw"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["fenwick.example"],
}


def _pack() -> Any:
    private = rule("private", "personal_data", {"labelled": ["postcode", "RDI"]})
    return parse_pack({"brand": _BRAND, "rules": [private]}, source="test")


def test_a_postcode_of_capitals_and_figures_blocks(check: Any) -> None:
    for body in (
        "Your kit is on its way to postcode T5J 0N3.",
        "Your last order to postcode D6W 1Y9 shipped today.",
        "Your kit is on its way to postcode SW1A 1AA.",
    ):
        verdict = check(_pack(), channel="email", subject="Your kit", body=body)
        assert "private" in fired(verdict), body


def test_a_postcode_word_without_a_code_passes(check: Any) -> None:
    body = "Enter your postcode at checkout to see delivery days."
    verdict = check(_pack(), channel="email", subject="Delivery", body=body)
    assert "private" not in fired(verdict)


def test_a_threshold_of_any_reading_passes(check: Any) -> None:
    for body in (
        "In adults, an RDI of 15 or more events an hour usually means a referral.",
        "A RDI over 30 is read as severe.",
    ):
        verdict = check(_pack(), channel="email", subject="Sleep studies", body=body)
        assert "private" not in fired(verdict), body


def test_the_recipients_reading_blocks(check: Any) -> None:
    for body in (
        "Your RDI is over 30, so please book a review.",
        "Study summary. RDI: 12 events an hour.",
        "You had an RDI of 22 last night.",
    ):
        verdict = check(_pack(), channel="email", subject="Your study", body=body)
        assert "private" in fired(verdict), body
