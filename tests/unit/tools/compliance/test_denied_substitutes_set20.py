"""A thing the copy says something does not replace is named to deny it (issue 17, set 20).

Brightwell Spa Supply, a hot-tub supplies shop invented for these tests, must carry a label
line with any disinfecting claim ("disinfectant" is a trigger). "The clarifier does not replace
your disinfectant." names the disinfectant to say the clarifier is not one: no claim, no line
needed; the Spanish "no sustituye a tu desinfectante" reads the same. A clarifier sold as a
disinfectant still needs the line.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Brightwell Spa Supply",
                "legal_name": "Brightwell Spa Supply LLC",
                "postal_address": "88 Cedar Ave, Boise, ID 83702, USA",
                "sender_addresses": {"email": "shop@brightwell.example"},
                "channels": ["email"],
                "default_time_zone": "America/Boise",
                "website_domains": ["brightwell.example"],
            },
            "rules": [
                rule(
                    "label-line",
                    "disclosure",
                    {
                        "trigger_phrases": ["disinfectant", "desinfectante"],
                        "required_any": ["Use as directed on the label."],
                    },
                )
            ],
        },
        source="test",
    )


def _fires(check: Any, body: str) -> bool:
    verdict = check(_pack(), channel="email", subject="Spa care", body=body)
    return "label-line" in fired(verdict)


def test_a_thing_said_not_to_be_replaced_needs_no_line(check: Any) -> None:
    for body in (
        "Our clarifier keeps the water bright. It does not replace your disinfectant.",
        "El clarificador no sustituye a tu desinfectante, pero deja el agua brillante.",
        "The clarifier is not a substitute for a disinfectant.",
    ):
        assert not _fires(check, body), body


def test_a_disinfecting_claim_still_needs_the_line(check: Any) -> None:
    assert _fires(check, "Our clarifier is also a disinfectant.")
    assert _fires(check, "It does not replace your disinfectant tablets with cheaper ones.")
