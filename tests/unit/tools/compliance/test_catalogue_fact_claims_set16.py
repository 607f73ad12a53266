"""Catalogue facts read as claims (issue 17, set 16).

The brand is Larchmere Air, a maker of air purifiers invented for these tests. Its catalogue
gives the Halo 300 a warranty of 3 years (``limit: max``) under a ``product_facts`` rule, and
its approved claim "Zero odour and 40 dB on night mode." is scoped to the Zero Odour purifier.

- "It comes with a 3-year limited warranty" states the catalogue's warranty: the guarantee
  trigger "warranty" names the fact, and the figure is the fact rule's to check. A warranty
  beyond the catalogue's, or one without a figure, is still a claim.
- "Larchmere Zero Odour, $199: 250 sq ft per filter" is a product-list line: the words "Zero
  Odour" are the product's name, not the approved claim's "Zero odour" reworded. The same
  claim reworded outside the name still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.fact_units import CatalogueFigures

_BRAND: dict[str, Any] = {
    "name": "Larchmere Air",
    "legal_name": "Larchmere Air Inc.",
    "postal_address": "40 Quarry Lane, Burlington, VT 05401, USA",
    "sender_addresses": {"email": "hi@larchmere.example", "sms": "40400", "push": "la"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "America/New_York",
    "website_domains": ["larchmere.example"],
}
_PRODUCTS: list[dict[str, Any]] = [
    {
        "id": "halo",
        "name": "Larchmere Halo 300",
        "aliases": ["Halo 300"],
        "list_price": 249.0,
        "currency": "USD",
        "category": "purifier",
        "facts": [{"name": "warranty", "value": 3, "unit": "years", "unit_aliases": ["year"]}],
    },
    {
        "id": "zero",
        "name": "Larchmere Zero Odour",
        "list_price": 199.0,
        "currency": "USD",
        "category": "purifier",
        "facts": [{"name": "coverage", "value": 250, "unit": "sq ft", "limit": "exact"}],
    },
]
_CLAIMS: list[dict[str, Any]] = [
    {
        "id": "zero-odour",
        "text": "Zero odour and 40 dB on night mode.",
        "category": "efficacy",
        "substantiation": "Lab report 7",
        "channels": ["email", "sms", "push"],
        "products": ["zero"],
    }
]


def _pack() -> Any:
    rules = [
        rule("claims", "claim_grounding", {"categories": ["efficacy", "guarantee"]}),
        rule("facts", "product_facts"),
    ]
    return parse_pack(
        {"brand": _BRAND, "products": _PRODUCTS, "claims": _CLAIMS, "rules": rules},
        source="test",
    )


def test_a_warranty_the_catalogue_gives_is_a_fact(check: Any) -> None:
    for body in (
        "The Halo 300 filters a bedroom in an hour. It comes with a 3-year limited warranty.",
        "The Halo 300 carries a warranty of 3 years.",
        "The Halo 300 comes with a 2-year warranty.",
    ):
        verdict = check(_pack(), channel="email", subject="Halo 300", body=body)
        assert "claims" not in fired(verdict), body
        assert "facts" not in fired(verdict), body


def test_a_warranty_beyond_the_catalogue_or_without_a_figure_is_a_claim(check: Any) -> None:
    for body in (
        "The Halo 300 comes with a 5-year warranty.",
        "The Halo 300 is backed by our warranty.",
        "Every purifier we make comes with a 3-year warranty.",
    ):
        verdict = check(_pack(), channel="email", subject="Clean air", body=body)
        assert "claims" in fired(verdict), body


def test_a_fact_name_needs_a_product_with_that_fact() -> None:
    names = CatalogueFigures(_pack())
    text = "It comes with a 3-year warranty."
    start = text.index("warranty")
    products = {p.id: p for p in _pack().products}
    assert names.names_fact([products["halo"]], text, start, start + len("warranty"))
    assert not names.names_fact([products["zero"]], text, start, start + len("warranty"))


def test_a_product_list_line_is_no_paraphrase(check: Any) -> None:
    body = "Our line-up:\n- Larchmere Zero Odour, $199: 250 sq ft on night mode\n- Halo 300, $249"
    verdict = check(_pack(), channel="email", subject="Line-up", body=body)
    assert "claims" not in fired(verdict)


def test_the_claim_reworded_outside_the_name_still_blocks(check: Any) -> None:
    body = "The Larchmere Zero Odour gives zero odour and 35 dB on night mode."
    verdict = check(_pack(), channel="email", subject="Zero Odour", body=body)
    assert "claims" in fired(verdict)
