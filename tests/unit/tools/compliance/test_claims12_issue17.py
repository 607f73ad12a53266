"""General causes of claim false blocks and misses on the twelfth set (issue 17, claims12).

Every test uses a made-up brand built here — "Brackenby Paws", a small pet insurer with three
plans (Acorn, Meadow, Summit) and a shop of pet supplements — not the sample brand and not the
wording of any evaluation brand. Each test has a near neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine

DAY = date(2027, 5, 4)
NOON = datetime(2027, 5, 4, 11, 0, tzinfo=UTC)

BRAND = {
    "name": "Brackenby Paws",
    "short_name": "Brackenby",
    "legal_name": "Brackenby Paws Insurance Ltd",
    "postal_address": "4 Mill Lane, Hexham NE46 1AA, United Kingdom",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["brackenby.example"],
}


def _plan(pid: str, name: str, conditions: int) -> dict[str, Any]:
    unit = {"name": "conditions", "unit": "clinical conditions", "value": conditions}
    return {"id": pid, "name": name, "category": "plan", "facts": [unit]}


PRODUCTS = [
    _plan("acorn", "Acorn Plan", 20),
    _plan("meadow", "Meadow Plan", 35),
    _plan("summit", "Summit Plan", 50),
]

CLAIMS = rule(
    "claims",
    "claim_grounding",
    {
        "categories": ["health", "superlative", "service", "price", "guarantee"],
        "extra_triggers": {"price": ["free delivery"]},
        "report_as": {"wrong_product": "claim-scope"},
    },
)

RESERVED = rule(
    "tiers",
    "banned_phrase",
    {"phrases": ["our highest pet cover"], "said_only_of": ["Summit Plan"]},
)

CLAIM_LIST = [
    {
        "id": "vet-report",
        "text": "We send your claim to your vet electronically for the Meadow and Summit plans.",
        "category": "service",
        "substantiation": "Vet portal agreements 2027",
        "channels": ["email", "sms", "push"],
        "products": ["meadow", "summit"],
    },
    {
        "id": "vet-line",
        "text": "24/7 VetLine calls on the Summit Plan.",
        "category": "service",
        "substantiation": "VetLine contract 2027",
        "channels": ["email", "sms", "push"],
        "products": ["summit"],
        "keywords": ["24/7"],
    },
    {
        "id": "dental",
        "text": "Free dental check every year with a Summit Plan.",
        "category": "service",
        "substantiation": "Plan terms 2027",
        "channels": ["email", "sms", "push"],
        "products": ["summit"],
    },
]

OFFERS = [
    {
        "id": "may-delivery",
        "name": "Free delivery on any supplement order placed 1-7 May",
        "terms": "Free delivery on any supplement order placed 1-7 May 2027; UK mainland only.",
        "discount_type": "free_shipping",
        "channels": ["email"],
        "valid_from": "2027-05-01",
        "valid_until": "2027-05-07",
    }
]


def _pack(*rules: dict[str, Any]) -> BrandPack:
    return BrandPack.model_validate(
        {
            "brand": BRAND,
            "rules": [CLAIMS, *rules],
            "claims": CLAIM_LIST,
            "products": PRODUCTS,
            "offers": OFFERS,
        }
    )


ENGINE = RuleEngine(_pack(RESERVED, rule("facts", "product_facts")))
NO_FACTS_RULE = RuleEngine(_pack())


def _verdict(
    body: str, subject: str = "Brackenby news", offer: str | None = None, engine: Any = ENGINE
) -> set[str]:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON, offer_id=offer)
    return set(engine.check(message, as_of=DAY).fired_rule_ids)


def test_a_trigger_inside_a_counted_fact_unit_is_the_facts_rule_s() -> None:
    assert "claims" not in _verdict("The Meadow Plan covers more than 30 clinical conditions.")
    assert "claims" not in _verdict("The Summit Plan covers all 50 clinical conditions.")
    assert "facts" in _verdict("The Acorn Plan covers 40 clinical conditions.")
    assert "claims" in _verdict("The Summit Plan is clinically proven to cut vet bills.")
    # no product_facts rule: the pack reads no fact, the trigger stays a claim
    engine = NO_FACTS_RULE
    assert "claims" in _verdict("The Summit Plan covers 50 clinical conditions.", engine=engine)


def test_reserved_wording_said_of_its_holder_needs_no_claim() -> None:
    assert "claims" not in _verdict("The Summit Plan is our highest pet cover.")
    fired = _verdict("The Meadow Plan is our highest pet cover.")
    assert {"claims", "tiers"} <= fired


def test_a_subject_of_the_attached_offer_s_words_is_its_headline() -> None:
    body = "Free delivery on any supplement order placed 1-7 May 2027; UK mainland only."
    assert "claims" not in _verdict(
        body, subject="Free delivery on any order", offer="may-delivery"
    )
    fired = _verdict(body, subject="Free delivery on every order, no minimum", offer="may-delivery")
    assert "claims" in fired
    assert "claims" in _verdict("Shop our supplements.", subject="Free delivery on any order")


def test_keeping_someone_healthy_is_a_health_claim() -> None:
    assert "claims" in _verdict("A daily Brackenby chew keeps your dog healthy and happy.")
    assert "claims" in _verdict("Our fish oil keeps your cat in good health.")
    assert "claims" not in _verdict("Keep your dog healthy this winter: book a vet check.")
    assert "claims" not in _verdict("Five tips for keeping your cat healthy indoors.")


def test_a_conjunction_before_we_opens_the_brand_s_own_clause() -> None:
    fired = _verdict("Join the Acorn Plan and we send your claim to your vet electronically.")
    assert "claim-scope" in fired
    ok = _verdict("Join the Summit Plan and we send your claim to your vet electronically.")
    assert not {"claims", "claim-scope"} & ok


def test_a_scoped_claim_said_with_another_product_s_name_is_a_scope_finding() -> None:
    fired = _verdict("Free dental check every year with a Meadow Plan.")
    assert "claim-scope" in fired
    assert "claims" not in fired
    assert not {"claims", "claim-scope"} & _verdict(
        "Free dental check every year with a Summit Plan."
    )


def test_a_lowered_disease_risk_is_a_health_claim() -> None:
    assert "claims" in _verdict("Our fish oil can help lower your dog's risk of heart disease.")
    assert "claims" in _verdict(
        "Unser Katzenfutter kann helfen, das Nierenkrankheitsrisiko zu senken."
    )
    assert "claims" in _verdict("Nos croquettes réduisent le risque de maladies rénales.")
    assert "claims" not in _verdict("Two-step login lowers the risk of fraud on your account.")
    assert "claims" not in _verdict("Paying by direct debit reduces your risk of late fees.")


def test_a_romance_superlative_of_price_or_speed_is_a_ranking() -> None:
    assert "claims" in _verdict("Le collier Brackenby, le moins cher du marché.")
    assert "claims" in _verdict("La correa Brackenby, la más barata de su categoría.")
    assert "claims" in _verdict("Il guinzaglio Brackenby, il più venduto in Italia.")
    assert "claims" not in _verdict("Réduction de 50 % sur le moins cher des deux colliers.")
    assert "claims" not in _verdict("Un 50 % en el más barato de los dos collares.")


def test_a_trigger_only_a_scoped_claim_holds_said_of_another_product_is_a_scope_finding() -> None:
    fired = _verdict("The Acorn Plan now has 24/7 vet calls.")
    assert "claim-scope" in fired
    assert "claims" not in fired
    assert not {"claims", "claim-scope"} & _verdict("The Summit Plan has 24/7 VetLine calls.")
    assert "claims" in _verdict("Brackenby now has 24/7 vet calls.")
