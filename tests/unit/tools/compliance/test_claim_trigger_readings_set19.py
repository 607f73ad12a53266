"""Claim triggers that make no claim where they stand, found on the nineteenth set (issue 17).

The brands are invented for these tests (not the sample brand, not an evaluation brand):
"Harrowgate Saddlery", a British riding shop, and "Caisse Mirabelle", a French savings
platform. Each reading has the same words asserted beside it, which still block:

- a "-fest" word names a festival ("the Lanternfest market"; "the softest saddles" ranks);
- "the best fits" or "best matches" say which options suit a need ("the best riders" ranks);
- a pointer to reviews or their arrival ("Read the reviews online", "The reviews are in");
  the brand's own reviews praised ("Our reviews say it all") stay endorsements;
- a promise verb said of no subject ("no saddle guarantees a smooth ride"; "No other shop
  guarantees your fit like we do" and "This saddle guarantees a smooth ride" stay claims);
- a French denial followed by the next clause ("n'est pas garanti et un projet peut …");
- "n° 1" opening a list the copy numbers ("Mythe n° 1 : … Mythe n° 2 : …"; "le n° 1 de
  l'épargne" and "ranked #1 … ranked #2" stay rankings).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from compliance_helpers import claims_block, email_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Verdict

Check = Callable[..., Verdict]


@pytest.fixture(scope="module")
def harrowgate() -> BrandPack:
    """The Harrowgate Saddlery pack: the claim rule over rankings, reviews and guarantees."""
    claims = rule(
        "claims", "claim_grounding", {"categories": ["superlative", "endorsement", "guarantee"]}
    )
    brand = email_brand("Harrowgate Saddlery", "en-GB", "Europe/London")
    return parse_pack({"brand": brand, "rules": [claims]}, source="test")


@pytest.fixture(scope="module")
def mirabelle() -> BrandPack:
    """The Caisse Mirabelle pack: the claim rule over guarantees and rankings, in French."""
    claims = rule(
        "claims",
        "claim_grounding",
        {
            "categories": ["superlative", "guarantee"],
            "extra_triggers": {"guarantee": ["garanti"], "superlative": ["n° 1"]},
        },
    )
    brand = email_brand("Caisse Mirabelle", "fr-FR", "Europe/Paris")
    return parse_pack({"brand": brand, "rules": [claims]}, source="test")


def test_a_festival_name_ranks_nothing(check: Check, harrowgate: BrandPack) -> None:
    assert not claims_block(check, harrowgate, "Photos from the Lanternfest market in town.")
    assert claims_block(check, harrowgate, "Ride on the softest saddles in town.")


def test_the_best_fits_say_what_suits(check: Check, harrowgate: BrandPack) -> None:
    said = "Our fitter measures your horse so you see the best fits first."
    assert not claims_block(check, harrowgate, said)
    assert claims_block(check, harrowgate, "Our fitters are the best riders in the county.")


def test_a_pointer_to_reviews_praises_nothing(check: Check, harrowgate: BrandPack) -> None:
    assert not claims_block(check, harrowgate, "New bridles are in. Read the reviews online.")
    assert not claims_block(check, harrowgate, "The reviews are in and the show opens Friday.")
    assert claims_block(check, harrowgate, "Our reviews say it all: riders love the fit.")


def test_a_promise_said_of_no_subject(check: Check, harrowgate: BrandPack) -> None:
    said = (
        '"Will this saddle stop the bouncing?" Honest answer: no saddle guarantees a smooth ride.'
    )
    assert not claims_block(check, harrowgate, said)
    assert claims_block(check, harrowgate, "No other shop guarantees your fit like we do.")
    assert claims_block(check, harrowgate, "This saddle guarantees a smooth ride.")


def test_a_french_denial_before_the_next_clause(check: Check, mirabelle: BrandPack) -> None:
    denied = "Votre capital n'est pas garanti et un projet peut ne pas rembourser."
    assert not claims_block(check, mirabelle, denied)
    assert claims_block(check, mirabelle, "Votre capital est garanti et bien placé.")


def test_the_first_item_of_a_numbered_list(check: Check, mirabelle: BrandPack) -> None:
    listed = "Mythe n° 1 : « il faut être riche ». Faux.\n\nMythe n° 2 : « c'est opaque ». Faux."
    assert not claims_block(check, mirabelle, listed)
    assert claims_block(check, mirabelle, "Caisse Mirabelle, le n° 1 de l'épargne en ligne.")


def test_a_ranking_repeated_stays_a_ranking(check: Check, harrowgate: BrandPack) -> None:
    ranked = "Ranked #1 for saddles in 2025 and ranked #2 for boots."
    assert claims_block(check, harrowgate, ranked)


def test_the_best_view_as_the_purpose_of_advice(check: Check, harrowgate: BrandPack) -> None:
    advice = "Take a seat in the top stand for the best view of the arena."
    assert not claims_block(check, harrowgate, advice)
    assert claims_block(check, harrowgate, "Our stands give the best view in town.")


@pytest.fixture(scope="module")
def brackwater() -> BrandPack:
    """The Brackwater Tanks pack: two water butts of 20 and 40 litres, comparisons governed."""
    claims = rule("claims", "claim_grounding", {"categories": ["comparative"]})
    tanks = [
        {
            "id": f"butt-{size}",
            "name": f"Brackwater Butt {size}",
            "aliases": [f"Butt {size}"],
            "category": "tank",
            "facts": [{"name": "capacity", "value": size, "unit": "litres", "limit": "exact"}],
        }
        for size in (20, 40)
    ]
    brand = email_brand("Brackwater Tanks", "en-GB", "Europe/London")
    return parse_pack({"brand": brand, "rules": [claims], "products": tanks}, source="test")


def test_a_multiple_the_catalogue_bears_out(check: Check, brackwater: BrandPack) -> None:
    said = "The Brackwater Butt 40 holds double the Butt 20 amount, and both fit any downpipe."
    assert not claims_block(check, brackwater, said)
    assert claims_block(
        check, brackwater, "The Brackwater Butt 40 holds triple the Butt 20 amount."
    )
    assert claims_block(
        check, brackwater, "The Brackwater Butt 40 holds double the water of rival butts."
    )


def test_an_endorsement_put_in_the_passive(check: Check, harrowgate: BrandPack) -> None:
    assert claims_block(check, harrowgate, "Our tack room is approved by the police.")
    assert claims_block(check, harrowgate, "This saddle is endorsed by leading vets.")
    assert not claims_block(check, harrowgate, "Your refund was approved by our team today.")
