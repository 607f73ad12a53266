"""A claim that lists its products, with another product added to the list (issue 17, set 19).

The brand is invented for these tests (not the sample brand, not an evaluation brand):
"Hollin Books", a British bookshop chain. Its claim "Late opening on Fridays at Hollin Leeds and
Hollin York." is approved for those two shops: adding Hull to the list says it of Hull and
blocks, while the claim as approved, or Hull named in a sentence of its own, passes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict

Check = Callable[..., Verdict]


@pytest.fixture(scope="module")
def hollin() -> BrandPack:
    """The Hollin Books pack: three shops and a claim approved for two of them."""
    claims = rule(
        "claims",
        "claim_grounding",
        {"categories": ["service"], "report_as": {"wrong_product": "claim-scope"}},
    )
    shops = [
        {"id": slug, "name": f"Hollin {slug.title()}", "category": "shop"}
        for slug in ("leeds", "york", "hull")
    ]
    late = {
        "id": "late-friday",
        "text": "Late opening on Fridays at Hollin Leeds and Hollin York.",
        "category": "service",
        "substantiation": "Shop hours 2026",
        "channels": ["email"],
        "products": ["leeds", "york"],
        "keywords": ["late opening"],
    }
    brand = email_brand("Hollin Books", "en-GB", "Europe/London")
    return parse_pack(
        {"brand": brand, "rules": [claims], "products": shops, "claims": [late]}, source="test"
    )


def _scope(check: Check, pack: BrandPack, body: str) -> bool:
    verdict = check(pack, channel="email", subject="Fridays", body=body)
    return "claim-scope" in fired(verdict)


def test_a_product_added_to_the_claims_list(check: Check, hollin: BrandPack) -> None:
    added = "Late opening on Fridays at Hollin Leeds, Hollin York and Hollin Hull."
    assert _scope(check, hollin, added)


def test_the_claim_as_approved_or_beside_another_sentence(check: Check, hollin: BrandPack) -> None:
    assert not _scope(check, hollin, "Late opening on Fridays at Hollin Leeds and Hollin York.")
    apart = "Late opening on Fridays at Hollin Leeds and Hollin York. Hollin Hull has a new café."
    assert not _scope(check, hollin, apart)
