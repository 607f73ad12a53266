"""A labelled note read out "on file" in words is personal data (set 15).

Issue 17, fifteenth blind set. The brand is Copperbeck Kids' Gym, a children's gym invented
here (not the sample brand, not an eval brand) that never puts a child's medical or allergy
notes in copy.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_BRAND: dict[str, Any] = {
    "name": "Copperbeck",
    "legal_name": "Copperbeck Kids' Gym LLC",
    "postal_address": "210 Elm Street, Boise, ID 83702, USA",
    "sender_addresses": {"email": "hello@copperbeck.example"},
    "channels": ["email"],
    "default_time_zone": "America/Boise",
    "website_domains": ["copperbeck.example"],
}


def _pack() -> BrandPack:
    labels = {"labelled": ["allergy", "allergies", "medical note", "medical notes"]}
    return parse_pack(
        {"brand": _BRAND, "rules": [rule("child-data", "personal_data", labels)]}, source="test"
    )


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Saturday class", body=body))


def test_a_note_on_file_read_out_in_words_is_personal_data(check: Any) -> None:
    assert "child-data" in _fired(check, "Noah's spot is confirmed. Allergy note on file: peanuts.")
    assert "child-data" in _fired(check, "Medical notes recorded: asthma. See you Saturday.")
    assert "child-data" not in _fired(
        check, "Tell us about any allergies before class. Allergy notes stay on file."
    )
    assert "child-data" not in _fired(check, "Allergy note on file: none. See you Saturday.")
