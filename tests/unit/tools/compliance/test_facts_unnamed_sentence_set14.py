"""A figure whose sentence names no product is said of a product it fits (issue 17, set 14).

The brand is Tidewell Property Care, invented for these tests. Its Caretaker service has a fee
of exactly 14.4 %, its Key Holding service 6 %. "Caretaker covers key holding, repairs and
visits. The fee is 14.4% of the monthly rent." names both services before a sentence naming
neither: the fee is Caretaker's, not a wrong Key Holding fee. A figure that fits neither still
blocks, and so does a wrong figure in a sentence that names its product.
"""

from __future__ import annotations

from datetime import date, datetime

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine
from nextbest.tools.compliance.message import Message


def _pack() -> BrandPack:
    brand = {
        "name": "Tidewell Property Care",
        "legal_name": "Tidewell Property Care Ltd",
        "postal_address": "8 Harbour Row, Falmouth TR11 3AA",
        "sender_addresses": {"email": "hello@tidewell.example"},
        "channels": ["email"],
        "default_time_zone": "Europe/London",
        "website_domains": ["tidewell.example"],
    }
    fee = {"name": "fee incl. VAT", "unit": "%", "limit": "exact"}
    products = [
        {"id": "caretaker", "name": "Caretaker", "facts": [{**fee, "value": 14.4}]},
        {"id": "key-holding", "name": "Key Holding", "facts": [{**fee, "value": 6}]},
    ]
    facts = {
        "id": "facts",
        "kind": "product_facts",
        "description": "Figures said of a product match the catalogue.",
        "rationale": "tests",
        "source": "test suite",
    }
    return parse_pack({"brand": brand, "rules": [facts], "products": products}, source="test")


def _facts_fired(body: str) -> bool:
    message = Message(
        channel="email", subject="Your home", body=body, send_time=datetime(2027, 2, 15, 10, 0)
    )
    verdict = RuleEngine(_pack()).check(message, as_of=date(2027, 2, 15))
    return any(v.rule_id == "facts" for v in verdict.violations)


def test_figure_fitting_a_named_product_passes() -> None:
    body = (
        "Caretaker takes care of everything: key holding, repairs and visits. "
        "The fee is 14.4% of the monthly rent, including VAT."
    )
    assert not _facts_fired(body)


def test_figure_fitting_no_product_or_named_in_its_sentence_blocks() -> None:
    for body in (
        "Caretaker takes care of everything: key holding, repairs and visits. "
        "The fee is 12% of the monthly rent, including VAT.",
        "Key Holding is 14.4% of the monthly rent.",
    ):
        assert _facts_fired(body), body
