"""A required label with its brackets is found only with them (issue 17, set 21).

Kaffeerösterei Lindenhof, a German roaster invented for these tests, must mark every SMS with
"[Werbung]" (advertising). The word "Werbung" inside a sentence ("Keine Werbung mehr?") is no
label: the brackets make it one. A long required sentence is still matched word for word,
whatever its punctuation.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Lindenhof",
                "legal_name": "Kaffeerösterei Lindenhof GmbH",
                "postal_address": "Lindenstraße 5, 10969 Berlin",
                "sender_addresses": {"sms": "LINDENHOF"},
                "channels": ["sms"],
                "locales": ["de-DE"],
                "default_time_zone": "Europe/Berlin",
                "website_domains": ["lindenhof.example"],
            },
            "rules": [
                rule("label", "required_element", {"element": "statement", "text": "[Werbung]"}),
                rule(
                    "vat",
                    "required_element",
                    {"element": "statement", "text": "Alle Preise inkl. MwSt."},
                ),
            ],
        },
        source="test",
    )


def _fired(check: Any, body: str) -> set[str]:
    return fired(check(_pack(), channel="sms", body=body))


def test_the_label_needs_its_brackets(check: Any) -> None:
    assert "label" not in _fired(check, "[Werbung] Lindenhof: neue Röstung da.")
    assert "label" not in _fired(check, "[ Werbung ] Lindenhof: neue Röstung da.")
    assert "label" in _fired(check, "Lindenhof: neue Röstung da. Keine Werbung mehr? STOP")


def test_a_long_statement_is_found_without_its_punctuation(check: Any) -> None:
    assert "vat" not in _fired(check, "Lindenhof: 250 g für 8 €, alle Preise inkl MwSt")
