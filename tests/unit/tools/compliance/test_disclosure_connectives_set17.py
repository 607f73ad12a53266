"""A noun inside a connective calls for no disclosure (issue 17, set 17).

Halden Skin Studio, a brand invented for these tests, puts a results line beside results:
"result" in "as a result of" or "with the result that" means "because" or "so", and calls for
nothing; results as outcomes still do.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _brand(name: str, zone: str) -> dict[str, Any]:
    slug = name.lower().replace(" ", "")
    return {
        "name": name,
        "legal_name": f"{name} Ltd",
        "postal_address": "8 Kiln Street, Leeds LS1 4AB, United Kingdom",
        "sender_addresses": {"email": f"hello@{slug}.example"},
        "channels": ["email"],
        "default_time_zone": zone,
        "website_domains": [f"{slug}.example"],
    }


def _studio() -> Any:
    disclosure = rule(
        "results-line",
        "disclosure",
        {"trigger_phrases": ["result", "results"], "required_any": ["Results differ."]},
    )
    brand = _brand("Halden Skin Studio", "Europe/London")
    return parse_pack({"brand": brand, "rules": [disclosure]}, source="test")


def test_result_in_a_connective_calls_for_nothing(check: Any) -> None:
    for body in (
        "As a result of the new bus times, the studio now opens at nine.",
        "The road is closed, with the result that parking moves to the rear.",
    ):
        verdict = check(_studio(), channel="email", subject="Opening hours", body=body)
        assert "results-line" not in fired(verdict), body


def test_results_as_outcomes_still_need_the_line(check: Any) -> None:
    for body in ("See the result after one peel.", "Visible results in two weeks."):
        verdict = check(_studio(), channel="email", subject="Peels", body=body)
        assert "results-line" in fired(verdict), body
