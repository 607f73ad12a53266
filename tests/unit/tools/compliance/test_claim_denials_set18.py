"""Claim triggers the copy denies, found on the eighteenth set (issue 17).

The brands are invented for these tests (not the sample brand, not an evaluation brand):
"Lindenhaus", a German joinery workshop, and "Ashcombe Courts", a British tennis club. Each
denial has the same words asserted beside it, which still block:

- a German predicate put first and denied by its copula ("Klimaneutral ist unsere Werkstatt
  nicht, …"; "Klimaneutral ist unsere Werkstatt seit 2025." claims it);
- "ever" after a named charge the copy says there is none of ("courts by the hour, no
  parking fee, ever."; "No hidden fees, ever." and "the best courts ever" stay claims);
- a reader's quoted question answered by the sender saying it makes no such claim ("… und
  das behaupten wir auch nicht.", "we don't claim it."; a "yes" before it keeps the claim).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from compliance_helpers import claims_block, email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict


@pytest.fixture(scope="module")
def lindenhaus() -> BrandPack:
    """The Lindenhaus pack: the claim rule over sustainability statements and rankings."""
    claims = rule(
        "claims",
        "claim_grounding",
        {
            "categories": ["sustainability", "superlative"],
            "extra_triggers": {"sustainability": ["klimaneutral"], "superlative": ["besten"]},
        },
    )
    brand = email_brand("Lindenhaus", "de-DE", "Europe/Berlin")
    return parse_pack({"brand": brand, "rules": [claims]}, source="test")


@pytest.fixture(scope="module")
def ashcombe() -> BrandPack:
    """The Ashcombe Courts pack: the claim rule over rankings and guarantees."""
    claims = rule("claims", "claim_grounding", {"categories": ["superlative", "guarantee"]})
    brand = email_brand("Ashcombe Courts", "en-GB", "Europe/London")
    return parse_pack({"brand": brand, "rules": [claims]}, source="test")


def test_fronted_predicate_denied(check: Callable[..., Verdict], lindenhaus: BrandPack) -> None:
    denied = "Klimaneutral ist unsere Werkstatt nicht, denn der Ofen braucht weiter Holz."
    assert not claims_block(check, lindenhaus, denied)
    assert claims_block(check, lindenhaus, "Klimaneutral ist unsere Werkstatt seit 2025.")


def test_ever_after_a_named_charge_denied(
    check: Callable[..., Verdict], ashcombe: BrandPack
) -> None:
    assert not claims_block(
        check, ashcombe, "Book a court online: courts by the hour, no parking fee, ever."
    )
    assert claims_block(check, ashcombe, "Book a court online. No hidden fees, ever.")
    assert claims_block(check, ashcombe, "Our new courts are the best courts ever.")


def test_question_answered_with_no_such_claim(
    check: Callable[..., Verdict], lindenhaus: BrandPack, ashcombe: BrandPack
) -> None:
    asked = 'Eine Frage aus der Werkstatt: "Baut ihr die besten Regale im Viertel?"\n\n'
    assert not claims_block(
        check, lindenhaus, asked + "Das haben wir nie getestet, und das behaupten wir auch nicht."
    )
    assert claims_block(check, lindenhaus, asked + "Ja, und zwar mit Abstand.")
    courts = '"Are your courts the fastest in the county?" a member asked. '
    assert not claims_block(check, ashcombe, courts + "We don't time them, and we don't claim it.")
    assert claims_block(check, ashcombe, courts + "Yes. We don't claim it, we prove it.")
