"""A vehicle registration mark written as on a plate is personal data (issue 17, set 20).

Chakra Cycles, an Indian scooter workshop invented for these tests, must not put a customer's
vehicle registration number in copy. The rule finds a labelled number ("registration number
…"); a mark written without its label ("your scooter KA05 MN 7310") was let through. The
plate's shape is now read; model codes, years and prices are not marks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.vehicle_plates import plate_spans


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Chakra Cycles",
                "legal_name": "Chakra Cycles Private Limited",
                "postal_address": "7 Lake Road, Mysuru 570001, Karnataka, India",
                "sender_addresses": {"email": "hello@chakracycles.example"},
                "channels": ["email"],
                "default_time_zone": "Asia/Kolkata",
                "website_domains": ["chakracycles.example"],
            },
            "rules": [rule("no-personal-data", "personal_data", {"labelled": ["vehicle number"]})],
        },
        source="test",
    )


def test_an_unlabelled_plate_is_personal_data(check: Any) -> None:
    for subject in ("Your scooter KA05 MN 7310 is due a service", "DL-3C-AB-1234 is ready"):
        verdict = check(
            _pack(), channel="email", subject=subject, body="Book a slot at our Lake Road bay."
        )
        assert "no-personal-data" in fired(verdict), subject


def test_model_codes_years_and_prices_are_no_plates() -> None:
    text = "The XR 150 GT 2027 edition, KA 2026 launch, ₹1,20,000, MH 12 and TN20 AB 123."
    assert plate_spans(text) == []
    assert plate_spans("Plates: ka05 mn 7310 in lower case") == []
