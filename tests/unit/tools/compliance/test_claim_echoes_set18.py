"""Claim triggers that only echo an approved claim or name a person, found on the eighteenth set.

The brand is "Hollin Forge", a bicycle workshop invented for these tests (not the sample
brand, not an evaluation brand). Each reading that claims nothing new has a claim of the same
shape beside it that still blocks:

- thanks to those who voted, on the line of an approved award claim ("Thank you to every rider
  who voted for us"; the same thanks with no award claim on its line stays a claim);
- a title an approved claim gives all the staff, said of one of them on the claim's line ("Jo
  Hart, one of our Approved Mechanics"; "fully Approved" strengthens it);
- a subject of one trigger word beside the body claim's own words ("Greener workshops" above
  "Our workshops run on 100% solar electricity."; a ranking word there stays a claim);
- a person's post or profession named by its clinical field ("Head of Clinical Services", "a
  clinical psychologist"; "clinical results" stays a claim);
- a superlative of ease grading the act a sentence opens with ("Oiling your chain … is one of
  the simplest savings there is"; said of booking with us, or of the brand, it ranks).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from compliance_helpers import claims_block, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict

_BRAND: dict[str, Any] = {
    "name": "Hollin Forge",
    "legal_name": "Hollin Forge Cycles Ltd",
    "postal_address": "4 Canal Side, Skipton BD23 1AB, United Kingdom",
    "sender_addresses": {"email": "hello@hollinforge.example"},
    "channels": ["email"],
    "default_time_zone": "Europe/London",
    "website_domains": ["hollinforge.example"],
}

_AWARD = "Winner, Bike Shop of the Year 2026 (North), Cycle Trade Awards."
_STAFF = "All our mechanics are Cytech Approved Mechanics."
_SOLAR = "Our workshops run on 100% solar electricity."
_SOLAR_NOTE = "Backed by our rooftop meter readings for 2026."


@pytest.fixture(scope="module")
def pack() -> BrandPack:
    """The Hollin Forge pack: an award, a staff and a solar claim, and the claim rule."""
    claims = rule(
        "claims",
        "claim_grounding",
        {
            "categories": ["endorsement", "service", "sustainability", "superlative", "health"],
            "extra_triggers": {
                "endorsement": ["Bike Shop of the Year"],
                "service": ["Approved Mechanic", "Approved Mechanics"],
                "sustainability": ["solar electricity"],
            },
        },
    )

    def claim(claim_id: str, text: str, category: str, **extra: Any) -> dict[str, Any]:
        return {
            "id": claim_id,
            "text": text,
            "category": category,
            "substantiation": "test evidence",
            "channels": ["email"],
            **extra,
        }

    approved = [
        claim("award", _AWARD, "endorsement", keywords=["Bike Shop of the Year", "award"]),
        claim("staff", _STAFF, "service", keywords=["Approved Mechanics"]),
        claim("solar", _SOLAR, "sustainability", disclaimer=_SOLAR_NOTE),
    ]
    return parse_pack({"brand": _BRAND, "rules": [claims], "claims": approved}, source="test")


def test_thanks_for_votes_beside_the_award(check: Callable[..., Verdict], pack: BrandPack) -> None:
    thanks = "Thank you to every rider who voted for us."
    assert not claims_block(check, pack, f"{_AWARD} {thanks}")
    assert claims_block(check, pack, f"Hello!\n\n{thanks}")


def test_title_of_the_claim_said_of_one_person(
    check: Callable[..., Verdict], pack: BrandPack
) -> None:
    one = "From May, Jo Hart, one of our Approved Mechanics, runs the Saturday clinic."
    assert not claims_block(check, pack, f"{_STAFF} {one}")
    assert claims_block(check, pack, f"{_STAFF} {one.replace('our', 'our fully')}")
    assert claims_block(check, pack, f"{_STAFF}\n\n{one}")


def test_subject_of_one_trigger_and_the_claim_words(
    check: Callable[..., Verdict], pack: BrandPack
) -> None:
    body = f"{_SOLAR} {_SOLAR_NOTE}"
    assert not claims_block(check, pack, body, subject="Greener workshops")
    assert claims_block(check, pack, body, subject="The greenest workshops")
    assert claims_block(check, pack, "Come and see us.", subject="Greener workshops")


def test_clinical_posts_and_professions(check: Callable[..., Verdict], pack: BrandPack) -> None:
    assert not claims_block(
        check,
        pack,
        "Dr Sam Reid, our Head of Clinical Services and a clinical psychologist, wrote our "
        "guide to riding with a sore back.",
    )
    assert claims_block(check, pack, "Our saddles give clinical results in two weeks.")


@pytest.mark.parametrize(
    ("ranking", "tip"),
    [
        (
            "Booking a service with us is one of the simplest savings there is.",
            "Oiling your chain after a wet ride is one of the simplest savings there is.",
        ),
        (
            "Hollin Forge is the easiest bike shop to deal with.",
            "Switching your lights off at the wall is the easiest saving to make.",
        ),
    ],
)
def test_ease_of_the_readers_own_act(
    check: Callable[..., Verdict], pack: BrandPack, ranking: str, tip: str
) -> None:
    assert claims_block(check, pack, ranking), ranking
    assert not claims_block(check, pack, tip), tip
