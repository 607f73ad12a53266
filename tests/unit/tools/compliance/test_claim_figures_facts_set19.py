"""An approved claim's own figure is not a product's catalogue fact (issue 17, set 19).

Brand invented for these tests: Fellbrook Lending (a British peer-to-peer lender). Each loan
carries its target rate as a catalogue fact, and an approved claim states the platform's
default rate in the same unit ("Default rate 2019-2024: 1.8 % of the sums lent."). Beside a
loan's name, the claim's figure is the officer's wording, not a wrong target rate; a wrong
target rate written by the copy still breaks the fact.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack

_CLAIM = "Default rate 2019-2024: 1.8 % of the sums lent."


def _pack() -> Any:
    brand = email_brand("Fellbrook Lending", "en-GB", "Europe/London")
    products = [
        {
            "id": "harbour-loan",
            "name": "Harbour Bakery loan",
            "category": "project",
            "facts": [{"name": "target rate", "value": 6.5, "unit": "%", "limit": "exact"}],
        }
    ]
    claims = [
        {
            "id": "default-rate",
            "text": _CLAIM,
            "category": "efficacy",
            "substantiation": "Published default statistics",
            "channels": ["email"],
        }
    ]
    rules = [rule("facts", "product_facts")]
    return parse_pack(
        {"brand": brand, "products": products, "claims": claims, "rules": rules}, source="test"
    )


def _fires(check: Any, body: str) -> bool:
    verdict = check(_pack(), channel="email", subject="New project", body=body)
    return "facts" in fired(verdict)


def test_the_claims_figure_beside_a_product_is_the_claims(check: Any) -> None:
    assert not _fires(check, f"Harbour Bakery loan: target rate 6.5 % a year. {_CLAIM}")


def test_a_wrong_figure_of_the_copys_own_still_breaks_the_fact(check: Any) -> None:
    assert _fires(check, "Harbour Bakery loan: target rate 7.5 % a year.")
