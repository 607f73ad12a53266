"""Everyday senses of claim triggers found on the fourteenth set (issue 17, claims14).

Every test uses a made-up brand built here — "Quillfen Wellbeing", a shop of pet food, home
energy kits, family-history guides and a travel rewards card — not the sample brand and not
any evaluation brand. Each test has a near neighbour that must still block.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict

BRAND = {
    "name": "Quillfen Wellbeing",
    "short_name": "Quillfen",
    "legal_name": "Quillfen Wellbeing Ltd",
    "postal_address": "9 Tanner Row, Kendal LA9 4AB, United Kingdom",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["quillfen.example"],
}

CLAIMS = rule(
    "claims",
    "claim_grounding",
    {
        "categories": [
            "health",
            "superlative",
            "service",
            "endorsement",
            "efficacy",
            "guarantee",
        ],
        "extra_triggers": {"health": ["kidney"], "endorsement": ["award"]},
    },
)


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Quillfen pack: only the claim grounding rule."""
    return parse_pack({"brand": BRAND, "rules": [CLAIMS], "claims": [], "offers": []}, source="t")


def _blocks(
    check: Callable[..., Verdict], pack: BrandPack, body: str, subject: str = "News"
) -> bool:
    verdict: Verdict = check(pack, channel="email", subject=subject, body=body)
    return "claims" in set(verdict.fired_rule_ids)


CASES: list[tuple[str, str, str]] = [
    # (everyday sense: passes, same shape said as a claim: blocks, what it is)
    (
        "Storing the kit is not a guarantee that it will ever be used.",
        "The best ever kit for your home.",
        "ever after a modal",
    ),
    (
        "Start with the oldest living relative you can call.",
        "We are the oldest tea merchant in the north.",
        "a person's age in a family",
    ),
    (
        "How to book award seats with your points.",
        "Our award-winning card.",
        "award as a redemption",
    ),
    (
        "If your cat has kidney disease, talk to your veterinarian before changing her food.",
        "Our food supports kidney health.",
        "referral to a clinician",
    ),
    (
        "If your doctor decides the test isn't safe for you, it doesn't happen.",
        "Our drops are safe for newborns.",
        "clinician's judgement of safety",
    ),
    (
        "Chicken, rice and peas, plus the vitamins and minerals cats need.",
        "Packed with vitamins to boost your cat's immunity.",
        "nutrients named as contents",
    ),
    (
        "The Tarn boiler is B-rated, not A-rated.",
        "Rated 4.8 by our customers.",
        "letter grade of a rating scheme",
    ),
    (
        "Many people with the gene never develop the disease.",
        "Our test prevents the disease.",
        "a condition that does not follow from a risk",
    ),
    (
        "Your certificate arrives within 30 days.",
        "Your new boiler arrives within 2 days.",
        "the arrival of the reader's paperwork",
    ),
]


@pytest.mark.parametrize(("sense", "claim", "what"), CASES, ids=[c[2] for c in CASES])
def test_everyday_sense_passes_and_the_claim_still_blocks(
    check: Callable[..., Any], pack: BrandPack, sense: str, claim: str, what: str
) -> None:
    assert not _blocks(check, pack, sense), what
    assert _blocks(check, pack, claim), what


def test_referral_does_not_cover_the_brands_own_claim_before_it(
    check: Callable[..., Any], pack: BrandPack
) -> None:
    body = "If your dog has kidney disease our food cures it, so talk to your vet."
    assert _blocks(check, pack, body)


def test_energy_grade_is_not_a_review_score(check: Callable[..., Any], pack: BrandPack) -> None:
    assert not _blocks(check, pack, "An A++ rated fridge.")
    assert _blocks(check, pack, "Top-rated by our customers.")
