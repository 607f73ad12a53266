"""A product the reader already holds is not what a later sentence is said of (set 23).

Tidewell Savings, a savings club invented for these tests, sells an easy-access Harbour Pot at
3% p.a. and a fixed-term Anchor Bond at up to 5% p.a. A cross-selling e-mail opens "You already
save with the Harbour Pot." and then quotes the Anchor Bond's approved claim: the claim and its
rate were read as said of the Harbour Pot, the only product the paragraph names.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.held_products import held_by_reader
from nextbest.tools.compliance.verdict import Verdict

_CLAIM = "Tie up your money for two years at up to 5% p.a."


def _pack() -> BrandPack:
    brand = email_brand("Tidewell Savings", "en-GB", "Europe/London")
    rate = {"name": "interest rate", "unit": "% p.a."}
    return parse_pack(
        {
            "brand": brand,
            "rules": [
                rule("claims", "claim_grounding", {"categories": ["price"]}),
                rule("facts", "product_facts"),
            ],
            "products": [
                {"id": "pot", "name": "Harbour Pot", "facts": [{**rate, "value": 3}]},
                {
                    "id": "bond",
                    "name": "Anchor Bond",
                    "facts": [{**rate, "value": 5, "limit": "max"}],
                },
            ],
            "claims": [
                {
                    "id": "bond-rate",
                    "text": _CLAIM,
                    "category": "price",
                    "substantiation": "rate card",
                    "channels": ["email"],
                    "products": ["bond"],
                    "keywords": ["5% p.a."],
                }
            ],
        },
        source="test",
    )


def _fired(check: Callable[..., Verdict], body: str) -> set[str]:
    return fired(check(_pack(), channel="email", subject="Something new", body=body))


def test_a_held_product_is_the_setting(check: Callable[..., Verdict]) -> None:
    body = f"Hi Sam,\n\nYou already save with the Harbour Pot. Ready for more?\n{_CLAIM}"
    assert not _fired(check, body) & {"claims", "facts"}


def test_a_product_named_as_the_subject_still_takes_the_claim(
    check: Callable[..., Verdict],
) -> None:
    body = f"Hi Sam,\n\nSave with the Harbour Pot. Ready for more?\n{_CLAIM}"
    assert _fired(check, body) & {"claims", "facts"}


def test_held_by_reader() -> None:
    text = "You've already opened a Harbour Pot."
    assert held_by_reader(text, text.index("Harbour"))
    text = "Open a Harbour Pot already today."
    assert not held_by_reader(text, text.index("Harbour"))
